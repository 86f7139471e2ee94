"""Scoring the 23 GCM objectives of a text from the cue phrases of ``objectives.json``.

Each objective has weighted cue phrases in every language. A cue counts with
diminishing returns (1 + ½·ln n for n mentions), a little more when it appears in the
title or the lead, and never inside an actor's name (the GIZ's Malay name contains
"kerjasama antarabangsa", international cooperation) nor inside the Compact's own
name. Actors can speak to objectives (the UN Network on Migration to 23), and terms
learned from the archive's tagged articles add their share.

Many cues are common words of public life (cooperation, borders, data, health,
training): they only point to a GCM objective in an article that speaks of migration.
Without the ``context`` words of ``objectives.json`` (migrants, trafficking, diaspora,
remittances, repatriation...) every score is damped, so an article on fisheries, trade or
energy gets no objective above :data:`SUGGESTION_THRESHOLD`.

Beyond exact phrases, near cues count words that meet within a few words of each other
("MoU" near "recruitment of workers"), and a cue read inside a cited law's title ("the
Anti-Trafficking in Persons Act") counts for a fraction of its weight
(:mod:`desktop.core.tagging.near`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.tagging.countries import country_mentions
from desktop.core.tagging.data import objective_vocabulary
from desktop.core.tagging.model import Evidence, ObjectiveSuggestion, sort_key_objective
from desktop.core.tagging.near import compiled_near, find_near, law_title_mask
from desktop.core.tagging.text import PhraseTrie, Token, parse_pattern

CuePayload = tuple[int, float, int]  # (objective number or 0 for masked, weight, cue id)
LEAD_BOOST = 1.3
HINT_WEIGHT = 1.5
SCALE = 4.0
MAX_EVIDENCE = 15
SUGGESTION_THRESHOLD = 0.3  # below it, an objective is a weak hint, not a suggestion
CONTEXT_FLOOR = 0.12  # share of the score kept by an article that never speaks of migration
CONTEXT_STEP = 0.4  # share added by each mention of migration (up to the whole score)


@dataclass
class CompiledCues:
    trie: PhraseTrie[CuePayload]
    sources: list[str] = field(default_factory=list)
    bodies: PhraseTrie[int] = field(default_factory=PhraseTrie)


@cache
def compiled_cues() -> CompiledCues:
    vocab = objective_vocabulary()
    trie: PhraseTrie[CuePayload] = PhraseTrie()
    sources: list[str] = []

    def add(source: str, objective: int, weight: float | None) -> None:
        pattern = parse_pattern(source)
        if pattern is None:
            return
        sources.append(pattern.source)
        trie.add(
            pattern.keys,
            (objective, pattern.weight if weight is None else weight, len(sources) - 1),
        )

    for info in vocab.objectives:
        for cues in info.cues.values():
            for cue in cues:
                add(cue, info.number, None)
    for names in vocab.gcm_names.values():
        for name in names:
            add(name, vocab.gcm_objective, vocab.gcm_weight)
    for phrases in vocab.masked.values():
        for phrase in phrases:
            add(phrase, 0, 0.0)
    bodies: PhraseTrie[int] = PhraseTrie()
    for number, names in vocab.bodies.items():
        for name in names:
            pattern = parse_pattern(name)
            if pattern is not None:
                bodies.add(pattern.keys, number)
    return CompiledCues(trie, sources, bodies)


@cache
def between_tries() -> tuple[PhraseTrie[bool], PhraseTrie[bool]]:
    """Agreement words, and phrases that name two parties at once ("both countries")."""
    words: PhraseTrie[bool] = PhraseTrie()
    pairs: PhraseTrie[bool] = PhraseTrie()
    between = objective_vocabulary().between
    if between is not None:
        for trie, phrases in ((words, between.words), (pairs, between.pairs)):
            for phrase in phrases:
                pattern = parse_pattern(phrase)
                if pattern is not None:
                    trie.add(pattern.keys, True)
    return words, pairs


def agreements_between_countries(
    tokens: Sequence[Token], blocked: Sequence[bool] | None, home: str = ""
) -> list[tuple[int, int]]:
    """Spans of agreement words with two or more countries named within the window.

    A country the article names once beside an agreement, written in its home country's
    language ("Nepal" in a Malay text), is read as an agreement with the home country."""
    between = objective_vocabulary().between
    if between is None:
        return []
    words, pairs = between_tries()
    found = words.find_all(tokens, blocked)
    if not found:
        return []
    countries = country_mentions(tokens)
    both = [(m.first, m.last) for m in pairs.find_all(tokens)]
    out: list[tuple[int, int]] = []
    for match in found:
        lo, hi = match.first - between.window, match.last + between.window

        def near(first: int, last: int, lo: int = lo, hi: int = hi) -> bool:
            return last >= lo and first <= hi

        if any(near(a, b) for a, b in both):
            out.append((match.first, match.last))
            continue
        parties = {iso for a, b, iso in countries if near(a, b)}
        if parties and home:
            parties.add(home)
        if len(parties) >= 2:
            out.append((match.first, match.last))
    return out


@cache
def context_trie() -> PhraseTrie[bool]:
    """Words that say a text speaks of migration at all."""
    trie: PhraseTrie[bool] = PhraseTrie()
    for phrases in objective_vocabulary().context.values():
        for phrase in phrases:
            pattern = parse_pattern(phrase)
            if pattern is not None:
                trie.add(pattern.keys, True)
    return trie


def context_factor(fields: Sequence[FieldText]) -> float:
    """How much of the cue scores to keep: 1 for an article about migration.

    Reading stops at the mention that makes the article fully about migration (most
    articles say so in their first lines)."""
    trie = context_trie()
    enough = math.ceil((1.0 - CONTEXT_FLOOR) / CONTEXT_STEP)
    mentions = 0
    for part in fields:  # as PhraseTrie.find_all, leftmost-longest
        tokens, i = part.tokens, 0
        while i < len(tokens):
            found = trie.longest_at(tokens, i)
            if found is None:
                i += 1
                continue
            mentions += 1
            if mentions >= enough:
                return 1.0
            i = found.last + 1
    return min(1.0, CONTEXT_FLOOR + CONTEXT_STEP * mentions)


@dataclass
class FieldText:
    """One field of an article (title or body) ready for matching."""

    name: str
    text: str
    tokens: Sequence[Token]
    blocked: list[bool]


@dataclass
class _CueCount:
    weight: float
    count: int = 0
    lead: bool = False


def score_objectives(
    fields: Sequence[FieldText],
    lead_end: int,
    actor_hints: Mapping[int, int] | None = None,
    learned: Mapping[int, tuple[float, Sequence[Evidence]]] | None = None,
    minimum: float = SUGGESTION_THRESHOLD,
    hinted: Sequence[tuple[Sequence[int], Sequence[Evidence]]] = (),
    home: str = "",
) -> list[ObjectiveSuggestion]:
    """Objectives scoring at least ``minimum`` (in (0, 1)) with their evidence, best first.

    ``hinted`` are registry actors (their objectives, their mentions), each hinting at its
    objectives like ``actor_hints``. One mention counts once for an objective: a cue
    inside a body's name ("embassy" in "Embassy of …") adds nothing to the body, and an
    actor every mention of which is such a body ("Kedutaan Besar …") adds no hint."""
    cues = compiled_cues()
    body_spans: set[tuple[str, int, int, int]] = set()  # (field, start, end, objective)
    for part in fields:
        for body in cues.bodies.find_all(part.tokens):
            start, end = part.tokens[body.first].start, part.tokens[body.last].end
            body_spans.update((part.name, start, end, number) for number in body.payloads)

    def in_body(field_name: str, start: int, end: int, objective: int) -> bool:
        """Whether the span meets a body's name that speaks to ``objective``."""
        return any(
            f == field_name and s < end and start < e and n == objective
            for f, s, e, n in body_spans
        )

    law_weight = objective_vocabulary().law_weight
    counts: dict[int, dict[tuple[int, bool], _CueCount]] = defaultdict(dict)
    evidence: dict[int, list[Evidence]] = defaultdict(list)

    def count(objective: int, key: tuple[int, bool], weight: float, in_lead: bool) -> None:
        entry = counts[objective].setdefault(key, _CueCount(weight))
        entry.count += 1
        entry.lead = entry.lead or in_lead

    for part in fields:
        in_law = law_title_mask(part.tokens)
        for match in cues.trie.find_all(part.tokens, part.blocked):
            start, end = part.tokens[match.first].start, part.tokens[match.last].end
            law = in_law[match.first]
            in_lead = (part.name == "title" or start < lead_end) and not law
            ev = Evidence(start, end, part.text[start:end], part.name)
            best: dict[int, tuple[float, int]] = {}  # one cue per objective and phrase
            for objective, weight, cue_id in match.payloads:
                if objective > 0 and weight > best.get(objective, (-1.0, 0))[0]:
                    best[objective] = (weight, cue_id)
            for objective, (weight, cue_id) in best.items():
                evidence[objective].append(ev)
                if in_body(part.name, start, end, objective):
                    continue  # the body's name counts for it
                count(objective, (cue_id, law), weight * (law_weight if law else 1.0), in_lead)
        between = objective_vocabulary().between
        if between is not None:
            for first, last in agreements_between_countries(part.tokens, part.blocked, home):
                start, end = part.tokens[first].start, part.tokens[last].end
                in_lead = part.name == "title" or start < lead_end
                count(between.objective, (-10_000, in_law[first]), between.weight, in_lead)
                evidence[between.objective].append(
                    Evidence(start, end, part.text[start:end], part.name)
                )
        rules = compiled_near().rules
        for hit in find_near(part.tokens, part.blocked):
            rule = rules[hit.rule]
            (a, _), (_, b) = hit.spans
            start, end = part.tokens[a].start, part.tokens[b].end
            law = in_law[a] and in_law[b]
            in_lead = (part.name == "title" or start < lead_end) and not law
            weight = rule.weight * (law_weight if law else 1.0)
            count(rule.objective, (-1 - hit.rule, law), weight, in_lead)
            for first, last in hit.spans:
                s, e = part.tokens[first].start, part.tokens[last].end
                evidence[rule.objective].append(Evidence(s, e, part.text[s:e], part.name))
    raw: dict[int, float] = defaultdict(float)
    factor = context_factor(fields)
    bodies_seen: set[tuple[int, tuple[str, ...]]] = set()
    for part in fields:  # read inside actors' names too: the body *is* an actor's unit
        for body in cues.bodies.find_all(part.tokens):
            start, end = part.tokens[body.first].start, part.tokens[body.last].end
            words = tuple(t.folded for t in part.tokens[body.first : body.last + 1])
            for number in body.payloads:
                if (number, words) not in bodies_seen:
                    bodies_seen.add((number, words))
                    raw[number] += factor * objective_vocabulary().bodies_weight
                evidence[number].append(Evidence(start, end, part.text[start:end], part.name))
    for objective, per_cue in counts.items():
        for entry in per_cue.values():
            boost = LEAD_BOOST if entry.lead else 1.0
            raw[objective] += factor * entry.weight * (1.0 + 0.5 * math.log(entry.count)) * boost
    hints: Counter[int] = Counter(actor_hints or {})
    for numbers, mentions in hinted:
        for number in numbers:
            if not all(in_body(e.field, e.start, e.end, number) for e in mentions) or not mentions:
                hints[number] += 1
    for objective, n_actors in hints.items():
        raw[objective] += factor * HINT_WEIGHT * n_actors
    for objective, (extra, learned_evidence) in (learned or {}).items():
        if extra > 0:
            raw[objective] += extra  # the curators' own tags: context enough
            evidence[objective].extend(learned_evidence)
    out: list[ObjectiveSuggestion] = []
    for objective, value in raw.items():
        if value <= 0:
            continue
        score = 1.0 - math.exp(-value / SCALE)
        if score < minimum:
            continue
        unique = sorted(set(evidence[objective]), key=lambda e: (e.field != "title", e.start))
        out.append(ObjectiveSuggestion(objective, round(score, 3), tuple(unique[:MAX_EVIDENCE])))
    out.sort(key=sort_key_objective)
    return out
