"""What files state about themselves: a web page's headline, site name and URL (h1,
og:, JSON-LD, <title>, footer), its standfirst; Markdown front matter; a URL that a
PDF broke across lines or that closes a document after a label."""

from __future__ import annotations

import datetime as dt

from desktop.core.extract import ExtractSettings, extract_file
from tests.core.extract_files import docx_bytes, pdf_bytes, write

SETTINGS = ExtractSettings(today=dt.date(2025, 6, 1))

PARAGRAPHS = """
<p>GENEVA, 18 December – Governments and international organisations marked International
Migrants Day on Wednesday with calls for safer and more regular pathways for migrants.</p>
<p>The International Organization for Migration said more than 280 million people now live
outside their country of birth, and that most of them moved through regular channels.</p>
<p>Speakers stressed that fair recruitment and cheaper remittances benefit migrants, their
families and the countries that send and receive them.</p>
"""


def page(head: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
        '<nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/b">Business</a></nav>'
        f"{body}<footer><p>© 2024 Daily Example Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    ).encode()


def extract(tmp_path, name: str, data: bytes):
    path = write(tmp_path / name, data)
    return extract_file(path, path.read_bytes(), SETTINGS)


def test_json_ld_headline_publisher_and_url(tmp_path):
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"NewsArticle","headline":"Migrants Day marked with calls for regular pathways",'
        '"url":"https://example.net/world/migrants-day-2024",'
        '"publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>'
        "<title>Migrants Day marked with calls for regular pathways - The Daily Example</title>"
    )
    result = extract(tmp_path, "a.html", page(ld, f"<article>{PARAGRAPHS}</article>"))
    assert result.title == "Migrants Day marked with calls for regular pathways"
    assert result.outlet == "The Daily Example"
    assert result.source_url == "https://example.net/world/migrants-day-2024"
    assert result.evidence["source_url"]["source"] == "JSON-LD url"


def test_json_ld_main_entity_of_page_written_as_a_plain_url(tmp_path):
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"Migrants Day marked with calls for regular pathways",'
        '"mainEntityOfPage":"https://example.org/news/2024/12/18/migrants-day"}</script>'
    )
    result = extract(tmp_path, "a.html", page(ld, f"<article>{PARAGRAPHS}</article>"))
    assert result.source_url == "https://example.org/news/2024/12/18/migrants-day"
    assert result.evidence["source_url"]["source"] == "JSON-LD mainEntityOfPage"


def test_site_name_from_the_page_title_and_url_from_og_url(tmp_path):
    head = (
        "<title>Migrants Day marked worldwide | Example Herald</title>"
        '<meta property="og:url" content="https://herald.example.com/2024/12/18/migrants-day">'
    )
    body = f"<article><h1>Migrants Day marked worldwide</h1>{PARAGRAPHS}</article>"
    result = extract(tmp_path, "a.html", page(head, body))
    assert result.title == "Migrants Day marked worldwide"
    assert result.outlet == "Example Herald"
    assert result.source_url == "https://herald.example.com/2024/12/18/migrants-day"
    assert not result.text.startswith("Migrants Day marked worldwide")  # not repeated


def test_site_name_from_the_copyright_footer_when_nothing_else_names_it(tmp_path):
    body = f"<article><h1>Migrants Day marked worldwide</h1>{PARAGRAPHS}</article>"
    result = extract(tmp_path, "a.html", page("<title>Migrants Day marked worldwide</title>", body))
    assert result.outlet == "Daily Example"  # the company's legal form left out
    assert result.evidence["outlet"]["evidence"] == "copyright notice"


def test_the_displayed_h1_wins_over_a_longer_og_title(tmp_path):
    head = '<meta property="og:title" content="Migrants Day marked worldwide | Example Herald">'
    head += '<meta property="og:site_name" content="Example Herald">'
    body = f"<article><h1>Migrants Day marked worldwide</h1>{PARAGRAPHS}</article>"
    result = extract(tmp_path, "a.html", page(head, body))
    assert result.title == "Migrants Day marked worldwide"
    assert result.evidence["title"]["evidence"] == "page headline (h1)"


def test_standfirst_under_the_headline_is_kept(tmp_path):
    standfirst = (
        "Calls for safer pathways dominated the day, as new figures showed record numbers "
        "of people living abroad."
    )
    body = (
        f'<article><h1>Migrants Day marked worldwide</h1><div class="article__sapo">{standfirst}'
        f'</div><div class="article__body">{PARAGRAPHS}</div></article>'
    )
    result = extract(tmp_path, "a.html", page("<title>Migrants Day marked worldwide</title>", body))
    assert result.text.split("\n")[0] == standfirst
    assert "GENEVA, 18 December" in result.text


def test_standfirst_in_the_articles_own_header_is_kept(tmp_path):
    standfirst = (
        "Ministers agreed to cut recruitment fees and to open a complaints line for workers "
        "placed abroad by licensed agencies."
    )
    body = (
        '<article><header class="entry-header"><h1 class="entry-title">Fees cut for workers'
        f' going abroad</h1><div class="entry-excerpt"><p>{standfirst}</p></div>'
        '<div class="entry-meta">By Staff</div></header>'
        f'<div class="entry-content">{PARAGRAPHS}</div></article>'
    )
    result = extract(
        tmp_path, "a.html", page("<title>Fees cut for workers going abroad</title>", body)
    )
    assert result.text.split("\n")[0] == standfirst


def test_standfirst_found_by_the_page_description(tmp_path):
    standfirst = (
        "The new office will help returning workers find jobs and recover unpaid wages from "
        "employers abroad, officials said."
    )
    body = (
        "<main><article><header><h1>Help desk opens for returning workers</h1>"
        f'<p class="post-sub-title">{standfirst}</p></header>'
        f"<section>{PARAGRAPHS}</section></article></main>"
    )
    head = (
        "<title>Help desk opens for returning workers</title>"
        f'<meta name="description" content="{standfirst}">'
    )
    result = extract(tmp_path, "a.html", page(head, body))
    assert result.text.split("\n")[0] == standfirst


def test_markdown_front_matter(tmp_path):
    md = (
        "---\n"
        'title: "Record remittances sent home in 2024"\n'
        "outlet: Example Weekly\n"
        "date: 2025-01-08\n"
        "url: https://weekly.example.org/news/record-remittances-2024\n"
        "---\n\n"
        "# Record remittances sent home in 2024\n\n"
        "Migrant workers sent home a record amount of money last year, the central bank "
        "said on Tuesday, as recruitment to Japan and Korea grew.\n"
    )
    result = extract(tmp_path, "a.md", md.encode())
    assert result.title == "Record remittances sent home in 2024"
    assert result.outlet == "Example Weekly"
    assert result.source_url == "https://weekly.example.org/news/record-remittances-2024"
    assert result.published == dt.date(2025, 1, 8)
    assert "title:" not in result.text and "---" not in result.text


def test_a_clippers_source_field_is_the_url_or_the_outlet(tmp_path):
    body = (
        "# Nurses recruited for Japan\n\nThe first 120 nurses left for Japan yesterday under "
        "the new agreement, the ministry said.\n"
    )
    as_url = "---\nsource: https://news.example.net/2025/05/30/nurses-japan\n---\n\n" + body
    result = extract(tmp_path, "a.md", as_url.encode())
    assert result.source_url == "https://news.example.net/2025/05/30/nurses-japan"
    as_name = "---\nsource: Example Evening Post\nlink: https://post.example.net/a\n---\n\n" + body
    result = extract(tmp_path, "b.md", as_name.encode())
    assert (result.outlet, result.source_url) == (
        "Example Evening Post",
        "https://post.example.net/a",
    )


PRESS_RELEASE = [
    "KEMENTERIAN CONTOH REPUBLIK INDONESIA",
    "SIARAN PERS",
    "Nomor: 12/SP/V/2025",
    "Kementerian Contoh Gelar Pelatihan Bahasa bagi 300 Calon Pekerja Migran",
    "Surabaya, 28 Mei 2025 – Kementerian Contoh Republik Indonesia membuka pelatihan bahasa "
    "Jepang bagi 300 calon pekerja migran di Surabaya, Rabu (28/5/2025).",
    "Pelatihan berlangsung selama enam bulan dan dibiayai sepenuhnya oleh pemerintah.",
    "Biro Hubungan Masyarakat",
]


def test_a_press_release_names_its_issuer_and_its_date_by_its_letterhead_and_dateline(tmp_path):
    result = extract(tmp_path, "a.docx", docx_bytes(PRESS_RELEASE))
    assert result.outlet == "Kementerian Contoh Republik Indonesia"  # spelt as in the text
    assert result.evidence["outlet"]["source"] == "letterhead of a press release"
    assert result.published == dt.date(2025, 5, 28)
    assert result.evidence["published"]["source"] == "dateline"
    not_a_release = [PRESS_RELEASE[0], *PRESS_RELEASE[2:]]
    result = extract(tmp_path, "b.docx", docx_bytes(not_a_release))
    assert result.outlet is None


def test_url_broken_across_pdf_lines(tmp_path):
    lines = [
        "Safer migration: a workshop in Hanoi",
        "HANOI, 12 December 2023 - Participants said today that safer migration pays.",
        "The workshop brought together more than 80 participants from many ministries.",
        "Source: https://example.int/news/safer-migration-cheaper-remittances-and-more-for",
        "-migrant-families",
    ]
    result = extract(tmp_path, "a.pdf", pdf_bytes(lines))
    expected = "https://example.int/news/safer-migration-cheaper-remittances-and-more-for"
    assert result.source_url == expected + "-migrant-families"


def test_url_after_a_short_label_closes_a_document(tmp_path):
    paragraphs = [
        "Hội thảo tham vấn về di cư an toàn",
        "Ngày 14/6/2024, tại Hà Nội, Bộ Ngoại giao phối hợp với Tổ chức Di cư quốc tế tổ chức "
        "hội thảo tham vấn ý kiến chuyên gia về di cư an toàn.",
        "Ban Biên tập Cổng Thông tin — https://portal.example.gov.vn/tin-tuc/hoi-thao-t123.html",
    ]
    result = extract(tmp_path, "a.docx", docx_bytes(paragraphs))
    assert result.source_url == "https://portal.example.gov.vn/tin-tuc/hoi-thao-t123.html"
    assert result.outlet == "portal.example.gov.vn"


def test_a_sentence_with_a_url_is_not_a_source_line(tmp_path):
    text = (
        "Forum on migration opens\n"
        "The forum opened on Monday with 300 delegates from twenty countries in the region.\n"
        "Delegates can read the full programme of the forum at https://forum.example.org/programme "
        "before the sessions begin.\n"
    )
    result = extract(tmp_path, "a.txt", text.encode())
    assert result.source_url is None
