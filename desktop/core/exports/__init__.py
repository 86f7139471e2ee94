"""Exports that outlive the app: a complete JSON dump (read back by ``import-export``),
a CSV of articles for spreadsheets, and a BagIt bag for preservation systems."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.db.engine import ArchiveError
from desktop.db.files import check_destination


class ExportError(ArchiveError):
    """An export or an import of an export that cannot be done; the message says why."""


@contextmanager
def atomic_file(dest: Path) -> Iterator[Path]:
    """A temporary path that becomes ``dest`` only when the block succeeds."""
    dest = Path(dest).expanduser().absolute()
    check_destination(dest, ExportError)
    part = dest.with_name(f".{dest.name}.part")
    try:
        yield part
        os.replace(part, dest)
    finally:
        part.unlink(missing_ok=True)
