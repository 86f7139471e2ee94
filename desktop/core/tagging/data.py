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

from desktop.core.util.paths import resources_dir
from desktop.core.util.textfold import fold_word

LANGUAGES = ("en", "fr", "es", "vi", "ms", "id")


def _load(relative: str) -> dict[str, Any]:
    path: Path = resources_dir() / relative
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass(frozen=True)
class NearCue:
    """Two sets of phrases that point to an objective when they meet within ``window`` words
    ("MoU" near "workers"), in any order: the same idea said in other words."""

    first: tuple[str, ...]
    second: tuple[str, ...]
    weight: float
    window: int


@dataclass(frozen=True)
class ObjectiveInfo:
    number: int
    titles: dict[str, str]
    cues: dict[str, tuple[str, ...]]
    near: tuple[NearCue, ...] = ()
    near_languages: frozenset[str] = frozenset()

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles.get("en", "")


@dataclass(frozen=True)
class BetweenCountries:
    """Agreement words that speak to ``objective`` when two or more countries are named
    within ``window`` words of them (or a phrase such as "both countries" is)."""

    objective: int
    weight: float
    window: int
    words: tuple[str, ...]
    pairs: tuple[str, ...]


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
    law_heads: tuple[str, ...] = ()
    law_tails: tuple[str, ...] = ()
    law_connectors: frozenset[str] = frozenset()
    law_open_heads: tuple[str, ...] = ()
    law_stops: frozenset[str] = frozenset()
    law_weight: float = 1.0
    between: BetweenCountries | None = None

    def get(self, number: int) -> ObjectiveInfo | None:
        for info in self.objectives:
            if info.number == number:
                return info
        return None


def _near_cues(items: list[dict[str, Any]]) -> tuple[tuple[NearCue, ...], frozenset[str]]:
    """Near cues of one objective, every language's phrases pooled (articles mix them:
    a Malay text says "MoU"), and the languages that have both sides of some cue."""
    out: list[NearCue] = []
    languages: set[str] = set()
    for item in items:
        first: dict[str, list[str]] = item["first"]
        second: dict[str, list[str]] = item["second"]
        languages |= {lang for lang in first if first[lang] and second.get(lang)}
        out.append(
            NearCue(
                first=tuple(p for phrases in first.values() for p in phrases),
                second=tuple(p for phrases in second.values() for p in phrases),
                weight=float(item.get("weight", 1.0)),
                window=int(item.get("window", 8)),
            )
        )
    return tuple(out), frozenset(languages)


def _objective(item: dict[str, Any]) -> ObjectiveInfo:
    near, near_languages = _near_cues(item.get("near", []))
    return ObjectiveInfo(
        number=int(item["number"]),
        titles=dict(item["titles"]),
        cues={lang: tuple(items) for lang, items in item.get("cues", {}).items()},
        near=near,
        near_languages=near_languages,
    )


@cache
def objective_vocabulary() -> ObjectiveVocabulary:
    data = _load("objectives.json")
    objectives = tuple(_objective(item) for item in data["objectives"])
    names = dict(data.get("gcm_names", {}))
    gcm_objective = int(names.pop("objective", 23))
    gcm_weight = float(names.pop("weight", 0.3))
    bodies_data = dict(data.get("bodies", {}))
    bodies_weight = float(bodies_data.pop("weight", 1.5))
    laws: dict[str, Any] = data.get("law_titles", {})
    between_data: dict[str, Any] | None = data.get("between_countries")
    between = (
        BetweenCountries(
            objective=int(between_data.get("objective", 23)),
            weight=float(between_data.get("weight", 1.0)),
            window=int(between_data.get("window", 10)),
            words=tuple(w for ws in between_data.get("words", {}).values() for w in ws),
            pairs=tuple(w for ws in between_data.get("pairs", {}).values() for w in ws),
        )
        if between_data
        else None
    )
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
        law_heads=tuple(laws.get("heads", ())),
        law_tails=tuple(laws.get("tails", ())),
        law_connectors=frozenset(fold_word(w) for w in laws.get("connectors", ())),
        law_weight=float(laws.get("weight", 1.0)),
        law_open_heads=tuple(laws.get("open_heads", ())),
        law_stops=frozenset(w.casefold() for w in laws.get("stops", ())),
        between=between,
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
        for key in ("aliases", "units"):  # a unit's name is an alias of its body too
            for lang, names in item.get(key, {}).items():
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
def actor_units() -> dict[str, frozenset[str]]:
    """The names of reorganised bodies' units that no unit word opens ("DOLAB"),
    folded, by the body's canonical name (``units`` in ``actors.json``)."""
    from desktop.core.util.textfold import fold_words

    return {
        str(item["name"]): frozenset(
            fold_words(name) for names in item["units"].values() for name in names
        )
        for item in _load("actors.json")["actors"]
        if item.get("units")
    }


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
    locatives: frozenset[str] = frozenset()  # lower-cased with their diacritics ("kê" is no "ke")
    place_words: tuple[str, ...] = ()
    not_name_words: frozenset[str] = frozenset()
    not_name_exact: frozenset[str] = frozenset()  # lower-cased with their diacritics
    place_tails: frozenset[str] = frozenset()  # "Timur" of "Jawa Timur": a region's name ends


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
        locatives=frozenset(w.casefold() for w in flat("locatives")),
        place_words=flat("place_words"),
        not_name_words=folded("not_name_words"),
        not_name_exact=frozenset(w.casefold() for w in flat("not_name_words_exact")),
        place_tails=folded("place_tails"),
    )


@cache
def country_data() -> dict[str, Any]:
    return _load("tagging/countries.json")
