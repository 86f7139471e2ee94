"""The compiled actor registry of an archive, rebuilt only when the registry changes.

Compiling every alias into a word trie takes a few milliseconds per thousand
aliases; the result is cached per archive and reused until the registry's
fingerprint (counts, id sums and versions of actors and aliases) changes, which a
single cheap aggregate query tells.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.tagging.actors_match import CompiledRegistry, RegistryActor
from desktop.core.tagging.data import actor_objective_hints, actor_seeds
from desktop.db.models import Actor, ActorAlias

_LOCK = threading.Lock()
_CACHE: dict[str, CompiledRegistry] = {}
_CHECKED: dict[str, float] = {}
RECHECK_SECONDS = 2.0  # how stale another curator's registry change may be seen


def fingerprint(session: Session) -> tuple[int, ...]:
    actors = session.execute(
        select(
            func.count(Actor.id),
            func.coalesce(func.sum(Actor.id), 0),
            func.coalesce(func.sum(Actor.version), 0),
        )
    ).one()
    aliases = session.execute(
        select(
            func.count(ActorAlias.id),
            func.coalesce(func.sum(ActorAlias.id), 0),
            func.coalesce(func.max(ActorAlias.id), 0),
        )
    ).one()
    return tuple(int(v) for v in (*actors, *aliases))


def _actors(rows: Iterable[tuple[int, str, str, str]]) -> list[RegistryActor]:
    hints = actor_objective_hints()
    return [
        RegistryActor(id=aid, name=name, kind=kind, country=country, objectives=hints.get(name, ()))
        for aid, name, kind, country in rows
    ]


def compiled_registry(session: Session, cache_key: str) -> CompiledRegistry:
    """The archive's registry compiled (from cache when unchanged).

    The fingerprint query runs at most every :data:`RECHECK_SECONDS`; this process's
    own registry edits call :func:`forget`, so they show at once.
    """
    now = time.monotonic()
    with _LOCK:
        cached = _CACHE.get(cache_key)
        if cached is not None and now - _CHECKED.get(cache_key, 0.0) < RECHECK_SECONDS:
            return cached
    stamp = fingerprint(session)
    if cached is not None and cached.fingerprint == stamp:
        with _LOCK:
            _CHECKED[cache_key] = now
        return cached
    rows = session.execute(select(Actor.id, Actor.name, Actor.kind, Actor.country)).all()
    aliases = [
        (int(a), str(b)) for a, b in session.execute(select(ActorAlias.actor_id, ActorAlias.alias))
    ]
    compiled = CompiledRegistry.build(
        _actors((int(r[0]), r[1], r[2], r[3]) for r in rows), aliases, stamp
    )
    with _LOCK:
        _CACHE[cache_key] = compiled
        _CHECKED[cache_key] = now
    return compiled


def forget(cache_key: str | None = None) -> None:
    with _LOCK:
        if cache_key is None:
            _CACHE.clear()
            _CHECKED.clear()
        else:
            _CACHE.pop(cache_key, None)
            _CHECKED.pop(cache_key, None)


def registry_from_resources() -> CompiledRegistry:
    """The shipped registry compiled without a database (ids are 1-based positions)."""
    seeds = actor_seeds()
    actors = [
        RegistryActor(i, s.name, s.kind, s.country, s.objectives) for i, s in enumerate(seeds, 1)
    ]
    aliases = [(i, alias) for i, s in enumerate(seeds, 1) for alias, _lang in s.aliases]
    return CompiledRegistry.build(actors, aliases)
