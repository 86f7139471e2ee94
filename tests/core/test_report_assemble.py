"""Report data without rendering: excerpts, sections, summary, labels, options."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.messages.pofile import read_po

from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.reports import (
    ArticleBlock,
    EventBlock,
    Paper,
    ReportArticle,
    ReportLocale,
    ReportOptions,
    Template,
    assemble_report,
    default_paper,
    excerpt,
)
from desktop.core.reports.assemble import period_range, summarize
from desktop.core.reports.catalog import collect_messages, po_path
from desktop.core.reports.model import PeriodUnit
from tests.core.report_samples import sample_articles, sample_events


def test_excerpt_cuts_at_a_word_and_keeps_paragraphs() -> None:
    text = "Title line\n\nFirst paragraph here.\n\nSecond paragraph is longer than that."
    cut, truncated = excerpt(text, 40, title="Title line")
    assert truncated
    assert cut.startswith("First paragraph here.\n\nSecond")
    assert cut.endswith("…") and len(cut) <= 41
    assert not cut[:-1].endswith(" ")
    full, truncated = excerpt(text, None, title="TITLE LINE")
    assert (
        not truncated and full == "First paragraph here.\n\nSecond paragraph is longer than that."
    )


def test_excerpt_of_short_text_is_whole() -> None:
    assert excerpt("Một đoạn ngắn.", 600) == ("Một đoạn ngắn.", False)


def test_period_unit_grows_with_the_span() -> None:
    unit, periods = period_range(dt.date(2021, 3, 5), dt.date(2021, 9, 1))
    assert unit is PeriodUnit.MONTH and len(periods) == 7 and periods[0] == dt.date(2021, 3, 1)
    unit, periods = period_range(dt.date(2021, 1, 5), dt.date(2024, 2, 1))
    assert unit is PeriodUnit.QUARTER and periods[-1] == dt.date(2024, 1, 1)
    unit, periods = period_range(dt.date(2000, 1, 5), dt.date(2024, 2, 1))
    assert unit is PeriodUnit.YEAR and len(periods) == 25


def test_summary_counts_and_gaps() -> None:
    summary = summarize(sample_articles())
    assert summary.total == 6
    assert dict(summary.by_objective)[23] == 3 and dict(summary.by_objective)[2] == 0
    assert len(summary.by_objective) == 23
    assert summary.by_language[0] == ("fr", 2) or summary.by_language[0] == ("vi", 2)
    assert summary.undated == 1 and summary.untagged == 1
    assert summary.period_unit is PeriodUnit.MONTH
    assert sum(summary.by_period) == 5
    coverage = dict(summary.coverage)
    assert coverage[23][0] == 2  # March 2021
    assert 0 in coverage[23]  # a gap


def test_by_objective_prints_an_article_once_then_refers_to_it() -> None:
    report = assemble_report(sample_articles(), ReportOptions(locale="en"))
    keys = [s.key for s in report.sections]
    assert keys == ["obj-1", "obj-5", "obj-6", "obj-10", "obj-23", "obj-none"]
    full = [
        b.article.id
        for s in report.sections
        for b in s.blocks
        if isinstance(b, ArticleBlock) and not b.see_also
    ]
    assert sorted(full) == [1, 2, 3, 4, 5, 6]
    obj23 = next(s for s in report.sections if s.key == "obj-23")
    refs = [b.article.id for b in obj23.blocks if isinstance(b, ArticleBlock) and b.see_also]
    assert refs == [1, 6]  # already printed under objectives 1 and 5


def test_by_event_groups_versions_and_keeps_lone_articles() -> None:
    report = assemble_report(
        sample_articles(), ReportOptions(template=Template.BY_EVENT), events=sample_events()
    )
    first = report.sections[0]
    assert first.key == "ev-7"
    block = first.blocks[0]
    assert isinstance(block, EventBlock)
    assert [a.id for a in block.event.articles] == [2, 1]  # original first
    assert "2 versions" in first.intro
    assert {s.key for s in report.sections[1:]} == {"art-3", "art-4", "art-5", "art-6"}
    assert report.sections[-1].key == "art-5"  # undated last


def test_chronological_sections_are_months_in_the_report_language() -> None:
    report = assemble_report(
        sample_articles(), ReportOptions(template=Template.CHRONOLOGICAL, locale="fr")
    )
    assert [s.heading for s in report.sections] == [
        "Mars 2021",
        "Juin 2021",
        "Septembre 2021",
        "Janvier 2022",
        "Sans date",
    ]
    assert report.sections[0].intro == "2 articles"


def test_actor_index_merges_spellings() -> None:
    articles = [
        ReportArticle(id=1, title="a", actors=("Phan Chí Thành",)),
        ReportArticle(id=2, title="b", actors=("PHAN CHI THANH", "IOM")),
    ]
    report = assemble_report(articles, ReportOptions())
    assert report.actor_index == (("IOM", (2,)), ("Phan Chí Thành", (1, 2)))


def test_options_defaults() -> None:
    options = ReportOptions(locale="fr-CA", excerpt_chars=0).resolved()
    assert options.locale == "fr_CA" and options.paper is Paper.LETTER
    assert options.excerpt_chars is None and options.generated == dt.date.today()
    assert ReportOptions(locale="xx").resolved().locale == "en"
    assert default_paper("vi") == "a4" and default_paper("en") == "letter"
    assert default_paper("en_GB") == "a4"


def test_default_title_is_translated() -> None:
    assert assemble_report([], ReportOptions(locale="fr")).title.startswith("Revue de presse")
    assert assemble_report([], ReportOptions(locale="vi", title=" Mine ")).title == "Mine"


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_every_label_is_translated(language: str) -> None:
    with po_path(language).open("rb") as fh:
        catalog = read_po(fh, locale=language)
    for msgid, plural in collect_messages():
        message = catalog.get(msgid)
        assert message is not None, msgid
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert strings and all(strings), msgid
        assert not message.fuzzy, msgid
        if plural is not None:
            assert isinstance(message.string, tuple), msgid
    loc = ReportLocale(language)
    assert loc.t("Summary") != "Summary"
    assert loc.tn("%(n)s article", "%(n)s articles", 3) != "3 articles" or language == "fr"


def test_cancel_requested_before_grouping_stops_assembling() -> None:
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        assemble_report(sample_articles(), ReportOptions(), state=state)
