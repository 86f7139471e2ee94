"""Curating the actor registry: add, edit, rename, aliases, delete, merge — all undoable.

Each operation is one function whose body changes rows through a
:class:`~desktop.core.operations.undo.RowTracker`; :func:`_actor_op` writes the audit entry and
returns the undo edit (:class:`~desktop.core.operations.undo.RestoreRows`, whose inverse is the
redo), labelled once, here. A merge moves every tag, alias and decision of the
source actor to the target (the source's name becomes an alias) and deletes the
source; undoing it restores both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations import audit
from desktop.core.operations.catalog import OPERATIONS
from desktop.core.operations.changes import ACTORS, TAGS, Changes, OpResult
from desktop.core.operations.undo import RestoreRows, RowTracker
from desktop.core.tagging.edits import ACTOR
from desktop.core.tagging.registry import forget
from desktop.core.util.textfold import fold_words
from desktop.db.models import Actor, ActorAlias, ArticleActor, SuggestionDecision
from desktop.i18n import N_

KINDS = ("organisation", "government", "person")
EDITABLE = ("name", "kind", "country", "role", "notes")

# What a body returns: the actor's id, the audit details, and the articles whose
# tags changed (None: only the registry changed).
Done = tuple[int, dict[str, Any], Iterable[int] | None]


def _forget_registry(archive: Archive) -> None:
    forget(archive.location)  # the registry changed: recompile it on next use


def _actor_op(
    archive: Archive, label: str, action: str, body: Callable[[Session, RowTracker], Done]
) -> OpResult[int]:
    try:
        with archive.session() as session, session.begin():
            tracker = RowTracker(session)
            actor_id, details, articles = body(session, tracker)
            session.flush()
            if not tracker.before:  # nothing to do (an alias it already had)
                return OpResult(Changes(), None, actor_id)
            audit.record(session, archive.curator_id, action, "actor", actor_id, details)
    finally:
        _forget_registry(archive)
    if articles is None:
        changes = Changes.of(ACTORS)
    else:
        changes = Changes.of(ACTORS, TAGS, articles=articles)
    undo = RestoreRows(label, tracker.before, changes, "actor", action, _forget_registry)
    return OpResult(changes, undo, actor_id)


# -- pieces ------------------------------------------------------------------------------


def _actor(session: Session, actor_id: int) -> Actor:
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise LookupError(f"no actor with id {actor_id}")
    return actor


def _check_name(session: Session, name: str, except_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("an actor needs a name")
    other = session.scalar(select(Actor.id).where(Actor.name == name))
    if other is not None and other != except_id:
        raise ValueError(f"an actor named {name!r} already exists")
    return name


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"actor kind must be one of {', '.join(KINDS)}")
    return kind


def _add_alias(tracker: RowTracker, actor_id: int, alias: str, language: str) -> bool:
    folded = fold_words(alias)
    if not folded:
        return False
    exists = tracker.session.scalar(
        select(ActorAlias.id).where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded)
    )
    if exists is not None:
        return False
    tracker.add(
        ActorAlias(actor_id=actor_id, alias=alias.strip(), folded=folded, language=language)
    )
    return True


def _tags(session: Session, actor_id: int) -> list[ArticleActor]:
    return list(session.scalars(select(ArticleActor).where(ArticleActor.actor_id == actor_id)))


def _decisions(session: Session, actor_id: int) -> list[SuggestionDecision]:
    stmt = select(SuggestionDecision).where(
        SuggestionDecision.kind == ACTOR, SuggestionDecision.key == str(actor_id)
    )
    return list(session.scalars(stmt))


# -- operations ----------------------------------------------------------------------------


def add_actor(
    archive: Archive,
    name: str,
    kind: str = "organisation",
    country: str = "",
    role: str = "",
    aliases: Sequence[tuple[str, str]] = (),
    notes: str = "",
    *,
    tag_articles: Sequence[int] = (),
    decision: SuggestionDecision | None = None,
    label: str = OPERATIONS["actor-add"].label,
) -> OpResult[int]:
    """Add an actor to the registry (its name is its first alias); ``value`` is its id.

    ``tag_articles`` are tagged with it and ``decision`` is recorded (accepting a
    suggested new actor does both)."""

    def body(session: Session, tracker: RowTracker) -> Done:
        actor = tracker.add(
            Actor(
                name=_check_name(session, name),
                kind=_check_kind(kind),
                country=country.upper()[:8],
                role=role,
                notes=notes,
            )
        )
        for alias, language in ((actor.name, ""), *aliases):
            _add_alias(tracker, actor.id, alias, language)
        for article_id in tag_articles:
            tracker.add(
                ArticleActor(
                    article_id=article_id,
                    actor_id=actor.id,
                    created_by=archive.curator_id,
                    from_suggestion=decision is not None,
                )
            )
        if decision is not None:
            decision.curator_id = archive.curator_id
            tracker.add(decision)
        return actor.id, {"name": actor.name, "articles": sorted(tag_articles)}, tag_articles

    return _actor_op(archive, label, "add_actor", body)


def accept_new_actor(
    archive: Archive,
    article_id: int,
    name: str,
    kind: str = "person",
    key: str | None = None,
    role: str = "",
) -> OpResult[int]:
    """Accept a suggested new actor: add it to the registry (with the ``role`` the text
    gave it, "Deputy Minister of Home Affairs") and tag the article with it."""
    decision = SuggestionDecision(
        article_id=article_id, kind="new_actor", key=key or fold_words(name), decision="accepted"
    )
    return add_actor(
        archive,
        name,
        kind,
        role=" ".join(role.split())[:300],
        tag_articles=(article_id,),
        decision=decision,
        label=N_("Accept suggested actor"),
    )


def update_actor(
    archive: Archive,
    actor_id: int,
    values: Iterable[tuple[str, str]],
    *,
    label: str = OPERATIONS["actor-edit"].label,
) -> OpResult[int]:
    """Change fields of an actor (``name`` renames it; its aliases keep matching)."""
    values = tuple(values)

    def body(session: Session, tracker: RowTracker) -> Done:
        actor = tracker.keep(_actor(session, actor_id))
        old: dict[str, str] = {}
        for name, value in values:
            if name not in EDITABLE:
                raise ValueError(f"cannot edit {name!r} of an actor")
            if name == "name":
                value = _check_name(session, value, actor_id)
            if name == "kind":
                _check_kind(value)
            if name == "country":
                value = value.upper()[:8]
            old[name] = str(getattr(actor, name))
            setattr(actor, name, value)
        articles = [t.article_id for t in _tags(session, actor_id)]
        return actor_id, {"old": old, "new": dict(values)}, articles

    return _actor_op(archive, label, "edit_actor", body)


def rename_actor(archive: Archive, actor_id: int, new_name: str) -> OpResult[int]:
    """Rename an actor; its aliases (the old name among them) keep matching."""
    return update_actor(archive, actor_id, [("name", new_name)], label=N_("Rename actor"))


def add_alias(archive: Archive, actor_id: int, alias: str, language: str = "") -> OpResult[int]:
    """Give an actor one more name to be found by (nothing happens if it has it)."""

    def body(session: Session, tracker: RowTracker) -> Done:
        _actor(session, actor_id)
        _add_alias(tracker, actor_id, alias, language)
        return actor_id, {"alias": alias, "language": language}, None

    return _actor_op(archive, OPERATIONS["actor-alias"].label, "add_alias", body)


def remove_alias(archive: Archive, alias_id: int) -> OpResult[int]:
    """Remove one alias of an actor; ``value`` is the actor's id."""

    def body(session: Session, tracker: RowTracker) -> Done:
        row = session.get(ActorAlias, alias_id)
        if row is None:
            raise LookupError(f"no alias with id {alias_id}")
        tracker.delete(row)
        return row.actor_id, {"alias": row.alias}, None

    return _actor_op(archive, OPERATIONS["actor-unalias"].label, "remove_alias", body)


def delete_actor(archive: Archive, actor_id: int) -> OpResult[int]:
    """Delete an actor with its aliases, tags and decisions (undo restores them all)."""

    def body(session: Session, tracker: RowTracker) -> Done:
        actor = _actor(session, actor_id)
        tags = _tags(session, actor_id)
        tracker.delete_all([*actor.aliases, *tags, *_decisions(session, actor_id)])
        tracker.delete(actor)
        articles = sorted(t.article_id for t in tags)
        return actor_id, {"name": actor.name, "articles": articles}, articles

    return _actor_op(archive, OPERATIONS["actor-delete"].label, "delete_actor", body)


def merge_actors(archive: Archive, source_id: int, target_id: int) -> OpResult[int]:
    """Merge ``source_id`` into ``target_id``: tags, aliases and decisions go to the target."""
    if source_id == target_id:
        raise ValueError("cannot merge an actor into itself")

    def body(session: Session, tracker: RowTracker) -> Done:
        _actor(session, target_id)
        source = _actor(session, source_id)
        for alias, language in [
            (source.name, ""),
            *((a.alias, a.language) for a in source.aliases),
        ]:
            _add_alias(tracker, target_id, alias, language)
        tags = _tags(session, source_id)
        for t in tags:
            if session.get(ArticleActor, (t.article_id, target_id)) is None:
                tracker.add(
                    ArticleActor(
                        article_id=t.article_id,
                        actor_id=target_id,
                        created_by=t.created_by,
                        created_at=t.created_at,
                        from_suggestion=t.from_suggestion,
                        score=t.score,
                    )
                )
        decisions = _decisions(session, source_id)
        taken = {d.article_id for d in _decisions(session, target_id)}
        for d in decisions:
            if d.article_id not in taken:
                tracker.add(
                    SuggestionDecision(
                        article_id=d.article_id,
                        kind=ACTOR,
                        key=str(target_id),
                        decision=d.decision,
                        curator_id=d.curator_id,
                        at=d.at,
                    )
                )
        name = source.name
        tracker.delete_all([*source.aliases, *tags, *decisions])
        tracker.delete(source)
        articles = sorted(t.article_id for t in tags)
        return target_id, {"source": name, "source_id": source_id, "articles": articles}, articles

    return _actor_op(archive, OPERATIONS["actor-merge"].label, "merge_actors", body)
