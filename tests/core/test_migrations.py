"""Archives made by older revisions upgrade to head, keeping their data and a correct index."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop.core.archive.articles import articles_json
from desktop.core.archive.editing import delete_articles, update_article
from desktop.core.archive.session import open_archive
from desktop.core.maintenance.check import check_archive
from desktop.core.search import SearchSpec, search_ids, sqlite_index
from desktop.core.search.indexing import ensure_current_index, index_status, rebuild
from desktop.core.search.sqlite_index import forms_of
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
    """Everything the search index holds, in a comparable form (SQLite: the contentless
    tables' words, read back from the index, and the record of each entry)."""
    if archive.dialect == "sqlite":
        queries = [
            f"SELECT doc, col, offset, term FROM temp.{name}_terms ORDER BY doc, col, offset"
            for name in ("search_folded", "search_exact")
        ]
        queries.append("SELECT * FROM search_titles ORDER BY article_id")
    else:
        queries = ["SELECT article_id, folded::text, exact::text FROM search_index ORDER BY 1"]
    with archive.engine.connect() as conn:
        if archive.dialect == "sqlite":
            for name in ("search_folded", "search_exact"):
                conn.execute(
                    text(
                        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name}_terms "
                        f"USING fts5vocab(main, {name}, instance)"
                    )
                )
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


def _as_0003_made_it(location: str) -> None:
    """The archive at ``location`` (head) as revision 0003 left it: FTS5 tables holding
    their own copy of the texts, indexed by the rules of index version 2."""
    cfg = db.alembic_config(db.archive_url(location))
    command.downgrade(cfg, "0003")
    engine = db.make_engine(db.archive_url(location))
    try:
        with engine.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT a.id, a.title, t.body FROM articles a "
                    "JOIN article_texts t ON t.article_id = a.id"
                )
            ).all()
            for i, title, body in rows:
                forms = forms_of(title, body)
                for n, name in enumerate(("search_folded", "search_exact")):
                    conn.execute(
                        text(f"INSERT INTO {name}(rowid, title, body) VALUES (:i, :t, :b)"),
                        {"i": i, "t": forms[2 * n], "b": forms[2 * n + 1]},
                    )
            conn.execute(
                text(
                    "INSERT INTO archive_settings(key, value) "
                    "VALUES ('search_index', '{\"version\": 2}')"
                )
            )
        assert db.current_revision(engine) == "0003"
    finally:
        engine.dispose()


def test_archive_with_articles_at_0003_keeps_its_index_without_the_text_copies(
    sqlite_archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    ids = build(sqlite_archive, tmp_path / "corpus")
    location = sqlite_archive.location
    with sqlite_archive.engine.begin() as conn:  # what the application indexes
        rebuild(conn)
    expected = _index_rows(sqlite_archive)
    sqlite_archive.close()
    _as_0003_made_it(location)

    # Upgraded as the window does, on the connection that then serves the archive.
    upgraded = open_archive(location, curator="tester")
    try:
        assert list(tmp_path.glob("archive.pre-upgrade-0003-*.bak.sqlite"))
        with upgraded.engine.connect() as conn:
            names = set(conn.scalars(text("SELECT name FROM sqlite_schema")))
        assert not {n for n in names if n.endswith("_content")}  # no copy of the texts
        assert index_status(upgraded).consistent
        assert _index_rows(upgraded) == expected  # the same words, the same records
        report = check_archive(upgraded, thorough=True).value
        assert report is not None and report.findings == []
        assert set(search_ids(upgraded, SearchSpec("da nang")).ids) == {ids["fr1"], ids["vi1"]}
        # A moved entry is removed exactly from its record, never by reading the index back.
        monkeypatch.setattr(sqlite_index, "_words_of", _never)
        update_article(upgraded, ids["vi3"], title="Chợ Đà Lạt")
        delete_articles(upgraded, [ids["vi1"]])
        assert set(search_ids(upgraded, SearchSpec("da nang")).ids) == {ids["fr1"]}
        assert set(search_ids(upgraded, SearchSpec("da lat")).ids) == {ids["vi3"]}
    finally:
        upgraded.close()


def _never(*_args: object) -> list[object]:
    raise AssertionError("the index was read back: a record did not match")
