"""The HTML export: one self-contained, escaped file in the report's language."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

from desktop.core.operations.progress import Cancelled
from desktop.core.reports import (
    ReportArticle,
    ReportEvent,
    ReportOptions,
    Template,
    assemble_report,
)
from desktop.core.reports.html_render import render_html
from tests.core.report_samples import (
    objective_titles,
    sample_articles,
    sample_events,
)
from tests.core.task_states import TripAfter

GENERATED = dt.date(2025, 1, 2)


def html_for(
    template: Template = Template.BY_OBJECTIVE,
    locale: str = "vi",
    articles: list[ReportArticle] | None = None,
    **options: object,
) -> str:
    report = assemble_report(
        articles if articles is not None else sample_articles(),
        ReportOptions(template=template, locale=locale, generated=GENERATED, **options),  # type: ignore[arg-type]
        objective_titles=objective_titles(locale),
        events=sample_events(),
        curator="Curator",
    )
    return render_html(report)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


def test_article_markup_is_text_not_tags() -> None:
    evil = ReportArticle(
        id=9,
        title='<img src=x onerror="alert(1)">',
        outlet="<script>alert(2)</script>",
        language="fr",
        published=dt.date(2021, 1, 1),
        actors=("<b>Bold</b>",),
        source_url='https://x.org/"><script>alert(3)</script>',
        text="a < b & c <i>x</i>",
    )
    html = html_for(articles=[evil], locale="en")
    parsed = parse(html)
    tags = {t for t, _ in parsed.tags}
    assert "img" not in tags and "script" not in tags and "b" in tags  # only our own <b>
    text = "".join(parsed.text)
    assert '<img src=x onerror="alert(1)">' in text
    assert "<script>alert(2)</script>" in text
    assert "a < b & c <i>x</i>" in text
    links = [a.get("href") for t, a in parsed.tags if t == "a"]
    assert 'https://x.org/"><script>alert(3)</script>' in links  # one attribute, quoted


def test_only_web_addresses_are_links() -> None:
    parsed = parse(html_for(locale="en"))
    links = [a.get("href") or "" for t, a in parsed.tags if t == "a"]
    assert "https://example.org/vna?a=1&b=2" in links
    assert not any(link.startswith("javascript") for link in links)


def test_self_contained() -> None:
    html = html_for()
    parsed = parse(html)
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "script", "img", "iframe")
        assert "src" not in attrs
    assert "<svg" in html  # charts inline
    assert html.count("<!DOCTYPE html>") == 1


def test_headings_in_report_language() -> None:
    html = html_for(locale="vi")
    assert '<html lang="vi">' in html
    for word in ("Mục lục", "Tổng quan", "Mục tiêu 23", "Thỏa thuận", "Đại sứ Phan Chí Thành"):
        assert word in html
    fr = html_for(locale="fr", template=Template.CHRONOLOGICAL)
    assert "mars 2021" in fr and "Table des matières" in fr


def test_toc_links_resolve() -> None:
    for template in Template:
        parsed = parse(html_for(template=template))
        ids = {a["id"] for _, a in parsed.tags if a.get("id")}
        hrefs = [a["href"] for t, a in parsed.tags if t == "a" and (a.get("href") or "")[:1] == "#"]
        assert hrefs
        for href in hrefs:
            assert href and href[1:] in ids, href


def test_same_text_twice_and_no_charts_option() -> None:
    assert html_for() == html_for()
    assert "<svg" not in html_for(charts=False)


def test_by_event_shows_every_version() -> None:
    html = html_for(template=Template.BY_EVENT, locale="en")
    start = html.index('<section id="ev-7">')
    section = html[start : html.index("</section>", start)]
    assert '<div class="versions">' in section
    assert section.index("Version 1 of 2") < section.index("Version 2 of 2")
    assert 'id="art-1"' in section and 'id="art-2"' in section


def _payload(field: str) -> str:
    """Markup that would make a tag ``x-FIELD`` (in text or inside an attribute) if unescaped."""
    return f"<x-{field} onload=\"alert('{field}')\">'\"><x-{field}-attr>&amp;"


def _evil_report_html(template: Template) -> str:
    articles = [
        ReportArticle(
            id=i,
            title=_payload("headline"),
            outlet=_payload("outlet"),
            language=_payload("language") if i == 1 else "fr",
            published=dt.date(2021, 3, i),
            event_date=dt.date(2021, 2, i),
            source_url="https://x.org/" + _payload("source"),
            actors=(_payload("actor"),),
            objectives=(1, 2),
            text=_payload("text") + "\n\n" + _payload("text"),
            event_id=7,
            event_role="original" if i == 1 else "translation",
        )
        for i in (1, 2)
    ]
    event = ReportEvent(
        id=7,
        title=_payload("event"),
        date_start=dt.date(2021, 3, 1),
        place=_payload("place"),
        articles=(),
    )
    report = assemble_report(
        articles,
        ReportOptions(
            template=template,
            locale="en",
            generated=GENERATED,
            title=_payload("title"),
            subtitle=_payload("subtitle"),
            author=_payload("author"),
            classification=_payload("classification"),
        ),
        objective_titles={n: _payload("objective") for n in range(1, 24)},
        events={7: event},
        curator="Curator",
    )
    return render_html(report)


def test_no_field_can_inject_markup() -> None:
    for template in Template:
        html = _evil_report_html(template)
        parsed = parse(html)
        made = sorted({tag for tag, _ in parsed.tags if tag.startswith("x-")})
        assert made == [], (template, made)
        attributes = {name for _, attrs in parsed.tags for name in attrs}
        assert "onload" not in attributes, template
        text = "".join(parsed.text) + " ".join(
            value or "" for _, attrs in parsed.tags for value in attrs.values()
        )
        expected = {"title", "subtitle", "author", "objective", "headline", "outlet", "actor"}
        expected |= {"text", "source", "language"}
        if template is Template.BY_EVENT:
            expected |= {"event", "place"}
        for field in expected:
            assert _payload(field) in text, (template, field)
        # The classification banner is shown in capitals, still as text.
        assert _payload("classification").upper() in text


def test_cancel_stops_rendering_between_sections() -> None:
    report = assemble_report(
        sample_articles(),
        ReportOptions(template=Template.CHRONOLOGICAL, locale="en", generated=GENERATED),
        objective_titles=objective_titles("en"),
        events=sample_events(),
        curator="Curator",
    )
    assert len(report.sections) >= 3
    state = TripAfter(steps=2)
    with pytest.raises(Cancelled):
        render_html(report, state)
    assert state.checks == 3
    assert [done for done, _total, _msg in state.reports] == [0, 1]
    assert [msg for _d, _t, msg in state.reports] == [s.heading for s in report.sections[:2]]
