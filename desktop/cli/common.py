"""What every CLI command shares: the context, output and errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.archive import Archive
from desktop.core.progress import TaskState

Handler = Callable[[argparse.Namespace, "Context"], int]

OK, SOME_FAILED, USAGE = 0, 1, 2


class CliError(Exception):
    """A one-line error for the user; ``code`` is the exit status (1 or 2)."""

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
            from desktop.core.demo import open_or_create

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
