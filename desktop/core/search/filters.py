"""Facets (filters on article metadata) and sort orders, as SQL run by the database.

Within one facet the values are alternatives (language fr OR vi); different facets
must all hold (language AND objective AND date range).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.core.search.folding import fast_fold
from desktop.db.models import Actor, ActorAlias, Article, ArticleActor, ArticleObjective

DATE_FIELDS = ("published", "event")


@dataclass(frozen=True)
class Filters:
    languages: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_field: str = "published"  # or "event"
    objectives: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()  # names or aliases, matched folded
    events: tuple[int, ...] = ()
    outlets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    untagged: bool = False  # no GCM objective yet
    has_translations: bool = False  # another article of its event is in another language
    ids: tuple[int, ...] | None = None  # only these articles (e.g. the members of an event)

    @property
    def active(self) -> bool:
        return self != Filters(date_field=self.date_field)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with only the facets that are set."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "date_field":
                if value != "published":
                    out[f.name] = value
            elif isinstance(value, dt.date):
                out[f.name] = value.isoformat()
            elif isinstance(value, tuple):
                if value or f.name == "ids":
                    out[f.name] = list(value)
            elif value:
                out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Filters:
        """The inverse of :meth:`to_json`; unknown keys and bad values are ignored."""
        data = data or {}
        values: dict[str, Any] = {}

        def seq(key: str, kind: type) -> tuple[Any, ...]:
            raw = data.get(key) or ()
            if isinstance(raw, str | int):
                raw = [raw]
            out = []
            for item in raw if isinstance(raw, list | tuple) else ():
                try:
                    out.append(kind(item))
                except (TypeError, ValueError):
                    continue
            return tuple(out)

        values["languages"] = seq("languages", str)
        values["objectives"] = seq("objectives", int)
        values["actors"] = seq("actors", str)
        values["events"] = seq("events", int)
        values["outlets"] = seq("outlets", str)
        values["statuses"] = seq("statuses", str)
        for key in ("date_from", "date_to"):
            values[key] = _date(data.get(key))
        field_value = data.get("date_field", "published")
        values["date_field"] = field_value if field_value in DATE_FIELDS else "published"
        values["untagged"] = bool(data.get("untagged", False))
        values["has_translations"] = bool(data.get("has_translations", False))
        values["ids"] = seq("ids", int) if data.get("ids") is not None else None
        return cls(**values)

    def without(self, facet: str) -> Filters:
        """These filters with one facet cleared (to count that facet's values)."""
        default = Filters()
        return replace(self, **{facet: getattr(default, facet)})


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def actor_ids(session: Session, names: Sequence[str]) -> list[int]:
    """Actors whose name or one of whose aliases folds to one of ``names``."""
    wanted = {fast_fold(n).strip() for n in names if n.strip()}
    if not wanted:
        return []
    ids = set(
        session.scalars(
            select(ActorAlias.actor_id).where(ActorAlias.folded.in_(sorted(wanted)))
        ).all()
    )
    for actor_id, name in session.execute(select(Actor.id, Actor.name)):
        if fast_fold(name).strip() in wanted:
            ids.add(actor_id)
    return sorted(ids)


def conditions(
    session: Session, filters: Filters, *, broad_unindexed: bool = False
) -> list[ColumnElement[bool]]:
    """SQL conditions on :class:`Article` for ``filters``.

    ``broad_unindexed``: the language and review state facets (a third of the archive
    each, without statistics the planner takes them for a few rows) are written so
    that SQLite does not read them from their index: a page in another order is then
    read along that order's index, not by sorting every article of the language.
    """
    out: list[ColumnElement[bool]] = []
    plain = broad_unindexed and session.get_bind().dialect.name == "sqlite"
    language_column: Any = Article.language.concat("") if plain else Article.language
    status_column: Any = Article.review_status.concat("") if plain else Article.review_status
    if filters.languages:
        codes = [code for code in filters.languages if code]
        language = language_column.in_(codes)
        # "" stands for "language not known".
        out.append(
            or_(language, Article.language.is_(None)) if "" in filters.languages else language
        )
    if filters.ids is not None:
        out.append(Article.id.in_(filters.ids) if filters.ids else false())
    column = Article.event_date if filters.date_field == "event" else Article.published
    if filters.date_from is not None:
        out.append(column >= filters.date_from)
    if filters.date_to is not None:
        out.append(column <= filters.date_to)
    # IN (subquery) rather than EXISTS: a selective facet then reads its few article
    # ids from its own index instead of probing once per article.
    if filters.objectives:
        out.append(
            Article.id.in_(
                select(ArticleObjective.article_id).where(
                    ArticleObjective.objective_number.in_(filters.objectives)
                )
            )
        )
    if filters.actors:
        ids = actor_ids(session, filters.actors)
        if not ids:
            out.append(false())
        else:
            out.append(
                Article.id.in_(
                    select(ArticleActor.article_id).where(ArticleActor.actor_id.in_(ids))
                )
            )
    if filters.events:
        out.append(Article.event_id.in_(filters.events))
    if filters.outlets:
        lowered = sorted({o.strip().lower() for o in filters.outlets})
        out.append(func.lower(Article.outlet).in_(lowered))
    if filters.statuses:
        out.append(status_column.in_(filters.statuses))
    if filters.untagged:
        out.append(Article.id.not_in(select(ArticleObjective.article_id)))
    if filters.has_translations:
        # Events whose articles are in more than one language: each of their articles
        # then has another in a language other than its own ("" stands for unknown).
        other = aliased(Article)
        multilingual = (
            select(other.event_id)
            .where(other.event_id.is_not(None))
            .group_by(other.event_id)
            .having(func.count(func.distinct(func.coalesce(other.language, ""))) > 1)
        )
        out.append(Article.event_id.in_(multilingual))
    return out


# ---------------------------------------------------------------- sorting

SORT_KEYS = (
    "relevance",
    "added",
    "title",
    "language",
    "date",
    "published",
    "event_date",
    "outlet",
    "status",
    "objectives",
    "event",
)


def sort_expression(key: str) -> Any | None:
    """The value a sort key orders by (None: "added", the order of arrival, by id)."""
    first_objective = (
        select(func.min(ArticleObjective.objective_number))
        .where(ArticleObjective.article_id == Article.id)
        .scalar_subquery()
    )
    columns: dict[str, Any] = {
        "date": func.coalesce(Article.event_date, Article.published),
        "objectives": first_objective,
        "event": Article.event_id,
        "title": func.lower(Article.title),
        "language": Article.language,
        "published": Article.published,
        "event_date": Article.event_date,
        "outlet": func.lower(Article.outlet),
        "status": Article.review_status,
    }
    return columns.get(key)


def sort_columns(key: str, descending: bool) -> list[Any]:
    """ORDER BY terms for a sort key other than relevance (ties broken by id, no value last)."""
    column = sort_expression(key)
    if column is None:  # "added" and anything unknown: order of arrival
        return [Article.id.desc() if descending else Article.id.asc()]
    primary = column.desc() if descending else column.asc()
    tie = Article.id.desc() if descending else Article.id.asc()
    return [primary.nulls_last(), tie]
