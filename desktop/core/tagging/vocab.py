"""Bringing an archive's objectives and actor registry in step with ``resources/``.

:func:`ensure_vocabularies` runs whenever an archive is opened: it upserts the 23
objectives (titles may be corrected in a new release) and, on a new archive, loads
the shipped actor registry. Actors and aliases shipped by a later release are added
once; what the curators renamed, merged or deleted is never brought back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.tagging.data import ActorSeed, actor_seeds, objective_vocabulary
from desktop.core.util.textfold import fold_words
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


def _alias_key(name: str, folded: str) -> str:
    return f"{name}\u0000{folded}"


def ensure_actors(session: Session) -> int:
    """Load shipped actors and aliases not yet offered to this archive; returns how many
    actors were added.

    An actor is offered once by name, an alias once per actor and folded form: what the
    curators renamed, merged or deleted never comes back, and a release that names a body
    in a new way brings the new alias to the archives made before it. An alias a release
    no longer ships for an actor (it now names that body's successor) is taken from it.
    """
    setting = session.get(ArchiveSetting, REGISTRY_KEY)
    value = dict(setting.value) if setting is not None else {}
    offered: set[str] = set(value.get("names", []))
    offered_aliases: set[str] = set(value.get("aliases", []))
    fresh = [s for s in actor_seeds() if s.name not in offered]
    shipped = {
        _alias_key(seed.name, folded): (seed.name, alias, folded, language)
        for seed in actor_seeds()
        for alias, language in seed.aliases
        if (folded := fold_words(alias))
    }
    withdrawn = offered_aliases - shipped.keys()
    if not fresh and shipped.keys() <= offered_aliases and not withdrawn:
        return 0  # the usual case: nothing new since the last opening
    present = {a.name: a for a in session.scalars(select(Actor))}
    added = 0
    for key in withdrawn:  # a release moved the alias to another body (BP2MI's "KP2MI")
        name, _, gone = key.partition("\u0000")
        holder = present.get(name)
        if holder is not None:
            holder.aliases[:] = [a for a in holder.aliases if a.folded != gone]
    for seed in fresh:
        if seed.name not in present:
            present[seed.name] = add_actor_rows(session, seed)
            added += 1
    have: dict[str, set[str]] = {}
    for key, (name, alias, folded, language) in shipped.items():
        actor = present.get(name)
        if actor is None or key in offered_aliases:
            continue
        known = have.setdefault(name, {a.folded for a in actor.aliases})
        if folded not in known:
            actor.aliases.append(ActorAlias(alias=alias, folded=folded, language=language))
            known.add(folded)
    new_value: dict[str, Any] = {
        "names": sorted(offered | {s.name for s in fresh}),
        "aliases": sorted(shipped.keys()),
    }
    if setting is None:
        session.add(ArchiveSetting(key=REGISTRY_KEY, value=new_value))
    else:
        setting.value = new_value
    return added


def ensure_vocabularies(session: Session) -> None:
    """Called by :func:`desktop.core.archive.session.open_archive` inside its transaction
    (listed in :mod:`desktop.core.operations.hooks`)."""
    ensure_objectives(session)
    ensure_actors(session)
    session.flush()
