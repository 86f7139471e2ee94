"""What makes a text search cost what its index query costs (besides its statement
being plain text, :mod:`desktop.core.search.statements`).

- a query's text is parsed once (:func:`parsed`, a pure function of the text);
- whether a query matches too many articles to rank (counting up to the backend's
  ``rank_cap`` reads thousands of index entries, several times the cost of the
  first page itself) is remembered per archive and query until the index changes
  in this process (:func:`index_changed`, called by every index write) and for at
  most :data:`DECISION_SECONDS` (another process may write the archive);
- so is the statement of a page of hits made with such a decision (:func:`remember`),
  which then costs a dictionary look-up instead of being written again.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine

from desktop.core.search.query import ParsedQuery, parse

DECISION_SECONDS = 60.0
_MAX_DECISIONS = 2048

_lock = threading.Lock()
_generation = 0
_decisions: dict[tuple[Any, ...], tuple[bool, int, float]] = {}
_statements: dict[Hashable, tuple[object, int, float]] = {}


@lru_cache(maxsize=1024)
def parsed(text: str, exact: bool) -> ParsedQuery:
    """:func:`parse`, once per text (a parsed query is never changed)."""
    return parse(text, exact=exact)


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
        _statements.clear()


def too_many(location: str, backend: Any, query: ParsedQuery, count: Callable[[int], int]) -> bool:
    """Whether ``query`` matches more than ``backend.rank_cap`` articles (``count(cap)``
    counts up to ``cap``), remembered as the module says."""
    return too_many_since(location, backend, query, count)[0]


def too_many_since(
    location: str, backend: Any, query: ParsedQuery, count: Callable[[int], int]
) -> tuple[bool, float]:
    """:func:`too_many`, and when that was decided (``time.monotonic()``)."""
    cap = int(backend.rank_cap)
    key = (location, backend.name, cap, query.exact, query.text)
    now = time.monotonic()
    with _lock:
        known = _decisions.get(key)
        generation = _generation
    if known is not None and known[1] == generation and now - known[2] < DECISION_SECONDS:
        return known[0], known[2]
    answer = count(cap) > cap
    with _lock:
        if len(_decisions) >= _MAX_DECISIONS:
            _decisions.clear()
        if generation == _generation:
            _decisions[key] = (answer, generation, now)
    return answer, now


def current_generation() -> int:
    """How many times the index was written in this process (see :func:`remember`)."""
    return _generation


def remember(key: Hashable, value: object, generation: int, decided_at: float) -> None:
    """Keep ``value`` (a statement) made from decisions taken at ``decided_at`` while
    the index was at ``generation``: :func:`remembered` gives it back as long as those
    decisions hold."""
    with _lock:
        if len(_statements) >= _MAX_DECISIONS:
            _statements.clear()
        if generation == _generation:
            _statements[key] = (value, generation, decided_at)


def remembered(key: Hashable) -> object | None:
    """What :func:`remember` kept under ``key`` if its decisions still hold, else None."""
    known = _statements.get(key)
    if known is None:
        return None
    if known[1] != _generation or time.monotonic() - known[2] >= DECISION_SECONDS:
        return None
    return known[0]
