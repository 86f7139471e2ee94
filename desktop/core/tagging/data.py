"""The tagging vocabularies shipped under ``resources/``: objectives, actors, titles, countries.

Files are read once per process (cached); :func:`objective_label` gives the display
of an objective in the interface language.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.paths import resources_dir

LANGUAGES = ("en", "fr", "es", "vi", "ms", "id")


def _load(relative: str) -> dict[str, Any]:
    path: Path = resources_dir() / relative
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass(frozen=True)
class ObjectiveInfo:
    number: int
    titles: dict[str, str]
    cues: dict[str, tuple[str, ...]]

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles.get("en", "")


@dataclass(frozen=True)
class ObjectiveVocabulary:
    objectives: tuple[ObjectiveInfo, ...]
    labels: dict[str, str]
    gcm_names: dict[str, tuple[str, ...]]
    gcm_objective: int
    gcm_weight: float
    masked: dict[str, tuple[str, ...]]
    context: dict[str, tuple[str, ...]]
    bodies: dict[int, tuple[str, ...]]
    bodies_weight: float

    def get(self, number: int) -> ObjectiveInfo | None:
        for info in self.objectives:
            if info.number == number:
                return info
        return None


@cache
def objective_vocabulary() -> ObjectiveVocabulary:
    data = _load("objectives.json")
    objectives = tuple(
        ObjectiveInfo(
            number=int(item["number"]),
            titles=dict(item["titles"]),
            cues={lang: tuple(items) for lang, items in item.get("cues", {}).items()},
        )
        for item in data["objectives"]
    )
    names = dict(data.get("gcm_names", {}))
    gcm_objective = int(names.pop("objective", 23))
    gcm_weight = float(names.pop("weight", 0.3))
    bodies_data = dict(data.get("bodies", {}))
    bodies_weight = float(bodies_data.pop("weight", 1.5))
    bodies = {
        int(number): tuple(name for names in by_lang.values() for name in names)
        for number, by_lang in bodies_data.items()
    }
    return ObjectiveVocabulary(
        objectives=objectives,
        labels=dict(data.get("label", {})),
        gcm_names={lang: tuple(items) for lang, items in names.items()},
        gcm_objective=gcm_objective,
        gcm_weight=gcm_weight,
        masked={lang: tuple(items) for lang, items in data.get("masked", {}).items()},
        context={lang: tuple(items) for lang, items in data.get("context", {}).items()},
        bodies=bodies,
        bodies_weight=bodies_weight,
    )


def objective_title(number: int, language: str | None = None) -> str:
    """The official short title of objective ``number`` (English when missing)."""
    lang = language or _ui_language()
    info = objective_vocabulary().get(number)
    return info.title(lang) if info else ""


def objective_label(number: int, language: str | None = None) -> str:
    """``"Objective 10 — Prevent, combat and eradicate trafficking in persons…"``."""
    lang = language or _ui_language()
    vocab = objective_vocabulary()
    word = vocab.labels.get(lang) or vocab.labels.get("en", "Objective")
    title = objective_title(number, lang)
    return f"{word} {number} — {title}" if title else f"{word} {number}"


def _ui_language() -> str:
    from desktop.i18n import current_language

    return current_language()


@dataclass(frozen=True)
class ActorSeed:
    """One entry of ``resources/actors.json``."""

    name: str
    kind: str
    country: str
    role: str
    aliases: tuple[tuple[str, str], ...]  # (alias, language)
    objectives: tuple[int, ...]


def parse_actor_seeds(data: dict[str, Any]) -> tuple[ActorSeed, ...]:
    """The entries of an actors file (``resources/actors.json`` or the demo's)."""
    out: list[ActorSeed] = []
    for item in data["actors"]:
        aliases = [(str(item["name"]), "")]
        for lang, names in item.get("aliases", {}).items():
            aliases.extend((str(name), str(lang)) for name in names)
        out.append(
            ActorSeed(
                name=str(item["name"]),
                kind=str(item.get("kind", "organisation")),
                country=str(item.get("country", "")),
                role=str(item.get("role", "")),
                aliases=tuple(aliases),
                objectives=tuple(int(n) for n in item.get("objectives", ())),
            )
        )
    return tuple(out)


@cache
def actor_seeds() -> tuple[ActorSeed, ...]:
    return parse_actor_seeds(_load("actors.json"))


@cache
def actor_successions() -> dict[str, tuple[dt.date, str]]:
    """Reorganised bodies, by canonical name: (the date they ended, their successor)."""
    out: dict[str, tuple[dt.date, str]] = {}
    for item in _load("actors.json")["actors"]:
        if item.get("valid_until") and item.get("successor"):
            out[str(item["name"])] = (
                dt.date.fromisoformat(str(item["valid_until"])),
                str(item["successor"]),
            )
    return out


@cache
def actor_objective_hints() -> dict[str, tuple[int, ...]]:
    """Objectives that a registry actor's mention speaks to, by canonical name."""
    return {seed.name: seed.objectives for seed in actor_seeds() if seed.objectives}


@dataclass(frozen=True)
class TitleVocabulary:
    titles: tuple[str, ...]
    complements: tuple[str, ...]
    connectors: frozenset[str]
    particles: frozenset[str]
    reporting_after: tuple[str, ...] = ()
    reporting_before: tuple[str, ...] = ()
    adverbs: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    place_words: tuple[str, ...] = ()
    not_name_words: frozenset[str] = frozenset()
    not_name_exact: frozenset[str] = frozenset()  # lower-cased with their diacritics


@cache
def title_vocabulary() -> TitleVocabulary:
    from desktop.core.tagging.text import fold_word

    data = _load("tagging/titles.json")

    def flat(key: str) -> tuple[str, ...]:
        value = data.get(key, ())
        if isinstance(value, dict):
            return tuple(item for items in value.values() for item in items)
        return tuple(value)

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_word(w) for w in flat(key))

    return TitleVocabulary(
        titles=flat("titles"),
        complements=flat("complements"),
        connectors=folded("connectors"),
        particles=folded("particles"),
        reporting_after=flat("reporting_after"),
        reporting_before=flat("reporting_before"),
        adverbs=folded("adverbs"),
        locatives=folded("locatives"),
        place_words=flat("place_words"),
        not_name_words=folded("not_name_words"),
        not_name_exact=frozenset(w.casefold() for w in flat("not_name_words_exact")),
    )


@cache
def country_data() -> dict[str, Any]:
    return _load("tagging/countries.json")
