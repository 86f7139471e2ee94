"""``gcm-archive settings``: the archive's shared settings (import size limit, languages)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import OK, USAGE, CliError, Context
from desktop.core.archive.settings import SettingsError, import_settings, set_import_settings
from desktop.core.maintenance.backup import BackupError, backup_keep, set_backup_keep
from desktop.i18n import _


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("settings", help=_("show or change the archive's import settings"))
    p.add_argument("--max-mb", type=float, help=_("largest file imported, in MB"))
    p.add_argument(
        "--languages", help=_("comma-separated ISO 639-1 codes the language detector chooses among")
    )
    p.add_argument(
        "--keep-backups", type=int, metavar="N", help=_("automatic backups kept (daily, upgrades)")
    )
    p.set_defaults(handler=cmd_settings)


def cmd_settings(args: argparse.Namespace, ctx: Context) -> int:
    if args.max_mb is not None or args.languages is not None:
        try:
            set_import_settings(
                ctx.archive,
                max_mb=args.max_mb,
                languages=args.languages.split(",") if args.languages is not None else None,
            )
        except SettingsError as exc:
            raise CliError(str(exc), USAGE) from None
    if args.keep_backups is not None:
        try:
            set_backup_keep(ctx.archive, args.keep_backups)
        except BackupError as exc:
            raise CliError(str(exc), USAGE) from None
    current = import_settings(ctx.archive)
    data = {
        "max_mb": round(current.max_bytes / 1024 / 1024, 3),
        "languages": list(current.languages),
        "keep_backups": backup_keep(ctx.archive),
    }
    ctx.emit(
        data,
        _("Import size limit: {mb} MB\nLanguages: {langs}").format(
            mb=data["max_mb"], langs=", ".join(current.languages)
        )
        + "\n"
        + _("Automatic backups kept: {n}").format(n=data["keep_backups"]),
    )
    return OK
