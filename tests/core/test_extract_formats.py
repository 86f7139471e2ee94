"""Every format and encoding, from real files written in tmp_path."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile

import pytest

from desktop.core.extract import ExtractError, ExtractSettings, extract_file
from desktop.core.extract.decode import decode_bytes
from tests.core.extract_files import (
    FRENCH,
    VIETNAMESE,
    cp1258_bytes,
    docx_bytes,
    encrypt_pdf,
    pdf_bytes,
    write,
)

SETTINGS = ExtractSettings(today=dt.date(2025, 6, 1))


def extract(path):
    return extract_file(path, path.read_bytes(), SETTINGS)


def test_utf8_plain_and_with_bom(tmp_path):
    plain = extract(write(tmp_path / "a.txt", FRENCH.encode("utf-8")))
    bom = extract(write(tmp_path / "b.txt", codecs.BOM_UTF8 + FRENCH.encode("utf-8")))
    assert plain.text == bom.text
    assert not plain.text.startswith("\ufeff")
    assert plain.title == "Le Vietnam appelle à une coopération accrue sur les migrations"
    assert plain.language == "fr"
    assert plain.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    result = extract(write(tmp_path / "a.txt", bom + VIETNAMESE.encode(codec)))
    assert "Ngày 19/4, tại trụ sở Bộ" in result.text
    assert result.language == "vi"


def test_utf16_without_bom_is_recognised_not_binary(tmp_path):
    result = extract(write(tmp_path / "a.txt", FRENCH.encode("utf-16-le")))
    assert "Hanoï" in result.text


def test_windows_1252_french(tmp_path):
    text = FRENCH.replace("œ", "oe") + "Il a dit « bienvenue » – c’était l’été.\n"
    result = extract(write(tmp_path / "a.txt", text.encode("cp1252")))
    assert "c’était l’été" in result.text
    assert "« bienvenue »" in result.text
    assert result.language == "fr"


def test_latin1_french(tmp_path):
    text = FRENCH.replace("œ", "oe")
    result = extract(write(tmp_path / "a.txt", text.encode("latin-1")))
    assert "ministère des Affaires étrangères" in result.text


def test_windows_1258_vietnamese_comes_out_nfc(tmp_path):
    data = cp1258_bytes(VIETNAMESE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = extract(write(tmp_path / "a.txt", data))
    headline, body = VIETNAMESE.strip().split("\n\n")
    # composed again: the same text as UTF-8 (the headline is the title, not the body)
    assert (result.title, result.text) == (headline, body)
    assert result.language == "vi"
    assert result.encoding == "cp1258"


def test_nfd_input_is_hashed_as_nfc(tmp_path):
    import unicodedata

    nfc = extract(write(tmp_path / "a.txt", VIETNAMESE.encode("utf-8")))
    nfd = extract(
        write(tmp_path / "b.txt", unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"))
    )
    assert nfd.text == nfc.text
    assert nfd.text_sha256 == nfc.text_sha256


def test_crlf_control_characters_and_spaces_are_normalised(tmp_path):
    messy = (
        "Titre\r\n\r\n\r\n\r\nPremière\x1b phrase\x07 avec\u00a0espace insécable."
        "\r\nDeuxième  ligne\u200b ici.\t\r\n\x0cTroisième.\r"
    )
    result = extract(write(tmp_path / "a.txt", messy.encode("utf-8")))
    assert result.text == (  # a form feed is a page break: a paragraph break
        "Titre\n\nPremière phrase avec espace insécable.\nDeuxième ligne ici.\n\nTroisième."
    )


def test_markdown(tmp_path):
    md = (
        "# Migration forum opens in Bangkok\n\n"
        "On **12 March 2021** the regional review of the [Global Compact]"
        "(https://example.org/gcm) opened with 400 delegates.\n\n"
        "![photo](img.png)\n"
    )
    result = extract(write(tmp_path / "a.md", md.encode()))
    assert result.title == "Migration forum opens in Bangkok"
    assert result.media_type == "text/markdown"
    assert "On 12 March 2021 the regional review of the Global Compact" in result.text
    assert "img.png" not in result.text
    assert result.event_date == dt.date(2021, 3, 12)


def test_markdown_italics_and_related_list(tmp_path):
    # A clipped page whose "related" heading is in italics: the list after it is the
    # site's, not the article's, and must not reach tagging (a remittances headline).
    md = (
        "# Les travailleurs saisonniers arrivent pour les vendanges\n\n"
        "Quelque 2 000 travailleurs saisonniers sont arrivés cette semaine dans la région"
        " pour les vendanges, sous contrat de travail de trois mois, a indiqué la"
        " préfecture. Les employeurs doivent leur fournir un logement décent.\n\n"
        "Le syndicat agricole a rappelé que les _conditions de travail_ restent dures"
        " et que les contrôles seront renforcés pendant toute la saison"
        " (rapport_saison_2024.pdf).\n\n"
        "*Lire aussi :*\n"
        "- [Transferts de fonds : un record en 2024](https://example.org/transferts)"
        " (12 mars 2025)\n"
        "- [Un nouveau visa pour les soignants](https://example.org/visa) (3 mars 2025)\n"
    )
    result = extract(write(tmp_path / "a.md", md.encode()))
    assert "les conditions de travail restent dures" in result.text
    assert "Lire aussi" not in result.text
    assert "Transferts de fonds" not in result.text
    assert "rapport_saison_2024.pdf" in result.text  # underscores inside words stay


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Viet Nam reviews the Global Compact | Example News</title>
<link rel="canonical" href="https://news.example.org/2024/12/19/viet-nam-reviews-gcm">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-12-19T08:00:00+07:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="tools">A- A A+ | Print | Share</div>
<article>
<h1>Viet Nam reviews the Global Compact</h1>
<p>On December 18, the Ministry of Foreign Affairs held a conference in Hanoi to review
the implementation of the Global Compact for Safe, Orderly and Regular Migration.</p>
<p>About 100 delegates from ministries and international organisations attended the
conference and discussed legal migration and the fight against human trafficking.</p>
<p>The International Organization for Migration praised the country's efforts.</p>
</article>
<aside><h3>Related news</h3>
<ul><li><a href="/a">Another story about something else</a></li></ul></aside>
<footer>Comment (0) · Copyright 2024 Example News. All rights reserved.</footer>
</body></html>"""


def test_saved_web_page(tmp_path):
    result = extract(write(tmp_path / "page.html", HTML.encode("utf-8")))
    assert result.media_type == "text/html"
    assert result.title == "Viet Nam reviews the Global Compact"
    assert result.source_url == "https://news.example.org/2024/12/19/viet-nam-reviews-gcm"
    assert result.published == dt.date(2024, 12, 19)
    assert result.published_confidence == "stated"
    assert "Ministry of Foreign Affairs held a conference in Hanoi" in result.text
    assert "Comment (0)" not in result.text
    assert "Home" not in result.text.split("\n")
    assert result.event_date == dt.date(2024, 12, 18)
    assert result.event_date_confidence == "inferred"
    assert result.outlet == "Example News"
    assert result.language == "en"


def test_html_in_legacy_encoding(tmp_path):
    page = HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "praised the country's efforts", "praised the country’s efforts – « très bien »"
    )
    result = extract(write(tmp_path / "page.htm", page.encode("cp1252")))
    assert "country’s efforts – « très bien »" in result.text


def test_docx_with_title_heading_and_table(tmp_path):
    data = docx_bytes(
        [
            "Le 18 décembre, à Hanoï, le ministère des Affaires étrangères a organisé une "
            "conférence sur le Pacte mondial pour des migrations sûres.",
            "Les délégués ont examiné les défis de la migration légale.",
        ],
        heading="Conférence sur les migrations",
        table=[["Session", "Thème"], ["1", "Migration légale"]],
    )
    result = extract(write(tmp_path / "a.docx", data))
    assert result.title == "Conférence sur les migrations"
    assert result.evidence["title"]["confidence"] == "stated"
    assert "ministère des Affaires étrangères" in result.text
    assert "Migration légale" in result.text
    assert result.language == "fr"
    assert result.media_type.endswith("wordprocessingml.document")


def test_docx_core_title_when_no_heading(tmp_path):
    data = docx_bytes(["Une phrase assez longue pour un article en français."], title="Titre")
    assert extract(write(tmp_path / "a.docx", data)).title == "Titre"


def test_docx_visible_heading_wins_over_a_working_core_title(tmp_path):
    data = docx_bytes(
        ["Le ministère a lancé un programme de formation pour les travailleurs migrants."],
        title="CP formation v2",
        heading="Un programme de formation pour les travailleurs migrants",
    )
    result = extract(write(tmp_path / "a.docx", data))
    assert result.title == "Un programme de formation pour les travailleurs migrants"


def test_pdf_with_text_layer(tmp_path):
    lines = [
        "Migration review in Hanoi",
        "On 19 December 2025 the ministry reviewed the first five years of the",
        "implementation of the Global Compact for Migration with many partners.",
    ]
    result = extract(write(tmp_path / "a.pdf", pdf_bytes(lines, title="Migration review")))
    assert result.media_type == "application/pdf"
    assert result.title == "Migration review"
    assert "first five years of the implementation" in result.text  # line break joined
    assert result.event_date == dt.date(2025, 12, 19)
    assert result.event_date_confidence == "stated"


def test_pdf_with_owner_password_only_opens(tmp_path):
    data = encrypt_pdf(pdf_bytes(["A short report on migration in the region today."]), "")
    result = extract(write(tmp_path / "a.pdf", data))
    assert "migration in the region" in result.text


BAD_CASES = {
    "empty": ("a.txt", b"", "empty file"),
    "blank": ("a.txt", b" \n\r\n\t ", "empty file"),
    "bom only": ("a.txt", codecs.BOM_UTF16_LE, "empty file"),
    "binary": ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 20, "binary file"),
    "undecodable utf-16": ("a.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "undecodable"),
    "unknown format": ("a.xyz", b"some bytes that are text", "unsupported file type '.xyz'"),
    "old word": ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word .doc"),
    "docx not zip": ("a.docx", b"this is not a zip file at all", "corrupt Word document"),
    "pdf no header": ("a.pdf", b"garbage, not a PDF", "corrupt PDF"),
    "pdf broken": ("a.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer", "corrupt PDF"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_files_raise_one_clear_line(tmp_path, case):
    name, data, message = BAD_CASES[case]
    with pytest.raises(ExtractError) as info:
        extract(write(tmp_path / name, data))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_corrupt_docx_zip(tmp_path):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", "<w:document><unclosed>")
        package.writestr("[Content_Types].xml", "not xml either <")
    with pytest.raises(ExtractError, match="corrupt Word document"):
        extract(path)


def test_truncated_docx(tmp_path):
    data = docx_bytes(["Un paragraphe d'article."])
    with pytest.raises(ExtractError, match="corrupt Word document"):
        extract(write(tmp_path / "a.docx", data[: len(data) // 2]))


def test_zip_that_is_not_a_document(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.txt", "hello")
    with pytest.raises(ExtractError, match="unsupported file type"):
        extract(path)


def test_encrypted_pdf(tmp_path):
    data = encrypt_pdf(pdf_bytes(["Secret migration report for the ministry."]), "secret")
    with pytest.raises(ExtractError, match=r"encrypted PDF \(a password is required\)"):
        extract(write(tmp_path / "a.pdf", data))


def test_pdf_without_text_layer(tmp_path):
    with pytest.raises(ExtractError, match="PDF without a text layer"):
        extract(write(tmp_path / "scan.pdf", pdf_bytes([], text=False)))


def test_oversize_file(tmp_path):
    path = write(tmp_path / "a.txt", FRENCH.encode("utf-8"))
    small = ExtractSettings(max_bytes=100)
    with pytest.raises(ExtractError, match=r"file too large \(.+; the limit is 100 B\)"):
        extract_file(path, path.read_bytes(), small)


def test_text_without_extension_is_read(tmp_path):
    result = extract(write(tmp_path / "ARTICLE", FRENCH.encode("utf-8")))
    assert result.language == "fr"


@pytest.mark.parametrize(
    "text",
    [
        # charset-normalizer alone reads this one as the Baltic DOS code page cp775.
        "Hanoï, 5 novembre - Les envois de fonds des travailleurs émigrés ont atteint un "
        "niveau record cette année, selon un rapport présenté mercredi à Hanoï. Le document, "
        "préparé avec la Banque mondiale, souligne le rôle de la diaspora dans le développement.",
        "Madrid, 4 de marzo - El Gobierno aprobó ayer un plan de acogida para los niños "
        "migrantes llegados a las islas, según informó la portavoz del ministerio.",
    ],
)
def test_a_legacy_page_reads_in_the_code_page_its_language_writes(text):
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding == "cp1252"
