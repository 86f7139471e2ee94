"""Reading events for views and the CLI: the list, one event's members, two versions
side by side."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.core.archive.articles import ArticleDetail, get_article
from desktop.core.archive.session import Archive
from desktop.core.linking.scoring import DEFAULT_MIN_SCORE, Suggestion
from desktop.core.linking.suggest import suggest_for_article, suggest_links
from desktop.core.operations.progress import TaskState
from desktop.db.models import Article, Event
from desktop.i18n import _


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    date_start: dt.date | None
    date_end: dt.date | None
    place: str
    notes: str
    languages: tuple[str, ...]
    size: int

    @property
    def date_text(self) -> str:
        if self.date_start is None:
            return ""
        if self.date_end is None or self.date_end == self.date_start:
            return self.date_start.isoformat()
        return f"{self.date_start.isoformat()} – {self.date_end.isoformat()}"


@dataclass(frozen=True)
class MemberRow:
    article_id: int
    title: str
    language: str | None
    role: str | None
    translation_kind: str | None
    translated_from: str | None
    outlet: str | None
    published: dt.date | None
    event_date: dt.date | None
    event_date_confidence: str


_MEMBER_COLUMNS = (
    Article.id,
    Article.title,
    Article.language,
    Article.event_role,
    Article.translation_kind,
    Article.translated_from,
    Article.outlet,
    Article.published,
    Article.event_date,
    Article.event_date_confidence,
    Article.event_id,
)


def _members_by_event(archive: Archive, event_ids: list[int] | None) -> dict[int, list[MemberRow]]:
    stmt = select(*_MEMBER_COLUMNS).where(Article.event_id.is_not(None))
    if event_ids is not None:
        stmt = stmt.where(Article.event_id.in_(event_ids))
    out: dict[int, list[MemberRow]] = defaultdict(list)
    with archive.session() as session:
        for row in session.execute(stmt.order_by(Article.published, Article.id)):
            out[row[10]].append(MemberRow(*row[:10]))
    return out


def list_events(archive: Archive) -> list[EventRow]:
    """Every event, latest first, with the languages of its members.

    Counted by the database (events, languages, members per language): no member row
    is read, so the list of a million articles' events costs what its events cost."""
    with archive.session() as session:
        events = session.execute(
            select(
                Event.id, Event.title, Event.date_start, Event.date_end, Event.place, Event.notes
            ).order_by(Event.id)
        ).all()
        groups = session.execute(
            select(Article.event_id, Article.language, func.count())
            .where(Article.event_id.is_not(None))
            .group_by(Article.event_id, Article.language)
        ).all()
    sizes: dict[int, int] = defaultdict(int)
    languages: dict[int, set[str]] = defaultdict(set)
    for event_id, language, n in groups:
        if event_id is None:
            continue
        sizes[event_id] += int(n)
        if language:
            languages[event_id].add(language)
    rows = [
        EventRow(
            event_id,
            title,
            start,
            end,
            place,
            notes,
            tuple(sorted(languages.get(event_id, ()))),
            sizes.get(event_id, 0),
        )
        for event_id, title, start, end, place, notes in events
    ]
    rows.sort(
        key=lambda r: (r.date_start is None, -(r.date_start or dt.date.min).toordinal(), -r.id)
    )
    return rows


def _row(event: Event, members: list[MemberRow]) -> EventRow:
    languages = sorted({m.language for m in members if m.language})
    return EventRow(
        event.id,
        event.title,
        event.date_start,
        event.date_end,
        event.place,
        event.notes,
        tuple(languages),
        len(members),
    )


def get_event(archive: Archive, event_id: int) -> EventRow | None:
    with archive.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            return None
    return _row(event, _members_by_event(archive, [event_id]).get(event_id, []))


def event_members(archive: Archive, event_id: int) -> list[MemberRow]:
    return _members_by_event(archive, [event_id]).get(event_id, [])


def events_json(archive: Archive) -> list[dict[str, Any]]:
    """The CLI's ``events --json``."""
    members = _members_by_event(archive, None)
    out = []
    for row in list_events(archive):
        out.append(
            {
                "id": row.id,
                "title": row.title,
                "date": row.date_start.isoformat() if row.date_start else None,
                "date_end": row.date_end.isoformat() if row.date_end else None,
                "place": row.place,
                "members": [
                    {
                        "article_id": m.article_id,
                        "role": m.role,
                        "language": m.language,
                        "translation_kind": m.translation_kind,
                        "translated_from": m.translated_from,
                    }
                    for m in members.get(row.id, [])
                ],
            }
        )
    return out


@dataclass(frozen=True)
class FieldDiff:
    label: str
    left: str
    right: str

    @property
    def differs(self) -> bool:
        return self.left != self.right


@dataclass(frozen=True)
class Comparison:
    left: ArticleDetail
    right: ArticleDetail
    fields: tuple[FieldDiff, ...]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def compare(archive: Archive, left_id: int, right_id: int) -> Comparison | None:
    """Two articles side by side: their texts and their metadata, differences marked."""
    left, right = get_article(archive, left_id), get_article(archive, right_id)
    if left is None or right is None:
        return None

    def date_of(a: ArticleDetail) -> str:
        if a.event_date is None:
            if a.event_month and a.event_day:
                return f"--{a.event_month:02d}-{a.event_day:02d}"
            return ""
        return f"{a.event_date.isoformat()} ({a.event_date_confidence})"

    pairs = [
        (_("Title"), left.title, right.title),
        (_("Language"), left.language, right.language),
        (_("Outlet"), left.outlet, right.outlet),
        (_("Published"), left.published, right.published),
        (_("Event date"), date_of(left), date_of(right)),
        (_("Role"), left.event_role, right.event_role),
        (_("Event"), left.event_title, right.event_title),
        (_("Source"), left.source_url or left.source_path, right.source_url or right.source_path),
        (_("Actors"), ", ".join(left.actors), ", ".join(right.actors)),
        (
            _("Objectives"),
            ", ".join(map(str, left.objectives)),
            ", ".join(map(str, right.objectives)),
        ),
    ]
    fields = tuple(FieldDiff(label, _text(a), _text(b)) for label, a, b in pairs)
    return Comparison(left, right, fields)


@dataclass(frozen=True)
class ArticleBrief:
    id: int
    title: str
    language: str | None
    event_id: int | None


@dataclass(frozen=True)
class SuggestionView:
    """A suggestion with what a reviewer needs to see of both articles."""

    suggestion: Suggestion
    left: ArticleBrief
    right: ArticleBrief


def briefs(archive: Archive, ids: list[int]) -> dict[int, ArticleBrief]:
    stmt = select(Article.id, Article.title, Article.language, Article.event_id).where(
        Article.id.in_(ids)
    )
    with archive.session() as session:
        return {row[0]: ArticleBrief(*row) for row in session.execute(stmt)}


def with_articles(archive: Archive, found: list[Suggestion]) -> list[SuggestionView]:
    ids = sorted({i for s in found for i in s.articles})
    known = briefs(archive, ids)
    return [
        SuggestionView(s, known[s.articles[0]], known[s.articles[1]])
        for s in found
        if s.articles[0] in known and s.articles[1] in known
    ]


def review_links(
    archive: Archive, state: TaskState | None = None, min_score: float = DEFAULT_MIN_SCORE
) -> list[SuggestionView]:
    """Whole-archive suggestions ready for review (long work: takes a TaskState)."""
    return with_articles(archive, suggest_links(archive, min_score=min_score, state=state))


def review_article(
    archive: Archive, article_id: int, min_score: float = DEFAULT_MIN_SCORE
) -> list[SuggestionView]:
    """Suggestions for one article, ready for review."""
    return with_articles(archive, suggest_for_article(archive, article_id, min_score=min_score))
