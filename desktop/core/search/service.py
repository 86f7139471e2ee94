"""Searching: text query + facets + sort, run by the database, on either backend.

Ranking (bm25 / ts_rank) costs time for every matching article, so a query that
matches more than the backend's ``rank_cap`` articles is not ranked: its results
come newest first and say so (``ranked=False``, ``capped=True``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.core.archive.session import Archive
from desktop.core.search.backends import backend_for
from desktop.core.search.body import indexable_body
from desktop.core.search.filters import Filters
from desktop.core.search.query import ParsedQuery, parse
from desktop.core.search.quick import (
    current_generation,
    location_of,
    parsed,
    remember,
    remembered,
    too_many_since,
)
from desktop.core.search.snippets import Snippet, make_snippet
from desktop.core.search.statements import (
    Sql,
    actor_ids_of,
    conjunction,
    driver_cursor,
    fetch,
    order_by,
)


@dataclass(frozen=True)
class SearchSpec:
    """Everything that defines a list of articles: what a saved search stores."""

    text: str = ""
    exact: bool = False
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    descending: bool = True

    def to_json(self) -> dict[str, Any]:
        """The ``filters`` JSON of a saved search (facets plus the options)."""
        out = self.filters.to_json()
        if self.exact:
            out["exact"] = True
        if self.sort != "relevance":
            out["sort"] = self.sort
        if not self.descending:
            out["descending"] = False
        return out

    @classmethod
    def from_json(cls, text: str, data: dict[str, Any] | None) -> SearchSpec:
        data = data or {}
        sort = data.get("sort", "relevance")
        return cls(
            text=text,
            exact=bool(data.get("exact", False)),
            filters=Filters.from_json(data),
            sort=sort if isinstance(sort, str) else "relevance",
            descending=bool(data.get("descending", True)),
        )


class Hit(NamedTuple):
    """One search result (a named tuple: fifty of them are made per search)."""

    id: int
    title: str
    score: float  # raw bm25 / ts_rank: comparable within one search only
    snippet: Snippet | None = None
    relevance: float | None = None  # share of the best hit's score; None: not ranked


@dataclass
class SearchResult:
    hits: list[Hit]
    ranked: bool  # ordered by relevance
    capped: bool  # too many matches to rank: newest first instead


@dataclass
class IdList:
    """Every matching id, in order (what a lazy table model needs)."""

    ids: list[int]
    scores: list[float] | None  # aligned with ids when ranked
    ranked: bool
    capped: bool


@dataclass
class _Plan:
    sql: Sql  # the parameters of ``text``
    text: str  # SELECT a.id[, a.title], score ... ORDER BY ..., without a LIMIT
    ranked: bool
    capped: bool
    decided_at: float  # when whether to rank was decided (time.monotonic())


def _plan(
    cursor: Any, archive: Archive, spec: SearchSpec, *, top: int | None, title: bool
) -> _Plan:
    """The statement listing (id, score) or, with ``title``, (id, title, score) for
    ``spec``; ``top``: only that many will be read."""
    query = parsed(spec.text, spec.exact)
    sql = Sql(archive.dialect)
    actors = actor_ids_of(cursor, archive.dialect, spec.filters)
    where = sql.where(spec.filters, actors, walk=False)
    ranked = capped = False
    decided_at = time.monotonic()
    if not query.empty and spec.sort == "relevance" and query.rankable:
        many, decided_at = decision(cursor, archive, query)
        if many:
            capped = True
        else:
            ranked = True
    columns = "a.id, a.title, m.score" if title else "a.id, m.score"
    if ranked:
        # Without facets the best ``top`` are picked inside the index query, and only
        # they are joined to the articles.
        m = sql.ranked(query, top=None if where else top)
        text = (
            f"SELECT {columns} FROM articles a JOIN {m} ON m.id = a.id{conjunction(where)} "
            "ORDER BY m.score DESC, a.id DESC"
        )
        return _Plan(sql, text, True, False, decided_at)
    columns = columns.replace("m.score", "0.0")
    if capped:
        # Newest first, read from the index in id order: only the first page is touched.
        m = sql.matches(query)
        text = (
            f"SELECT {columns} FROM articles a JOIN {m} ON m.id = a.id{conjunction(where)} "
            "ORDER BY m.id DESC"
        )
        return _Plan(sql, text, False, True, decided_at)
    if not query.empty:
        where.append(sql.matching(query))
    if spec.sort == "relevance":
        order = " ORDER BY a.id DESC"  # newest first
    else:
        order = order_by(spec.sort, spec.descending)
    text = f"SELECT {columns} FROM articles a{conjunction(where)}{order}"
    return _Plan(sql, text, False, False, decided_at)


def too_many_matches(cursor: Any, archive: Archive, query: ParsedQuery) -> bool:
    """Whether a rankable ``query`` matches more articles than the backend ranks."""
    return decision(cursor, archive, query)[0]


def decision(cursor: Any, archive: Archive, query: ParsedQuery) -> tuple[bool, float]:
    """:func:`too_many_matches`, and when it was decided (``time.monotonic()``)."""

    def count(cap: int) -> int:
        sql = Sql(archive.dialect)
        return int(fetch(cursor, sql.count_matches(query, cap + 1), sql)[0][0])

    backend = backend_for(archive.dialect)
    return too_many_since(location_of(archive.engine), backend, query, count)


def search_ids(archive: Archive, spec: SearchSpec, limit: int | None = None) -> IdList:
    """Ids of every article matching ``spec``, in its order."""
    with driver_cursor(archive) as cursor:
        plan = _plan(cursor, archive, spec, top=limit, title=False)
        text = plan.text if limit is None else f"{plan.text} LIMIT {plan.sql.bind(limit)}"
        rows = fetch(cursor, text, plan.sql)
    ids = [row[0] for row in rows]
    scores = [float(row[1]) for row in rows] if plan.ranked else None
    return IdList(ids=ids, scores=scores, ranked=plan.ranked, capped=plan.capped)


def search(
    archive: Archive,
    spec: SearchSpec,
    *,
    limit: int = 50,
    offset: int = 0,
    snippets: bool = True,
) -> SearchResult:
    """One page of hits with titles, scores and (optionally) snippets."""
    with driver_cursor(archive) as cursor:
        statement = _hits(cursor, archive, spec, limit, offset)
        cursor.execute(statement.text, statement.params)
        rows: list[tuple[int, str, float]] = cursor.fetchall()
        bodies = _bodies(cursor, archive.dialect, [r[0] for r in rows]) if snippets else {}
    ranked = statement.ranked
    # Rows are (id, title, score): each hit is that tuple and two more fields, made
    # without Hit's own constructor (fifty per search).
    make = tuple.__new__
    if ranked and rows:
        best = rows[0][2]  # ordered by score: the first is the best (see relevance())
        if best > 0:
            hits = [make(Hit, (i, t, s, None, s / best if s > 0 else 0.0)) for i, t, s in rows]
        else:
            hits = [make(Hit, (i, t, s, None, 1.0)) for i, t, s in rows]
    else:
        hits = [make(Hit, (i, t, 0.0, None, None)) for i, t, _s in rows]
    if snippets:
        query = parsed(spec.text, spec.exact)
        phrases = query.phrases()
        hits = [
            hit._replace(snippet=make_snippet(bodies.get(hit.id, ""), phrases, exact=spec.exact))
            for hit in hits
        ]
    return SearchResult(hits=hits, ranked=ranked, capped=statement.capped)


class _Statement(NamedTuple):
    """The statement of one page of hits, rows (id, title, score), and its order."""

    text: str
    params: dict[str, Any]
    ranked: bool
    capped: bool


def _hits(cursor: Any, archive: Archive, spec: SearchSpec, limit: int, offset: int) -> _Statement:
    """The statement of a page of hits, remembered per spec and page while its plan's
    decision holds (:func:`desktop.core.search.quick.remembered`); with an actor facet
    (whose ids are read from the archive) or a list of ids, it is written each time."""
    key = None
    if not spec.filters.actors and spec.filters.ids is None:
        try:
            key = (location_of(archive.engine), archive.dialect, spec, limit, offset)
            known = remembered(key)
        except TypeError:  # facet values given as lists: not remembered
            key = known = None
        if isinstance(known, _Statement):
            return known
    generation = current_generation()
    plan = _plan(cursor, archive, spec, top=offset + limit, title=True)
    sql = plan.sql
    text = f"{plan.text} LIMIT {sql.bind(limit)} OFFSET {sql.bind(offset)}"
    statement = _Statement(text, sql.params, plan.ranked, plan.capped)
    if key is not None:
        remember(key, statement, generation, plan.decided_at)
    return statement


def search_statement(
    archive: Archive, spec: SearchSpec, *, limit: int = 50, offset: int = 0
) -> tuple[str, dict[str, Any]]:
    """The statement :func:`search` runs for ``spec``, and its parameters: to read its
    plan (EXPLAIN QUERY PLAN) or time it without the application around it."""
    with driver_cursor(archive) as cursor:
        statement = _hits(cursor, archive, spec, limit, offset)
    return statement.text, dict(statement.params)


def _bodies(cursor: Any, dialect: str, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    sql = Sql(dialect)
    text = f"SELECT article_id, body FROM article_texts WHERE {sql.in_('article_id', ids)}"
    # Snippets come from what is searched: no source line or byline.
    return {article_id: indexable_body("", body) for article_id, body in fetch(cursor, text, sql)}


def snippet_for(archive: Archive, article_id: int, text: str, *, exact: bool = False) -> Snippet:
    """The snippet of one article for the query ``text`` (e.g. the selected row)."""
    return snippets_for(archive, [article_id], text, exact=exact)[article_id]


def snippets_for(
    archive: Archive, ids: Sequence[int], text: str, *, exact: bool = False
) -> dict[int, Snippet]:
    """The snippets of ``ids`` for the query ``text`` (the rows a table shows)."""
    phrases = parse(text, exact=exact).phrases()
    with driver_cursor(archive) as cursor:
        bodies = _bodies(cursor, archive.dialect, ids)
    return {i: make_snippet(bodies.get(i, ""), phrases, exact=exact) for i in ids}


def relevance_bar(share: float, width: int = 8) -> str:
    """``██████░░  75%``: a share of the best hit, readable at a glance."""
    filled = round(max(0.0, min(1.0, share)) * width)
    return "█" * filled + "░" * (width - filled) + f" {share:>4.0%}"


def relevance(scores: Sequence[float]) -> list[float]:
    """Each score as a share of the best one (1.0 = as relevant as the top hit).

    Raw bm25/ts_rank values depend on the size of the archive (a word found in most
    articles scores near zero everywhere); their ratios to the best hit do not."""
    best = max(scores, default=0.0)
    if best <= 0:
        return [1.0 for _ in scores]
    return [max(0.0, s) / best for s in scores]


def count(archive: Archive, spec: SearchSpec) -> int:
    """How many articles match ``spec``."""
    query = parsed(spec.text, spec.exact)
    with driver_cursor(archive) as cursor:
        sql = Sql(archive.dialect)
        actors = actor_ids_of(cursor, archive.dialect, spec.filters)
        where = sql.where(spec.filters, actors, walk=False)
        if not where and query.rankable:
            text = sql.count_matches(query)  # the index alone: each of its rows is an article
        else:
            if not query.empty:
                where.append(sql.matching(query))
            text = f"SELECT count(*) FROM articles a{conjunction(where)}"
        return int(fetch(cursor, text, sql)[0][0])
