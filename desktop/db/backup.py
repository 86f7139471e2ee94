"""Copies of SQLite archive files through the online backup API, and their rotation.

Automatic copies sit beside the archive as ``NAME.KIND-YYYYMMDD-HHMMSS.bak.sqlite``
(KIND: ``daily``, ``pre-upgrade-REV``, ``pre-restore``); :func:`prune` keeps the
newest ``keep`` of a kind. Nothing here creates a folder: a missing one is an error.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.db.engine import ArchiveError
from desktop.db.files import check_destination

DEFAULT_KEEP = 7
SETTING_KEY = "backup"


class BackupError(ArchiveError):
    """A backup or restore that cannot be done as asked; the message says why."""


def copy_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy of ``src`` at a new file ``dest`` (safe while ``src`` is in use)."""
    check_destination(dest, BackupError)
    if not src.is_file():
        raise BackupError(f"no archive at {src}")
    try:
        with closing(sqlite3.connect(src)) as source, closing(sqlite3.connect(dest)) as target:
            source.backup(target)
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        raise BackupError(f"cannot copy {src}: {exc}") from exc
    return dest


def backup_beside(src: Path, kind: str, keep: int | None = None) -> Path:
    """A copy of ``src`` beside it, named by ``kind`` and the time; older ones pruned."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src.with_name(f"{src.stem}.{kind}-{stamp}.bak{src.suffix}")
    n = 1
    while dest.exists():
        n += 1
        dest = src.with_name(f"{src.stem}.{kind}-{stamp}-{n}.bak{src.suffix}")
    copy_sqlite(src, dest)
    prune(src, "pre-upgrade" if kind.startswith("pre-upgrade") else kind, keep)
    return dest


def backups_of(src: Path, kind: str) -> list[Path]:
    """Automatic backups of ``src`` of ``kind`` (a name prefix), oldest first."""
    found = src.parent.glob(f"{src.stem}.{kind}*.bak{src.suffix}")
    return sorted((p for p in found if p.is_file()), key=lambda p: (p.stat().st_mtime, p.name))


def prune(src: Path, kind: str, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``kind``; returns the deleted ones."""
    keep = stored_keep(src) if keep is None else keep
    old = backups_of(src, kind)[: -keep or None] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


def stored_keep(src: Path) -> int:
    """The archive's "keep N backups" setting, read without opening it through the app."""
    try:
        with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as conn:
            row = conn.execute(
                "SELECT value FROM archive_settings WHERE key = ?", (SETTING_KEY,)
            ).fetchone()
    except sqlite3.Error:
        return DEFAULT_KEEP
    try:
        value = json.loads(row[0]) if row else {}
        return max(1, int(value.get("keep", DEFAULT_KEEP)))
    except (TypeError, ValueError, AttributeError):
        return DEFAULT_KEEP
