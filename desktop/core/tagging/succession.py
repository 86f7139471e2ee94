"""Bodies reorganised on a known date: their units' mentions go to the successor.

Viet Nam's labour ministry was merged into the Ministry of Home Affairs in March 2025,
and its overseas-labour department with it. In an article of that date or later, the
department's name (a *unit* of the old body, its name opened by a unit word: "Cục",
"Department", "Direction"…, or listed under the body's ``units``: "DOLAB") counts
for the successor; the old ministry's own name still
counts for it (an article may recall it). When the article's date is unknown, the unit
goes to the successor only if the article names the successor too.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.tagging.actors_match import ActorHit, CompiledRegistry, unit_words
from desktop.core.tagging.data import actor_successions, actor_units
from desktop.core.tagging.text import tokenize
from desktop.core.util.textfold import fold_words


def apply_successions(
    registry: CompiledRegistry, hits: dict[int, ActorHit], date: dt.date | None
) -> None:
    """Move the evidence of reorganised bodies' units to their successors, in ``hits``."""
    successions = actor_successions()
    if not successions:
        return
    by_name = {a.name: a.id for a in registry.actors.values()}
    heads = unit_words()
    for actor_id in list(hits):
        found = successions.get(registry.actors[actor_id].name)
        successor = by_name.get(found[1]) if found else None
        if found is None or successor is None:
            continue
        ended = found[0]
        if not (date is not None and date >= ended or date is None and successor in hits):
            continue
        hit = hits[actor_id]
        units = actor_units().get(registry.actors[actor_id].name, frozenset())
        moved = [e for e in hit.evidence if _unit(e.text, heads, units)]
        if not moved:
            continue
        target = hits.setdefault(successor, ActorHit(successor))
        target.evidence.extend(moved)
        target.in_lead = target.in_lead or hit.in_lead
        hit.evidence = [e for e in hit.evidence if e not in moved]
        if not hit.evidence:
            del hits[actor_id]


def _unit(text: str, heads: frozenset[str], units: frozenset[str]) -> bool:
    """Whether a mention names a unit: opened by a unit word ("Cục", "Department"), or one
    of the body's units the registry lists ("DOLAB")."""
    words = tokenize(text)
    return bool(words) and (words[0].folded in heads or fold_words(text) in units)
