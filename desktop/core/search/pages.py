"""The article table's rows, one page at a time, in the order of a :class:`SearchSpec`.

Keyset pages: each page is the rows that come after the last row of the previous
one (its :class:`Cursor`), read by the database in the order of an index, so the
first page of a million articles costs what a page costs, and no list of every
matching id is ever built. How many articles match is a separate question
(:func:`desktop.core.search.service.count`), asked after the first page is shown.

The order is the one :func:`desktop.core.search.service.search_ids` gives (offset
paging): relevance (score, then id), newest first (id), or a column's value
followed by the articles without one, ties broken by id in the same direction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.core.archive.articles import ROW_COLUMNS, ArticleRow, make_row
from desktop.core.archive.session import Archive
from desktop.core.search.backends import SearchBackend, backend_for
from desktop.core.search.filters import conditions, sort_expression
from desktop.core.search.query import ParsedQuery
from desktop.core.search.quick import parsed
from desktop.core.search.service import fetch_driver_rows, too_many_matches
from desktop.db.models import Article, ArticleObjective

PAGE_SIZE = 200

RANKED, NEWEST, CAPPED, COLUMN = "ranked", "newest", "capped", "column"


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the row these values describe.

    ``mode`` is decided once, on the first page (ranking or not depends on how many
    articles match), so every page of one list follows the same order.
    """

    mode: str  # RANKED: (score, id); NEWEST and CAPPED: (id,); COLUMN: (has value, value, id)
    values: tuple[Any, ...]


@dataclass
class Page:
    rows: list[ArticleRow]
    after: Cursor | None  # None: this page ends the list
    scores: list[float] | None  # raw scores aligned with rows, when ranked
    ranked: bool
    capped: bool  # too many matches to rank: newest first instead


def _mode(session: Session, backend: SearchBackend, spec: Any, query: ParsedQuery) -> str:
    if not query.empty and spec.sort == "relevance" and query.rankable:
        if too_many_matches(session, backend, query):
            return CAPPED
        return RANKED
    if spec.sort != "relevance" and sort_expression(spec.sort) is not None:
        return COLUMN
    return NEWEST


def page(archive: Archive, spec: Any, after: Cursor | None = None, size: int = PAGE_SIZE) -> Page:
    """The ``size`` rows of ``spec``'s list that come after ``after`` (None: the first)."""
    backend = backend_for(archive.dialect)
    with archive.session() as session:
        query = parsed(spec.text, spec.exact)
        mode = after.mode if after is not None else _mode(session, backend, spec, query)
        where = conditions(session, spec.filters, broad_unindexed=mode != RANKED)
        if mode == RANKED:
            found, scores, cursor = _ranked(session, backend, query, where, after, size)
        elif mode == COLUMN:
            if not query.empty:
                where.append(backend.condition(query))
            found, cursor = _by_column(session, spec, where, after, size)
            scores = None
        else:
            found, cursor = _newest(session, backend, spec, query, mode, where, after, size)
            scores = None
        tags = _objectives(session, [r[0] for r in found]) if found else {}
    rows = [_light_row(r, tags.get(r[0], ())) for r in found]
    return Page(
        rows=rows,
        after=cursor if len(found) == size else None,
        scores=scores,
        ranked=mode == RANKED,
        capped=mode == CAPPED,
    )


def _ranked(
    session: Session,
    backend: SearchBackend,
    query: ParsedQuery,
    where: list[Any],
    after: Cursor | None,
    size: int,
) -> tuple[list[Any], list[float], Cursor | None]:
    # The first page without facets: the best ``size`` are picked inside the index query.
    m = backend.ranked(query, top=size if after is None and not where else None)
    stmt = select(*ROW_COLUMNS, m.c.score).join(m, m.c.id == Article.id).where(*where)
    if after is not None:
        score, last = after.values
        stmt = stmt.where(or_(m.c.score < score, and_(m.c.score == score, Article.id < last)))
    ordered = stmt.order_by(m.c.score.desc(), Article.id.desc()).limit(size)
    found: list[Any] = fetch_driver_rows(session, ordered)
    scores = [float(r[-1]) for r in found]
    cursor = Cursor(RANKED, (found[-1][-1], found[-1][0])) if found else None
    return found, scores, cursor


def _newest(
    session: Session,
    backend: SearchBackend,
    spec: Any,
    query: ParsedQuery,
    mode: str,
    where: list[Any],
    after: Cursor | None,
    size: int,
) -> tuple[list[Any], Cursor | None]:
    descending = spec.descending or spec.sort == "relevance"
    stmt = select(*ROW_COLUMNS)
    if mode == CAPPED:
        # Read from the index in id order: only the first pages are ever touched.
        n = backend.matches(query)
        stmt = stmt.join(n, n.c.id == Article.id)
        key: Any = n.c.id
    else:
        if not query.empty:
            where.append(backend.condition(query))
        key = Article.id
    if after is not None:
        where.append(key < after.values[0] if descending else key > after.values[0])
    order = key.desc() if descending else key.asc()
    found = fetch_driver_rows(session, stmt.where(*where).order_by(order).limit(size))
    return found, Cursor(mode, (found[-1][0],)) if found else None


def _by_column(
    session: Session, spec: Any, where: list[Any], after: Cursor | None, size: int
) -> tuple[list[Any], Cursor | None]:
    """The articles with a value in the column's order, then those without one by id:
    two walks along two indexes rather than one sort of everything."""
    value: Any = sort_expression(spec.sort)
    descending = spec.descending
    tie = Article.id.desc() if descending else Article.id.asc()
    found: list[Any] = []
    if after is None or after.values[0]:
        stmt = select(*ROW_COLUMNS, value).where(*where, value.is_not(None))
        if after is not None:
            _has, last_value, last = after.values
            if descending:
                stmt = stmt.where(value <= last_value, or_(value < last_value, Article.id < last))
            else:
                stmt = stmt.where(value >= last_value, or_(value > last_value, Article.id > last))
        primary = value.desc() if descending else value.asc()
        raw = fetch_driver_rows(session, stmt.order_by(primary, tie).limit(size))
        found = [r[:-1] for r in raw]
        if len(found) == size:
            return found, Cursor(COLUMN, (True, raw[-1][-1], raw[-1][0]))
        after = None  # on to the articles without a value, from the first
    stmt = select(*ROW_COLUMNS).where(*where, value.is_(None))
    if after is not None:
        last = after.values[2]
        stmt = stmt.where(Article.id < last if descending else Article.id > last)
    found += fetch_driver_rows(session, stmt.order_by(tie).limit(size - len(found)))
    return found, Cursor(COLUMN, (False, None, found[-1][0])) if found else None


def _objectives(session: Session, ids: list[int]) -> dict[int, list[int]]:
    stmt = (
        select(ArticleObjective.article_id, ArticleObjective.objective_number)
        .where(ArticleObjective.article_id.in_(ids))
        .order_by(ArticleObjective.article_id, ArticleObjective.objective_number)
    )
    out: dict[int, list[int]] = {}
    for article_id, number in fetch_driver_rows(session, stmt):
        out.setdefault(article_id, []).append(number)
    return out


def _date(value: Any) -> dt.date | None:
    """A date as the driver returns it (an ISO string from SQLite)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _light_row(row: Sequence[Any], objectives: Sequence[int]) -> ArticleRow:
    return make_row((*row[:3], _date(row[3]), _date(row[4]), *row[5:11]), objectives)
