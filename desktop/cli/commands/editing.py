"""Twins of the Article menu: ``edit`` (metadata, review status) and ``delete``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import OK, USAGE, CliError, Context
from desktop.core.archive.editing import EditError, delete_articles, update_article
from desktop.i18n import _, ngettext

FIELDS = (
    ("title", "title"),
    ("language", "language"),
    ("outlet", "outlet"),
    ("source_url", "source-url"),
    ("published", "published"),
    ("event_date", "event-date"),
    ("review_status", "status"),
    ("notes", "notes"),
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("edit", help=_("change an article's metadata or review status"))
    p.add_argument("id", type=int)
    for dest, flag in FIELDS:
        p.add_argument(f"--{flag}", dest=dest, metavar=dest.upper())
    p.add_argument(
        "--clear",
        action="append",
        default=[],
        metavar="FIELD",
        choices=[f for _, f in FIELDS],
        help=_("empty a field (repeatable)"),
    )
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("delete", help=_("delete articles (the window's Edit ▸ Undo can restore)"))
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(handler=cmd_delete)


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    values: dict[str, Any] = {
        dest: getattr(args, dest) for dest, _flag in FIELDS if getattr(args, dest) is not None
    }
    for flag in args.clear:
        dest = next(d for d, f in FIELDS if f == flag)
        values[dest] = "" if dest in ("title", "notes") else None
    if not values:
        raise CliError(_("nothing to change: give at least one field option"), USAGE)
    try:
        update_article(ctx.archive, args.id, **values)
    except EditError as exc:
        raise CliError(str(exc)) from None
    ctx.emit(
        {"id": args.id, "changed": sorted(values)},
        _("Article {id} updated: {fields}").format(id=args.id, fields=", ".join(sorted(values))),
    )
    return OK


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    try:
        delete_articles(ctx.archive, args.ids)
    except EditError as exc:
        raise CliError(str(exc)) from None
    ctx.emit(
        {"deleted": args.ids},
        ngettext("{n} article deleted", "{n} articles deleted", len(args.ids)).format(
            n=len(args.ids)
        ),
    )
    return OK
