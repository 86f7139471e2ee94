"""Curator actions on events: link, accept, merge, unlink, roles; undo and audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core.archive.articles import get_article
from desktop.core.linking import events as E
from desktop.core.linking.events import LinkError
from desktop.core.linking.queries import compare, event_members, events_json, list_events
from desktop.core.operations.undo import UndoStack
from desktop.db.models import AuditEntry, SuggestionDecision
from tests.core.linking_helpers import forget_metadata, seed_ids

FR, VI = "000_65e45b9f2491a3fb.txt", "002_f3354f7f8490ee7e.txt"
NLD, MS = "001_b28986079c88c4a6.txt", "004_5b85843a97cbeb94.txt"


def _snapshot(archive) -> list[dict]:
    return events_json(archive)


@pytest.mark.parametrize("text_only", [False, True])
def test_linking_fills_the_missing_year_with_evidence(seeded_archive, text_only):
    if text_only:
        forget_metadata(seeded_archive)
    ids = seed_ids(seeded_archive)
    fr, vi = ids[FR], ids[VI]
    assert get_article(seeded_archive, fr).event_date is None
    result = E.accept_suggestion(seeded_archive, fr, vi)
    article = get_article(seeded_archive, fr)
    assert article.event_date == dt.date(2021, 3, 12)
    assert article.event_date_confidence == "inferred"
    evidence = article.evidence["event_date"]
    assert evidence["linked_article"] == vi and "2021" in evidence["evidence"]
    assert article.event_id == result.value
    (event,) = list_events(seeded_archive)
    # imported, the Vietnamese version has the first day of its range "Từ ngày 10-12/3"
    first = dt.date(2021, 3, 12) if text_only else dt.date(2021, 3, 10)
    assert (event.date_start, event.date_end) == (first, dt.date(2021, 3, 12))
    assert event.place == "Bangkok"
    assert event.languages == (() if text_only else ("fr", "vi"))
    # undo puts everything back, the decision included
    stack = UndoStack(seeded_archive)
    stack.push(result)
    stack.undo()
    again = get_article(seeded_archive, fr)
    assert again.event_date is None and again.event_id is None
    assert "event_date" not in again.evidence or again.evidence["event_date"]["value"] is None
    assert list_events(seeded_archive) == []
    with seeded_archive.session() as session:
        assert session.scalars(select(SuggestionDecision)).all() == []
    stack.redo()
    assert get_article(seeded_archive, fr).event_date == dt.date(2021, 3, 12)


def test_link_extend_merge_unlink_and_undo(seeded_archive):
    ids = seed_ids(seeded_archive)
    stack = UndoStack(seeded_archive)
    first = E.link_articles(seeded_archive, [ids[FR], ids[VI]], "Asia-Pacific review")
    stack.push(first)
    second = E.link_articles(seeded_archive, [ids[NLD], ids[MS]])
    stack.push(second)
    assert len(list_events(seeded_archive)) == 2
    before_merge = _snapshot(seeded_archive)
    merged = E.merge_events(seeded_archive, first.value, second.value)
    stack.push(merged)
    (event,) = events_json(seeded_archive)
    assert event["id"] == first.value and event["title"] == "Asia-Pacific review"
    assert {m["article_id"] for m in event["members"]} == {ids[FR], ids[VI], ids[NLD], ids[MS]}
    stack.undo()
    assert _snapshot(seeded_archive) == before_merge
    stack.redo()
    assert len(events_json(seeded_archive)) == 1
    # extending: a third article joins the event one of them is in
    third = seed_ids(seeded_archive)["003_3a143d96d60b21d0.txt"]
    extended = E.link_articles(seeded_archive, [ids[FR], third])
    assert extended.value == first.value
    assert len(event_members(seeded_archive, first.value)) == 5
    # unlink every member: the empty event goes, undo brings it back
    for article_id in [ids[FR], ids[VI], ids[NLD], ids[MS]]:
        stack.push(E.unlink_article(seeded_archive, article_id))
    last = E.unlink_article(seeded_archive, third)
    assert list_events(seeded_archive) == []
    assert last.undo is not None
    last.undo.apply(seeded_archive)
    assert [e.size for e in list_events(seeded_archive)] == [1]


def test_roles_and_validation(seeded_archive):
    ids = seed_ids(seeded_archive)
    fr, vi = ids[FR], ids[VI]
    with pytest.raises(LinkError):
        E.set_role(seeded_archive, fr, "original")  # not in an event yet
    E.link_articles(seeded_archive, [fr, vi])
    E.set_role(seeded_archive, vi, "original")
    result = E.set_role(seeded_archive, fr, "translation", "machine", "vi")
    members = {
        m.article_id: m
        for m in event_members(seeded_archive, get_article(seeded_archive, fr).event_id)
    }
    assert members[vi].role == "original"
    assert (members[fr].role, members[fr].translation_kind, members[fr].translated_from) == (
        "translation",
        "machine",
        "vi",
    )
    result.undo.apply(seeded_archive)
    assert get_article(seeded_archive, fr).event_role is None
    for bad in (("boss", None, None), ("translation", "robot", None), ("report", "human", None)):
        with pytest.raises(LinkError):
            E.set_role(seeded_archive, fr, *bad)
    with pytest.raises(LinkError):
        E.link_articles(seeded_archive, [fr])
    with pytest.raises(LinkError):
        E.link_articles(seeded_archive, [fr, 99999])


def test_actions_are_audited(seeded_archive):
    ids = seed_ids(seeded_archive)
    E.reject_link(seeded_archive, ids[NLD], ids[MS])
    linked = E.link_articles(seeded_archive, [ids[FR], ids[VI]])
    E.unlink_article(seeded_archive, ids[VI])
    with seeded_archive.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        actions = [e.action for e in entries if e.action.startswith("event.")]
        link_entry = next(e for e in entries if e.action == "event.link")
        assert link_entry.entity_id == linked.value
        assert link_entry.curator_id == seeded_archive.curator_id
    assert actions == ["event.reject", "event.link", "event.unlink"]


def test_compare_marks_metadata_differences(seeded_sqlite):
    ids = seed_ids(seeded_sqlite)
    result = compare(seeded_sqlite, ids[FR], ids[VI])
    assert result is not None
    by_label = {f.label: f for f in result.fields}
    assert by_label["Language"].differs
    assert by_label["Language"].left == "fr" and by_label["Language"].right == "vi"
    assert result.left.body.startswith("Bangkok, 12 mars")
