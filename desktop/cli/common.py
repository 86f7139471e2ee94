"""What every CLI command shares: the context, output and errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.archive.session import Archive
from desktop.core.operations.progress import TaskState

Handler = Callable[[argparse.Namespace, "Context"], int]

# Exit statuses: success, some items failed, usage error, an archive (or a backup of
# it) cannot be opened or written (an import that stops midway prints what landed first).
OK, SOME_FAILED, USAGE, ARCHIVE_ERROR = 0, 1, 2, 3


class CliError(Exception):
    """A one-line error for the user; ``code`` is the exit status (1, 2 or 3)."""

    def __init__(self, message: str, code: int = SOME_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


@dataclass
class Context:
    location: str | None
    json: bool = False
    debug: bool = False
    curator: str | None = None
    _archive: Archive | None = field(default=None, repr=False)

    @property
    def archive(self) -> Archive:
        """The archive named by ``--archive`` (or the default), opened on first use."""
        if self._archive is None:
            from desktop.core.archive.session import default_location
            from desktop.core.importing.demo import open_or_create
            from desktop.core.maintenance.storage import storage_risk

            risk = storage_risk(self.location or default_location())
            if risk is not None:
                print(f"gcm-archive: warning: {risk.message}", file=sys.stderr)
            self._archive = open_or_create(self.location, curator=self.curator)
        return self._archive

    def emit(self, data: Any, text: str | Callable[[], str] = "") -> None:
        """Print ``data`` as JSON with ``--json``, else the human ``text``."""
        if self.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
            sys.stdout.write("\n")
        else:
            out = text() if callable(text) else text
            if out:
                print(out)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` for a terminal: control characters (a newline or an escape sequence in a
    file name) shown as ``\\xNN`` instead of acting on the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def terminal_progress(label: str = "") -> TaskState:
    """A task state that draws ``label done/total`` on stderr, when stderr is a terminal
    (never in a pipe or a log file); call :func:`end_progress` after the work."""
    state = TaskState()
    if sys.stderr.isatty():

        def draw(done: int, total: int, message: str) -> None:
            text = message or label
            text = text if len(text) <= 60 else "…" + text[-59:]
            if total:
                print(f"\r\033[K{text} {done}/{total}", end="", file=sys.stderr, flush=True)

        state.on_progress = draw
    return state


def end_progress(state: TaskState) -> None:
    if state.on_progress is not None and state.total:
        print(file=sys.stderr, flush=True)


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number
