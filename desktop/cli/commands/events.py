"""Event commands the window has as buttons and tools: edit, dissolve, compare, features."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.cli.common import OK, SOME_FAILED, USAGE, CliError, Context
from desktop.core.linking import events as ops
from desktop.core.linking.events import LinkError
from desktop.core.linking.queries import compare
from desktop.core.linking.store import rebuild_features
from desktop.i18n import _


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("event-edit", help=_("rename an event or change its place, notes, dates"))
    p.add_argument("id", type=int, metavar="EVENT")
    p.add_argument("--title")
    p.add_argument("--place")
    p.add_argument("--notes")
    p.add_argument("--start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--end", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_event_edit)

    p = sub.add_parser("event-delete", help=_("dissolve an event: its articles stay, unlinked"))
    p.add_argument("id", type=int, metavar="EVENT")
    p.set_defaults(handler=cmd_event_delete)

    p = sub.add_parser("compare", help=_("two articles side by side, differences marked"))
    p.add_argument("left", type=int, metavar="ID")
    p.add_argument("right", type=int, metavar="ID")
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser("link-features", help=_("recompute every article's event-link features"))
    p.set_defaults(handler=cmd_link_features)


def cmd_event_edit(args: argparse.Namespace, ctx: Context) -> int:
    values = {
        "title": args.title,
        "place": args.place,
        "notes": args.notes,
        "date_start": args.start,
        "date_end": args.end,
    }
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise CliError(_("nothing to change"), USAGE)
    try:
        ops.update_event(ctx.archive, args.id, **given)
    except LinkError as exc:
        raise CliError(str(exc), SOME_FAILED) from None
    ctx.emit({"event_id": args.id, "changed": given}, _("Event {id} updated").format(id=args.id))
    return OK


def cmd_event_delete(args: argparse.Namespace, ctx: Context) -> int:
    try:
        ops.delete_event(ctx.archive, args.id)
    except LinkError as exc:
        raise CliError(str(exc), SOME_FAILED) from None
    ctx.emit({"deleted": args.id}, _("Event {id} dissolved").format(id=args.id))
    return OK


def cmd_compare(args: argparse.Namespace, ctx: Context) -> int:
    found = compare(ctx.archive, args.left, args.right)
    if found is None:
        raise CliError(_("no article with id {id}").format(id=f"{args.left}/{args.right}"))
    rows = [
        {"field": f.label, "left": f.left, "right": f.right, "same": not f.differs}
        for f in found.fields
    ]

    def text() -> str:
        return "\n".join(
            f"{'  ' if r['same'] else '≠ '}{r['field']}: {r['left']} | {r['right']}" for r in rows
        )

    ctx.emit({"left": args.left, "right": args.right, "fields": rows}, text)
    return OK


def cmd_link_features(args: argparse.Namespace, ctx: Context) -> int:
    count = rebuild_features(ctx.archive)
    ctx.emit({"articles": count}, _("Link features computed for {n} articles").format(n=count))
    return OK
