"""Archive-level commands: init, upgrade, version, import, articles, show."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop import __version__
from desktop.cli.common import (
    ARCHIVE_ERROR,
    OK,
    SOME_FAILED,
    CliError,
    Context,
    end_progress,
    printable,
    terminal_progress,
)
from desktop.core.archive.articles import articles_json, get_article
from desktop.core.archive.session import default_location, open_archive
from desktop.core.importing.demo import load_demo
from desktop.db import engine as db
from desktop.i18n import _, ngettext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("init", help=_("create an archive"))
    p.add_argument("--demo", action="store_true", help=_("put the demo articles in it"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("upgrade", help=_("upgrade the archive's schema (PostgreSQL archives)"))
    p.set_defaults(handler=cmd_upgrade)

    p = sub.add_parser("version", help=_("print the application and schema versions"))
    p.set_defaults(handler=cmd_version)

    p = sub.add_parser("backup", help=_("copy a SQLite archive to a file, safely while in use"))
    p.add_argument("dest", metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("import", help=_("import article files and folders"))
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("import-log", help=_("list past imports and their summaries"))
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_import_log)

    p = sub.add_parser("articles", help=_("list the archive's articles"))
    p.set_defaults(handler=cmd_articles)

    p = sub.add_parser("show", help=_("show one article with its text"))
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_show)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    location = ctx.location or default_location()
    archive = open_archive(location, curator=ctx.curator)
    try:
        report = load_demo(archive) if args.demo else None
    finally:
        archive.close()
    imported = len(report.imported) if report else 0
    ctx.emit(
        {"archive": location, "revision": db.head_revision(), "demo_imported": imported},
        _("Archive ready: {location}").format(location=location),
    )
    return OK


def cmd_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    location = ctx.location or default_location()
    result = db.upgrade_archive(location)
    ctx.emit(
        {
            "archive": location,
            "from": result.before,
            "to": result.after,
            "backup": str(result.backup) if result.backup else None,
        },
        _("Schema upgraded from {before} to {after}").format(
            before=result.before, after=result.after
        )
        if result.before != result.after
        else _("Schema already current ({rev})").format(rev=result.after),
    )
    return OK


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from desktop.core.maintenance.backup import back_up

    dest = back_up(ctx.archive, Path(args.dest))
    ctx.emit({"backup": str(dest)}, _("Backup written to {path}").format(path=dest))
    return OK


def cmd_version(args: argparse.Namespace, ctx: Context) -> int:
    head = db.head_revision()
    ctx.emit(
        {"version": __version__, "schema": head},
        f"gcm-archive {__version__} (schema {head})",
    )
    return OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    progress = terminal_progress(_("Importing"))
    from desktop.core.importing.run import import_paths  # the pipeline, only to import

    result = import_paths(ctx.archive, args.paths, progress)
    end_progress(progress)
    report = result.value
    assert report is not None
    data: dict[str, Any] = {
        "imported": report.imported,
        "duplicates": report.duplicates,
        "failed": report.failed,
    }
    if report.error is not None:
        data["error"] = report.error

    def text() -> str:
        lines = [
            ngettext("{n} article imported", "{n} articles imported", len(report.imported)).format(
                n=len(report.imported)
            ),
            ngettext(
                "{n} duplicate skipped", "{n} duplicates skipped", len(report.duplicates)
            ).format(n=len(report.duplicates)),
        ]
        lines += [
            _("failed: {path}: {error}").format(
                path=printable(f["path"]), error=printable(f["error"])
            )
            for f in report.failed
        ]
        return "\n".join(lines)

    ctx.emit(data, text)
    if report.error is not None:
        # What landed is printed above; then why the rest did not.
        print(
            "gcm-archive: "
            + _("the import stopped: {reason}").format(reason=printable(report.error)),
            file=sys.stderr,
        )
        return ARCHIVE_ERROR
    return SOME_FAILED if report.failed else OK


def cmd_import_log(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.importing.store import import_log

    log = import_log(ctx.archive, args.limit)

    def text() -> str:
        return "\n".join(
            f"#{b['id']} {b['started_at']}: "
            + _("{i} imported, {d} duplicates, {f} failed").format(
                i=len(b["summary"].get("imported", [])),
                d=len(b["summary"].get("duplicates", [])),
                f=len(b["summary"].get("failed", [])),
            )
            for b in log
        )

    ctx.emit(log, text)
    return OK


def cmd_articles(args: argparse.Namespace, ctx: Context) -> int:
    rows = articles_json(ctx.archive)

    def text() -> str:
        return "\n".join(
            f"{r['id']:>6}  {r['language'] or '--':<3} {r['event_date'] or '':<10}  "
            f"{r['title'][:90]}"
            for r in rows
        )

    ctx.emit(rows, text)
    return OK


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    detail = get_article(ctx.archive, args.id)
    if detail is None:
        raise CliError(_("no article with id {id}").format(id=args.id))
    data = {k: v for k, v in vars(detail).items()}
    ctx.emit(data, f"{detail.title}\n\n{detail.body}")
    return OK
