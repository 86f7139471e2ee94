"""The suggestion engine as a pure function of an article's text and the registry.

No database here: :func:`suggest` takes the title, body and language, a
:class:`~desktop.core.tagging.actors_match.CompiledRegistry` and optionally a learned
term model, and returns :class:`~desktop.core.tagging.model.Suggestions` whose
evidence offsets point into the given title or body.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from desktop.core.tagging.actors_match import (
    FORUM,
    PERSON,
    ActorHit,
    CompiledRegistry,
    actor_score,
    match_actors,
)
from desktop.core.tagging.countries import (
    country_counts,
    dominant_country,
    home_country,
    main_country,
)
from desktop.core.tagging.model import (
    BODY,
    TITLE,
    ActorSuggestion,
    Evidence,
    Suggestions,
    sort_key_actor,
)
from desktop.core.tagging.objectives_match import FieldText, score_objectives
from desktop.core.tagging.organisations import NewOrganisation, find_organisations
from desktop.core.tagging.people import Found, find_people, group_people
from desktop.core.tagging.succession import apply_successions
from desktop.core.tagging.text import Token, fold_word, tokenize

LEAD_CHARS = 400
LearnedScorer = Callable[[Sequence[FieldText]], Mapping[int, tuple[float, Sequence[Evidence]]]]


def _fields(title: str, body: str) -> list[FieldText]:
    fields: list[FieldText] = []
    for name, text in ((TITLE, title), (BODY, body)):
        if text:
            tokens: list[Token] = tokenize(text)
            fields.append(FieldText(name, text, tokens, [False] * len(tokens)))
    return fields


def _title_case(tokens: Sequence[Token]) -> bool:
    """A headline with every word capitalised, where capitals say nothing of names."""
    words = [t for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    return len(words) >= 3 and sum(t.capitalised for t in words) >= 0.8 * len(words)


def suggest(
    title: str,
    body: str,
    language: str | None,
    registry: CompiledRegistry,
    learned: LearnedScorer | None = None,
    date: dt.date | None = None,
) -> Suggestions:
    """Objectives and actors suggested for one article, best first, with evidence.

    ``date`` (the article's event or publication date) tells which body a reorganised
    body's unit belonged to then."""
    t0 = time.perf_counter()
    fields = _fields(title, body)
    counts: Counter[str] = Counter()
    for part in fields:
        counts.update(country_counts(part.tokens))
    country = main_country(counts, language)

    hits: dict[int, ActorHit] = {}
    senses: dict[tuple[str, ...], str] = {}  # the country each generic alias was given
    home = home_country(language)
    unowned: dict[str, list[Evidence]] = {}  # bodies named like other countries' ones
    for part in fields:
        match_actors(
            registry,
            part.tokens,
            part.text,
            part.name,
            dominant_country(counts, language),
            hits,
            part.blocked,
            LEAD_CHARS,
            mentioned=set(counts),
            home=home,
            senses=senses,
            unowned=unowned,
        )
    apply_successions(registry, hits, date)
    t1 = time.perf_counter()

    organisations: dict[tuple[str, ...], NewOrganisation] = {}
    for part in fields:
        find_organisations(
            part.tokens,
            part.text,
            part.name,
            part.blocked,
            organisations,
            LEAD_CHARS,
            language,
            capitals_tell=not (part.name == TITLE and _title_case(part.tokens)),
        )
    for name, evidence in unowned.items():
        folded = tuple(fold_word(w) for w in name.split())
        org = organisations.setdefault(folded, NewOrganisation(name, folded))
        org.evidence.extend(evidence)
        org.in_lead = org.in_lead or any(e.start < LEAD_CHARS for e in evidence)
    found: list[Found] = []
    for part in fields:
        if not (part.name == TITLE and _title_case(part.tokens)):  # "Minister Says New Rules…"
            find_people(part.tokens, part.text, part.name, part.blocked, found)
    new_people, surname_hits = group_people(found, registry.surnames, LEAD_CHARS)
    for actor_id, evidence in surname_hits.items():
        hit = hits.get(actor_id)
        if hit is not None:  # only a full mention makes an actor; a surname adds evidence
            hit.evidence.extend(evidence)

    actors: list[ActorSuggestion] = []
    for actor_id, hit in hits.items():
        actor = registry.actors[actor_id]
        if actor.kind == FORUM:
            continue  # a forum is the event itself, not one of its participants
        hit.evidence.sort(key=lambda e: (e.field != TITLE, e.start))
        actors.append(
            ActorSuggestion(
                name=actor.name,
                score=actor_score(hit),
                evidence=tuple(hit.evidence),
                known=True,
                actor_id=actor_id,
                kind=actor.kind,
            )
        )
    for person in new_people:
        mentions = len(person.evidence)
        score = 0.35 + 0.06 * min(mentions - 1, 3) + (0.06 if person.in_lead else 0.0)
        person.evidence.sort(key=lambda e: (e.field != TITLE, e.start))
        actors.append(
            ActorSuggestion(
                name=person.name,
                score=round(score, 3),
                evidence=tuple(person.evidence),
                known=False,
                actor_id=None,
                kind=PERSON,
                role=person.role,
            )
        )
    for org in organisations.values():
        mentions = len(org.evidence)
        score = 0.35 + 0.06 * min(mentions - 1, 3) + (0.06 if org.in_lead else 0.0)
        org.evidence.sort(key=lambda e: (e.field != TITLE, e.start))
        actors.append(
            ActorSuggestion(
                name=org.name,
                score=round(score, 3),
                evidence=tuple(org.evidence),
                known=False,
                actor_id=None,
                kind="organisation",
            )
        )
    actors.sort(key=sort_key_actor)
    t2 = time.perf_counter()

    hinted = [(registry.actors[aid].objectives, tuple(hit.evidence)) for aid, hit in hits.items()]
    extra = learned(fields) if learned is not None else None
    objectives = score_objectives(fields, LEAD_CHARS, None, extra, hinted=hinted, home=home)
    t3 = time.perf_counter()
    return Suggestions(
        objectives=tuple(objectives),
        actors=tuple(actors),
        country=country,
        timings={
            "actors_ms": (t2 - t0) * 1000,
            "objectives_ms": (t3 - t2) * 1000,
            "match_ms": (t1 - t0) * 1000,
        },
    )
