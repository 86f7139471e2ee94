"""Hostile things in an imported folder: each is reported with its reason, none blocks
the import or fills the memory, and the good files beside them still land."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from desktop.core.extract.model import ExtractSettings
from desktop.core.extract.reading import read_file
from desktop.core.importer import ImportReport, import_paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and links of POSIX")

GOOD = (
    "Ministers review labour migration\n\n"
    "Ministers of the region met on Monday to review the protection of migrant workers "
    "and the Global Compact for Safe, Orderly and Regular Migration.\n"
)


def _import(archive, paths: list[Path], settings: ExtractSettings | None = None) -> ImportReport:
    """``import_paths`` in a thread: a blocking read fails the test instead of hanging it."""
    result: list[ImportReport] = []

    def run() -> None:
        value = import_paths(archive, paths, settings=settings).value
        assert value is not None
        result.append(value)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the import blocked"
    assert result, "the import raised"
    return result[0]


def _errors(report: ImportReport) -> dict[str, str]:
    return {Path(f["path"]).name: f["error"] for f in report.failed}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_fifo_device_socket_and_links_are_reported_never_read(sqlite_archive, folder: Path):
    os.mkfifo(folder / "pipe.txt")  # nobody writes to it: a read would wait forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # size 0, endless content
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "s.txt"))
        report = _import(sqlite_archive, [folder])
    finally:
        sock.close()
    assert [Path(i["path"]).name for i in report.imported] == ["good.txt"]
    errors = _errors(report)
    assert "named pipe" in errors["pipe.txt"]
    assert "device" in errors["zero.txt"]
    assert "socket" in errors["s.txt"]
    assert "loop" in errors["loop.txt"]
    assert "broken symbolic link" in errors["gone.txt"]


def test_folders_that_hold_nothing_are_reported_not_skipped(sqlite_archive, folder: Path):
    (folder / "x.txt").mkdir()  # a folder named like a document
    (folder / "ordinary").mkdir()  # an empty folder of an ordinary name: nothing to say
    linked = folder.parent / "elsewhere"
    linked.mkdir()
    (linked / "other.txt").write_text(GOOD.replace("Monday", "Friday"), encoding="utf-8")
    (folder / "link").symlink_to(linked)
    empty = folder.parent / "empty"
    empty.mkdir()
    report = _import(sqlite_archive, [folder, empty])
    errors = _errors(report)
    assert set(errors) == {"x.txt", "link", "empty"}
    assert "folder" in errors["x.txt"]
    assert "link to a folder" in errors["link"]
    assert "no file to import" in errors["empty"]
    assert [Path(i["path"]).name for i in report.imported] == ["good.txt"]


def test_a_file_named_directly_that_is_a_fifo_does_not_block(sqlite_archive, tmp_path: Path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    report = _import(sqlite_archive, [pipe])
    assert "named pipe" in _errors(report)["pipe"]


def test_size_limit_holds_while_reading_whatever_stat_says(tmp_path: Path, monkeypatch):
    """A file that grows after its size was taken, or lies about it, is cut off at
    the limit: the size stat gives is never trusted for the read."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    real_fstat = os.fstat

    class Lying:
        def __init__(self, real: os.stat_result) -> None:
            self._real = real

        def __getattr__(self, name: str) -> object:
            return 0 if name == "st_size" else getattr(self._real, name)

    monkeypatch.setattr(os, "fstat", lambda fd: Lying(real_fstat(fd)))
    with pytest.raises(Exception, match="over the limit of 4 KB"):
        read_file(path, 4096)
    assert read_file(path, 5000) == b"a" * 5000


def test_size_message_uses_the_setting_unit(sqlite_archive, folder: Path):
    big = folder / "big.txt"
    with big.open("wb") as out:  # sparse: 51 MB that take no disk
        out.truncate(51 * 1024 * 1024)
    report = _import(sqlite_archive, [big], ExtractSettings(max_bytes=50 * 1024 * 1024))
    assert _errors(report)["big.txt"] == "file too large (51 MB; the limit is 50 MB)"


def test_a_regular_file_is_what_gets_read(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert stat.S_ISREG(os.stat(path).st_mode)
    assert read_file(path, 10) == b"hello"
    (tmp_path / "link.txt").symlink_to(path)  # a link to a regular file is followed
    assert read_file(tmp_path / "link.txt", 10) == b"hello"
