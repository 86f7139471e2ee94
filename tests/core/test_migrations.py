"""An archive made by the first migration upgrades to head, keeping its data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.archive import open_archive
from desktop.core.articles import articles_json
from desktop.db import engine as db


def _first_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config("sqlite://"))
    return list(script.walk_revisions())[-1].revision


def test_first_revision_upgrades_to_head_with_backup(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    engine = db.make_engine(db.archive_url(path))
    db.upgrade(engine, _first_revision())
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO curators(name, display_name, created_at) "
                "VALUES ('old', 'Old', CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()
    archive = open_archive(path, curator="old")
    try:
        assert db.current_revision(archive.engine) == db.head_revision()
        assert articles_json(archive) == []
    finally:
        archive.close()
    if _first_revision() != db.head_revision():
        assert list(tmp_path.glob("old.pre-upgrade-*.bak.sqlite"))


def test_postgres_archive_is_not_upgraded_silently(pg_url: str):
    import pytest

    engine = db.make_engine(db.archive_url(pg_url))
    db.upgrade(engine, _first_revision())
    engine.dispose()
    if _first_revision() == db.head_revision():
        open_archive(pg_url).close()
        return
    with pytest.raises(db.ArchiveError, match="gcm-archive .*upgrade"):
        db.connect(pg_url)
