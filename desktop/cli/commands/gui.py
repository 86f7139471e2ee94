"""``gcm-archive gui``: open the main window (or render it to a PNG and exit)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from desktop.cli.common import USAGE, CliError, Context
from desktop.i18n import _


def _size(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", value)
    if not match:
        raise argparse.ArgumentTypeError(_("size must look like 1280x800"))
    return int(match.group(1)), int(match.group(2))


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("gui", help=_("open the application window (the default)"))
    p.add_argument("--screenshot", metavar="FILE.png", help=_("render the window to a PNG, exit"))
    p.add_argument("--size", type=_size, default=None, metavar="WxH")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    if args.size and not args.screenshot:
        raise CliError(_("--size goes with --screenshot"), USAGE)
    from desktop.ui.app import run_gui

    return run_gui(ctx.location, screenshot=args.screenshot, size=args.size, curator=ctx.curator)
