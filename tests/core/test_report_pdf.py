"""The PDF renderer, read back with pypdf: language, diacritics, pages, TOC, safety."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.reports import Paper, Report, ReportOptions, Template, assemble_report
from desktop.core.reports.pdf import render_pdf
from tests.core.report_samples import (
    VI_ACTOR,
    objective_titles,
    sample_articles,
    sample_events,
)
from tests.core.task_states import TripAfter

GENERATED = dt.date(2025, 1, 2)


def make_report(
    template: Template = Template.BY_OBJECTIVE,
    locale: str = "en",
    count: int = 6,
    **options: object,
) -> Report:
    opts = ReportOptions(template=template, locale=locale, generated=GENERATED, **options)  # type: ignore[arg-type]
    return assemble_report(
        sample_articles(count),
        opts,
        objective_titles=objective_titles(locale[:2]),
        events=sample_events(),
        curator="Curator",
    )


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages]


@pytest.fixture(scope="module")
def vi_pdf() -> bytes:
    return render_pdf(make_report(locale="vi"))


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en", ["Contents", "Summary", "Objective 23", "Annex 1 — Index of actors", "Page 2 of"]),
        (
            "fr",
            [
                "Table des matières",
                "Synthèse",
                "Objectif 23",
                "Annexe 2 — Sources",
                "Page 2 sur",
                "Publié le 12 mars 2021",
            ],
        ),
        (
            "vi",
            [
                "Mục lục",
                "Tổng quan",
                "Mục tiêu 23",
                "Phụ lục 1 — Chỉ mục các chủ thể",
                "Trang 2/",
                "Đăng ngày 13 tháng 3, 2021",
            ],
        ),
    ],
)
def test_headings_labels_and_dates_in_report_language(locale: str, words: list[str]) -> None:
    text = "\n".join(pages_text(render_pdf(make_report(locale=locale))))
    for word in words:
        assert word in text, word


def test_objective_titles_in_report_language() -> None:
    text = "\n".join(pages_text(render_pdf(make_report(locale="fr"))))
    title = objective_titles("fr")[23]
    assert title.split()[0] in text
    # the long title may wrap: compare without line breaks
    assert title[:40] in re.sub(r"\s+", " ", text)


def test_vietnamese_diacritics_survive_in_text_layer(vi_pdf: bytes) -> None:
    text = "\n".join(pages_text(vi_pdf))
    assert "Thỏa thuận" in text
    assert VI_ACTOR in text
    assert "Hà Kim Ngọc" in text
    assert "ĐCSVN" in text


def test_fonts_are_embedded(vi_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(vi_pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("NotoSans" in f for f in fonts)


def test_every_page_but_the_cover_says_page_x_of_y(vi_pdf: bytes) -> None:
    texts = pages_text(vi_pdf)
    total = len(texts)
    assert total >= 8
    for number, text in enumerate(texts[1:], start=2):
        assert f"Trang {number}/{total}" in text


def _toc_entries(toc_text: str, headings: list[str]) -> dict[str, int]:
    flat = re.sub(r"\s+", " ", toc_text)
    found = {}
    for heading in headings:
        # an objective's entry carries its title after a dash
        match = re.search(re.escape(heading) + r"(?: — [^\d]*?)? (\d+)", flat)
        assert match, heading
        found[heading] = int(match.group(1))
    return found


@pytest.mark.parametrize("template", list(Template))
def test_toc_page_numbers_are_the_pages_where_sections_start(template: Template) -> None:
    report = make_report(template=template, locale="fr", count=24)
    texts = pages_text(render_pdf(report))
    headings = [
        "Synthèse",
        "Graphiques",
        *[s.heading for s in report.sections][:12],
        "Annexe 1 — Index des acteurs",
        "Annexe 2 — Sources",
    ]
    toc_pages = [t for t in texts[1:4] if "Table des matières" in t or "Annexe 2" in t]
    toc = _toc_entries("\n".join(toc_pages), headings)
    for heading, page in toc.items():
        body = re.sub(r"\s+", " ", texts[page - 1])
        assert heading in body, (heading, page)
        if page > 1:  # the section does not start on the previous page
            previous = re.sub(r"\s+", " ", texts[page - 2])
            assert not previous.startswith(heading), heading


@pytest.mark.parametrize(
    ("template", "locale"), [(t, loc) for t in Template for loc in ("en", "vi")]
)
def test_toc_numbers_are_the_pages_of_the_headings_anchors(template: Template, locale: str) -> None:
    """The bookmarks point where each heading was drawn: the TOC must print those pages."""
    pdf = render_pdf(make_report(template=template, locale=locale, count=40))
    reader = PdfReader(io.BytesIO(pdf))
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    assert len(outline) >= 5
    texts = pages_text(pdf)
    summary_page = min(outline.values())  # the contents run from page 2 to the summary
    assert summary_page > 2
    flat = re.sub(r"\s+", " ", "\n".join(texts[1 : summary_page - 1]))
    for title, page in outline.items():
        match = re.search(re.escape(re.sub(r"\s+", " ", title)) + r" (\d+)", flat)
        assert match, title
        assert int(match.group(1)) == page, title


def test_same_report_gives_the_same_bytes_twice() -> None:
    first = render_pdf(make_report(locale="vi", count=12))
    second = render_pdf(make_report(locale="vi", count=12))
    assert first == second
    assert pages_text(first) == pages_text(second)


def test_markup_in_articles_prints_as_characters(vi_pdf: bytes) -> None:
    text = "\n".join(pages_text(vi_pdf))
    assert "<img src=x> Kementerian Luar Negeri & GCM" in text
    assert "Kementerian <b>Luar</b> Negeri" in text


def test_only_web_addresses_become_links(vi_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(vi_pdf))
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    assert "https://example.org/vna?a=1&b=2" in uris
    assert not any(u.startswith("javascript") for u in uris)
    assert "javascript:alert(1)" in "\n".join(pages_text(vi_pdf))  # shown, not linked


def test_paper_defaults_from_locale_and_can_be_chosen() -> None:
    def size(report: Report) -> tuple[int, int]:
        box = PdfReader(io.BytesIO(render_pdf(report))).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size(make_report(locale="en")) == (612, 792)  # Letter
    assert size(make_report(locale="fr")) == (595, 842)  # A4
    assert size(make_report(locale="en", paper=Paper.A4)) == (595, 842)


def test_charts_can_be_left_out() -> None:
    with_charts = "\n".join(pages_text(render_pdf(make_report(locale="en"))))
    without = "\n".join(pages_text(render_pdf(make_report(locale="en", charts=False))))
    assert "Charts" in with_charts
    assert "Charts" not in without


def test_by_objective_prints_each_article_once_and_refers_back() -> None:
    texts = pages_text(render_pdf(make_report(locale="en")))
    text = "\n".join(texts)
    assert text.count("Published March 12, 2021") == 1
    flat = re.sub(r"\s+", " ", text)
    match = re.search(r"• Le Vietnam appelle[^•]*?printed in full on page (\d+)", flat)
    assert match
    page = int(match.group(1))
    assert "Le Vietnam appelle" in texts[page - 1]
    assert "Objective 1" in texts[page - 1]


def test_by_event_shows_versions_side_by_side() -> None:
    texts = pages_text(render_pdf(make_report(Template.BY_EVENT, locale="en")))
    page = next(t for t in texts if "VERSION 1 OF 2" in t)
    assert "VERSION 2 OF 2" in page
    assert "Le Vietnam appelle" in page and "Thỏa thuận GCM" in page
    # the original comes first
    assert page.index("VIETNAMESE · ORIGINAL") < page.index("FRENCH · TRANSLATION")


def test_actor_index_lists_pages() -> None:
    texts = pages_text(render_pdf(make_report(locale="en")))
    annex = next(t for t in reversed(texts) if "Index of actors" in t)
    match = re.search(r"Hà Kim Ngọc\s+(\d+)", annex)
    assert match
    assert "Hà Kim Ngọc" in texts[int(match.group(1)) - 1]


def test_cancel_stops_rendering_midway() -> None:
    state = TripAfter(steps=3)
    with pytest.raises(Cancelled):
        render_pdf(make_report(count=30), state)
    assert state.checks == 4  # three checks passed, the fourth stopped it
    assert len(state.reports) == 3 and state.reports[-1][0] < state.reports[-1][1]


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int, str]] = []
    render_pdf(make_report(count=30), TaskState(on_progress=lambda d, t, m: seen.append((d, t, m))))
    assert seen and all(total > 0 for _, total, _ in seen)
