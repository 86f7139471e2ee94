"""Hostile things in an imported folder: each is reported with its reason, none blocks
the import or fills the memory, and the good files beside them still land."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.archive.articles import get_article
from desktop.core.extract.model import ExtractSettings
from desktop.core.extract.reading import read_file
from desktop.core.importing.run import import_paths
from desktop.core.importing.store import ImportReport
from tests.core.extract_files import docx_bytes

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


def _docx_with(document_xml_edit, extra_part: tuple[str, int] | None = None) -> bytes:
    """A real .docx whose document part is edited, optionally with a large part of
    zeros streamed in (a zip bomb: a few hundred KB that expand to ``size`` bytes)."""
    data = docx_bytes(["Paragraph about labour migration in the region."])
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "word/document.xml":
                part = document_xml_edit(part)
            package.writestr(info.filename, part)
        if extra_part is not None:
            name, size = extra_part
            zeros = bytes(1 << 20)
            with package.open(name, "w") as stream:
                for _ in range(size >> 20):
                    stream.write(zeros)
    return out.getvalue()


_LAUGHS = b"".join(
    [b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol">']
    + [b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(8)]
    + [b"]>"]
)


def test_bombs_binary_and_deep_pages_are_refused_or_read_safely(
    sqlite_archive, folder: Path, capsys
):
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bomb.docx").write_bytes(
        _docx_with(lambda part: part, ("word/media/zeros.bin", 210 << 20))
    )
    (folder / "laughs.docx").write_bytes(
        _docx_with(
            lambda part: (
                _LAUGHS
                + part.split(b"?>", 1)[1].replace(b"Paragraph about", b"&i; Paragraph about")
            )
        )
    )
    deep = b"<div>" * 100_000 + b"Text about migration. " * 20 + b"</div>" * 100_000
    (folder / "deep.html").write_bytes(b"<html><body>" + deep + b"</body></html>")
    report = _import(sqlite_archive, [folder])
    errors = _errors(report)
    assert "binary" in errors["binary.txt"]
    assert "empty" in errors["empty.txt"]
    assert "unreasonable size" in errors["bomb.docx"]
    assert "deep.html" in errors  # beyond the parser's depth: refused, nothing crashes
    assert not any(f.get("internal") for f in report.failed)
    imported = {Path(i["path"]).name: i["id"] for i in report.imported}
    assert set(imported) == {"good.txt", "laughs.docx"}
    body = get_article(sqlite_archive, imported["laughs.docx"]).body
    assert "Paragraph about labour migration" in body
    assert "lol" not in body  # the entity was never expanded


def test_control_characters_and_newlines_in_names(tmp_path: Path, folder: Path, capsys):
    (folder / "two\nlines.txt").write_text(GOOD.replace("Monday", "Sunday"), encoding="utf-8")
    (folder / "red\x1b[31m.pdf").write_bytes(b"not a pdf")
    code = main(["--archive", str(tmp_path / "a.sqlite"), "import", str(folder)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "2 articles imported" in out
    assert "red\\x1b[31m.pdf: corrupt PDF" in out and "\x1b" not in out
    code = main(["--archive", str(tmp_path / "a.sqlite"), "--json", "articles"])
    paths = {Path(a["source_path"]).name for a in json.loads(capsys.readouterr()[0])}
    assert "two\nlines.txt" in paths  # kept exactly in the data
