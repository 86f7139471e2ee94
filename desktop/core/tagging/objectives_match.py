"""Scoring the 23 GCM objectives of a text from the cue phrases of ``objectives.json``.

Each objective has weighted cue phrases in every language. A cue counts with
diminishing returns (1 + ½·ln n for n mentions), a little more when it appears in the
title or the lead, and never inside an actor's name (the GIZ's Malay name contains
"kerjasama antarabangsa", international cooperation) nor inside the Compact's own
name. Actors can speak to objectives (the UN Network on Migration to 23), and terms
learned from the archive's tagged articles add their share.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.tagging.data import objective_vocabulary
from desktop.core.tagging.model import Evidence, ObjectiveSuggestion, sort_key_objective
from desktop.core.tagging.text import PhraseTrie, Token, parse_pattern

CuePayload = tuple[int, float, int]  # (objective number or 0 for masked, weight, cue id)
LEAD_BOOST = 1.3
HINT_WEIGHT = 1.5
SCALE = 4.0
MAX_EVIDENCE = 15


@dataclass
class CompiledCues:
    trie: PhraseTrie[CuePayload]
    sources: list[str] = field(default_factory=list)


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
    return CompiledCues(trie, sources)


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
) -> list[ObjectiveSuggestion]:
    """Objectives with a score in (0, 1) and their evidence, best first."""
    cues = compiled_cues()
    counts: dict[int, dict[int, _CueCount]] = defaultdict(dict)
    evidence: dict[int, list[Evidence]] = defaultdict(list)
    for part in fields:
        for match in cues.trie.find_all(part.tokens, part.blocked):
            start, end = part.tokens[match.first].start, part.tokens[match.last].end
            in_lead = part.name == "title" or start < lead_end
            ev = Evidence(start, end, part.text[start:end], part.name)
            for objective, weight, cue_id in match.payloads:
                if objective <= 0:
                    continue
                entry = counts[objective].setdefault(cue_id, _CueCount(weight))
                entry.count += 1
                entry.lead = entry.lead or in_lead
                evidence[objective].append(ev)
    raw: dict[int, float] = defaultdict(float)
    for objective, per_cue in counts.items():
        for entry in per_cue.values():
            boost = LEAD_BOOST if entry.lead else 1.0
            raw[objective] += entry.weight * (1.0 + 0.5 * math.log(entry.count)) * boost
    for objective, n_actors in (actor_hints or {}).items():
        raw[objective] += HINT_WEIGHT * n_actors
    for objective, (extra, learned_evidence) in (learned or {}).items():
        if extra > 0:
            raw[objective] += extra
            evidence[objective].extend(learned_evidence)
    out: list[ObjectiveSuggestion] = []
    for objective, value in raw.items():
        if value <= 0:
            continue
        score = 1.0 - math.exp(-value / SCALE)
        unique = sorted(set(evidence[objective]), key=lambda e: (e.field != "title", e.start))
        out.append(ObjectiveSuggestion(objective, round(score, 3), tuple(unique[:MAX_EVIDENCE])))
    out.sort(key=sort_key_objective)
    return out
