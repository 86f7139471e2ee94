"""Actor names in a text, resolved through the archive's actor registry.

"OIM", "IOM" and "Tổ chức Di cư quốc tế" are aliases of one actor, so articles in
different languages meet on the actor's id. The tagging package's matcher is used
when present (it also resolves generic aliases such as "Bộ Ngoại giao" to the body of
the right country); otherwise aliases are matched here, word by word after folding.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.linking.matcher import PhraseMatcher, Words
from desktop.db.models import Actor, ActorAlias

Span = tuple[int, int, int]  # (actor id, start offset, end offset) in the text
Finder = Callable[[str, "str | None"], list[Span]]


@dataclass(frozen=True)
class RegisteredActor:
    id: int
    name: str
    kind: str  # person / organisation / government ...

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


def _no_actors(text: str, language: str | None) -> list[Span]:
    return []


@dataclass
class ActorRegistry:
    actors: dict[int, RegisteredActor] = field(default_factory=dict)
    finder: Finder = _no_actors

    def find(self, text: str, language: str | None = None) -> list[Span]:
        """Every mention of a registry actor in ``text``."""
        return self.finder(text, language)


def _cache_key(session: Session) -> str:
    bind = session.get_bind()
    return str(bind.engine.url) if hasattr(bind, "engine") else str(id(bind))


def registry(session: Session) -> ActorRegistry:
    """The registry of the session's archive (cached until the registry changes)."""
    try:
        return _tagging_registry(session)
    except ImportError:  # pragma: no cover - the tagging package is part of the app
        return _own_registry(session)


def _tagging_registry(session: Session) -> ActorRegistry:
    from desktop.core.tagging.actors_match import ActorHit, match_actors
    from desktop.core.tagging.countries import country_counts, main_country
    from desktop.core.tagging.registry import compiled_registry
    from desktop.core.tagging.text import tokenize

    compiled = compiled_registry(session, _cache_key(session))
    with _LOCK:
        cached = _TAGGING.get(id(compiled))
        if cached is not None and cached[0] is compiled:
            return cached[1]

    def find(text: str, language: str | None) -> list[Span]:
        tokens = tokenize(text)
        country = main_country(country_counts(tokens), language)
        hits: dict[int, ActorHit] = {}
        blocked = [False] * len(tokens)
        match_actors(compiled, tokens, text, "text", country, hits, blocked, 0)
        return [(aid, e.start, e.end) for aid, hit in hits.items() for e in hit.evidence]

    actors = {
        a.id: RegisteredActor(a.id, a.name, a.kind or "organisation")
        for a in compiled.actors.values()
    }
    built = ActorRegistry(actors, find)
    with _LOCK:
        _TAGGING.clear()  # one archive at a time in practice; keep memory flat
        _TAGGING[id(compiled)] = (compiled, built)
    return built


_LOCK = threading.Lock()
_TAGGING: dict[int, tuple[object, ActorRegistry]] = {}
_OWN: dict[str, tuple[tuple[int, int, int], ActorRegistry]] = {}


def _stamp(session: Session) -> tuple[int, int, int]:
    count, top = session.execute(select(func.count(ActorAlias.id), func.max(ActorAlias.id))).one()
    actors = session.scalar(select(func.coalesce(func.sum(Actor.version), 0)))
    return int(count or 0), int(top or 0), int(actors or 0)


def _own_registry(session: Session) -> ActorRegistry:
    """Aliases matched on their folded words (acronyms only in capitals)."""
    key, stamp = _cache_key(session), _stamp(session)
    with _LOCK:
        cached = _OWN.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    matcher = PhraseMatcher()
    actors: dict[int, RegisteredActor] = {}
    for actor_id, name, kind in session.execute(select(Actor.id, Actor.name, Actor.kind)):
        actors[actor_id] = RegisteredActor(actor_id, name, kind or "organisation")
        matcher.add(name, str(actor_id))
    for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias)):
        matcher.add(alias, str(actor_id))

    def find(text: str, language: str | None) -> list[Span]:
        words = Words.of(text)
        out: list[Span] = []
        for hit in matcher.find(words):
            last = hit.end - 1
            end = words.starts[last] + len(words.original[last])
            out.append((int(hit.key), words.starts[hit.start], end))
        return out

    built = ActorRegistry(actors, find)
    with _LOCK:
        _OWN[key] = (stamp, built)
    return built
