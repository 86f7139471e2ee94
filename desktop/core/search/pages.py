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

from desktop.core.archive.articles import ArticleRow, make_row
from desktop.core.archive.session import Archive
from desktop.core.search.query import ParsedQuery
from desktop.core.search.quick import parsed
from desktop.core.search.service import search_ids, too_many_matches
from desktop.core.search.statements import (
    ROW,
    SORT_VALUES,
    Sql,
    actor_ids_of,
    conjunction,
    driver_cursor,
    fetch,
)

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


def _mode(cursor: Any, archive: Archive, spec: Any, query: ParsedQuery) -> str:
    if not query.empty and spec.sort == "relevance" and query.rankable:
        if too_many_matches(cursor, archive, query):
            return CAPPED
        return RANKED
    if spec.sort != "relevance" and spec.sort in SORT_VALUES:
        return COLUMN
    return NEWEST


def page(archive: Archive, spec: Any, after: Cursor | None = None, size: int = PAGE_SIZE) -> Page:
    """The ``size`` rows of ``spec``'s list that come after ``after`` (None: the first)."""
    query = parsed(spec.text, spec.exact)
    with driver_cursor(archive) as cursor:
        mode = after.mode if after is not None else _mode(cursor, archive, spec, query)
        actors = actor_ids_of(cursor, archive.dialect, spec.filters)
        lister = _Lister(cursor, archive.dialect, spec, query, actors, mode)
        lister.walk = spec.filters.has_translations and _events_are_common(cursor)
        scores = None
        if mode == RANKED:
            found, scores, cursor_after = lister.ranked(after, size)
        elif mode == COLUMN:
            found, cursor_after = lister.by_column(after, size)
        else:
            found, cursor_after = lister.newest(after, size)
        tags = _objectives(cursor, archive.dialect, [r[0] for r in found]) if found else {}
    rows = [_light_row(r, tags.get(r[0], ())) for r in found]
    return Page(
        rows=rows,
        after=cursor_after if len(found) == size else None,
        scores=scores,
        ranked=mode == RANKED,
        capped=mode == CAPPED,
    )


def list_ids(archive: Archive, spec: Any) -> list[int]:
    """Every id of ``spec``'s list in its order, and nothing else: what an action on the
    whole list (Select All) acts on, without reading a row of it."""
    return search_ids(archive, spec).ids


class _Lister:
    """The statements of one list's pages."""

    def __init__(
        self,
        cursor: Any,
        dialect: str,
        spec: Any,
        query: ParsedQuery,
        actors: list[int] | None,
        mode: str,
    ) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self.spec = spec
        self.query = query
        self.actors = actors
        self.mode = mode
        self.walk = False  # "has translations" asked of each article read, in order

    def _where(self, sql: Sql, text: bool) -> list[str]:
        filters = self.spec.filters
        where = sql.where(filters, self.actors, broad_unindexed=self.mode != RANKED, walk=self.walk)
        if self.mode == COLUMN and self.spec.sort == "date" and filters.date_field == "event":
            # An event date in the range is the Date column's value: bounding that value
            # too reads the range along the order's index, not every event of the range.
            value = SORT_VALUES["date"]
            if filters.date_from is not None:
                where.append(f"{value} >= {sql.bind(filters.date_from)}")
            if filters.date_to is not None:
                where.append(f"{value} <= {sql.bind(filters.date_to)}")
        if text and not self.query.empty:
            where.append(sql.matching(self.query))
        return where

    def ranked(
        self, after: Cursor | None, size: int
    ) -> tuple[list[Any], list[float], Cursor | None]:
        sql = Sql(self.dialect)
        where = self._where(sql, text=False)
        # The first page without facets: the best ``size`` are picked inside the index query.
        m = sql.ranked(self.query, top=size if after is None and not where else None)
        if after is not None:
            score, last = (sql.bind(v) for v in after.values)
            where.append(f"(m.score < {score} OR (m.score = {score} AND a.id < {last}))")
        text = (
            f"SELECT {ROW}, m.score FROM articles a JOIN {m} ON m.id = a.id"
            f"{conjunction(where)} ORDER BY m.score DESC, a.id DESC LIMIT {sql.bind(size)}"
        )
        found = fetch(self.cursor, text, sql)
        scores = [float(r[-1]) for r in found]
        cursor = Cursor(RANKED, (found[-1][-1], found[-1][0])) if found else None
        return found, scores, cursor

    def newest(self, after: Cursor | None, size: int) -> tuple[list[Any], Cursor | None]:
        spec = self.spec
        descending = spec.descending or spec.sort == "relevance"
        sql = Sql(self.dialect)
        if self.mode == CAPPED:
            # Read from the index in id order: only the first pages are ever touched.
            where = self._where(sql, text=False)
            source = f"articles a JOIN {sql.matches(self.query)} ON m.id = a.id"
            key = "m.id"
        else:
            where = self._where(sql, text=True)
            source = "articles a"
            key = "a.id"
        if after is not None:
            where.append(f"{key} {'<' if descending else '>'} {sql.bind(after.values[0])}")
        text = (
            f"SELECT {ROW} FROM {source}{conjunction(where)} "
            f"ORDER BY {key} {'DESC' if descending else 'ASC'} LIMIT {sql.bind(size)}"
        )
        found = fetch(self.cursor, text, sql)
        return found, Cursor(self.mode, (found[-1][0],)) if found else None

    def _published_range(self) -> bool:
        """Whether the page is in the Date column's order within a published-date range."""
        filters = self.spec.filters
        return (
            self.spec.sort == "date"
            and filters.date_field != "event"
            and (filters.date_from is not None or filters.date_to is not None)
        )

    def by_column(self, after: Cursor | None, size: int) -> tuple[list[Any], Cursor | None]:
        """The articles with a value in the column's order, then those without one by id:
        two walks along two indexes rather than one sort of everything."""
        spec = self.spec
        value = SORT_VALUES[spec.sort]
        descending = spec.descending
        direction = "DESC" if descending else "ASC"
        found: list[Any] = []
        if after is None or after.values[0]:
            sql = Sql(self.dialect)
            where = self._where(sql, text=True)
            where.append(f"{value} IS NOT NULL")
            if after is not None:
                _has, last_value, last = after.values
                v, i = sql.bind(last_value), sql.bind(last)
                if descending:
                    where.append(f"{value} <= {v} AND ({value} < {v} OR a.id < {i})")
                else:
                    where.append(f"{value} >= {v} AND ({value} > {v} OR a.id > {i})")
            order = f"{value} {direction}, a.id {direction} LIMIT {sql.bind(size)}"
            if self._published_range():
                # The page's ids and dates from the (published, event_date) index alone,
                # sorted there; only the page's own rows are then read.
                text = (
                    f"SELECT {ROW}, k.v FROM (SELECT a.id AS id, {value} AS v "
                    f"FROM articles a{conjunction(where)} ORDER BY {order}) AS k "
                    f"JOIN articles a ON a.id = k.id ORDER BY k.v {direction}, k.id {direction}"
                )
            else:
                text = f"SELECT {ROW}, {value} FROM articles a{conjunction(where)} ORDER BY {order}"
            raw = fetch(self.cursor, text, sql)
            found = [r[:-1] for r in raw]
            if len(found) == size:
                return found, Cursor(COLUMN, (True, raw[-1][-1], raw[-1][0]))
            after = None  # on to the articles without a value, from the first
        sql = Sql(self.dialect)
        where = self._where(sql, text=True)
        where.append(f"{value} IS NULL")
        if after is not None:
            where.append(f"a.id {'<' if descending else '>'} {sql.bind(after.values[2])}")
        text = (
            f"SELECT {ROW} FROM articles a{conjunction(where)} "
            f"ORDER BY a.id {direction} LIMIT {sql.bind(size - len(found))}"
        )
        found += fetch(self.cursor, text, sql)
        return found, Cursor(COLUMN, (False, None, found[-1][0])) if found else None


# "Has translations" read along the page's order costs a look at each article read
# until a page is found: cheap when many articles belong to events, a walk through the
# whole archive when few do (then the events' articles are listed first, and sorted).
COMMON_EVENTS = 0.05


def _events_are_common(cursor: Any) -> bool:
    """Whether at least :data:`COMMON_EVENTS` of the articles belong to an event (two
    counts along indexes: a few milliseconds at a million articles)."""
    cursor.execute(
        "SELECT (SELECT count(*) FROM articles WHERE event_id IS NOT NULL), "
        "(SELECT count(*) FROM articles)"
    )
    in_events, total = cursor.fetchone()
    return bool(total) and in_events >= COMMON_EVENTS * total


def _objectives(cursor: Any, dialect: str, ids: list[int]) -> dict[int, list[int]]:
    sql = Sql(dialect)
    text = (
        "SELECT article_id, objective_number FROM article_objectives "
        f"WHERE {sql.in_('article_id', ids)} ORDER BY article_id, objective_number"
    )
    out: dict[int, list[int]] = {}
    for article_id, number in fetch(cursor, text, sql):
        out.setdefault(article_id, []).append(number)
    return out


def _date(value: Any) -> dt.date | None:
    """A date as the driver returns it (an ISO string from SQLite)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _light_row(row: Sequence[Any], objectives: Sequence[int]) -> ArticleRow:
    return make_row((*row[:3], _date(row[3]), _date(row[4]), *row[5:11]), objectives)
