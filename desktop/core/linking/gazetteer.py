"""A small multilingual gazetteer (``resources/linking/places.json``).

Bangkok = Băng Cốc, Thailand = Thaïlande = Thái Lan: the same place id whatever
the language of the article. A name can instead ask for an exact (case- and
accent-sensitive) match, for short names that are also common words once folded
(Vietnamese "Mỹ" is not the English "my").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop.core.linking.scan import Entry, PhraseAutomaton, Scan, longest
from desktop.core.util.paths import resources_dir


@dataclass(frozen=True)
class Place:
    id: str
    kind: str  # city / country / region
    names: dict[str, tuple[str, ...]]

    def display(self, language: str = "en") -> str:
        names = self.names.get(language) or self.names.get("en")
        if names:
            return names[0]
        for values in self.names.values():
            if values:
                return values[0]
        return self.id


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]
    exact: tuple[tuple[str, str], ...] = ()  # (place id, name matched as written)
    _own: PhraseAutomaton = field(default_factory=PhraseAutomaton, repr=False, compare=False)

    def find(self, text: str) -> list[str]:
        """Ids of the places named in ``text``, in text order (repeats included)."""
        if not len(self._own):
            self.add_to(self._own)
        hits = longest(self._own.matches(Scan.of(text)))
        return [hit.entries[0].key for hit in hits]

    def add_to(self, automaton: PhraseAutomaton, group: str = "place") -> None:
        """Register every name of every place in ``automaton``."""
        for place in self.places.values():
            for values in place.names.values():
                for name in values:
                    automaton.add(name, Entry(group, place.id))
        for place_id, name in self.exact:
            automaton.add(name, Entry(group, place_id, exact=" ".join(name.split())))


def _names(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (raw,)
    return tuple(str(x) for x in raw or ())


def load_gazetteer(data: dict[str, Any]) -> Gazetteer:
    places: dict[str, Place] = {}
    exact: list[tuple[str, str]] = []
    for entry in data.get("places", []):
        names = {lang: _names(value) for lang, value in entry.get("names", {}).items()}
        place = Place(str(entry["id"]), str(entry.get("kind", "place")), names)
        places[place.id] = place
        exact.extend((place.id, name) for name in _names(entry.get("exact")))
    return Gazetteer(places, tuple(exact))


@cache
def gazetteer() -> Gazetteer:
    path = resources_dir() / "linking" / "places.json"
    with path.open(encoding="utf-8") as fh:
        return load_gazetteer(json.load(fh))
