"""Small import faults found with odd input: each input is built here."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from desktop.core.archive.articles import get_article
from desktop.core.extract import extract_file
from desktop.core.importing import run as importer
from desktop.core.importing import store
from tests.core.extract_files import FRENCH, VIETNAMESE, docx_bytes

STORY = (
    "Ministers review labour migration\n\n"
    "Ministers of the region met on Monday to review the protection of migrant workers "
    "and the Global Compact for Safe, Orderly and Regular Migration.\n"
)


def _body(archive, report) -> str:
    detail = get_article(archive, report.imported[0]["id"])
    assert detail is not None
    return detail.body


def test_a_file_stored_by_another_import_meanwhile_is_a_duplicate(
    sqlite_archive, tmp_path: Path, monkeypatch
):
    """Two imports of one folder at once: the loser's check for existing files ran
    before the winner committed, so its insert meets the unique sha256."""
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    first = importer.import_paths(sqlite_archive, [tmp_path / "a.txt"]).value
    assert first is not None and len(first.imported) == 1
    real_existing = store._existing
    calls = {"n": 0}

    def not_yet_committed(session, pending):
        calls["n"] += 1
        return ({}, {}) if calls["n"] == 1 else real_existing(session, pending)

    monkeypatch.setattr(store, "_existing", not_yet_committed)
    second = importer.import_paths(sqlite_archive, [tmp_path / "a.txt"]).value
    assert second is not None
    assert second.failed == []
    assert second.imported == []
    assert second.duplicates == [
        {
            "path": str(tmp_path / "a.txt"),
            "existing_id": first.imported[0]["id"],
            "reason": "same file",
        }
    ]


def test_invalid_bytes_in_utf8_text_become_replacement_characters(tmp_path: Path):
    good = FRENCH.encode("utf-8")
    cut = good.index("une conférence".encode()) + len("une conf")
    data = good[:cut] + b"\xff" + good[cut:]
    result = extract_file(tmp_path / "a.txt", data)
    assert "une conf\ufffdérence" in result.text
    assert "Ã" not in result.text and "ï¿½" not in result.text  # no mojibake
    assert "Pacte mondial pour des migrations sûres" in result.text
    assert result.encoding == "utf-8 (invalid bytes replaced)"


def test_invalid_bytes_in_vietnamese_utf8_text(tmp_path: Path):
    good = VIETNAMESE.encode("utf-8")
    cut = good.index("Ngày 19/4".encode())
    data = good[:cut] + b"\xc3" + good[cut:]  # a lead byte without its continuation
    result = extract_file(tmp_path / "a.txt", data)
    assert "\ufffdNgày 19/4" in result.text
    assert "Tổ chức Di cư quốc tế" in result.text


def test_escaped_entities_in_html_are_unescaped_once(tmp_path: Path):
    page = (
        b"<!DOCTYPE html><html><head><title>Code in the report</title></head><body><article>"
        b"<p>The report quotes the markup &amp;lt;b&amp;gt; literally, and the ministry of "
        b"labour said migrant workers &amp; their families need consular assistance.</p>"
        b"<p>In the table, 3 &lt; 5 and the tag &lt;script&gt; stays text; the phrase "
        b"&amp;amp; is shown as written for the curators of the archive.</p>"
        b"</article></body></html>"
    )
    text = extract_file(tmp_path / "a.html", page).text
    assert "the markup &lt;b&gt; literally" in text
    assert "migrant workers & their families" in text
    assert "3 < 5 and the tag <script> stays text" in text
    assert "the phrase &amp; is shown" in text


def _with_entity(data: bytes, before: bytes, entity: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "word/document.xml":
                assert before in part
                part = part.replace(before, before + b" " + entity)
            package.writestr(info, part)
    return out.getvalue()


def test_text_after_an_undefined_entity_in_a_docx_is_kept(sqlite_archive, tmp_path: Path):
    paragraphs = [
        "The ministry of labour met recruitment agencies on Monday.",
        "Fees charged to migrant workers were the first item and",
        "the agencies agreed to a code of conduct on fair recruitment.",
    ]
    data = docx_bytes(paragraphs, heading="Fair recruitment")
    data = _with_entity(data, b"first item and", b"&eacute;t&eacute; &undefined; &amp; more")
    (tmp_path / "a.docx").write_bytes(data)
    report = importer.import_paths(sqlite_archive, [tmp_path / "a.docx"]).value
    assert report is not None and report.failed == []
    body = _body(sqlite_archive, report)
    assert "first item and été &undefined; & more" in body
    assert "code of conduct on fair recruitment" in body
