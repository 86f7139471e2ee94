"""Finding registry actors in a text: one word trie over every alias.

A :class:`CompiledRegistry` is built once per registry version (see
``registry.py``) and reused for every article. A national body's alias that names no
country ("Bộ Ngoại giao", "ministère des Affaires étrangères") is *generic*: it is
read as the body of the country named right next to it, or else of the country the
article is mainly about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.core.tagging.countries import country_at, country_counts
from desktop.core.tagging.data import title_vocabulary
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.text import PhraseTrie, Token, parse_pattern, tokenize

GOVERNMENT = "government"
PERSON = "person"
FORUM = "forum"  # a recurring meeting or process: matched, never suggested as a participant


@dataclass(frozen=True)
class RegistryActor:
    id: int
    name: str
    kind: str = "organisation"
    country: str = ""
    objectives: tuple[int, ...] = ()


AliasPayload = tuple[int, bool]  # (actor id, generic)


@dataclass
class CompiledRegistry:
    """Every alias of every actor in one trie, plus what resolution needs."""

    actors: dict[int, RegistryActor]
    trie: PhraseTrie[AliasPayload]
    surnames: dict[str, set[int]] = field(default_factory=dict)
    fingerprint: tuple[int, ...] = ()

    @classmethod
    def build(
        cls,
        actors: Iterable[RegistryActor],
        aliases: Iterable[tuple[int, str]],
        fingerprint: tuple[int, ...] = (),
    ) -> CompiledRegistry:
        by_id = {a.id: a for a in actors}
        trie: PhraseTrie[AliasPayload] = PhraseTrie()
        surnames: dict[str, set[int]] = defaultdict(set)
        names = [(a.id, a.name) for a in by_id.values()]
        for actor_id, alias in [*names, *aliases]:
            actor = by_id.get(actor_id)
            if actor is None:
                continue
            pattern = parse_pattern(alias.replace("^", " ").replace("*", " "))
            if pattern is None:
                continue
            generic = actor.kind == GOVERNMENT and not country_counts(tokenize(alias))
            trie.add(pattern.keys, (actor_id, generic))
            if actor.kind == PERSON and len(pattern.keys) >= 2:
                surnames[pattern.keys[-1].lstrip("^*")].add(actor_id)
        return cls(by_id, trie, dict(surnames), fingerprint)


@dataclass
class ActorHit:
    actor_id: int
    evidence: list[Evidence] = field(default_factory=list)
    specific: bool = False  # found by an alias that names it unambiguously
    in_lead: bool = False


def _qualifier(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """A country named right after (…of Viet Nam, …Việt Nam) or right before the phrase."""
    connectors = title_vocabulary().connectors
    j = last + 1
    for _ in range(3):
        if j >= len(tokens) or tokens[j].gap > 0:
            break
        found = country_at(tokens, j)
        if found is not None:
            return found[0]
        if tokens[j].folded not in connectors:
            break
        j += 1
    if first > 0 and tokens[first].gap == 0:
        for back in (1, 2):
            k = first - back
            if k < 0:
                break
            found = country_at(tokens, k)
            if found is not None and found[1] == first - 1:
                return found[0]
    return None


def match_actors(
    registry: CompiledRegistry,
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    country: str,
    hits: dict[int, ActorHit],
    blocked: list[bool],
    lead_end: int,
) -> None:
    """Add the registry actors found in ``tokens`` to ``hits``; mark their words in ``blocked``."""
    for match in registry.trie.find_all(tokens):
        for k in range(match.first, match.last + 1):
            blocked[k] = True
        specific = sorted({aid for aid, generic in match.payloads if not generic})
        chosen: list[int]
        if specific:
            chosen = specific
        else:
            where = _qualifier(tokens, match.first, match.last) or country
            chosen = sorted(
                {
                    aid
                    for aid, _generic in match.payloads
                    if registry.actors[aid].country == where and where
                }
            )
        start, end = tokens[match.first].start, tokens[match.last].end
        evidence = Evidence(start, end, text[start:end], field_name)
        for aid in chosen:
            hit = hits.setdefault(aid, ActorHit(aid))
            hit.evidence.append(evidence)
            hit.specific = hit.specific or bool(specific)
            hit.in_lead = hit.in_lead or start < lead_end


def actor_score(hit: ActorHit, ambiguous: bool = False) -> float:
    mentions = len({(e.field, e.start) for e in hit.evidence})
    score = 0.6 + 0.08 * min(mentions - 1, 3)
    if hit.in_lead:
        score += 0.08
    if hit.specific:
        score += 0.05
    if ambiguous:
        score -= 0.2
    return round(min(score, 0.97), 3)


def mention_counts(hits: dict[int, ActorHit]) -> Counter[int]:
    return Counter({aid: len(hit.evidence) for aid, hit in hits.items()})
