from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.archive.articles import articles_json, list_rows
from desktop.core.archive.session import open_archive
from desktop.core.importing.run import import_paths
from desktop.db import engine as db_engine
from desktop.db.engine import ArchiveError, connect, current_revision, head_revision


def test_new_archive_is_at_head(archive):
    assert current_revision(archive.engine) == head_revision()
    assert archive.curator_name == "tester"


def test_sqlite_pragmas(sqlite_archive):
    with sqlite_archive.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_import_then_reimport_changes_nothing(archive, seeds_dir):
    first = import_paths(archive, [seeds_dir]).value
    assert first is not None and len(first.imported) == 5 and not first.failed
    again = import_paths(archive, [seeds_dir]).value
    assert again is not None and again.imported == [] and len(again.duplicates) == 5
    assert {d["existing_id"] for d in again.duplicates} == {i["id"] for i in first.imported}
    assert len(list_rows(archive)) == 5


def test_articles_json_shape(seeded_archive):
    rows = articles_json(seeded_archive)
    assert len(rows) == 5
    assert set(rows[0]) == {
        "id",
        "title",
        "language",
        "published",
        "event_date",
        "date_confidence",
        "outlet",
        "source_url",
        "source_path",
        "sha256",
        "objectives",
        "actors",
        "event_id",
        "review_status",
    }
    assert all(len(r["sha256"]) == 64 for r in rows)


def test_newer_schema_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    open_archive(path).close()
    eng = db_engine.make_engine(db_engine.archive_url(path))
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    eng.dispose()
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="newer"):
        connect(path)
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("create table notes(x)")
    with pytest.raises(ArchiveError, match="not a GCM archive"):
        connect(path)


def test_missing_archive_without_create(tmp_path: Path):
    with pytest.raises(ArchiveError, match="no archive"):
        connect(tmp_path / "absent.sqlite", create=False)


def test_broken_tagging_package_stops_the_archive_from_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import sys

    # ``None`` in sys.modules makes ``import desktop.core.tagging.vocab`` raise ImportError,
    # as a broken or missing tagging package would.
    monkeypatch.setitem(sys.modules, "desktop.core.tagging.vocab", None)
    with pytest.raises(ImportError):
        open_archive(tmp_path / "a.sqlite")
