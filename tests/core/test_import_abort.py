"""An import that the archive cannot finish (here a real SQLite "database or disk is
full") reports what landed, then why it stopped; the import log agrees with the
articles stored, batch by batch."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import event, func, select

from desktop.cli.main import main
from desktop.core.archive.session import open_archive
from desktop.core.importing import run as importer
from desktop.core.importing import store
from desktop.db.models import Article

WORDS = "migrant workers recruitment fees consular assistance labour pathways".split()


def _articles(folder: Path, count: int) -> Path:
    """``count`` distinct articles of about 6 KB each."""
    folder.mkdir()
    for n in range(count):
        words = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(900))
        text = f"Report number {n} on labour migration\n\n{words} {n}.\n"
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def _fill_up_after(archive, spare_pages: int) -> None:
    """Let the archive's file grow by ``spare_pages`` pages of 4 KiB at most (SQLITE_FULL
    after), whatever its own page size."""
    with archive.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    limit = int(pages) + max(1, spare_pages * 4096 // int(page_size))

    def cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(archive.engine, "connect", cap)
    archive.engine.dispose()


def _count(archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.count(Article.id))) or 0)


def test_disk_full_keeps_and_reports_what_landed(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    folder = _articles(tmp_path / "in", 16)
    archive = open_archive(tmp_path / "a.sqlite", curator="tester")
    try:
        _fill_up_after(archive, spare_pages=30)
        report = importer.import_paths(archive, [folder]).value
        assert report is not None
        assert report.error is not None and "full" in report.error
        assert 2 <= len(report.imported) < 16
        assert _count(archive) == len(report.imported)
        log = store.import_log(archive, 1)[0]["summary"]
        assert [i["id"] for i in log["imported"]] == [i["id"] for i in report.imported]
    finally:
        archive.close()


def test_cli_prints_what_landed_then_the_reason(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    folder = _articles(tmp_path / "in", 16)
    location = tmp_path / "a.sqlite"
    archive = open_archive(location, curator="tester")
    archive.close()
    real_open = open_archive

    def opened_full(*args, **kwargs):
        opened = real_open(*args, **kwargs)
        _fill_up_after(opened, spare_pages=30)
        return opened

    monkeypatch.setattr("desktop.core.importing.demo.open_archive", opened_full)
    code = main(["--archive", str(location), "--json", "import", str(folder)])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 3
    assert 2 <= len(data["imported"]) < 16
    assert "full" in data["error"]
    assert "the import stopped" in err and "full" in err
    archive = real_open(location, curator="tester")
    try:
        assert _count(archive) == len(data["imported"])
    finally:
        archive.close()


def test_a_batch_that_fails_to_commit_is_not_reported(sqlite_archive, tmp_path, monkeypatch):
    """The summary is written in the batch's transaction: nothing listed that rolled back."""
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    folder = _articles(tmp_path / "in", 5)
    calls = {"n": 0}
    real_insert = store._insert

    def insert_then_fail(session, items, batch_id, curator_id):
        calls["n"] += 1
        if calls["n"] >= 2:
            from sqlalchemy.exc import OperationalError

            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real_insert(session, items, batch_id, curator_id)

    monkeypatch.setattr(store, "_insert", insert_then_fail)
    report = importer.import_paths(sqlite_archive, [folder]).value
    assert report is not None and report.error and "disk I/O error" in report.error
    assert len(report.imported) == 2 == _count(sqlite_archive)
    assert report.failed == []


def test_summary_is_rewritten_with_each_batch_then_every_tenth_more(monkeypatch):
    monkeypatch.setattr(store, "SUMMARY_EVERY_BATCH", 100)
    report = store.ImportReport()
    written = []
    for batch in range(1, 400):
        report.imported.extend({"id": batch, "path": ""} for _ in range(5))
        if store._summary_due(report):
            report.summarised = len(report.imported)
            written.append(len(report.imported))
    assert written[:20] == list(range(5, 105, 5))  # every batch while small
    later = written[20:]
    assert all(b - a >= a // 10 for a, b in zip(written[19:], later, strict=False))
    assert len(written) < 60  # not 399 rewrites of a growing summary
    assert len(report.imported) - written[-1] < len(report.imported) // 10 + 5


def test_a_batch_lands_with_its_summary_or_not_at_all(sqlite_archive, tmp_path, monkeypatch):
    """The summary is the batch's last write: when it fails, the batch's rows go too."""
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    folder = _articles(tmp_path / "in", 5)
    summaries = {"n": 0}

    def fail_second_summary(_conn, _cursor, statement, _params, _context, _many):
        if statement.startswith("UPDATE import_batches SET summary"):
            summaries["n"] += 1
            if summaries["n"] == 2:
                raise OperationalError(statement, {}, Exception("disk I/O error"))

    event.listen(sqlite_archive.engine, "before_cursor_execute", fail_second_summary)
    try:
        report = importer.import_paths(sqlite_archive, [folder]).value
    finally:
        event.remove(sqlite_archive.engine, "before_cursor_execute", fail_second_summary)
    assert report is not None and report.error and "disk I/O error" in report.error
    assert len(report.imported) == 2 == _count(sqlite_archive)
    log = store.import_log(sqlite_archive, 1)[0]["summary"]
    assert [i["id"] for i in log["imported"]] == [i["id"] for i in report.imported]


def test_a_file_that_cannot_be_stored_fails_alone(sqlite_archive, tmp_path, monkeypatch):
    """A batch is written without a savepoint; when one of its files cannot be stored,
    the batch is rolled back and written again file by file: the others land whole
    (searchable, with their link features), the one is reported."""
    from desktop.core.linking.store import missing_features
    from desktop.core.search.indexing import index_status

    monkeypatch.setattr(importer, "BATCH_SIZE", 3)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n:02d}.txt").write_text(
            f"Workers return from Malaysia (report {n})\n\nHanoi, 12 March 2024 - "
            f"The Ministry of Labour said {100 + n} workers from Nghe An returned "
            "from Kuala Lumpur after their employer closed.\n",
            encoding="utf-8",
        )
    real_insert = store._insert

    def refuse_one(session, items, batch_id, curator_id):
        ids = real_insert(session, items, batch_id, curator_id)
        if any(p.path.name == "01.txt" for p in items):
            raise ValueError("refused")
        return ids

    monkeypatch.setattr(store, "_insert", refuse_one)
    report = importer.import_paths(sqlite_archive, [folder]).value
    assert report is not None and report.error is None
    assert [Path(f["path"]).name for f in report.failed] == ["01.txt"]
    assert report.failed[0]["error"] == "could not be stored: refused"
    assert sorted(Path(i["path"]).name for i in report.imported) == [
        "00.txt",
        "02.txt",
        "03.txt",
        "04.txt",
    ]
    assert report.duplicates == []
    assert _count(sqlite_archive) == 4
    assert index_status(sqlite_archive).indexed == 4
    assert missing_features(sqlite_archive) == []
    log = store.import_log(sqlite_archive, 1)[0]["summary"]
    assert [i["id"] for i in log["imported"]] == [i["id"] for i in report.imported]
    assert len(log["failed"]) == 1
