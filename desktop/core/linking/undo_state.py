"""Undo for event operations: the state an operation touched, captured and restored.

An operation records, before changing them, the link fields of the articles, the
events and the link decisions it touches; the inverse edit puts that state back (and
its own inverse is the state it replaced), so undo and redo are symmetrical data.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit, hooks
from desktop.core.archive import Archive
from desktop.core.changes import ARTICLES, EVENTS, Changes, OpResult
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
EVENT_FIELDS = ("title", "date_start", "date_end", "place", "notes")
LINK = "link"

DecisionKey = tuple[int, str]  # (article id, other article id as text)


@dataclass
class LinkState:
    articles: dict[int, dict[str, Any]] = field(default_factory=dict)
    events: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    decisions: dict[DecisionKey, str | None] = field(default_factory=dict)


def _article_values(article: Article) -> dict[str, Any]:
    return {name: copy.deepcopy(getattr(article, name)) for name in ARTICLE_FIELDS}


def _event_values(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in EVENT_FIELDS}


def _decision(session: Session, key: DecisionKey) -> SuggestionDecision | None:
    stmt = select(SuggestionDecision).where(
        SuggestionDecision.article_id == key[0],
        SuggestionDecision.kind == LINK,
        SuggestionDecision.key == key[1],
    )
    return session.scalar(stmt)


class Tracker:
    """Remembers the state of what an operation touches, before the first change."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.before = LinkState()
        self.dates_changed: set[int] = set()

    def article(self, article: Article) -> Article:
        if article.id not in self.before.articles:
            self.before.articles[article.id] = _article_values(article)
        return article

    def event(self, event: Event) -> Event:
        if event.id not in self.before.events:
            self.before.events[event.id] = _event_values(event)
        return event

    def new_event(self, event: Event) -> Event:
        self.session.add(event)
        self.session.flush()
        self.before.events.setdefault(event.id, None)
        return event

    def delete_event(self, event: Event) -> None:
        self.event(event)
        self.session.delete(event)

    def decide(self, article_id: int, other_id: int, decision: str, curator_id: int) -> None:
        key = (article_id, str(other_id))
        row = _decision(self.session, key)
        if key not in self.before.decisions:
            self.before.decisions[key] = row.decision if row is not None else None
        if row is None:
            self.session.add(
                SuggestionDecision(
                    article_id=article_id,
                    kind=LINK,
                    key=str(other_id),
                    decision=decision,
                    curator_id=curator_id,
                )
            )
        else:
            row.decision = decision
            row.curator_id = curator_id
            row.at = utcnow()

    def changes(self) -> Changes:
        touched = set(self.before.articles) | {key[0] for key in self.before.decisions}
        return Changes.of(EVENTS, ARTICLES, articles=touched)


def capture(session: Session, like: LinkState) -> LinkState:
    """The current state of everything ``like`` names."""
    now = LinkState()
    for article_id in like.articles:
        article = session.get(Article, article_id)
        if article is not None:
            now.articles[article_id] = _article_values(article)
    for event_id in like.events:
        event = session.get(Event, event_id)
        now.events[event_id] = _event_values(event) if event is not None else None
    for key in like.decisions:
        row = _decision(session, key)
        now.decisions[key] = row.decision if row is not None else None
    return now


def restore(session: Session, state: LinkState, curator_id: int) -> set[int]:
    """Put ``state`` back; returns the articles whose event date changed."""
    for event_id, values in state.events.items():
        if values is None:
            continue
        event = session.get(Event, event_id)
        if event is None:
            event = Event(id=event_id)
            session.add(event)
        for name, value in values.items():
            setattr(event, name, value)
    session.flush()
    dates_changed: set[int] = set()
    for article_id, values in state.articles.items():
        article = session.get(Article, article_id)
        if article is None:  # deleted since: nothing to restore
            continue
        if any(getattr(article, name) != values[name] for name in DATE_FIELDS):
            dates_changed.add(article_id)
        for name, value in values.items():
            setattr(article, name, copy.deepcopy(value))
        article.updated_at = utcnow()
    session.flush()
    for event_id, values in state.events.items():
        if values is None:
            event = session.get(Event, event_id)
            if event is not None:
                session.delete(event)
    for key, decision in state.decisions.items():
        row = _decision(session, key)
        if decision is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                SuggestionDecision(
                    article_id=key[0],
                    kind=LINK,
                    key=key[1],
                    decision=decision,
                    curator_id=curator_id,
                )
            )
        else:
            row.decision = decision
    session.flush()
    return dates_changed


@dataclass
class RestoreLinks:
    """The inverse of an event operation: applying it yields its own inverse."""

    label: str
    state: LinkState

    def apply(self, archive: Archive) -> OpResult[None]:
        with archive.session() as session, session.begin():
            current = capture(session, self.state)
            changed = restore(session, self.state, archive.curator_id)
            audit.record(
                session,
                archive.curator_id,
                "event.restore",
                "event",
                None,
                {
                    "label": self.label,
                    "articles": sorted(self.state.articles),
                    "events": sorted(self.state.events),
                },
            )
            if changed:
                hooks.run(hooks.ARTICLES_CHANGED, session, sorted(changed))
        touched = set(self.state.articles) | {key[0] for key in self.state.decisions}
        changes = Changes.of(EVENTS, ARTICLES, articles=touched)
        return OpResult(changes, RestoreLinks(self.label, current))
