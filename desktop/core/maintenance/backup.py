"""Backups and restores of SQLite archives: the one place the GUI and the CLI call.

- :func:`back_up`: a copy where the curator says (File ▸ Back Up Now, ``gcm-archive backup``);
- :func:`daily_backup`: once a day while the app is used, beside the archive, the last N kept
  (N is the archive's ``backup`` setting, see :func:`set_backup_keep`);
- before every schema upgrade :func:`desktop.db.engine.connect` keeps a copy too;
- :func:`verify_backup` then :func:`restore_archive` / :func:`restore`: the backup is checked
  (integrity, a GCM archive, a schema this version knows) before anything is replaced, and
  the archive being replaced is itself kept beside as ``NAME.pre-restore-….bak.sqlite``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.core.archive.session import Archive
from desktop.core.archive.settings import get_setting, set_setting
from desktop.core.operations.changes import (
    ACTORS,
    ARTICLES,
    EVENTS,
    IMPORTS,
    SEARCHES,
    TAGS,
    Changes,
    OpResult,
)
from desktop.core.search.quick import index_changed
from desktop.db import engine as db
from desktop.db.backup import (
    DEFAULT_KEEP,
    SETTING_KEY,
    BackupError,
    backup_beside,
    backups_of,
    copy_sqlite,
)
from desktop.db.files import check_destination
from desktop.db.models import Curator

DAILY = "daily"
DAY_SECONDS = 24 * 3600

__all__ = [
    "BackupError",
    "BackupInfo",
    "back_up",
    "backup_keep",
    "daily_backup",
    "restore",
    "restore_archive",
    "set_backup_keep",
    "verify_backup",
]


def sqlite_path(location: str) -> Path:
    url = db.archive_url(location)
    if not url.startswith("sqlite"):
        raise BackupError(
            "a PostgreSQL archive is backed up and restored on the server (pg_dump, pg_restore)"
        )
    database = make_url(url).database
    if not database:
        raise BackupError("an in-memory archive cannot be backed up")
    return Path(database)


def back_up(archive: Archive, dest: Path) -> Path:
    """A consistent copy of ``archive`` at the new file ``dest`` (its folder must exist)."""
    return copy_sqlite(sqlite_path(archive.location), Path(dest).expanduser().absolute())


def backup_keep(archive: Archive) -> int:
    return int(get_setting(archive, SETTING_KEY).get("keep", DEFAULT_KEEP))


def set_backup_keep(archive: Archive, keep: int) -> OpResult[None]:
    if not 1 <= keep <= 1000:
        raise BackupError("keep between 1 and 1000 automatic backups")
    return set_setting(archive, SETTING_KEY, {**get_setting(archive, SETTING_KEY), "keep": keep})


def daily_backup(archive: Archive, *, now: float | None = None) -> Path | None:
    """Back up beside the archive unless a daily copy is less than a day old."""
    if archive.dialect != "sqlite" or getattr(archive, "read_only", False):
        return None
    src = sqlite_path(archive.location)
    existing = backups_of(src, DAILY)
    moment = time.time() if now is None else now
    if existing and moment - existing[-1].stat().st_mtime < DAY_SECONDS:
        return None
    return backup_beside(src, DAILY, backup_keep(archive))


@dataclass(frozen=True)
class BackupInfo:
    path: str
    revision: str
    articles: int


def verify_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a sound GCM archive this version can open; raise if not."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise BackupError(f"no backup at {path}")
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            # a damaged file's messages may quote bytes that are not UTF-8
            conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError(f"{path} is damaged ({problems[0]}); it was not restored")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
            if not {"alembic_version", "articles", "originals"} <= tables:
                raise BackupError(f"{path} is not a GCM archive; it was not restored")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # (an error message not in UTF-8)
        raise BackupError(f"{path} is not a readable archive ({exc}); it was not restored") from exc
    if revision is None or revision[0] not in db.known_revisions():
        raise BackupError(
            f"{path} was made by a newer version of GCM Archive; update the application first"
        )
    return BackupInfo(str(path), str(revision[0]), int(articles))


@dataclass(frozen=True)
class RestoreReport:
    restored_from: str
    archive: str
    articles: int
    previous_copy: str | None  # the replaced archive, kept beside it


def restore_archive(location: str, source: Path) -> RestoreReport:
    """Replace the SQLite archive at ``location`` by the backup ``source``.

    Nothing is touched unless the backup passes :func:`verify_backup`. The archive
    must not be open in this process (the GUI goes through :func:`restore`).
    """
    dest = sqlite_path(location)
    info = verify_backup(source)
    if Path(info.path) == dest:
        raise BackupError("that is the archive itself, not a backup of it")
    check_destination(dest, BackupError, replace=True)
    previous = backup_beside(dest, "pre-restore") if dest.exists() else None
    staging = dest.with_name(f".{dest.name}.restoring")
    staging.unlink(missing_ok=True)
    copy_sqlite(Path(info.path), staging)
    for side in ("-wal", "-shm", "-journal"):
        Path(f"{dest}{side}").unlink(missing_ok=True)
    os.replace(staging, dest)
    # An older schema is brought up to date (with its own pre-upgrade copy).
    db.connect(str(dest), create=False).dispose()
    return RestoreReport(info.path, str(dest), info.articles, str(previous) if previous else None)


def restore(archive: Archive, source: Path) -> OpResult[RestoreReport]:
    """:func:`restore_archive` for an archive open in this process, which stays usable."""
    sqlite_path(archive.location)
    verify_backup(source)  # before closing anything
    archive.engine.dispose()
    report = restore_archive(archive.location, source)
    # A read of another thread (the window's) may have opened the replaced file while
    # it was being copied aside: no connection may keep it open.
    archive.engine.dispose()
    index_changed()  # what searches remembered of the replaced file's index is void
    with archive.session() as session, session.begin():
        curator = session.scalar(select(Curator).where(Curator.name == archive.curator_name))
        if curator is None:
            curator = Curator(name=archive.curator_name, display_name=archive.curator_name)
            session.add(curator)
            session.flush()
        archive.curator_id = curator.id
    everything = Changes.of(ARTICLES, TAGS, ACTORS, EVENTS, SEARCHES, IMPORTS)
    return OpResult(changes=everything, undo=None, value=report)
