"""Bringing an archive's objectives and actor registry in step with ``resources/``.

:func:`ensure_vocabularies` runs whenever an archive is opened: it upserts the 23
objectives (titles may be corrected in a new release) and, on a new archive, loads
the shipped actor registry. Actors shipped by a later release are added once; actors
the curators renamed, merged or deleted are never brought back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.tagging.data import ActorSeed, actor_seeds, objective_vocabulary
from desktop.core.textfold import fold_words
from desktop.db.models import Actor, ActorAlias, ArchiveSetting, Objective

REGISTRY_KEY = "tagging.registry"


def ensure_objectives(session: Session) -> int:
    """Insert or update the 23 objectives; returns how many rows changed."""
    existing = {o.number: o for o in session.scalars(select(Objective))}
    changed = 0
    for info in objective_vocabulary().objectives:
        row = existing.get(info.number)
        if row is None:
            session.add(Objective(number=info.number, titles=dict(info.titles)))
            changed += 1
        elif dict(row.titles or {}) != info.titles:
            row.titles = dict(info.titles)
            changed += 1
    return changed


def add_actor_rows(session: Session, seed: ActorSeed) -> Actor:
    """Insert one actor and its aliases (one alias per folded form)."""
    actor = Actor(name=seed.name, kind=seed.kind, country=seed.country, role=seed.role)
    seen: set[str] = set()
    for alias, language in seed.aliases:
        folded = fold_words(alias)
        if not folded or folded in seen:
            continue
        seen.add(folded)
        actor.aliases.append(ActorAlias(alias=alias, folded=folded, language=language))
    session.add(actor)
    return actor


def ensure_actors(session: Session) -> int:
    """Load shipped actors not yet offered to this archive; returns how many were added."""
    setting = session.get(ArchiveSetting, REGISTRY_KEY)
    offered: set[str] = set(setting.value.get("names", [])) if setting is not None else set()
    seeds = [s for s in actor_seeds() if s.name not in offered]
    if not seeds:
        return 0
    present = set(session.scalars(select(Actor.name)))
    added = 0
    for seed in seeds:
        if seed.name not in present:
            add_actor_rows(session, seed)
            added += 1
    value: dict[str, Any] = {"names": sorted(offered | {s.name for s in seeds})}
    if setting is None:
        session.add(ArchiveSetting(key=REGISTRY_KEY, value=value))
    else:
        setting.value = value
    return added


def ensure_vocabularies(session: Session) -> None:
    """Called by :func:`desktop.core.archive.open_archive` inside its transaction."""
    ensure_objectives(session)
    ensure_actors(session)
    session.flush()
