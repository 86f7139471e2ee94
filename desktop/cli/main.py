"""Entry point of ``gcm-archive``.

Subcommands come from the modules of ``desktop.cli.commands``: each defines
``register(subparsers)``. Exit status: 0 success, 1 some items failed, 2 usage error,
3 the archive cannot be opened or written.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.common import ARCHIVE_ERROR, USAGE, CliError, Context
from desktop.core.operations.catalog import by_command
from desktop.db.engine import ArchiveError
from desktop.i18n import _, set_language

COMMANDS = "desktop.cli.commands"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gcm-archive",
        description=_("Archive of news articles on the Global Compact for Migration."),
    )
    parser.add_argument(
        "--archive",
        metavar="PATH|URL",
        help=_("archive file or postgresql+psycopg:// URL (default: $GCM_ARCHIVE or the user's)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    parser.add_argument("--debug", action="store_true", help=_("show tracebacks on errors"))
    parser.add_argument("--curator", help=_("name recorded in the audit log ($GCM_CURATOR)"))
    parser.add_argument("--lang", help=_("interface language (en, fr, vi)"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    package = importlib.import_module(COMMANDS)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{COMMANDS}.{info.name}")
        module.register(sub)
    for name, command in sub.choices.items():
        # The description of ``gcm-archive COMMAND --help``: the operation's label, the
        # same words the window shows.
        ops = by_command(name)
        if ops and not command.description:
            command.description = " / ".join(_(op.label) for op in ops)
        # ``--json`` is accepted after the command too (``gcm-archive articles --json``).
        if not any("--json" in action.option_strings for action in command._actions):
            command.add_argument(
                "--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(args_list)
    set_language(lang, forced=lang is not None)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args([*args_list, "gui"])
    ctx = Context(location=args.archive, json=args.json, debug=args.debug, curator=args.curator)
    try:
        code: int = args.handler(args, ctx)
        return code
    except CliError as exc:
        if ctx.debug:
            raise
        print(f"gcm-archive: {exc}", file=sys.stderr)
        return exc.code
    except ArchiveError as exc:
        if ctx.debug:
            raise
        print(f"gcm-archive: {exc}", file=sys.stderr)
        return ARCHIVE_ERROR
    except BrokenPipeError:
        # The reader went away (``gcm-archive articles | head``): not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("gcm-archive: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if ctx.debug:
            raise
        print(
            f"gcm-archive: {type(exc).__name__}: {exc} (run with --debug for details)",
            file=sys.stderr,
        )
        return 1
    finally:
        ctx.close()


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


__all__ = ["main", "__version__"]
