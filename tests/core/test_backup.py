"""Backups: rotation, no silent folders, and a restore that checks before it replaces."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.core.archive.articles import count_articles
from desktop.core.archive.editing import delete_articles
from desktop.core.archive.session import Archive
from desktop.core.maintenance.backup import (
    BackupError,
    back_up,
    daily_backup,
    restore,
    restore_archive,
    set_backup_keep,
    verify_backup,
)
from desktop.db.backup import backups_of
from desktop.db.models import Article


def _first_id(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.min(Article.id))) or 0)


def test_backup_never_creates_a_missing_folder(seeded_sqlite: Archive, tmp_path: Path):
    dest = tmp_path / "no" / "such" / "folder" / "copy.sqlite"
    with pytest.raises(BackupError, match="does not exist"):
        back_up(seeded_sqlite, dest)
    assert not (tmp_path / "no").exists()


def test_backup_is_a_verified_archive(seeded_sqlite: Archive, tmp_path: Path):
    copy = back_up(seeded_sqlite, tmp_path / "copy.sqlite")
    info = verify_backup(copy)
    assert info.articles == 5
    with pytest.raises(BackupError, match="already exists"):
        back_up(seeded_sqlite, copy)


def test_daily_backup_once_a_day_and_last_n_kept(seeded_sqlite: Archive):
    src = Path(seeded_sqlite.location)
    set_backup_keep(seeded_sqlite, 2)
    first = daily_backup(seeded_sqlite)
    assert first is not None and first.parent == src.parent
    assert daily_backup(seeded_sqlite) is None  # less than a day old
    made = [first]
    for day in (1, 2, 3):
        # Age the newest copy by a day, as if the app were used the next day.
        old = time.time() - 86_400 * (4 - day)
        os.utime(made[-1], (old, old))
        made.append(daily_backup(seeded_sqlite))
        assert made[-1] is not None
    kept = backups_of(src, "daily")
    assert kept == made[-2:]
    assert all(verify_backup(p).articles == 5 for p in kept)


def test_restore_brings_back_the_backed_up_state(seeded_sqlite: Archive, tmp_path: Path):
    copy = back_up(seeded_sqlite, tmp_path / "copy.sqlite")
    delete_articles(seeded_sqlite, [_first_id(seeded_sqlite)])
    assert count_articles(seeded_sqlite) == 4
    report = restore(seeded_sqlite, copy).value
    assert report is not None and report.articles == 5
    assert count_articles(seeded_sqlite) == 5  # the open archive is usable at once
    assert report.previous_copy and verify_backup(Path(report.previous_copy)).articles == 4


def _page_size(raw: bytes) -> int:
    size = int.from_bytes(raw[16:18], "big")
    return 65536 if size == 1 else size


def _damaged_within_pages(path: Path) -> None:
    """Bytes that no page can hold every 4 KiB, inside the archive's larger pages: SQLite's
    own error messages then quote bytes that are not UTF-8."""
    raw = bytearray(path.read_bytes())
    for offset in range(_page_size(raw) * 2, len(raw), 4096):
        raw[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(raw))


def _damaged(path: Path) -> None:
    """Every b-tree page after the first two gets a header no page can have: damage that
    any integrity check finds (random bytes in a page's cells may not be)."""
    raw = bytearray(path.read_bytes())
    size = _page_size(raw)
    for offset in range(size * 2, len(raw), size):
        raw[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(raw))


def _scrambled(path: Path) -> None:
    """Bytes that are not UTF-8 inside the cells of every page after the first two: the
    integrity check's messages then quote them."""
    raw = bytearray(path.read_bytes())
    size = _page_size(raw)
    for offset in range(size * 2, len(raw), size):
        raw[offset + 100 : offset + 400] = bytes(range(0x80, 0x80 + 100)) * 3
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    "kind", ["text", "damaged", "damaged within pages", "scrambled", "foreign", "newer"]
)
def test_restore_refuses_a_bad_backup_and_touches_nothing(
    seeded_sqlite: Archive, tmp_path: Path, kind: str
):
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        bad.write_text("not a database at all\n" * 100)
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    else:
        back_up(seeded_sqlite, bad)
        if kind == "damaged":
            _damaged(bad)
        elif kind == "damaged within pages":
            _damaged_within_pages(bad)
        elif kind == "scrambled":
            _scrambled(bad)
        else:
            with sqlite3.connect(bad) as conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    seeded_sqlite.engine.dispose()
    before = Path(seeded_sqlite.location).read_bytes()
    with pytest.raises(BackupError, match="not restored|newer version"):
        restore_archive(seeded_sqlite.location, bad)
    assert Path(seeded_sqlite.location).read_bytes() == before
    assert not backups_of(Path(seeded_sqlite.location), "pre-restore")


def test_cli_restore_and_backup(capsys, seeded_sqlite: Archive, tmp_path: Path):
    location = seeded_sqlite.location
    copy = tmp_path / "copy.sqlite"
    assert main(["--archive", location, "backup", str(copy)]) == 0
    delete_articles(seeded_sqlite, [_first_id(seeded_sqlite)])
    seeded_sqlite.engine.dispose()
    capsys.readouterr()
    assert main(["--archive", location, "--json", "restore", str(copy)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 5
    assert main(["--archive", location, "backup", str(tmp_path / "x" / "y.sqlite")]) == 3
    assert "does not exist" in capsys.readouterr().err


def test_pre_upgrade_copies_are_rotated_too(seeded_sqlite: Archive):
    from desktop.db.backup import backup_beside

    src = Path(seeded_sqlite.location)
    set_backup_keep(seeded_sqlite, 3)
    made = [backup_beside(src, f"pre-upgrade-000{n}") for n in range(1, 6)]
    kept = backups_of(src, "pre-upgrade")
    assert len(kept) == 3 and set(kept) <= set(made) and made[-1] in kept
