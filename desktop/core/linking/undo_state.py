"""Undo for event operations: the row-snapshot tracker of :mod:`desktop.core.operations.undo`,
with what events need on top.

An operation records, before changing them, the link fields of the articles (only
those: a title edited meanwhile is not undone with a link), the events and the link
decisions it touches; the inverse (:class:`~desktop.core.operations.undo.RestoreRows`) puts
that state back, and its own inverse is the state it replaced. Articles whose event
date moves either way go through the ``ARTICLES_CHANGED`` hooks.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations import hooks
from desktop.core.operations.changes import ARTICLES, EVENTS, Changes
from desktop.core.operations.undo import RestoreRows, RowState, RowTracker
from desktop.db.models import Article, Event, SuggestionDecision, utcnow

ARTICLE_FIELDS = (
    "event_id",
    "event_role",
    "translation_kind",
    "translated_from",
    "event_date",
    "event_month",
    "event_day",
    "event_date_confidence",
    "evidence",
)
DATE_FIELDS = ("event_date", "event_month", "event_day", "event_date_confidence")
LINK = "link"
_ARTICLES = str(Article.__tablename__)
_DECISIONS = str(SuggestionDecision.__tablename__)


class Tracker(RowTracker):
    """Remembers the state of what an event operation touches, before the first change."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.dates_changed: set[int] = set()

    def article(self, article: Article) -> Article:
        return self.keep(article, ARTICLE_FIELDS)

    def event(self, event: Event) -> Event:
        return self.keep(event)

    def new_event(self, event: Event) -> Event:
        return self.add(event)

    def delete_event(self, event: Event) -> None:
        self.delete(event)

    def decide(self, article_id: int, other_id: int, decision: str, curator_id: int) -> None:
        row = self.session.scalar(
            select(SuggestionDecision).where(
                SuggestionDecision.article_id == article_id,
                SuggestionDecision.kind == LINK,
                SuggestionDecision.key == str(other_id),
            )
        )
        if row is None:
            self.add(
                SuggestionDecision(
                    article_id=article_id,
                    kind=LINK,
                    key=str(other_id),
                    decision=decision,
                    curator_id=curator_id,
                )
            )
        else:
            self.keep(row)
            row.decision = decision
            row.curator_id = curator_id
            row.at = utcnow()

    def changes(self) -> Changes:
        return touched_changes(self.before)

    def undo(self, label: str, action: str) -> RestoreRows:
        changes = self.changes()
        return RestoreRows(label, self.before, changes, "event", action, restored=_dates_moved)


def touched_changes(state: RowState) -> Changes:
    """Events changed, and the articles whose links or link decisions did."""
    touched = {key[1][0] for key in state if key[0] == _ARTICLES}
    touched |= {v["article_id"] for key, v in state.items() if key[0] == _DECISIONS and v}
    return Changes.of(EVENTS, ARTICLES, articles=touched)


def _dates_moved(
    session: Session, _archive: Archive, replaced: RowState, restored: RowState
) -> None:
    """After an undo or redo: articles put back are touched, and those whose event
    date moved are re-hooked (search facets, link features)."""
    moved = []
    for key, values in restored.items():
        if key[0] != _ARTICLES or values is None:
            continue
        article = session.get(Article, key[1])
        if article is None:
            continue
        article.updated_at = utcnow()
        before = replaced.get(key)
        if before is None or any(before[name] != values[name] for name in DATE_FIELDS):
            moved.append(article.id)
    session.flush()
    if moved:
        hooks.run(hooks.ARTICLES_CHANGED, session, sorted(moved))
