"""Reading articles: light list rows, one article's detail, JSON for the CLI."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.db.models import (
    Actor,
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    Event,
)


@dataclass(frozen=True)
class ArticleRow:
    """What the article table shows: never the body."""

    id: int
    title: str
    language: str | None
    published: dt.date | None
    event_date: dt.date | None
    event_date_confidence: str
    outlet: str | None
    review_status: str
    event_id: int | None
    objectives: tuple[int, ...] = ()
    event_month: int | None = None  # day and month known while the year is not
    event_day: int | None = None


@dataclass
class ArticleDetail:
    id: int
    title: str
    body: str
    language: str | None
    language_confidence: float | None
    published: dt.date | None
    published_confidence: str
    event_date: dt.date | None
    event_month: int | None
    event_day: int | None
    event_date_confidence: str
    outlet: str | None
    source_url: str | None
    source_path: str
    sha256: str
    media_type: str
    review_status: str
    notes: str
    event_id: int | None
    event_title: str | None
    event_role: str | None
    evidence: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    objectives: list[int] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)


ROW_COLUMNS = (
    Article.id,
    Article.title,
    Article.language,
    Article.published,
    Article.event_date,
    Article.event_date_confidence,
    Article.outlet,
    Article.review_status,
    Article.event_id,
    Article.event_month,
    Article.event_day,
)


def objectives_by_article(session: Session, ids: Sequence[int] | None) -> dict[int, list[int]]:
    stmt = select(ArticleObjective.article_id, ArticleObjective.objective_number).order_by(
        ArticleObjective.article_id, ArticleObjective.objective_number
    )
    if ids is not None:
        stmt = stmt.where(ArticleObjective.article_id.in_(ids))
    out: dict[int, list[int]] = defaultdict(list)
    for article_id, number in session.execute(stmt):
        out[article_id].append(number)
    return out


def actors_by_article(session: Session, ids: Sequence[int] | None) -> dict[int, list[str]]:
    stmt = (
        select(ArticleActor.article_id, Actor.name)
        .join(Actor, Actor.id == ArticleActor.actor_id)
        .order_by(ArticleActor.article_id, Actor.name)
    )
    if ids is not None:
        stmt = stmt.where(ArticleActor.article_id.in_(ids))
    out: dict[int, list[str]] = defaultdict(list)
    for article_id, name in session.execute(stmt):
        out[article_id].append(name)
    return out


def list_rows(archive: Archive, ids: Iterable[int] | None = None) -> list[ArticleRow]:
    """Light rows of every article (or of ``ids``), newest first."""
    stmt = select(*ROW_COLUMNS).order_by(Article.created_at.desc(), Article.id.desc())
    wanted = list(ids) if ids is not None else None
    if wanted is not None:
        stmt = stmt.where(Article.id.in_(wanted))
    with archive.session() as session:
        rows = session.execute(stmt).all()
        tags = objectives_by_article(session, wanted)
    return [make_row(row, tags.get(row[0], ())) for row in rows]


def make_row(row: Sequence[Any], objectives: Iterable[int]) -> ArticleRow:
    """An :class:`ArticleRow` from a result row of :data:`ROW_COLUMNS`."""
    return ArticleRow(
        id=row[0],
        title=row[1],
        language=row[2],
        published=row[3],
        event_date=row[4],
        event_date_confidence=row[5],
        outlet=row[6],
        review_status=row[7],
        event_id=row[8],
        objectives=tuple(objectives),
        event_month=row[9],
        event_day=row[10],
    )


def get_article(archive: Archive, article_id: int) -> ArticleDetail | None:
    with archive.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return None
        body = session.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
        event_title = (
            session.scalar(select(Event.title).where(Event.id == article.event_id))
            if article.event_id
            else None
        )
        return ArticleDetail(
            id=article.id,
            title=article.title,
            body=body or "",
            language=article.language,
            language_confidence=article.language_confidence,
            published=article.published,
            published_confidence=article.published_confidence,
            event_date=article.event_date,
            event_month=article.event_month,
            event_day=article.event_day,
            event_date_confidence=article.event_date_confidence,
            outlet=article.outlet,
            source_url=article.source_url,
            source_path=article.source_path,
            sha256=article.sha256,
            media_type=article.media_type,
            review_status=article.review_status,
            notes=article.notes,
            event_id=article.event_id,
            event_title=event_title,
            event_role=article.event_role,
            evidence=dict(article.evidence or {}),
            created_at=article.created_at,
            updated_at=article.updated_at,
            version=article.version,
            objectives=objectives_by_article(session, [article_id]).get(article_id, []),
            actors=actors_by_article(session, [article_id]).get(article_id, []),
        )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def articles_json(archive: Archive, ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """The CLI's ``articles --json`` objects, oldest first."""
    wanted = list(ids) if ids is not None else None
    stmt = select(Article).order_by(Article.id)
    if wanted is not None:
        stmt = stmt.where(Article.id.in_(wanted))
    with archive.session() as session:
        articles = list(session.scalars(stmt))
        objectives = objectives_by_article(session, wanted)
        actors = actors_by_article(session, wanted)
        return [
            {
                "id": a.id,
                "title": a.title,
                "language": a.language,
                "published": _iso(a.published),
                "event_date": _iso(a.event_date),
                "date_confidence": a.event_date_confidence,
                "outlet": a.outlet,
                "source_url": a.source_url,
                "source_path": a.source_path,
                "sha256": a.sha256,
                "objectives": objectives.get(a.id, []),
                "actors": actors.get(a.id, []),
                "event_id": a.event_id,
                "review_status": a.review_status,
            }
            for a in articles
        ]


def count_articles(archive: Archive) -> int:
    from sqlalchemy import func

    with archive.session() as session:
        return int(session.scalar(select(func.count(Article.id))) or 0)


@dataclass(frozen=True)
class LibraryCounts:
    total: int
    needs_review: int
    languages: list[tuple[str | None, int]]


def library_counts(archive: Archive) -> LibraryCounts:
    from sqlalchemy import func

    with archive.session() as session:
        total = session.scalar(select(func.count(Article.id))) or 0
        review = (
            session.scalar(
                select(func.count(Article.id)).where(Article.review_status == "needs_review")
            )
            or 0
        )
        languages = [
            (code, int(n))
            for code, n in session.execute(
                select(Article.language, func.count(Article.id))
                .group_by(Article.language)
                .order_by(func.count(Article.id).desc())
            )
        ]
    return LibraryCounts(int(total), int(review), languages)


def filtered_rows(archive: Archive, facets: dict[str, Any]) -> list[ArticleRow]:
    """Rows matching simple facets (``language``, ``review_status``, ``ids``), newest first."""
    stmt = select(*ROW_COLUMNS).order_by(Article.created_at.desc(), Article.id.desc())
    if "language" in facets:
        code = facets["language"] or None
        stmt = stmt.where(Article.language.is_(None) if code is None else Article.language == code)
    if facets.get("review_status"):
        stmt = stmt.where(Article.review_status == facets["review_status"])
    if facets.get("ids") is not None:
        stmt = stmt.where(Article.id.in_(list(facets["ids"])))
    with archive.session() as session:
        rows = session.execute(stmt).all()
        tags = objectives_by_article(session, None if len(rows) > 500 else [r[0] for r in rows])
    return [make_row(row, tags.get(row[0], ())) for row in rows]
