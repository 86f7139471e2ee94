"""A small multilingual gazetteer (``resources/linking/places.json``).

Bangkok = Băng Cốc, Thailand = Thaïlande = Thái Lan: the same place id whatever
the language of the article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.linking.matcher import PhraseMatcher, Words
from desktop.core.paths import resources_dir


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
    matcher: PhraseMatcher

    def find(self, words: Words) -> list[str]:
        """Ids of the places named in ``words``, in text order (repeats included)."""
        return list(self.matcher.keys(words))


def _names(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (raw,)
    return tuple(str(x) for x in raw or ())


def load_gazetteer(data: dict[str, Any]) -> Gazetteer:
    places: dict[str, Place] = {}
    matcher = PhraseMatcher()
    for entry in data.get("places", []):
        names = {lang: _names(value) for lang, value in entry.get("names", {}).items()}
        place = Place(str(entry["id"]), str(entry.get("kind", "place")), names)
        places[place.id] = place
        for values in names.values():
            for name in values:
                matcher.add(name, place.id)
        for name in _names(entry.get("exact")):
            matcher.add(name, place.id, exact=True)
    return Gazetteer(places, matcher)


@cache
def gazetteer() -> Gazetteer:
    path = resources_dir() / "linking" / "places.json"
    with path.open(encoding="utf-8") as fh:
        return load_gazetteer(json.load(fh))
