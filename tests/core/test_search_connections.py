"""The connections searches read through: kept open between searches on a SQLite file
archive, never holding a read open, closed with the archive."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from desktop.core.archive.editing import delete_articles
from desktop.core.archive.session import Archive, open_archive
from desktop.core.maintenance.backup import back_up, restore
from desktop.core.search import SearchSpec, count, search, search_ids
from desktop.core.search.pages import page


def _wal(archive: Archive) -> Path:
    return Path(f"{archive.location}-wal")


def test_a_search_leaves_no_read_open(seeded_sqlite: Archive):
    assert search(seeded_sqlite, SearchSpec("migration")).hits
    assert page(seeded_sqlite, SearchSpec("")).rows
    # A checkpoint that empties the log waits for every reader: none is left reading.
    with sqlite3.connect(seeded_sqlite.location) as other:
        busy, _log, _done = other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    assert _wal(seeded_sqlite).stat().st_size == 0


def test_changes_made_elsewhere_are_seen_by_the_next_search(seeded_sqlite: Archive):
    everything = search_ids(seeded_sqlite, SearchSpec("")).ids
    other = open_archive(seeded_sqlite.location, curator="someone else")
    try:
        delete_articles(other, everything[:2])
    finally:
        other.close()
    assert search_ids(seeded_sqlite, SearchSpec("")).ids == everything[2:]
    assert count(seeded_sqlite, SearchSpec("")) == len(everything) - 2


def test_closing_the_archive_closes_every_connection(seeded_sqlite: Archive):
    search(seeded_sqlite, SearchSpec("migration"))
    assert _wal(seeded_sqlite).exists()
    seeded_sqlite.close()
    # The last connection to close takes the write-ahead log away with it.
    assert not _wal(seeded_sqlite).exists()
    assert search(seeded_sqlite, SearchSpec("migration")).hits  # usable again


def test_a_restored_archive_is_searched_at_once(seeded_sqlite: Archive, tmp_path: Path):
    before = search_ids(seeded_sqlite, SearchSpec("")).ids
    copy = back_up(seeded_sqlite, tmp_path / "copy.sqlite")
    delete_articles(seeded_sqlite, before[:3])
    assert search_ids(seeded_sqlite, SearchSpec("")).ids == before[3:]
    restore(seeded_sqlite, copy)
    assert search_ids(seeded_sqlite, SearchSpec("")).ids == before


def test_searches_from_several_threads_at_once(seeded_sqlite: Archive):
    specs = [SearchSpec("migration"), SearchSpec(""), SearchSpec("di cư"), SearchSpec("iom")]
    expected = [search_ids(seeded_sqlite, spec).ids for spec in specs]
    failures: list[object] = []

    def run() -> None:
        try:
            for _ in range(25):
                for spec, ids in zip(specs, expected, strict=True):
                    assert search_ids(seeded_sqlite, spec).ids == ids
                    assert [h.id for h in search(seeded_sqlite, spec, snippets=False).hits] == (
                        ids[:50]
                    )
        except Exception as exc:  # reported by the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_closing_waits_for_a_read_of_another_thread(seeded_sqlite: Archive):
    """A read going on in another thread when the archive is closed gives its connection
    back, closed, before the close returns (a restore replaces the file next)."""
    from desktop.core.search.statements import driver_cursor

    reading, may_end = threading.Event(), threading.Event()
    found: list[int] = []

    def read() -> None:
        with driver_cursor(seeded_sqlite) as cursor:
            cursor.execute("SELECT count(*) FROM articles")
            found.append(cursor.fetchone()[0])
            reading.set()
            may_end.wait(10)

    thread = threading.Thread(target=read)
    thread.start()
    assert reading.wait(10)
    threading.Timer(0.3, may_end.set).start()
    seeded_sqlite.close()
    assert may_end.is_set()  # the close waited for the read to end
    assert not _wal(seeded_sqlite).exists()  # and every connection is closed
    thread.join()
    assert found == [5]
