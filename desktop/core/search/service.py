"""Searching: text query + facets + sort, run by the database, on either backend.

Ranking (bm25 / ts_rank) costs time for every matching article, so a query that
matches more than the backend's ``rank_cap`` articles is not ranked: its results
come newest first and say so (``ranked=False``, ``capped=True``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Subquery, literal, select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.search.backends import SearchBackend, backend_for
from desktop.core.search.body import indexable_body
from desktop.core.search.filters import Filters, conditions, sort_columns
from desktop.core.search.query import ParsedQuery, parse
from desktop.core.search.quick import fts5_of, location_of, parsed, quick_rows, too_many
from desktop.core.search.snippets import Snippet, make_snippet
from desktop.db.models import Article, ArticleText


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
    stmt: Any  # a Select of (id, score)
    ranked: bool
    capped: bool
    query: ParsedQuery


def _plan(
    session: Session, backend: SearchBackend, spec: SearchSpec, top: int | None = None
) -> _Plan:
    """The statement listing (id, score) for ``spec``; ``top``: only that many will be read."""
    query = parsed(spec.text, spec.exact)
    where = conditions(session, spec.filters)
    ranked = capped = False
    m: Subquery | None = None
    if not query.empty and spec.sort == "relevance" and query.rankable:
        if too_many_matches(session, backend, query):
            capped = True
        else:
            # Without facets the best ``top`` are picked inside the index query, and
            # only they are joined to the articles.
            m = backend.ranked(query, top=None if where else top)
            ranked = True
    if m is not None:
        stmt: Any = select(Article.id, m.c.score).join(m, m.c.id == Article.id)
        order: list[Any] = [m.c.score.desc(), Article.id.desc()]
    elif capped:
        # Newest first, read from the index in id order: only the first page is touched.
        n = backend.matches(query)
        stmt = select(Article.id, literal(0.0).label("score")).join(n, n.c.id == Article.id)
        order = [n.c.id.desc()]
    else:
        stmt = select(Article.id, literal(0.0).label("score"))
        if not query.empty:
            where.append(backend.condition(query))
        if spec.sort == "relevance":
            order = [Article.id.desc()]  # newest first
        else:
            order = sort_columns(spec.sort, spec.descending)
    return _Plan(stmt.where(*where).order_by(*order), ranked, capped, query)


def too_many_matches(session: Session, backend: SearchBackend, query: ParsedQuery) -> bool:
    """Whether a rankable ``query`` matches more articles than the backend ranks."""
    location = location_of(session.get_bind().engine)
    return too_many(location, backend, query, lambda cap: backend.count_upto(session, query, cap))


def search_ids(archive: Archive, spec: SearchSpec, limit: int | None = None) -> IdList:
    """Ids of every article matching ``spec``, in its order."""
    backend = backend_for(archive.dialect)
    with archive.session() as session:
        plan = _plan(session, backend, spec, limit)
        stmt = plan.stmt if limit is None else plan.stmt.limit(limit)
        if not plan.ranked:
            stmt = stmt.with_only_columns(Article.id)
        rows = fetch_driver_rows(session, stmt)
    ids = [row[0] for row in rows]
    scores = [float(row[1]) for row in rows] if plan.ranked else None
    return IdList(ids=ids, scores=scores, ranked=plan.ranked, capped=plan.capped)


def _driver_value(value: Any, dialect: str) -> Any:
    if dialect == "sqlite" and isinstance(value, dt.date):
        return value.isoformat()  # how SQLAlchemy stores Date on SQLite
    return value


def fetch_driver_rows(session: Session, stmt: Any) -> list[Any]:
    """Run a Core select straight on the DBAPI cursor.

    Long id lists (100,000 rows) come back three times faster than through
    SQLAlchemy's result rows; the statement is still built and compiled by
    SQLAlchemy, with bound parameters.
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    dialect = conn.dialect.name
    args: Any
    if compiled.positiontup is not None:
        args = [_driver_value(params[name], dialect) for name in compiled.positiontup]
    else:
        args = {name: _driver_value(value, dialect) for name, value in params.items()}
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(compiled.string, args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def search(
    archive: Archive,
    spec: SearchSpec,
    *,
    limit: int = 50,
    offset: int = 0,
    snippets: bool = True,
) -> SearchResult:
    """One page of hits with titles, scores and (optionally) snippets."""
    backend = backend_for(archive.dialect)
    query = parsed(spec.text, spec.exact)
    if (
        archive.dialect == "sqlite"
        and spec.sort == "relevance"
        and fts5_of(spec.text, spec.exact) is not None  # rankable, computed once per text
        and not spec.filters.active
    ):
        # A bare text query: one statement on the driver's connection.
        rows: Sequence[Any]
        rows, capped, texts = quick_rows(archive, backend, query, limit, offset, snippets)
        bodies = {i: indexable_body("", body) for i, body in texts.items()}
        ranked = not capped
    else:
        with archive.session() as session:
            plan = _plan(session, backend, spec, offset + limit)
            rows = session.execute(
                plan.stmt.add_columns(Article.title).limit(limit).offset(offset)
            ).all()
            bodies = _bodies(session, [r[0] for r in rows]) if snippets else {}
        ranked, capped = plan.ranked, plan.capped
    shares: list[float | None] = [None] * len(rows)
    if ranked:
        shares = list(relevance([float(row[1]) for row in rows]))
    if snippets:
        phrases = query.phrases()
        hits = [
            Hit(
                i,
                title,
                float(score),
                make_snippet(bodies.get(i, ""), phrases, exact=spec.exact),
                share,
            )
            for (i, score, title), share in zip(rows, shares, strict=True)
        ]
    else:
        hits = [
            Hit(i, title, float(score), None, share)
            for (i, score, title), share in zip(rows, shares, strict=True)
        ]
    return SearchResult(hits=hits, ranked=ranked, capped=capped)


def _bodies(session: Session, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(ArticleText.article_id, ArticleText.body).where(ArticleText.article_id.in_(ids))
    )
    # Snippets come from what is searched: no source line or byline.
    return {article_id: indexable_body("", body) for article_id, body in rows}


def snippet_for(archive: Archive, article_id: int, text: str, *, exact: bool = False) -> Snippet:
    """The snippet of one article for the query ``text`` (e.g. the selected row)."""
    return snippets_for(archive, [article_id], text, exact=exact)[article_id]


def snippets_for(
    archive: Archive, ids: Sequence[int], text: str, *, exact: bool = False
) -> dict[int, Snippet]:
    """The snippets of ``ids`` for the query ``text`` (the rows a table shows)."""
    phrases = parse(text, exact=exact).phrases()
    with archive.session() as session:
        bodies = _bodies(session, ids)
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
    from sqlalchemy import func

    backend = backend_for(archive.dialect)
    with archive.session() as session:
        plan = _plan(session, backend, SearchSpec(spec.text, spec.exact, spec.filters, "added"))
        sub = plan.stmt.order_by(None).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)
