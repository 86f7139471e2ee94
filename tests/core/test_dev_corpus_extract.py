"""Language, headline and outlet of the development corpus (36 articles from many
outlets, six languages), imported through the command line as a curator would."""

from __future__ import annotations

import pytest

from tests.dev_corpus import TRUTH, Figures, fold, metadata_figures, same_name


@pytest.fixture(scope="module")
def figures(dev_corpus_archive) -> Figures:  # type: ignore[no-untyped-def]
    _archive, report, rows = dev_corpus_archive
    return metadata_figures(report, rows)


def _missed(fig: Figures, kind: str) -> str:
    return "\n".join(m for m in fig.mismatches if m.startswith(kind))


def test_every_article_imports(figures):
    assert figures.failed == 0, figures.report()


def test_every_language_right_malay_and_indonesian_apart(figures):
    assert figures.language == figures.total, _missed(figures, "language")


def test_titles_at_least_95_percent(figures):
    assert figures.titles >= 0.95 * figures.total, _missed(figures, "title")


def test_outlet_or_source_url_at_least_90_percent(figures):
    assert figures.outlet_or_url >= 0.9 * figures.total, _missed(figures, "outlet")


def test_outlet_names_the_publisher_or_an_accepted_form(figures):
    """Not just any outlet: the site, its agency or its domain as the curator wrote it."""
    wrong = []
    for entry in TRUTH["articles"]:
        row = figures.articles.get(entry["file"]) or {}
        forms = [entry["outlet"], *entry.get("outlet_also_acceptable", [])]
        got = fold(row.get("outlet"))
        if not got or not any(same_name(got, fold(form)) for form in forms):
            wrong.append(f"{entry['file']}: {row.get('outlet')!r} (truth {forms})")
    assert len(wrong) <= 0.1 * len(TRUTH["articles"]), "\n".join(wrong)
