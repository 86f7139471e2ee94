"""Bringing an archive's objectives and actor registry in step with ``resources/``.

:func:`ensure_vocabularies` runs whenever an archive is opened: it upserts the 23
objectives (titles may be corrected in a new release) and, on a new archive, loads
the shipped actor registry. Actors and aliases shipped by a later release are added
once; what the curators renamed, merged or deleted is never brought back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import delete, insert, select
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


def _alias_rows(seed: ActorSeed, skip: set[str] | None = None) -> list[tuple[str, str, str]]:
    """(alias, folded, language) of ``seed``, one per folded form not in ``skip``."""
    seen = set(skip or ())
    out: list[tuple[str, str, str]] = []
    for alias, language in seed.aliases:
        folded = fold_words(alias)
        if folded and folded not in seen:
            seen.add(folded)
            out.append((alias, folded, language))
    return out


def add_actor_rows(session: Session, seeds: Sequence[ActorSeed]) -> dict[str, int]:
    """Insert actors and their aliases (one alias per folded form), two statements for
    all of them however many (a new archive takes the whole registry); returns their
    ids by name."""
    if not seeds:
        return {}
    made = session.execute(
        insert(Actor).returning(Actor.id, Actor.name),
        [{"name": s.name, "kind": s.kind, "country": s.country, "role": s.role} for s in seeds],
    )
    ids: dict[str, int] = {str(name): int(actor_id) for actor_id, name in made}
    rows = [
        {"actor_id": ids[seed.name], "alias": alias, "folded": folded, "language": language}
        for seed in seeds
        for alias, folded, language in _alias_rows(seed)
    ]
    if rows:
        session.execute(insert(ActorAlias), rows)
    return ids


def _alias_key(name: str, folded: str) -> str:
    return f"{name}\u0000{folded}"


@cache
def _shipped_aliases() -> dict[str, tuple[str, str, str, str]]:
    """Every shipped alias by (actor name, folded form): (name, alias, folded, language)."""
    return {
        _alias_key(seed.name, folded): (seed.name, alias, folded, language)
        for seed in actor_seeds()
        for alias, language in seed.aliases
        if (folded := fold_words(alias))
    }


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
    shipped = _shipped_aliases()
    withdrawn = offered_aliases - shipped.keys()
    if not fresh and shipped.keys() <= offered_aliases and not withdrawn:
        return 0  # the usual case: nothing new since the last opening
    present: dict[str, int] = {
        str(name): int(actor_id) for actor_id, name in session.execute(select(Actor.id, Actor.name))
    }
    for key in withdrawn:  # a release moved the alias to another body (BP2MI's "KP2MI")
        name, _, gone = key.partition("\u0000")
        holder = present.get(name)
        if holder is not None:
            session.execute(
                delete(ActorAlias).where(ActorAlias.actor_id == holder, ActorAlias.folded == gone)
            )
    new = [seed for seed in fresh if seed.name not in present]
    added = add_actor_rows(session, new)
    # Aliases shipped since this archive was made, for actors it had before.
    have: dict[int, set[str]] = {}
    if present:
        for owner, form in session.execute(select(ActorAlias.actor_id, ActorAlias.folded)):
            have.setdefault(int(owner), set()).add(str(form))
    rows: list[dict[str, Any]] = []
    for key, (name, alias, folded, language) in shipped.items():
        actor_id = present.get(name)
        if actor_id is None or key in offered_aliases:
            continue
        known = have.setdefault(actor_id, set())
        if folded not in known:
            rows.append(
                {"actor_id": actor_id, "alias": alias, "folded": folded, "language": language}
            )
            known.add(folded)
    if rows:
        session.execute(insert(ActorAlias), rows)
    new_value: dict[str, Any] = {
        "names": sorted(offered | {s.name for s in fresh}),
        "aliases": sorted(shipped.keys()),
    }
    if setting is None:
        session.add(ArchiveSetting(key=REGISTRY_KEY, value=new_value))
    else:
        setting.value = new_value
    return len(added)


def ensure_vocabularies(session: Session) -> None:
    """Called by :func:`desktop.core.archive.session.open_archive` inside its transaction
    (listed in :mod:`desktop.core.operations.hooks`)."""
    ensure_objectives(session)
    ensure_actors(session)
    session.flush()
