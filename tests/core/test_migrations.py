"""Archives made by older revisions upgrade to head, keeping their data and a correct index."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop.core.archive.articles import articles_json
from desktop.core.archive.session import open_archive
from desktop.core.search import SearchSpec, search_ids
from desktop.core.search.indexing import ensure_current_index, index_status, rebuild
from desktop.db import engine as db
from tests.core.search_corpus import build

FIRST = "0001"


def test_first_revision_is_older_than_head():
    assert db.head_revision() != FIRST
    assert FIRST in db.known_revisions()


def test_revisions_read_from_the_files_are_alembics():
    """Opening an archive reads the revisions without Alembic: the same graph."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config("sqlite://"))
    assert db.head_revision() == script.get_current_head()
    assert db._revision_graph() == {r.revision: r.down_revision for r in script.walk_revisions()}


def test_the_revision_of_an_archive_is_alembics(tmp_path: Path):
    from alembic.runtime.migration import MigrationContext

    engine = db.make_engine(db.archive_url(tmp_path / "a.sqlite"))
    try:
        assert db.current_revision(engine) is None
        db.upgrade(engine, FIRST)
        with engine.connect() as conn:
            assert db.current_revision(engine) == FIRST
            assert MigrationContext.configure(conn).get_current_revision() == FIRST
    finally:
        engine.dispose()


def test_first_revision_upgrades_to_head_with_backup(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    engine = db.make_engine(db.archive_url(path))
    db.upgrade(engine, FIRST)
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
    backups = list(tmp_path.glob(f"old.pre-upgrade-{FIRST}-*.bak.sqlite"))
    assert len(backups) == 1
    kept = db.make_engine(db.archive_url(backups[0]))
    try:
        assert db.current_revision(kept) == FIRST
    finally:
        kept.dispose()


def test_postgres_archive_is_not_upgraded_silently(pg_url: str):
    engine = db.make_engine(db.archive_url(pg_url))
    db.upgrade(engine, FIRST)
    engine.dispose()
    with pytest.raises(db.UpgradeNeeded, match="gcm-archive .*upgrade"):
        db.connect(pg_url)
    engine = db.make_engine(db.archive_url(pg_url))
    try:
        assert db.current_revision(engine) == FIRST
    finally:
        engine.dispose()


def _index_rows(archive) -> list[tuple[object, ...]]:
    """Everything the search index holds, in a comparable form."""
    if archive.dialect == "sqlite":
        queries = [
            "SELECT rowid, title, body FROM search_folded ORDER BY rowid",
            "SELECT rowid, title, body FROM search_exact ORDER BY rowid",
        ]
    else:
        queries = ["SELECT article_id, folded::text, exact::text FROM search_index ORDER BY 1"]
    with archive.engine.connect() as conn:
        return [tuple(row) for q in queries for row in conn.execute(text(q))]


def test_archive_with_articles_at_first_revision_upgrades_with_a_correct_index(
    archive, tmp_path: Path
):
    ids = build(archive, tmp_path / "corpus")
    location = archive.location
    archive.close()
    # The same archive as revision 0001 made it: data, no search index.
    cfg = db.alembic_config(db.archive_url(location))
    command.downgrade(cfg, FIRST)
    old = db.make_engine(db.archive_url(location))
    try:
        assert db.current_revision(old) == FIRST
    finally:
        old.dispose()

    result = db.upgrade_archive(location)
    assert (result.before, result.after) == (FIRST, db.head_revision())

    upgraded = open_archive(location, curator="tester")
    try:
        assert index_status(upgraded).consistent
        assert index_status(upgraded).articles == len(ids)
        # Migration 0002 indexes by the rules frozen with it; an index built by older
        # rules than the application's is rebuilt once, as the window and the CLI do.
        ensure_current_index(upgraded)
        migrated = _index_rows(upgraded)
        # What the application's own indexing makes of the same articles.
        with upgraded.engine.begin() as conn:
            rebuild(conn)
        assert migrated == _index_rows(upgraded)
        found = set(search_ids(upgraded, SearchSpec("da nang")).ids)
        assert found == {ids["fr1"], ids["vi1"]}
        assert set(search_ids(upgraded, SearchSpec("bàn", exact=True)).ids) == {ids["vi2"]}
    finally:
        upgraded.close()
