"""What makes a text search cost what its index query costs.

- a query's text is parsed once (:func:`parsed`, a pure function of the text);
- whether a query matches too many articles to rank (counting up to the backend's
  ``rank_cap`` reads thousands of index entries, several times the cost of the
  first page itself) is remembered per archive and query until the index changes
  in this process (:func:`index_changed`, called by every index write) and for at
  most :data:`DECISION_SECONDS` (another process may write the archive);
- a bare text query on SQLite (no facet, ordered by relevance) runs as one
  hand-written statement on the driver's connection (:func:`quick_rows`), without
  building or compiling SQL.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine

from desktop.core.archive.session import Archive
from desktop.core.search.backends import BODY_WEIGHT, TITLE_WEIGHT
from desktop.core.search.query import ParsedQuery, parse

DECISION_SECONDS = 60.0
_MAX_DECISIONS = 2048

_lock = threading.Lock()
_generation = 0
_decisions: dict[tuple[Any, ...], tuple[bool, int, float]] = {}


@lru_cache(maxsize=1024)
def parsed(text: str, exact: bool) -> ParsedQuery:
    """:func:`parse`, once per text (a parsed query is never changed)."""
    return parse(text, exact=exact)


@lru_cache(maxsize=1024)
def fts5_of(text: str, exact: bool) -> str | None:
    """The FTS5 expression of a query's text."""
    return parsed(text, exact).fts5


_locations: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def location_of(engine: Engine) -> str:
    """Which database an engine reads (the key of its remembered decisions)."""
    location = _locations.get(engine)
    if location is None:
        location = _locations[engine] = str(engine.url)
    return location


def index_changed() -> None:
    """The full-text index was written: forget every remembered decision."""
    global _generation
    with _lock:
        _generation += 1
        _decisions.clear()


def too_many(location: str, backend: Any, query: ParsedQuery, count: Callable[[int], int]) -> bool:
    """Whether ``query`` matches more than ``backend.rank_cap`` articles (``count(cap)``
    counts up to ``cap``), remembered as the module says."""
    cap = int(backend.rank_cap)
    key = (location, backend.name, cap, query.exact, query.text)
    now = time.monotonic()
    with _lock:
        known = _decisions.get(key)
        generation = _generation
    if known is not None and known[1] == generation and now - known[2] < DECISION_SECONDS:
        return known[0]
    answer = count(cap) > cap
    with _lock:
        if len(_decisions) >= _MAX_DECISIONS:
            _decisions.clear()
        if generation == _generation:
            _decisions[key] = (answer, generation, now)
    return answer


_RANKED = (
    "SELECT m.id, m.score, a.title FROM (SELECT rowid AS id, "
    f"-bm25({{t}}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM {{t}} WHERE {{t}} MATCH ? "
    "ORDER BY score DESC, rowid DESC LIMIT ?) AS m JOIN articles AS a ON a.id = m.id "
    "ORDER BY m.score DESC, a.id DESC LIMIT ? OFFSET ?"
)
_NEWEST = (
    "SELECT a.id, 0.0, a.title FROM articles AS a JOIN (SELECT rowid AS id FROM {t} "
    "WHERE {t} MATCH ?) AS m ON m.id = a.id ORDER BY m.id DESC LIMIT ? OFFSET ?"
)
_COUNT = "SELECT count(*) FROM (SELECT rowid FROM {t} WHERE {t} MATCH ? LIMIT ?)"
_SQL = {
    (table, name): sql.format(t=table)
    for table in ("search_folded", "search_exact")
    for name, sql in (("ranked", _RANKED), ("newest", _NEWEST), ("count", _COUNT))
}
_BODIES = "SELECT article_id, body FROM article_texts WHERE article_id IN ({marks})"


def quick_rows(
    archive: Archive, backend: Any, query: ParsedQuery, limit: int, offset: int, bodies: bool
) -> tuple[list[Any], bool, dict[int, str]]:
    """(id, score, title) rows of a rankable query on SQLite, whether the list is capped
    (newest first), and the bodies of the rows when asked."""
    table = "search_exact" if query.exact else "search_folded"
    expr = fts5_of(query.text, query.exact)
    connection = archive.engine.raw_connection()
    try:
        cursor = connection.cursor()

        def count(cap: int) -> int:
            cursor.execute(_SQL[table, "count"], (expr, cap + 1))
            found = cursor.fetchone()
            return int(found[0]) if found else 0

        capped = too_many(location_of(archive.engine), backend, query, count)
        if capped:
            cursor.execute(_SQL[table, "newest"], (expr, limit, offset))
        else:
            cursor.execute(_SQL[table, "ranked"], (expr, offset + limit, limit, offset))
        rows = list(cursor.fetchall())
        texts: dict[int, str] = {}
        if bodies and rows:
            ids = [r[0] for r in rows]
            cursor.execute(_BODIES.format(marks=",".join("?" * len(ids))), ids)
            texts = dict(cursor.fetchall())
        cursor.close()
    finally:
        connection.close()
    return rows, capped, texts
