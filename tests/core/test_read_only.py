"""An archive on a read-only disk opens read-only, reads fine and refuses every change."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.archive.articles import articles_json
from desktop.core.archive.editing import delete_articles
from desktop.core.archive.session import Archive, open_archive
from desktop.core.maintenance.check import check_archive
from desktop.core.search.service import SearchSpec, search_ids
from desktop.db.engine import ReadOnlyArchive, read_only_reason
from tests.core.readonly_mount import read_only_copy


@pytest.fixture
def read_only_archive(seeded_sqlite: Archive, tmp_path: Path):
    seeded_sqlite.close()  # checkpointed: no WAL left beside the file
    with read_only_copy(Path(seeded_sqlite.location).parent, tmp_path / "read only #1") as folder:
        yield folder / "archive.sqlite"


def test_the_mount_is_really_read_only(read_only_archive: Path):
    with pytest.raises(OSError):
        (read_only_archive.parent / "probe").write_text("x")
    assert read_only_reason(read_only_archive) == "folder"


def test_opens_read_only_reads_and_searches(read_only_archive: Path):
    archive = open_archive(read_only_archive, curator="someone-new")
    try:
        assert archive.read_only
        assert len(articles_json(archive)) == 5
        assert search_ids(archive, SearchSpec(text="migra*")).ids
        report = check_archive(archive).value
        assert report is not None and report.checked["originals"] == 5
        with pytest.raises(ReadOnlyArchive, match="read-only"):
            delete_articles(archive, [1])
        with pytest.raises(ReadOnlyArchive):
            check_archive(archive, repair=True)
        assert len(articles_json(archive)) == 5
    finally:
        archive.close()


def test_cli_reads_and_refuses_writes_clearly(capsys, read_only_archive: Path):
    location = str(read_only_archive)
    assert main(["--archive", location, "--json", "articles"]) == 0
    capsys.readouterr()
    # Exit 3: the archive cannot be written (README); the message says why.
    assert main(["--archive", location, "delete", "1"]) == 3
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_writable_archive_is_not_read_only(sqlite_archive: Archive):
    assert not sqlite_archive.read_only
    assert read_only_reason(Path(sqlite_archive.location)) is None
