"""Event links on the development corpus: no look-alike event linked, precision kept.

The corpus holds look-alike events (the same workshop by the same officials in the same
place a year apart, two consultations on one draft law four days apart, two forums four
years apart), some versions of which state no year. Recall depends on date and actor
extraction as much as on linking; the floor below is what linking reaches today.
"""

from __future__ import annotations

from tests.dev_corpus import metadata_figures, suggestion_figures


def test_no_look_alike_event_is_linked_and_links_are_precise(dev_corpus_archive):
    archive, report, rows = dev_corpus_archive
    fig = suggestion_figures(archive, metadata_figures(report, rows))
    links = [m for m in fig.mismatches if m.startswith(("false link", "missed link"))]
    assert fig.distractors_linked == 0, "\n".join(links)
    assert fig.link_precision >= 0.95, "\n".join(links)
    assert fig.link_recall >= 0.6, "\n".join(links)
