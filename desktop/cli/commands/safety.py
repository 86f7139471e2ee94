"""Data safety: ``check``, ``restore``, ``export`` and ``import-export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import OK, SOME_FAILED, Context
from desktop.core.maintenance.check import check_archive, check_summary
from desktop.i18n import _


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "check", help=_("check the archive's integrity; --repair fixes what is safe")
    )
    p.add_argument("--repair", action="store_true", help=_("repair what can be repaired safely"))
    p.add_argument(
        "--thorough",
        action="store_true",
        help=_(
            "also compare every index with its table and the search index with every text (slow)"
        ),
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "restore", help=_("replace the archive by a backup, after checking the backup")
    )
    p.add_argument("source", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("export", help=_("export the archive: json (complete), csv, bagit"))
    p.add_argument("kind", choices=("json", "csv", "bagit"))
    p.add_argument("dest", metavar="PATH", help=_("a new file (json, csv) or folder (bagit)"))
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import-export", help=_("create a new archive from a JSON export (--archive names it)")
    )
    p.add_argument("source", metavar="FILE")
    p.set_defaults(handler=cmd_import_export)


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    result = check_archive(ctx.archive, repair=args.repair, thorough=args.thorough)
    report = result.value
    assert report is not None
    ctx.emit(report.as_json(), lambda: check_summary(report))
    return OK if report.ok else SOME_FAILED


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.archive.session import default_location
    from desktop.core.maintenance.backup import restore_archive

    report = restore_archive(ctx.location or default_location(), _path(args.source))
    ctx.emit(
        vars(report),
        _(
            "Restored {archive} from {source} ({n} articles); the replaced archive is kept at {old}"
        ).format(
            archive=report.archive,
            source=report.restored_from,
            n=report.articles,
            old=report.previous_copy or "-",
        ),
    )
    return OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.exports.run import export

    dest = export(ctx.archive, args.kind, _path(args.dest))
    ctx.emit(
        {"export": str(dest), "kind": args.kind}, _("Export written to {path}").format(path=dest)
    )
    return OK


def cmd_import_export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.archive.session import default_location
    from desktop.core.exports.archive_json import import_export

    location = ctx.location or default_location()
    written = import_export(location, _path(args.source))
    ctx.emit(
        written,
        _("Archive {location} created from the export: {n} articles").format(
            location=location, n=written.get("articles", 0)
        ),
    )
    return OK


def _path(value: str) -> Path:
    return Path(value).expanduser().absolute()
