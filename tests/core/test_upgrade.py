"""``upgrade_archive`` (CLI ``upgrade``, the window's offer) refuses what ``connect`` refuses."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.cli.main import main
from desktop.core.archive.session import open_archive
from desktop.db import engine as db


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _foreign_sqlite(path: Path) -> bytes:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.close()
    return path.read_bytes()


def test_foreign_sqlite_database_is_not_upgraded(tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    before = _foreign_sqlite(path)
    with pytest.raises(db.ArchiveError, match="not a GCM archive"):
        db.upgrade_archive(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]  # no backup, no WAL


def test_cli_upgrade_refuses_a_foreign_sqlite_database(capsys, tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    before = _foreign_sqlite(path)
    code, out, err = _cli(capsys, "--archive", str(path), "upgrade")
    assert code == 3 and out == ""  # cannot be opened
    assert "not a GCM archive" in err
    assert path.read_bytes() == before


def test_foreign_postgres_schema_is_not_upgraded(pg_url: str):
    engine = db.make_engine(db.archive_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id SERIAL PRIMARY KEY, total NUMERIC)"))
    try:
        with pytest.raises(db.ArchiveError, match="not a GCM archive"):
            db.upgrade_archive(pg_url)
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        engine.dispose()


def test_mistyped_path_creates_nothing(capsys, tmp_path: Path):
    missing = tmp_path / "archve.sqlite"
    with pytest.raises(db.ArchiveError, match="no archive"):
        db.upgrade_archive(missing)
    code, _out, err = _cli(capsys, "--archive", str(missing), "upgrade")
    assert code == 3 and "no archive" in err
    assert list(tmp_path.iterdir()) == []


def test_newer_schema_is_not_upgraded(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    open_archive(path).close()
    engine = db.make_engine(db.archive_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(db.ArchiveError, match="newer"):
        db.upgrade_archive(path)


def test_old_postgres_archive_upgrades_once(capsys, pg_url: str):
    engine = db.make_engine(db.archive_url(pg_url))
    db.upgrade(engine, "0001")
    engine.dispose()
    code, out, _err = _cli(capsys, "--archive", pg_url, "--json", "upgrade")
    assert code == 0
    data = json.loads(out)
    assert (data["from"], data["to"], data["backup"]) == ("0001", db.head_revision(), None)
    open_archive(pg_url).close()  # opens without complaint now
    code, out, _err = _cli(capsys, "--archive", pg_url, "--json", "upgrade")
    assert json.loads(out)["from"] == json.loads(out)["to"] == db.head_revision()


def test_old_sqlite_archive_is_backed_up_then_upgraded(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    engine = db.make_engine(db.archive_url(path))
    db.upgrade(engine, "0001")
    engine.dispose()
    result = db.upgrade_archive(path)
    assert result.before == "0001" and result.after == db.head_revision()
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == tmp_path
