"""Actor names in a text, resolved through the archive's actor registry.

"OIM", "IOM" and "Tổ chức Di cư quốc tế" are aliases of one actor, so articles in
different languages meet on the actor's id. The registry is read from the archive's
``actors``/``actor_aliases`` tables into plain data (it travels to the import's worker
processes); its aliases, the gazetteer's places and the country names that resolve a
national body's generic name are matched by one automaton (:mod:`.scan`).

A government body's alias that names no country ("Bộ Ngoại giao", "ministère des
Affaires étrangères") is *generic*: it is read as the body of the country named right
next to it, or else of the country the article clearly speaks of most.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.linking.scan import Entry, Match, PhraseAutomaton, Scan, longest
from desktop.db.models import Actor, ActorAlias

if TYPE_CHECKING:
    from desktop.core.linking.gazetteer import Gazetteer

Span = tuple[int, int, int]  # (actor id, start offset, end offset) in the text
ACTOR, PLACE, COUNTRY = "actor", "place", "country"
GOVERNMENT = "government"
COUNTRY_LOCALES = ("en", "fr", "es", "vi", "ms", "id", "de", "pt", "it")
QUALIFIER_CHARS = 12  # "Bộ Ngoại giao [of] Việt Nam": how far a qualifying country may be


@dataclass(frozen=True)
class RegisteredActor:
    id: int
    name: str
    kind: str  # person / organisation / government ...
    country: str = ""

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass
class ActorRegistry:
    """The registry as plain data: actors and their aliases (picklable)."""

    actors: dict[int, RegisteredActor] = field(default_factory=dict)
    aliases: tuple[tuple[int, str], ...] = ()
    _automata: dict[int, PhraseAutomaton] = field(default_factory=dict, repr=False)
    # id(entries of a match) -> (those entries, what resolving them needs): see _split
    _splits: dict[int, tuple[tuple[Entry, ...], _Split]] = field(default_factory=dict, repr=False)

    def __getstate__(self) -> dict[str, object]:
        return {"actors": self.actors, "aliases": self.aliases}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["actors"], state["aliases"])  # type: ignore[misc]

    def automaton(self, places: Gazetteer) -> PhraseAutomaton:
        """Aliases, places and country names in one automaton (built once per gazetteer)."""
        built = self._automata.get(id(places))
        if built is None:
            built = _build(self, places)
            self._automata.clear()
            self._automata[id(places)] = built
        return built


@cache
def _country_names(codes: frozenset[str]) -> tuple[tuple[str, str, bool], ...]:
    """(name, ISO code, needs a capital) of the given countries: their names in the
    supported languages (CLDR) and the demonyms the tagging data knows."""
    from babel import Locale

    from desktop.core.tagging.data import country_data

    out: set[tuple[str, str, bool]] = set()
    for locale in COUNTRY_LOCALES:
        territories = Locale.parse(locale).territories
        for code in codes:
            name = territories.get(code)
            if name and (" " in name or len(name) > 3):  # "Ý", "Nga": too often a word
                out.add((name, code, True))
    for code, names in country_data().get("names", {}).items():
        if code in codes:
            out.update((str(name), code, str(name)[:1].isupper()) for name in names)
    return tuple(sorted(out))


def _build(reg: ActorRegistry, places: Gazetteer) -> PhraseAutomaton:
    automaton = PhraseAutomaton()
    countries = frozenset(a.country for a in reg.actors.values() if a.country)
    country_names = _country_names(countries)
    country_probe = PhraseAutomaton()
    for name, code, capital in country_names:
        automaton.add(name, Entry(COUNTRY, code, capital=capital))
        country_probe.add(name, Entry(COUNTRY, code))
    places.add_to(automaton, PLACE)
    names = [(a.id, a.name) for a in reg.actors.values()]
    for actor_id, alias in [*names, *reg.aliases]:
        actor = reg.actors.get(actor_id)
        if actor is None or not alias.strip():
            continue
        generic = actor.kind == GOVERNMENT and not country_probe.matches(Scan.of(alias))
        words = alias.split()
        upper = len(words) == 1 and alias.isupper() and len(alias) <= 6
        automaton.add(alias, Entry(ACTOR, str(actor_id), upper=upper, payload=generic))
    return automaton


def _main_country(counts: Counter[str], language: str | None) -> str:
    """The country the text is clearly about ("" when two run close: see
    :func:`desktop.core.tagging.countries.dominant_country`)."""
    from desktop.core.tagging.countries import dominant_country

    return dominant_country(counts, language)


class _Split(NamedTuple):
    """A match's entries by group, and what an actor match resolves to."""

    actors: tuple[Entry, ...]
    places: tuple[Entry, ...]
    countries: tuple[str, ...]  # codes of the countries named
    specific: tuple[int, ...]  # actors named outright (sorted ids)
    generic: tuple[tuple[int, str], ...]  # (id, country) of generic bodies, by id


_MAX_SPLITS = 100_000


def _split(reg: ActorRegistry, entries: tuple[Entry, ...]) -> _Split:
    """The split of a match's entries, computed once for each tuple of entries (the
    automaton's matches reuse them from one article to the next)."""
    cached = reg._splits.get(id(entries))
    if cached is not None and cached[0] is entries:  # (held: its id is not reused)
        return cached[1]
    actors = tuple(e for e in entries if e.group == ACTOR)
    places = tuple(e for e in entries if e.group == PLACE)
    split = _Split(  # (entries of one group only: the match is kept as it is)
        actors if len(actors) < len(entries) else entries,
        places if len(places) < len(entries) else entries,
        tuple(e.key for e in entries if e.group == COUNTRY),
        tuple(sorted({int(e.key) for e in actors if not e.payload})),
        tuple(sorted({(int(e.key), reg.actors[int(e.key)].country) for e in actors})),
    )
    if len(reg._splits) >= _MAX_SPLITS:
        reg._splits.clear()
    reg._splits[id(entries)] = (entries, split)
    return split


def resolve(
    reg: ActorRegistry, matches: list[Match], language: str | None
) -> tuple[list[Span], list[Match]]:
    """(actor spans, place matches) from the automaton's matches: actors first, longest
    first; places where no actor was named; generic bodies read by their country."""
    found: list[Match] = []
    place_found: list[Match] = []
    countries: list[tuple[int, int, str]] = []
    splits: dict[int, _Split] = {}  # id of an actor match (held in ``found``) -> its split
    new = tuple.__new__
    for m in matches:
        start, end, entries = m
        split = _split(reg, entries)
        if split.actors:
            actor = m if split.actors is entries else new(Match, (start, end, split.actors))
            found.append(actor)
            splits[id(actor)] = split
        if split.places:
            places = split.places
            place_found.append(m if places is entries else new(Match, (start, end, places)))
        for code in split.countries:
            countries.append((start, end, code))
    actor_matches = longest(found)
    main: str | None = None
    spans: list[Span] = []
    for m in actor_matches:
        split = splits[id(m)]
        chosen: Sequence[int] = split.specific
        if not chosen:
            where = _qualifier(countries, m.start, m.end)
            if where is None:
                if main is None:
                    counts = Counter(code for _s, _e, code in countries)
                    main = _main_country(counts, language)
                where = main
            chosen = [aid for aid, country in split.generic if where and country == where]
        spans.extend((aid, m.start, m.end) for aid in chosen)
    taken = [(m.start, m.end) for m in actor_matches]
    place_matches = longest(place_found, taken)
    return spans, place_matches


def _qualifier(countries: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    for c_start, c_end, code in countries:
        if end <= c_start <= end + QUALIFIER_CHARS or start - 3 <= c_end <= start:
            return code
    return None


def _cache_key(session: Session) -> str:
    bind = session.get_bind()
    return str(bind.engine.url) if hasattr(bind, "engine") else str(id(bind))


_LOCK = threading.Lock()
_CACHE: dict[str, tuple[tuple[int, int, int, int], ActorRegistry]] = {}


def _stamp(session: Session) -> tuple[int, int, int, int]:
    count, top = session.execute(select(func.count(ActorAlias.id), func.max(ActorAlias.id))).one()
    actors, versions = session.execute(
        select(func.count(Actor.id), func.coalesce(func.sum(Actor.version), 0))
    ).one()
    return int(count or 0), int(top or 0), int(actors or 0), int(versions or 0)


def registry(session: Session) -> ActorRegistry:
    """The registry of the session's archive (cached until the registry changes)."""
    key, stamp = _cache_key(session), _stamp(session)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    actors = {
        actor_id: RegisteredActor(actor_id, name, kind or "organisation", country or "")
        for actor_id, name, kind, country in session.execute(
            select(Actor.id, Actor.name, Actor.kind, Actor.country)
        )
    }
    aliases = tuple(
        (int(actor_id), str(alias))
        for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias))
    )
    built = ActorRegistry(actors, aliases)
    with _LOCK:
        _CACHE.clear()  # one archive at a time in practice; keep memory flat
        _CACHE[key] = (stamp, built)
    return built
