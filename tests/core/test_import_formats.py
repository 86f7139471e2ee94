"""Every supported format and encoding through the whole import, as the CLI runs it
(``import_paths``): the files land, and their stored text is the article's text.

Any failure is a test failure, an internal one (a library that does not load, such as
lxml's HTML cleaner) above all: nothing here may end up in the report's ``failed``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core.archive.articles import get_article
from desktop.core.extract.errors import ExtractError, InternalError
from desktop.core.importing.run import import_paths
from tests.core.extract_files import (
    FRENCH,
    VIETNAMESE,
    cp1258_bytes,
    docx_bytes,
    mhtml_bytes,
    pdf_bytes,
)

ENGLISH = (
    "Ministers agree on safe pathways for migrant workers\n\n"
    "Labour ministers from eight countries met in {city} on Tuesday to review the "
    "Global Compact for Safe, Orderly and Regular Migration. They agreed to expand "
    "regular pathways for migrant workers and to curb recruitment fees.\n"
    "The International Organization for Migration welcomed the commitment and offered "
    "technical support to the governments concerned.\n"
)
LEAD = "Labour ministers from eight countries met in {city} on Tuesday"
SECOND = "The International Organization for Migration welcomed the commitment"
# Each file reports the meeting from another city: no two files hold the same text.
CITIES = iter(
    ["Bangkok", "Manila", "Jakarta", "Hanoi", "Vientiane", "Phnom Penh", "Dili", "Yangon"]
)


def _english() -> tuple[list[str], tuple[str, str]]:
    """The paragraphs of one English article, and two phrases of it to look for."""
    city = next(CITIES)
    paragraphs = [line for line in ENGLISH.format(city=city).split("\n") if line][1:]
    return paragraphs, (LEAD.format(city=city), SECOND)


def _page(body: str, title: str = "Ministers agree on safe pathways") -> bytes:
    head = f'<head><meta charset="utf-8"><title>{title}</title></head>'
    nav = (
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/sport">Sport</a></li></ul></nav>'
    )
    foot = "<footer><p>Copyright 2025 Example Daily. All rights reserved.</p></footer>"
    return f"<!DOCTYPE html><html>{head}<body>{nav}{body}{foot}</body></html>".encode()


Case = tuple[bytes, tuple[str, ...]]


def _text() -> Case:
    paragraphs, phrases = _english()
    text = "Ministers agree on safe pathways for migrant workers\n\n" + "\n".join(paragraphs)
    return text.encode("utf-8"), phrases


def _html_article() -> Case:
    paragraphs, phrases = _english()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page(f"<main><article><h1>Ministers agree</h1>{body}</article></main>"), phrases


def _html_nested_divs() -> Case:
    """No <article>, <main> nor <p>: the text sits in anonymous nested divs."""
    paragraphs, phrases = _english()
    inner = "".join(f"<div>{p}</div>" for p in paragraphs)
    nested = f"<div><div class='c1'><div class='c2'><div>{inner}</div></div></div></div>"
    return _page(f"<div id='wrap'>{nested}</div>"), phrases


def _html_table_layout() -> Case:
    """An old-style page laid out in a table, the text in its cells."""
    paragraphs, phrases = _english()
    cells = "".join(f"<tr><td>{p}</td></tr>" for p in paragraphs)
    return _page(f"<table><tr><td><b>Ministers agree</b></td></tr>{cells}</table>"), phrases


def _markdown() -> Case:
    paragraphs, phrases = _english()
    heading = "# Ministers agree on safe pathways for migrant workers\n\n"
    body = "\n\n".join(f"**{p[:8]}**{p[8:]}" for p in paragraphs)
    return (heading + body).encode("utf-8"), phrases


def _docx() -> Case:
    """A heading, a paragraph, and the second paragraph in a table."""
    paragraphs, phrases = _english()
    data = docx_bytes(paragraphs[:1], heading="Ministers agree", table=[[paragraphs[1], ""]])
    return data, phrases


def _pdf() -> Case:
    paragraphs, phrases = _english()
    lines = ["Ministers agree on safe pathways", "", *paragraphs[0].split(". "), paragraphs[1]]
    return pdf_bytes(lines), (phrases[0][:37], "International Organization for Migration")


def _mhtml() -> Case:
    """A page saved by a browser as one file, quoted-printable UTF-8 inside MIME."""
    paragraphs, phrases = _english()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = _page(f"<main><article><h1>Ministers agree</h1>{body}</article></main>")
    return mhtml_bytes(page.decode(), "https://news.example.org/2025/ministers-agree"), phrases


# name -> (bytes, phrases that must be in the stored text)
CASES: dict[str, Case] = {
    "utf8.txt": _text(),
    "utf8-bom.txt": (FRENCH.encode("utf-8-sig"), ("Pacte mondial pour des migrations sûres",)),
    "utf16.txt": (
        VIETNAMESE.encode("utf-16"),
        ("Tổ chức Di cư quốc tế", "thúc đẩy di cư hợp pháp"),
    ),
    "cp1252.txt": (
        FRENCH.replace("œ", "oe").encode("cp1252"),
        ("mise en oeuvre du Pacte mondial", "traite des êtres humains"),
    ),
    "cp1258.txt": (
        cp1258_bytes(VIETNAMESE.replace("Ngày 19/4", "Ngày 20/4")),
        ("Thứ trưởng Ngoại giao", "Ngày 20/4", "an toàn và trật tự"),
    ),
    "article.md": _markdown(),
    "article.docx": _docx(),
    "article.pdf": _pdf(),
    "with-article.html": _html_article(),
    "nested-divs.html": _html_nested_divs(),
    "table-layout.htm": _html_table_layout(),
    "saved-page.mhtml": _mhtml(),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    return folder


def test_every_format_lands_with_its_text(archive, folder: Path):
    report = import_paths(archive, [folder]).value
    assert report is not None
    assert report.failed == []
    assert report.duplicates == []
    assert len(report.imported) == len(CASES)
    for item in report.imported:
        name = Path(item["path"]).name
        detail = get_article(archive, item["id"])
        assert detail is not None
        for phrase in CASES[name][1]:
            assert phrase in " ".join(detail.body.split()), f"{name}: {phrase!r} missing"
        if name.endswith((".html", ".htm", ".mhtml")):
            assert "Copyright 2025" not in detail.body, f"{name}: page footer kept"


def test_a_failing_extraction_library_is_an_internal_error_not_a_bad_file(
    sqlite_archive, folder: Path, monkeypatch: pytest.MonkeyPatch
):
    """What a missing lxml_html_clean did to every page (``import trafilatura`` raised
    ImportError): the report says it is the application's fault and asks for a report,
    apart from bad files."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes its import fail
    (folder / "empty.txt").write_bytes(b"")
    report = import_paths(sqlite_archive, [folder]).value
    assert report is not None
    by_name = {Path(f["path"]).name: f for f in report.failed}
    html = {name for name in CASES if name.endswith((".html", ".htm", ".mhtml"))}
    assert set(by_name) == html | {"empty.txt"}
    for name in html:
        assert by_name[name]["internal"] is True
        assert "internal error" in by_name[name]["error"]
        assert "ModuleNotFoundError" in by_name[name]["error"]  # an ImportError
        assert "please report it" in by_name[name]["error"]
    assert "internal" not in by_name["empty.txt"]
    assert "internal error" not in by_name["empty.txt"]["error"]


def test_internal_error_is_an_extract_error_that_says_so():
    assert issubclass(InternalError, ExtractError)
    assert InternalError("x").internal and not ExtractError("x").internal
