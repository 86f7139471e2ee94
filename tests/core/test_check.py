"""Check and repair: every kind of damage is made here, found, and repaired when safe."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select, text, update

from desktop.cli.main import main
from desktop.core.archive.session import Archive
from desktop.core.maintenance.check import check_archive
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.search import SearchSpec, search_ids
from desktop.core.search.sqlite_index import forms_of
from desktop.db.models import Article, ImportBatch, Original


def _check(archive: Archive, repair: bool = False):
    report = check_archive(archive, repair=repair).value
    assert report is not None
    return report


def _kinds(report) -> set[str]:
    return {f.check for f in report.findings if not f.repaired}


def test_a_sound_archive_passes_with_monotonic_progress(seeded_archive: Archive):
    steps: list[tuple[int, int]] = []
    state = TaskState(on_progress=lambda d, t, _m: steps.append((d, t)))
    report = check_archive(seeded_archive, state).value
    assert report is not None and report.ok and report.findings == []
    assert report.checked["originals"] == 5 and report.checked["articles"] == 5
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    assert len({t for _d, t in steps}) == 1 and steps[-1][0] == steps[-1][1]


def test_fixity_reports_a_changed_original_and_never_repairs_it(seeded_archive: Archive):
    with seeded_archive.session() as session, session.begin():
        sha = session.scalars(select(Original.sha256).order_by(Original.sha256)).first()
        session.execute(update(Original).where(Original.sha256 == sha).values(data=b"tampered"))
    report = _check(seeded_archive, repair=True)
    fixity = [f for f in report.findings if f.check == "fixity"]
    assert len(fixity) == 1 and fixity[0].ids == [sha] and not fixity[0].repaired
    assert not report.ok


def test_search_index_rows_missing_are_found_and_repaired(seeded_archive: Archive):
    with seeded_archive.session() as session:
        first = session.scalars(select(Article.id).order_by(Article.id)).first()
    with seeded_archive.engine.begin() as conn:
        if conn.dialect.name == "sqlite":  # gone from one of the two tables
            title, body = conn.execute(
                text(
                    "SELECT a.title, t.body FROM articles a JOIN article_texts t "
                    "ON t.article_id = a.id WHERE a.id = :i"
                ),
                {"i": first},
            ).one()
            folded = forms_of(title, body)[:2]
            conn.execute(
                text(
                    "INSERT INTO search_folded(search_folded, rowid, title, body) "
                    "VALUES ('delete', :i, :t, :b)"
                ),
                {"i": first, "t": folded[0], "b": folded[1]},
            )
        else:
            conn.execute(text("DELETE FROM search_index WHERE article_id = :i"), {"i": first})
    report = _check(seeded_archive)
    assert _kinds(report) == {"search_index"}
    assert report.findings[0].ids == [first]
    assert _check(seeded_archive, repair=True).ok
    assert _check(seeded_archive).findings == []


def test_damaged_fts5_index_is_rebuilt(seeded_sqlite: Archive):
    with seeded_sqlite.engine.begin() as conn:
        # A page of the index cut short, as a torn write would leave it.
        conn.execute(
            text(
                "UPDATE search_folded_data SET block = substr(block, 1, 20) "
                "WHERE id = (SELECT max(id) FROM search_folded_data)"
            )
        )
    assert _check(seeded_sqlite).ok  # only the thorough check reads the whole index
    report = check_archive(seeded_sqlite, thorough=True).value
    assert any("damaged" in f.message for f in report.findings if f.check == "search_index")
    assert check_archive(seeded_sqlite, repair=True, thorough=True).value.ok
    assert check_archive(seeded_sqlite, thorough=True).value.findings == []


def test_emptied_batch_summary_is_rebuilt_from_its_articles(seeded_archive: Archive):
    with seeded_archive.engine.begin() as conn:
        conn.execute(update(ImportBatch).values(summary={}))
    report = _check(seeded_archive)
    assert _kinds(report) == {"import_batches"}
    assert _check(seeded_archive, repair=True).ok
    with seeded_archive.session() as session:
        summary = session.scalars(select(ImportBatch.summary)).one()
        ids = set(session.scalars(select(Article.id)))
    assert {item["id"] for item in summary["imported"]} == ids and summary["rebuilt"]
    assert _check(seeded_archive).findings == []


def test_dangling_foreign_keys_are_reported(seeded_archive: Archive):
    with seeded_archive.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        else:
            conn.exec_driver_sql("SET session_replication_role = replica")
        conn.execute(
            text("UPDATE articles SET event_id = 999999 WHERE id = (SELECT min(id) FROM articles)")
        )
    report = _check(seeded_archive)
    fk = [f for f in report.findings if f.check == "foreign_keys"]
    assert fk and "events" in fk[0].ids[0] and not report.ok


def test_orphan_original_is_reported(seeded_archive: Archive):
    with seeded_archive.session() as session, session.begin():
        session.add(Original(sha256="0" * 64, size=0, media_type="text/plain", data=b""))
    report = _check(seeded_archive)
    orphans = [f for f in report.findings if f.check == "orphans"]
    assert orphans and orphans[0].ids == ["0" * 64]


def _corrupt_index_entry(path: Path, index: str, old: bytes, new: bytes) -> None:
    """Change one value inside an index page, behind SQLite's back."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?", (index,)
        ).fetchone()[0]
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    page = raw[start : start + page_size]
    at = page.find(old)
    assert at >= 0, "the value is on the index's root page"
    page[at : at + len(old)] = new
    raw[start : start + page_size] = page
    path.write_bytes(bytes(raw))


def test_damaged_sqlite_index_is_found_and_reindexed(seeded_sqlite: Archive):
    with seeded_sqlite.session() as session, session.begin():
        session.execute(update(Article).where(Article.id == 1).values(outlet="QQOUTLETQQ"))
    seeded_sqlite.engine.dispose()
    path = Path(seeded_sqlite.engine.url.database or "")
    _corrupt_index_entry(path, "ix_articles_outlet", b"QQOUTLETQQ", b"ZZOUTLETZZ")
    assert "integrity" in _kinds(check_archive(seeded_sqlite, thorough=True).value)
    repaired = check_archive(seeded_sqlite, repair=True, thorough=True).value
    assert repaired is not None and repaired.ok
    with seeded_sqlite.session() as session:
        found = session.scalars(select(Article.id).where(Article.outlet == "QQOUTLETQQ")).all()
    assert found == [1]


def test_cli_check_json_and_exit_status(capsys, seeded_sqlite: Archive):
    location = seeded_sqlite.location
    assert main(["--archive", location, "--json", "check"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    with seeded_sqlite.engine.begin() as conn:
        conn.execute(text("INSERT INTO search_exact(search_exact) VALUES ('delete-all')"))
    assert main(["--archive", location, "check"]) == 1
    assert "repairable with --repair" in capsys.readouterr().out
    assert main(["--archive", location, "--json", "check", "--repair"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"][0]["repaired"] is True


def test_title_changed_behind_the_index_is_found_and_reindexed(seeded_sqlite: Archive):
    with seeded_sqlite.engine.begin() as conn:  # no hook: the index is not told
        conn.execute(text("UPDATE articles SET title = 'Zanzibar quarterly' WHERE id = 2"))
    report = _check(seeded_sqlite)
    stale = [f for f in report.findings if f.code == "search_index.stale"]
    assert len(stale) == 1 and stale[0].ids == [2] and stale[0].repairable
    assert _check(seeded_sqlite, repair=True).ok
    assert check_archive(seeded_sqlite, thorough=True).value.findings == []
    assert search_ids(seeded_sqlite, SearchSpec("zanzibar")).ids == [2]


def test_a_writer_holding_the_archive_is_not_taken_for_a_damaged_index(seeded_sqlite: Archive):
    seeded_sqlite.engine.dispose()
    event.listen(
        seeded_sqlite.engine,
        "connect",
        lambda dbapi, _record: dbapi.execute("PRAGMA busy_timeout=50"),
    )
    writer = sqlite3.connect(seeded_sqlite.location, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # FTS5's integrity-check needs the write lock
        report = check_archive(seeded_sqlite, thorough=True).value
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert report is not None
    codes = {f.code for f in report.findings}
    assert codes == {"search_index.failed"}, codes
    assert "locked" in report.findings[0].message


def test_cancel_stops_the_check_midway(seeded_sqlite: Archive):
    reports: list[tuple[int, int]] = []
    state = TaskState()

    def seen(done: int, total: int, _message: str) -> None:
        reports.append((done, total))
        if done > 0:
            state.cancel()  # pressed as soon as a first step is done

    state.on_progress = seen
    with pytest.raises(Cancelled):
        check_archive(seeded_sqlite, state)
    assert any(done > 0 for done, _total in reports)
    assert all(done < total for done, total in reports)  # never reported complete


def test_entries_of_deleted_articles_are_found_and_removed(seeded_sqlite: Archive):
    with seeded_sqlite.engine.begin() as conn:  # no hook: the index is not told
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.execute(text("DELETE FROM article_texts WHERE article_id = 3"))
        conn.execute(text("DELETE FROM articles WHERE id = 3"))
    report = _check(seeded_sqlite)
    extra = [f for f in report.findings if f.code == "search_index.extra"]
    assert len(extra) == 1 and extra[0].ids == [3] and extra[0].repairable
    _check(seeded_sqlite, repair=True)  # (the rows of its tags stay: references to report)
    assert "search_index" not in _kinds(_check(seeded_sqlite))


def test_an_entry_in_place_of_a_missing_one_is_found_though_the_counts_agree(
    seeded_sqlite: Archive,
):
    with seeded_sqlite.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE search_titles SET article_id = 999999 "
                "WHERE article_id = (SELECT max(id) FROM articles)"
            )
        )
        last = conn.scalar(text("SELECT max(id) FROM articles"))
    codes = {f.code: f.ids for f in _check(seeded_sqlite).findings}
    assert codes == {"search_index.missing": [last], "search_index.extra": [999999]}, codes
