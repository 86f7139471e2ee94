"""Data safety: ``check``, ``restore``, ``export`` and ``import-export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import OK, SOME_FAILED, Context
from desktop.core.check import CheckReport, check_archive
from desktop.i18n import _


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "check", help=_("check the archive's integrity; --repair fixes what is safe")
    )
    p.add_argument("--repair", action="store_true", help=_("repair what can be repaired safely"))
    p.add_argument(
        "--thorough",
        action="store_true",
        help=_("full SQLite integrity check (slower; compares every index with its table)"),
    )
    p.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    result = check_archive(ctx.archive, repair=args.repair, thorough=args.thorough)
    report = result.value
    assert report is not None
    ctx.emit(report.as_json(), lambda: _check_text(report))
    return OK if report.ok else SOME_FAILED


def _check_text(report: CheckReport) -> str:
    lines = [
        _("Checked: {articles} articles, {originals} originals, {batches} import batches").format(
            articles=report.checked.get("articles", 0),
            originals=report.checked.get("originals", 0),
            batches=report.checked.get("import_batches", 0),
        )
    ]
    for f in report.findings:
        if f.repaired:
            state = _("repaired")
        elif f.repairable:
            state = _("repairable with --repair")
        else:
            state = _("not repairable here")
        sample = ", ".join(str(i) for i in f.ids[:5])
        lines.append(f"[{f.check}] {f.message} ({state})" + (f": {sample}" if sample else ""))
    lines.append(_("No problems found.") if report.ok else _("Problems remain."))
    return "\n".join(lines)


def _path(value: str) -> Path:
    return Path(value).expanduser().absolute()
