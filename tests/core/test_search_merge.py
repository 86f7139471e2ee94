"""Merging the SQLite full-text index in steps: progress, cancel, nothing lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.archive.editing import update_article
from desktop.core.archive.session import Archive
from desktop.core.importing.run import import_paths
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.search import SearchSpec, index_status, indexing, search_ids, sqlite_index
from tests.conftest import import_like_the_app
from tests.core.search_corpus import build
from tests.core.task_states import TripAfter

QUERIES = ("migrasi", "da nang", "securite", "phan chi thanh", "nhat ban", "ban", "long", "ab*")


@pytest.fixture
def segmented(sqlite_archive: Archive, tmp_path: Path, monkeypatch):
    """An index written in many transactions (many segments), merged a page at a time."""
    ids = build(sqlite_archive, tmp_path / "corpus")
    for round_ in range(3):  # each edit is a transaction: one more segment per table
        for name in ("fr1", "vi2"):
            update_article(sqlite_archive, ids[name], title=f"{name} title {round_} Nhật Bản")
    # Long articles of many words, one import each: segments of several pages.
    rnd = random.Random(5)
    for n in range(4):
        folder = tmp_path / f"long{n}"
        folder.mkdir()
        words = " ".join(
            "".join(rnd.choice("abcdeghiklmnoprstuvy") for _ in range(rnd.randint(4, 9)))
            for _ in range(3000)
        )
        (folder / "article.txt").write_text(f"Long article {n}\n\n{words}\n", encoding="utf-8")
        import_like_the_app(sqlite_archive, [folder])
    monkeypatch.setattr(sqlite_index, "MERGE_STEP_PAGES", 1)
    monkeypatch.setattr(indexing, "MERGE_MIN_ADDED", 1)
    return sqlite_archive, ids


def _segments(archive: Archive) -> dict[str, int]:
    with archive.engine.connect() as conn:
        return {name: len(sqlite_index._segments(conn, name)) for name in sqlite_index.TABLES}


def _found(archive: Archive) -> dict[str, list[int]]:
    return {q: search_ids(archive, SearchSpec(q)).ids for q in QUERIES}


def _sound(archive: Archive) -> None:
    with archive.engine.begin() as conn:
        for name in sqlite_index.TABLES:
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))
    assert index_status(archive).consistent


def test_a_merge_reports_its_steps_and_leaves_one_segment(segmented):
    archive, ids = segmented
    assert min(_segments(archive).values()) > 2
    before = _found(archive)
    reports: list[tuple[int, int, str]] = []
    state = TaskState(on_progress=lambda *r: reports.append(r))
    assert indexing.merge_if_grown(archive, len(ids), state)
    assert _segments(archive) == {name: 1 for name in sqlite_index.TABLES}
    assert len(reports) > 3, reports
    done = [d for d, _t, _m in reports]
    assert done == sorted(done) and reports[-1][0] == reports[-1][1] > 0
    assert all(m == "Merging the search index…" for _d, _t, m in reports)
    assert _found(archive) == before
    _sound(archive)
    assert not indexing.merge_if_grown(archive, 0)  # counted as merged


def test_a_cancelled_merge_keeps_a_whole_index_and_goes_on_next_time(segmented):
    archive, ids = segmented
    before = _found(archive)
    segments = _segments(archive)
    state = TripAfter(1)
    with pytest.raises(Cancelled):
        indexing.merge_if_grown(archive, len(ids), state)
    assert len(state.reports) == 1  # stopped after its first step, not at the end
    assert _found(archive) == before
    _sound(archive)
    assert _segments(archive) != {name: 1 for name in sqlite_index.TABLES}
    assert _segments(archive) != segments or state.reports[0][0] > 0
    # Not counted as merged: the next import's follow-up takes it up again.
    assert indexing.merge_if_grown(archive, 0)
    assert _segments(archive) == {name: 1 for name in sqlite_index.TABLES}
    assert _found(archive) == before
    _sound(archive)


def test_cancel_during_the_merge_after_an_import_keeps_the_import(segmented, tmp_path: Path):
    archive, _ids = segmented
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "extra.txt").write_text(
        "Hội thảo về di cư an toàn\n\nHội thảo về di cư an toàn tại Huế.\n", encoding="utf-8"
    )
    state = TaskState()

    def cancel_when_merging(_done: int, _total: int, message: str) -> None:
        if message == "Merging the search index…":
            state.cancel()

    state.on_progress = cancel_when_merging
    report = import_paths(archive, [folder], state=state).value
    # The files were all imported: the import is whole, only the merge stopped.
    assert report is not None and not report.cancelled and len(report.imported) == 1
    assert state.cancelled
    assert search_ids(archive, SearchSpec("hoi thao hue")).ids == [report.imported[0]["id"]]
    _sound(archive)
    assert _segments(archive) != {name: 1 for name in sqlite_index.TABLES}
