"""Tagging commands: objectives, actors, suggest-tags, tag, accept, reject, actor admin."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import OK, USAGE, CliError, Context, positive_int
from desktop.core.archive.session import Archive
from desktop.core.tagging import actor_edits, edits, learning
from desktop.core.tagging.data import objective_label
from desktop.core.tagging.queries import ActorInfo, find_actor, list_actors, objective_counts
from desktop.core.tagging.service import suggest_for_article
from desktop.core.util.textfold import fold_words
from desktop.i18n import _, current_language, ngettext


def _add_json(parser: argparse.ArgumentParser) -> None:
    """Accept ``--json`` after the command too (``gcm-archive objectives --json``)."""
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=_("print JSON")
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("objectives", help=_("list the 23 GCM objectives with article counts"))
    p.set_defaults(handler=cmd_objectives)
    _add_json(p)

    p = sub.add_parser("actors", help=_("list the actor registry"))
    p.add_argument("--kind", choices=actor_edits.KINDS)
    p.set_defaults(handler=cmd_actors)
    _add_json(p)

    p = sub.add_parser("suggest-tags", help=_("suggest objectives and actors for an article"))
    p.add_argument("id", type=positive_int)
    p.add_argument("--limit", type=int, default=0, help=_("show at most N of each"))
    p.set_defaults(handler=cmd_suggest)
    _add_json(p)

    p = sub.add_parser("tag", help=_("tag (or untag) articles with objectives and actors"))
    p.add_argument("ids", type=positive_int, nargs="+", metavar="ID")
    p.add_argument("--objective", type=int, action="append", default=[], metavar="N")
    p.add_argument("--actor", action="append", default=[], metavar="NAME")
    p.add_argument("--remove", action="store_true", help=_("remove the tags instead"))
    p.set_defaults(handler=cmd_tag)
    _add_json(p)

    for name, helptext in (
        ("accept", _("accept a suggestion (tags the article)")),
        ("reject", _("reject a suggestion: it will not be suggested again")),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("id", type=positive_int)
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--objective", type=int, metavar="N")
        group.add_argument("--actor", metavar="NAME")
        group.add_argument(
            "--new-actor", metavar="NAME", help=_("a suggested actor not in the registry")
        )
        p.add_argument("--kind", choices=actor_edits.KINDS, default="person")
        if name == "accept":
            p.add_argument(
                "--role", default=None, help=_("role of a new actor (default: the suggested one)")
            )
        p.set_defaults(handler=cmd_accept if name == "accept" else cmd_reject)
        _add_json(p)

    p = sub.add_parser("actor-add", help=_("add an actor to the registry"))
    p.add_argument("name")
    p.add_argument("--kind", choices=actor_edits.KINDS, default="organisation")
    p.add_argument("--country", default="", help=_("ISO country code, e.g. VN"))
    p.add_argument("--role", default="")
    p.add_argument("--alias", action="append", default=[], metavar="ALIAS")
    p.set_defaults(handler=cmd_actor_add)
    _add_json(p)

    p = sub.add_parser("actor-edit", help=_("edit or rename an actor"))
    p.add_argument("actor", metavar="NAME")
    p.add_argument("--name", dest="new_name", help=_("new name (the old one stays an alias)"))
    p.add_argument("--kind", choices=actor_edits.KINDS)
    p.add_argument("--country")
    p.add_argument("--role")
    p.add_argument("--notes")
    p.set_defaults(handler=cmd_actor_edit)
    _add_json(p)

    p = sub.add_parser("actor-alias", help=_("add (or remove) an alias of an actor"))
    p.add_argument("actor", metavar="NAME")
    p.add_argument("alias")
    p.add_argument("--language", default="")
    p.add_argument("--remove", action="store_true")
    p.set_defaults(handler=cmd_actor_alias)
    _add_json(p)

    p = sub.add_parser(
        "actor-merge", help=_("merge an actor into another, keeping tags and aliases")
    )
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")
    p.set_defaults(handler=cmd_actor_merge)
    _add_json(p)

    p = sub.add_parser("actor-delete", help=_("delete an actor with its tags"))
    p.add_argument("actor", metavar="NAME")
    p.set_defaults(handler=cmd_actor_delete)
    _add_json(p)

    p = sub.add_parser("relearn", help=_("recount the terms learned from tagged articles"))
    p.set_defaults(handler=cmd_relearn)
    _add_json(p)


def _actor(archive: Archive, name: str) -> ActorInfo:
    try:
        found = find_actor(archive, name)
    except LookupError as exc:
        raise CliError(str(exc), USAGE) from None
    if found is None:
        raise CliError(_("no actor named {name!r}").format(name=name), USAGE)
    return found


def cmd_objectives(args: argparse.Namespace, ctx: Context) -> int:
    rows = objective_counts(ctx.archive)
    lang = current_language()
    data = [
        {"number": r.number, "titles": r.titles, "label": r.label(lang), "articles": r.count}
        for r in rows
    ]
    ctx.emit(data, lambda: "\n".join(f"{r.label(lang)}  [{r.count}]" for r in rows))
    return OK


def cmd_actors(args: argparse.Namespace, ctx: Context) -> int:
    actors = [a for a in list_actors(ctx.archive) if args.kind in (None, a.kind)]
    ctx.emit(
        [a.as_dict() for a in actors],
        lambda: "\n".join(
            f"{a.name}  ({a.kind}{', ' + a.country if a.country else ''})  [{a.count}]"
            for a in actors
        ),
    )
    return OK


def cmd_suggest(args: argparse.Namespace, ctx: Context) -> int:
    result = suggest_for_article(ctx.archive, args.id)
    if result is None:
        raise CliError(_("no article with id {id}").format(id=args.id))
    data = result.as_dict()
    if args.limit > 0:
        data = {k: v[: args.limit] for k, v in data.items()}

    def text() -> str:
        lines = [_("Objectives:")]
        for o in data["objectives"]:
            quotes = "; ".join(dict.fromkeys(e["text"] for e in o["evidence"]).keys())
            mark = "*" if o["tagged"] else " "
            lines.append(
                f" {mark}{o['score']:.2f}  {objective_label(o['number'])}\n        {quotes}"
            )
        lines.append(_("Actors:"))
        for a in data["actors"]:
            mark = "*" if a["tagged"] else " "
            new = "" if a["known"] else "  " + _("(new)")
            role = f"\n        {a['role']}" if a.get("role") else ""
            lines.append(f" {mark}{a['score']:.2f}  {a['name']}{new}{role}")
        return "\n".join(lines)

    ctx.emit(data, text)
    return OK


def cmd_tag(args: argparse.Namespace, ctx: Context) -> int:
    archive = ctx.archive
    if not args.objective and not args.actor:
        raise CliError(_("give at least one --objective or --actor"), USAGE)
    actors = [_actor(archive, name) for name in args.actor]
    try:
        result = edits.tag_articles(
            archive, args.ids, args.objective, [a.id for a in actors], remove=args.remove
        )
    except LookupError as exc:  # a missing article or actor, like `show 999`
        raise CliError(str(exc).strip("'\"")) from None
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    changed = result.value or 0
    ctx.emit(
        {
            "articles": sorted(set(args.ids)),
            "objectives": sorted(set(args.objective)),
            "actors": [a.name for a in actors],
            "removed": bool(args.remove),
            "changed": changed,
        },
        ngettext("{n} article changed", "{n} articles changed", changed).format(n=changed),
    )
    return OK


def cmd_accept(args: argparse.Namespace, ctx: Context) -> int:
    archive = ctx.archive
    try:
        if args.objective is not None:
            result = edits.accept_objective(archive, args.id, args.objective)
            what = objective_label(args.objective)
        elif args.actor is not None:
            actor = _actor(archive, args.actor)
            result = edits.accept_actor(archive, args.id, actor.id)
            what = actor.name
        else:
            existing = find_actor(archive, args.new_actor)
            if existing is not None:
                result = edits.accept_actor(archive, args.id, existing.id)
            else:
                role = args.role
                if role is None:
                    role = _suggested_role(archive, args.id, args.new_actor)
                result = actor_edits.accept_new_actor(
                    archive, args.id, args.new_actor, args.kind, role=role
                )
            what = args.new_actor
    except LookupError as exc:  # a missing article or actor, like `show 999`
        raise CliError(str(exc).strip("'\"")) from None
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    ctx.emit(
        {"article": args.id, "accepted": what, "changed": bool(result.changes)},
        _("Accepted: {what}").format(what=what),
    )
    return OK


def _suggested_role(archive: Archive, article_id: int, name: str) -> str:
    """The role the suggestions give the new actor ``name`` in the article ("" if none)."""
    result = suggest_for_article(archive, article_id)
    key = fold_words(name)
    for a in result.actors if result is not None else ():
        if not a.known and a.key == key:
            return a.role
    return ""


def cmd_reject(args: argparse.Namespace, ctx: Context) -> int:
    archive = ctx.archive
    try:
        if args.objective is not None:
            kind, key, what = "objective", str(args.objective), objective_label(args.objective)
        elif args.actor is not None:
            actor = _actor(archive, args.actor)
            kind, key, what = "actor", str(actor.id), actor.name
        else:
            kind, key, what = "new_actor", fold_words(args.new_actor), args.new_actor
        edits.reject_suggestion(archive, args.id, kind, key)
    except LookupError as exc:  # a missing article or actor, like `show 999`
        raise CliError(str(exc).strip("'\"")) from None
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    ctx.emit({"article": args.id, "rejected": what}, _("Rejected: {what}").format(what=what))
    return OK


def cmd_actor_add(args: argparse.Namespace, ctx: Context) -> int:
    try:
        result = actor_edits.add_actor(
            ctx.archive,
            args.name,
            args.kind,
            args.country,
            args.role,
            [(alias, "") for alias in args.alias],
        )
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    ctx.emit(
        {"id": result.value, "name": args.name}, _("Added actor {name}").format(name=args.name)
    )
    return OK


def cmd_actor_edit(args: argparse.Namespace, ctx: Context) -> int:
    actor = _actor(ctx.archive, args.actor)
    values = [
        (field, value)
        for field, value in (
            ("name", args.new_name),
            ("kind", args.kind),
            ("country", args.country),
            ("role", args.role),
            ("notes", args.notes),
        )
        if value is not None
    ]
    if not values:
        raise CliError(_("nothing to change"), USAGE)
    try:
        actor_edits.update_actor(ctx.archive, actor.id, values)
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    ctx.emit({"id": actor.id, "changed": dict(values)}, _("Actor updated"))
    return OK


def cmd_actor_alias(args: argparse.Namespace, ctx: Context) -> int:
    actor = _actor(ctx.archive, args.actor)
    if args.remove:
        folded = fold_words(args.alias)
        ids = [i for i, alias, _lang in actor.aliases if fold_words(alias) == folded]
        if not ids:
            raise CliError(
                _("{actor} has no alias {alias!r}").format(actor=actor.name, alias=args.alias)
            )
        actor_edits.remove_alias(ctx.archive, ids[0])
    else:
        actor_edits.add_alias(ctx.archive, actor.id, args.alias, args.language)
    ctx.emit({"id": actor.id, "alias": args.alias, "removed": bool(args.remove)}, _("Done"))
    return OK


def cmd_actor_merge(args: argparse.Namespace, ctx: Context) -> int:
    source = _actor(ctx.archive, args.source)
    target = _actor(ctx.archive, args.target)
    try:
        actor_edits.merge_actors(ctx.archive, source.id, target.id)
    except ValueError as exc:
        raise CliError(str(exc), USAGE) from None
    ctx.emit(
        {"merged": source.name, "into": target.name, "id": target.id},
        _("{source} merged into {target}").format(source=source.name, target=target.name),
    )
    return OK


def cmd_actor_delete(args: argparse.Namespace, ctx: Context) -> int:
    actor = _actor(ctx.archive, args.actor)
    actor_edits.delete_actor(ctx.archive, actor.id)
    ctx.emit({"deleted": actor.name, "id": actor.id}, _("Deleted {name}").format(name=actor.name))
    return OK


def cmd_relearn(args: argparse.Namespace, ctx: Context) -> int:
    total = learning.relearn(ctx.archive).value
    ctx.emit(
        {"tagged_articles": total},
        _("Learned from {n} tagged articles").format(n=total),
    )
    return OK
