"""Event commands: suggest-links, link, unlink, events, reject-link, merge-events, set-role."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import (
    OK,
    SOME_FAILED,
    USAGE,
    CliError,
    Context,
    end_progress,
    positive_int,
    terminal_progress,
)
from desktop.core.linking import events as ops
from desktop.core.linking.events import LinkError
from desktop.core.linking.queries import events_json
from desktop.core.linking.scoring import DEFAULT_MIN_SCORE, Suggestion, dates_checked_text
from desktop.core.linking.suggest import suggest_for_article, suggest_links
from desktop.db.models import EventRole
from desktop.i18n import _, ngettext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "suggest-links", help=_("suggest articles that report the same event, best first")
    )
    p.add_argument(
        "--min-score",
        type=float,
        default=DEFAULT_MIN_SCORE,
        help=_("lowest score shown (default {score})").format(score=DEFAULT_MIN_SCORE),
    )
    p.add_argument("--article", type=positive_int, metavar="ID", help=_("only for this article"))
    p.set_defaults(handler=cmd_suggest_links)

    p = sub.add_parser("link", help=_("link articles as versions of one event"))
    p.add_argument("ids", type=positive_int, nargs="+", metavar="ID")
    p.add_argument("--title", help=_("the event's title"))
    p.add_argument("--event", type=positive_int, help=_("add them to this event"))
    p.set_defaults(handler=cmd_link)

    p = sub.add_parser("unlink", help=_("take an article out of its event"))
    p.add_argument("id", type=positive_int)
    p.set_defaults(handler=cmd_unlink)

    p = sub.add_parser("reject-link", help=_("reject a suggested link; it is not suggested again"))
    p.add_argument("a", type=positive_int, metavar="ID")
    p.add_argument("b", type=positive_int, metavar="ID")
    p.set_defaults(handler=cmd_reject_link)

    p = sub.add_parser("merge-events", help=_("merge the second event into the first"))
    p.add_argument("keep", type=positive_int, metavar="EVENT")
    p.add_argument("other", type=positive_int, metavar="EVENT")
    p.set_defaults(handler=cmd_merge_events)

    p = sub.add_parser("set-role", help=_("mark an event member's role"))
    p.add_argument("id", type=positive_int)
    p.add_argument("role", choices=[*EventRole, "none"])
    p.add_argument("--machine", action="store_true", help=_("a machine translation"))
    p.add_argument("--from", dest="source", metavar="LANG", help=_("translated from (fr, vi…)"))
    p.set_defaults(handler=cmd_set_role)

    p = sub.add_parser("events", help=_("list events and their members"))
    p.set_defaults(handler=cmd_events)


def _fail(exc: LinkError) -> CliError:
    return CliError(str(exc), SOME_FAILED)


def _suggestion_text(s: Suggestion) -> str:
    head = (
        f"{s.articles[0]} ↔ {s.articles[1]}  {s.score:.2f}  ({dates_checked_text(s.dates_checked)})"
    )
    return "\n".join([head, *(f"    {reason}" for reason in s.reasons)])


def cmd_suggest_links(args: argparse.Namespace, ctx: Context) -> int:
    if not 0.0 <= args.min_score <= 1.0:
        raise CliError(_("--min-score must be between 0 and 1"), USAGE)
    if args.article is not None:
        found = suggest_for_article(ctx.archive, args.article, min_score=args.min_score)
    else:
        state = terminal_progress(_("Comparing articles"))
        found = suggest_links(ctx.archive, min_score=args.min_score, state=state)
        end_progress(state)
    ctx.emit(
        [s.as_json() for s in found],
        lambda: "\n".join(_suggestion_text(s) for s in found) or _("No suggestions."),
    )
    return OK


def cmd_link(args: argparse.Namespace, ctx: Context) -> int:
    try:
        result = ops.link_articles(ctx.archive, args.ids, args.title, into=args.event)
    except LinkError as exc:
        raise _fail(exc) from None
    event_id = result.value
    ctx.emit(
        {"event_id": event_id, "articles": args.ids},
        _("Linked {ids} in event {event}").format(
            ids=", ".join(map(str, args.ids)), event=event_id
        ),
    )
    return OK


def cmd_unlink(args: argparse.Namespace, ctx: Context) -> int:
    try:
        result = ops.unlink_article(ctx.archive, args.id)
    except LinkError as exc:
        raise _fail(exc) from None
    ctx.emit(
        {"article_id": args.id, "event_id": result.value},
        _("Article {id} taken out of event {event}").format(id=args.id, event=result.value),
    )
    return OK


def cmd_reject_link(args: argparse.Namespace, ctx: Context) -> int:
    try:
        ops.reject_link(ctx.archive, args.a, args.b)
    except LinkError as exc:
        raise _fail(exc) from None
    ctx.emit(
        {"rejected": [args.a, args.b]},
        _("Link {a} ↔ {b} rejected; it will not be suggested again").format(a=args.a, b=args.b),
    )
    return OK


def cmd_merge_events(args: argparse.Namespace, ctx: Context) -> int:
    try:
        ops.merge_events(ctx.archive, args.keep, args.other)
    except LinkError as exc:
        raise _fail(exc) from None
    ctx.emit(
        {"event_id": args.keep, "merged": args.other},
        _("Event {other} merged into event {keep}").format(other=args.other, keep=args.keep),
    )
    return OK


def cmd_set_role(args: argparse.Namespace, ctx: Context) -> int:
    role = None if args.role == "none" else args.role
    kind = None
    if role == EventRole.TRANSLATION:
        kind = "machine" if args.machine else "human"
    elif args.machine or args.source:
        raise CliError(_("--machine and --from only go with the role translation"), USAGE)
    try:
        ops.set_role(ctx.archive, args.id, role, kind, args.source)
    except LinkError as exc:
        raise _fail(exc) from None
    ctx.emit(
        {
            "article_id": args.id,
            "role": role,
            "translation_kind": kind,
            "translated_from": args.source,
        },
        _("Article {id}: {role}").format(id=args.id, role=role or _("no role")),
    )
    return OK


def cmd_events(args: argparse.Namespace, ctx: Context) -> int:
    data = events_json(ctx.archive)

    def text() -> str:
        if not data:
            return _("No events.")
        lines = []
        for e in data:
            count = len(e["members"])
            size = ngettext("{n} article", "{n} articles", count).format(n=count)
            lines.append(f"#{e['id']}  {e['date'] or '—'}  {e['title']}  ({size})")
            for m in e["members"]:
                role = m["role"] or "—"
                lines.append(f"    {m['article_id']}  [{m['language'] or '?'}]  {role}")
        return "\n".join(lines)

    ctx.emit(data, text)
    return OK
