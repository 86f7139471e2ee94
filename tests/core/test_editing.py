from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core.archive.articles import get_article, list_rows
from desktop.core.archive.editing import (
    EditError,
    StaleEdit,
    delete_articles,
    set_review_status,
    update_article,
)
from desktop.core.operations.undo import UndoStack
from desktop.db.models import AuditEntry, Original


def test_edit_metadata_undo_redo_and_audit(seeded_archive):
    archive = seeded_archive
    first = list_rows(archive)[0].id
    before = get_article(archive, first)
    stack = UndoStack(archive)
    result = update_article(archive, first, event_date="2001-03-12", outlet="Test outlet")
    stack.push(result)
    detail = get_article(archive, first)
    assert detail.event_date == dt.date(2001, 3, 12)
    assert detail.event_date_confidence == "curator"
    assert (detail.event_month, detail.event_day) == (3, 12)
    assert detail.outlet == "Test outlet"
    stack.undo()
    detail = get_article(archive, first)
    assert (detail.event_date, detail.event_date_confidence, detail.outlet) == (
        before.event_date,
        before.event_date_confidence,
        before.outlet,
    )
    assert (detail.event_month, detail.event_day) == (before.event_month, before.event_day)
    stack.redo()
    assert get_article(archive, first).outlet == "Test outlet"
    with archive.session() as s:
        actions = [
            e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == first))
        ]
    assert actions.count("edit") == 3


def test_bad_values_are_refused_and_change_nothing(seeded_archive):
    article_id = list_rows(seeded_archive)[0].id
    before = get_article(seeded_archive, article_id)
    with pytest.raises(EditError):
        update_article(seeded_archive, article_id, title="new", published="12 mars")
    with pytest.raises(EditError):
        update_article(seeded_archive, article_id, sha256="0" * 64)
    after = get_article(seeded_archive, article_id)
    assert after.title == before.title and after.version == before.version


def test_stale_edit_is_refused(seeded_archive):
    article_id = list_rows(seeded_archive)[0].id
    version = get_article(seeded_archive, article_id).version
    update_article(seeded_archive, article_id, expected_version=version, notes="first")
    with pytest.raises(StaleEdit):
        update_article(seeded_archive, article_id, expected_version=version, notes="second")
    assert get_article(seeded_archive, article_id).notes == "first"


def test_review_status_in_bulk(seeded_archive):
    ids = [r.id for r in list_rows(seeded_archive)][:3]
    set_review_status(seeded_archive, ids, "reviewed")
    assert sum(r.review_status == "reviewed" for r in list_rows(seeded_archive)) == 3


def test_delete_and_undo_restores_everything(seeded_archive):
    archive = seeded_archive
    victim = list_rows(archive)[0].id
    before = get_article(archive, victim)
    stack = UndoStack(archive)
    stack.push(delete_articles(archive, [victim]))
    assert get_article(archive, victim) is None
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Original)) == 4
    stack.undo()
    after = get_article(archive, victim)
    assert after is not None
    assert (after.title, after.body, after.sha256) == (before.title, before.body, before.sha256)
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Original)) == 5
    stack.redo()
    assert get_article(archive, victim) is None
