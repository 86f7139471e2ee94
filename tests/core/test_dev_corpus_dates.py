"""Event dates on the development corpus, imported through the command line and scored
as the evaluation scorer scores them: at least 90% right, and no wrong date left
without a review flag."""

from __future__ import annotations

import math

from tests.dev_corpus import TRUTH, metadata_figures


def test_event_dates_right_and_every_wrong_one_flagged(dev_corpus_archive):
    _archive, report, rows = dev_corpus_archive
    fig = metadata_figures(report, rows)
    misses = "\n".join(m for m in fig.mismatches if m.startswith("date "))
    assert fig.dates >= math.ceil(0.9 * fig.total), misses
    assert fig.unflagged_wrong == 0, misses


def test_an_unknowable_year_stays_open_and_flagged(dev_corpus_archive):
    _archive, _report, rows = dev_corpus_archive
    unknowable = [a["file"] for a in TRUTH["articles"] if not a["year_knowable"]]
    assert unknowable
    for name in unknowable:
        row = rows[name]
        assert row["event_date"] is None, name
        assert row["review_status"] == "needs_review", name
