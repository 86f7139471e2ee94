"""The index follows every change of the articles, in the same transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, text, update

from desktop.core.archive.editing import delete_articles, set_review_status, update_article
from desktop.core.archive.session import open_archive
from desktop.core.operations import hooks
from desktop.core.operations.progress import Cancelled
from desktop.core.operations.undo import UndoStack
from desktop.core.search import SearchSpec, index_status, reindex, search_ids
from desktop.db import engine as db
from desktop.db.models import ArchiveSetting, ArticleText
from tests.core.search_corpus import build
from tests.core.task_states import TripAfter


@pytest.fixture
def corpus(archive, tmp_path: Path):
    return archive, build(archive, tmp_path / "corpus")


def ids_for(archive, query: str, exact: bool = False) -> set[int]:
    return set(search_ids(archive, SearchSpec(query, exact=exact)).ids)


def test_import_indexes_every_article(corpus):
    archive, ids = corpus
    status = index_status(archive)
    assert status.consistent and status.indexed == len(ids)


def test_title_edit_and_undo_update_the_index(corpus):
    archive, ids = corpus
    stack = UndoStack(archive)
    stack.push(update_article(archive, ids["vi3"], title="Chợ hải sản Quảng Nam"))
    assert ids_for(archive, "quang nam") == {ids["vi3"]}
    assert ids_for(archive, "hải sản", exact=True) == {ids["vi3"]}
    stack.push(update_article(archive, ids["vi3"], title="Chợ Đà Lạt"))
    assert ids_for(archive, "quang nam") == set()  # the replaced title is gone
    assert ids_for(archive, "da lat") == {ids["vi3"]}
    stack.undo()
    assert ids_for(archive, "quang nam") == {ids["vi3"]}
    stack.undo()
    assert ids_for(archive, "quang nam") == set()
    assert ids_for(archive, '"chợ cá"', exact=True) == {ids["vi3"]}
    assert index_status(archive).consistent


def test_metadata_edit_keeps_the_entry(corpus):
    archive, ids = corpus
    update_article(archive, ids["ms1"], outlet="The Star", review_status="reviewed")
    assert ids_for(archive, "kementerian") == {ids["ms1"]}
    assert index_status(archive).consistent


def test_body_change_through_the_hook(corpus):
    archive, ids = corpus
    with archive.session() as s, s.begin():
        s.execute(
            update(ArticleText)
            .where(ArticleText.article_id == ids["fr2"])
            .values(body="Nouvelle version : la Sécurité sociale des réfugiés.")
        )
        hooks.run(hooks.ARTICLES_CHANGED, s, [ids["fr2"]])
    assert ids_for(archive, "refugies") == {ids["fr2"]}
    assert ids_for(archive, "securite") == {ids["fr1"], ids["fr2"]}
    assert ids_for(archive, "ambassadeur") == set()


def test_rolled_back_change_leaves_no_trace(corpus):
    archive, ids = corpus
    with pytest.raises(RuntimeError), archive.session() as s, s.begin():
        s.execute(
            update(ArticleText).where(ArticleText.article_id == ids["fr2"]).values(body="zanzibar")
        )
        hooks.run(hooks.ARTICLES_CHANGED, s, [ids["fr2"]])
        raise RuntimeError("the user cancelled")
    assert ids_for(archive, "zanzibar") == set()
    assert ids_for(archive, "ambassadeur") == {ids["fr2"]}


def test_delete_and_restore(corpus):
    archive, ids = corpus
    stack = UndoStack(archive)
    stack.push(delete_articles(archive, [ids["vi1"], ids["ms1"]]))
    assert ids_for(archive, "phan chi thanh") == {ids["fr2"]}
    assert ids_for(archive, "migrasi OR kementerian") == set()
    assert ids_for(archive, "NOT securite") == {ids["fr2"], ids["vi2"], ids["vi3"]}
    status = index_status(archive)
    assert status.consistent and status.indexed == len(ids) - 2
    stack.undo()
    assert ids_for(archive, "phan chi thanh") == {ids["fr2"], ids["vi1"]}
    assert ids_for(archive, "migrasi") == {ids["ms1"]}
    assert index_status(archive).consistent


def test_reindex_rebuilds_a_damaged_index(corpus):
    archive, ids = corpus
    with archive.engine.begin() as conn:
        if archive.dialect == "sqlite":  # contentless: emptied by its command
            conn.execute(text("INSERT INTO search_folded(search_folded) VALUES ('delete-all')"))
        else:
            conn.execute(text("DELETE FROM search_index"))
    assert ids_for(archive, "migrasi") == set()
    result = reindex(archive)
    assert result.value == len(ids)
    assert ids_for(archive, "migrasi") == {ids["ms1"]}
    assert ids_for(archive, "bán", exact=True) == {ids["vi3"]}
    assert index_status(archive).consistent


def test_reindex_cancelled_midway_keeps_the_old_index(corpus, monkeypatch):
    archive, ids = corpus
    from desktop.core.search import indexing

    real_chunks = indexing._chunks
    monkeypatch.setattr(indexing, "_chunks", lambda ids, size=2: real_chunks(ids, 2))
    state = TripAfter(steps=2)  # two batches of two articles indexed, then Cancel
    with pytest.raises(Cancelled):
        reindex(archive, state)
    assert state.checks == 3 and [done for done, _t, _m in state.reports] == [2, 4]
    assert ids_for(archive, "migrasi") == {ids["ms1"]}
    assert index_status(archive).consistent


def _insert_0001_article(conn, n: int, title: str, body: str) -> None:
    sha = f"{n:064d}"
    conn.execute(
        text(
            "INSERT INTO originals (sha256, size, media_type, data) "
            "VALUES (:s, 1, 'text/plain', :d)"
        ),
        {"s": sha, "d": b"x"},
    )
    conn.execute(
        text(
            "INSERT INTO articles (id, title, source_path, published_confidence, evidence, "
            "sha256, text_sha256, media_type, review_status, notes, event_date_confidence, "
            "created_at, updated_at, version) VALUES (:id, :t, '', 'unknown', '{}', :s, :s, "
            "'text/plain', 'new', '', 'unknown', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
        ),
        {"id": n, "t": title, "s": sha},
    )
    conn.execute(
        text("INSERT INTO article_texts (article_id, body) VALUES (:id, :b)"), {"id": n, "b": body}
    )


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_upgrade_from_0001_indexes_existing_articles(backend, tmp_path: Path, request):
    location = (
        str(tmp_path / "old.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    )
    engine = db.make_engine(db.archive_url(location))
    db.upgrade(engine, "0001")
    with engine.begin() as conn:
        _insert_0001_article(conn, 1, "Người di cư", "Đại sứ Phan Chí Thành tại Đà Nẵng.")
        _insert_0001_article(conn, 2, "Sécurité", "La sécurité des migrants.")
    if backend == "postgresql":
        with pytest.raises(db.ArchiveError):
            db.connect(location)
        db.upgrade(engine)
    engine.dispose()
    archive = open_archive(location, curator="tester")
    try:
        assert db.current_revision(archive.engine) == db.head_revision()
        assert ids_for(archive, "da nang") == {1}
        assert ids_for(archive, "securite OR di cu") == {1, 2}
        assert ids_for(archive, "sécurité", exact=True) == {2}
        assert index_status(archive).consistent
    finally:
        archive.close()
    if backend == "sqlite":
        assert list(tmp_path.glob("old.pre-upgrade-0001-*.bak.sqlite"))


def test_downgrade_to_0001_and_back(corpus):
    archive, ids = corpus
    from alembic import command

    cfg = db.alembic_config(archive.engine.url.render_as_string(hide_password=False))
    with archive.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert db.current_revision(archive.engine) == "0001"
    db.upgrade(archive.engine)
    assert ids_for(archive, "migrasi") == {ids["ms1"]}
    assert index_status(archive).consistent


def test_metadata_edits_leave_the_sqlite_index_alone(sqlite_archive, tmp_path: Path, monkeypatch):
    ids = build(sqlite_archive, tmp_path / "corpus")
    from desktop.core.search import sqlite_index

    def refuse(*_args: object) -> None:
        raise AssertionError("the index was written")

    monkeypatch.setattr(sqlite_index, "index", refuse)
    monkeypatch.setattr(sqlite_index, "unindex", refuse)
    set_review_status(sqlite_archive, list(ids.values()), "reviewed")
    update_article(sqlite_archive, ids["fr1"], outlet="Le Courrier", published="2021-03-11")
    assert ids_for(sqlite_archive, "securite") == {ids["fr1"]}


def test_an_article_whose_record_is_lost_is_still_removed_exactly(corpus):
    archive, ids = corpus
    if archive.dialect != "sqlite":
        pytest.skip("the record of entries is SQLite's (contentless FTS5 tables)")
    with archive.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_titles WHERE article_id = :i"), {"i": ids["vi1"]})
    delete_articles(archive, [ids["vi1"]])  # its words are read back from the index
    assert ids_for(archive, "da nang") == {ids["fr1"]}
    assert ids_for(archive, "thỏa thuận", exact=True) == set()
    with archive.engine.begin() as conn:
        conn.execute(text("INSERT INTO search_exact(search_exact) VALUES ('integrity-check')"))
    assert index_status(archive).consistent


def test_an_archive_never_merged_counts_its_growth_from_the_import(corpus, monkeypatch):
    """An archive from before merges were counted: one small import is no reason to
    rewrite its whole index."""
    archive, ids = corpus
    from desktop.core.search import indexing

    monkeypatch.setattr(indexing, "MERGE_MIN_ADDED", 1)
    monkeypatch.setattr(indexing, "MERGE_GROWTH", 0.5)
    assert len(ids) > 3
    with archive.engine.begin() as conn:  # as before merges were counted
        conn.execute(delete(ArchiveSetting).where(ArchiveSetting.key == indexing.MERGED_KEY))
    assert not indexing.merge_if_grown(archive, 1)
    with archive.engine.connect() as conn:
        assert indexing._merged_count(conn) == len(ids) - 1  # counted from now on


def test_merged_index_finds_the_same_and_stays_in_step(corpus, monkeypatch):
    archive, ids = corpus
    from desktop.core.search import indexing

    before = {q: ids_for(archive, q) for q in ("migrasi", "da nang", "securite")}
    assert not indexing.merge_if_grown(archive, len(ids))  # a few articles: not worth it
    monkeypatch.setattr(indexing, "MERGE_MIN_ADDED", 1)
    assert indexing.merge_if_grown(archive, len(ids))
    assert not indexing.merge_if_grown(archive, 0)  # nothing added since
    assert {q: ids_for(archive, q) for q in before} == before
    delete_articles(archive, [ids["vi1"]])  # a merged index still forgets exactly
    assert ids_for(archive, "da nang") == {ids["fr1"]}
    if archive.dialect == "sqlite":
        with archive.engine.begin() as conn:
            for name in ("search_folded", "search_exact"):
                conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))
    assert index_status(archive).consistent


def test_an_entry_made_from_a_given_fold_is_the_entry_made_from_the_text():
    from desktop.core.search.sqlite_index import entry_of
    from desktop.core.util.textfold import fold

    title = "Hội nghị về Di cư: Straße"
    bodies = [
        "Hội nghị về Di cư: Straße\n\nSource: https://x.vn/a\nĐà Nẵng, 12/3 – œuvre.\n",
        "(Theo VNA)\nLe ministère a réuni 40 délégués à Hà Nội.",
        "",
    ]
    for body in bodies:
        given = entry_of(title, body, (fold(title), fold(body)))
        assert given == entry_of(title, body)
    # a fold that does not fit the text (another number of lines) is not used
    assert entry_of(title, bodies[0], ("x", "y")) == entry_of(title, bodies[0])
