"""Curating the actor registry: add, edit, rename, aliases, delete, merge — all undoable.

Each class is an edit (data) whose ``apply`` returns an
:class:`~desktop.core.changes.OpResult` with the inverse edit and writes the audit log.
A merge moves every tag, alias and decision of the source actor to the target (the
source's name becomes an alias) and deletes the source; its inverse restores both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.archive import Archive
from desktop.core.changes import ACTORS, TAGS, Changes, OpResult
from desktop.core.tagging.edits import ACTOR, ActorLink, DecisionRow
from desktop.core.tagging.registry import forget
from desktop.core.textfold import fold_words
from desktop.db.models import Actor, ActorAlias, ArticleActor, SuggestionDecision, utcnow
from desktop.i18n import N_

KINDS = ("organisation", "government", "person")
EDITABLE = ("name", "kind", "country", "role", "notes")


@dataclass(frozen=True)
class AliasRow:
    id: int | None
    alias: str
    language: str = ""


@dataclass(frozen=True)
class ActorSnapshot:
    id: int
    name: str
    kind: str
    country: str
    role: str
    notes: str
    created_at: dt.datetime | None
    aliases: tuple[AliasRow, ...] = ()
    tags: tuple[ActorLink, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()


def snapshot_actor(session: Session, actor_id: int) -> ActorSnapshot:
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise LookupError(f"no actor with id {actor_id}")
    tags = session.scalars(select(ArticleActor).where(ArticleActor.actor_id == actor_id))
    decisions = session.scalars(
        select(SuggestionDecision).where(
            SuggestionDecision.kind == ACTOR, SuggestionDecision.key == str(actor_id)
        )
    )
    return ActorSnapshot(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        role=actor.role,
        notes=actor.notes,
        created_at=actor.created_at,
        aliases=tuple(AliasRow(a.id, a.alias, a.language) for a in actor.aliases),
        tags=tuple(
            ActorLink(
                t.article_id, t.actor_id, t.created_by, t.created_at, t.from_suggestion, t.score
            )
            for t in tags
        ),
        decisions=tuple(
            DecisionRow(d.article_id, d.kind, d.key, d.decision, d.curator_id, d.at)
            for d in decisions
        ),
    )


def _check_name(session: Session, name: str, except_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("an actor needs a name")
    other = session.scalar(select(Actor.id).where(Actor.name == name))
    if other is not None and other != except_id:
        raise ValueError(f"an actor named {name!r} already exists")
    return name


def _add_alias(
    session: Session, actor_id: int, alias: str, language: str, alias_id: int | None = None
) -> int | None:
    folded = fold_words(alias)
    if not folded:
        return None
    exists = session.scalar(
        select(ActorAlias.id).where(ActorAlias.actor_id == actor_id, ActorAlias.folded == folded)
    )
    if exists is not None:
        return None
    row = ActorAlias(actor_id=actor_id, alias=alias.strip(), folded=folded, language=language)
    if alias_id is not None:
        row.id = alias_id
    session.add(row)
    session.flush()
    return row.id


def _tag_articles(tags: Sequence[ActorLink]) -> frozenset[int]:
    return frozenset(t.article_id for t in tags)


@dataclass
class CreateActor:
    """Create an actor (or restore a deleted one from its snapshot)."""

    label: str
    name: str = ""
    kind: str = "organisation"
    country: str = ""
    role: str = ""
    notes: str = ""
    aliases: tuple[tuple[str, str], ...] = ()
    snapshot: ActorSnapshot | None = None
    tag_articles: tuple[int, ...] = ()  # accepting a new-actor suggestion tags the article
    decision: DecisionRow | None = None

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            snap = self.snapshot
            if snap is not None:
                _check_name(session, snap.name)
                actor = Actor(
                    id=snap.id,
                    name=snap.name,
                    kind=snap.kind,
                    country=snap.country,
                    role=snap.role,
                    notes=snap.notes,
                    created_at=snap.created_at or utcnow(),
                )
                session.add(actor)
                session.flush()
                for a in snap.aliases:
                    _add_alias(session, actor.id, a.alias, a.language, a.id)
                for t in snap.tags:
                    session.add(
                        ArticleActor(
                            article_id=t.article_id,
                            actor_id=actor.id,
                            created_by=t.created_by,
                            created_at=t.created_at or utcnow(),
                            from_suggestion=t.from_suggestion,
                            score=t.score,
                        )
                    )
                for d in snap.decisions:
                    session.add(
                        SuggestionDecision(
                            article_id=d.article_id,
                            kind=d.kind,
                            key=d.key,
                            decision=d.decision,
                            curator_id=d.curator_id,
                            at=d.at or utcnow(),
                        )
                    )
                articles = _tag_articles(snap.tags)
            else:
                if self.kind not in KINDS:
                    raise ValueError(f"actor kind must be one of {', '.join(KINDS)}")
                name = _check_name(session, self.name)
                actor = Actor(
                    name=name,
                    kind=self.kind,
                    country=self.country.upper()[:8],
                    role=self.role,
                    notes=self.notes,
                )
                session.add(actor)
                session.flush()
                _add_alias(session, actor.id, name, "")
                for alias, language in self.aliases:
                    _add_alias(session, actor.id, alias, language)
                for article_id in self.tag_articles:
                    session.add(
                        ArticleActor(
                            article_id=article_id,
                            actor_id=actor.id,
                            created_by=archive.curator_id,
                            from_suggestion=self.decision is not None,
                        )
                    )
                articles = frozenset(self.tag_articles)
            cleared: tuple[tuple[int, str, str], ...] = ()
            if self.decision is not None:
                d = self.decision
                session.add(
                    SuggestionDecision(
                        article_id=d.article_id,
                        kind=d.kind,
                        key=d.key,
                        decision=d.decision,
                        curator_id=archive.curator_id,
                    )
                )
                cleared = ((d.article_id, d.kind, d.key),)
            session.flush()
            audit.record(
                session,
                archive.curator_id,
                "restore_actor" if snap else "add_actor",
                "actor",
                actor.id,
                {"name": actor.name, "articles": sorted(articles)},
            )
            undo = DeleteActor(self.label, actor.id, cleared, self.decision)
            return OpResult(Changes.of(ACTORS, TAGS, articles=articles), undo, actor.id)


@dataclass
class DeleteActor:
    """Delete an actor with its aliases, tags and decisions (undo restores them all)."""

    label: str
    actor_id: int
    clear_decisions: tuple[tuple[int, str, str], ...] = ()
    restore_decision: DecisionRow | None = None

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            snap = snapshot_actor(session, self.actor_id)
            session.execute(delete(ArticleActor).where(ArticleActor.actor_id == self.actor_id))
            session.execute(
                delete(SuggestionDecision).where(
                    SuggestionDecision.kind == ACTOR, SuggestionDecision.key == str(self.actor_id)
                )
            )
            for article_id, kind, key in self.clear_decisions:
                session.execute(
                    delete(SuggestionDecision).where(
                        SuggestionDecision.article_id == article_id,
                        SuggestionDecision.kind == kind,
                        SuggestionDecision.key == key,
                    )
                )
            actor = session.get(Actor, self.actor_id)
            assert actor is not None
            session.delete(actor)
            session.flush()
            audit.record(
                session,
                archive.curator_id,
                "delete_actor",
                "actor",
                self.actor_id,
                {"name": snap.name, "articles": sorted(_tag_articles(snap.tags))},
            )
            undo = CreateActor(self.label, snapshot=snap, decision=self.restore_decision)
            return OpResult(
                Changes.of(ACTORS, TAGS, articles=_tag_articles(snap.tags)), undo, self.actor_id
            )


@dataclass
class UpdateActor:
    """Change fields of an actor (``name`` renames it)."""

    label: str
    actor_id: int
    values: tuple[tuple[str, str], ...] = ()

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            actor = session.get(Actor, self.actor_id)
            if actor is None:
                raise LookupError(f"no actor with id {self.actor_id}")
            old: list[tuple[str, str]] = []
            for name, value in self.values:
                if name not in EDITABLE:
                    raise ValueError(f"cannot edit {name!r} of an actor")
                if name == "name":
                    value = _check_name(session, value, self.actor_id)
                if name == "kind" and value not in KINDS:
                    raise ValueError(f"actor kind must be one of {', '.join(KINDS)}")
                if name == "country":
                    value = value.upper()[:8]
                old.append((name, str(getattr(actor, name))))
                setattr(actor, name, value)
            session.flush()
            audit.record(
                session,
                archive.curator_id,
                "edit_actor",
                "actor",
                self.actor_id,
                {"old": dict(old), "new": dict(self.values)},
            )
            articles = frozenset(
                session.scalars(
                    select(ArticleActor.article_id).where(ArticleActor.actor_id == self.actor_id)
                )
            )
            undo = UpdateActor(self.label, self.actor_id, tuple(old))
            return OpResult(Changes.of(ACTORS, TAGS, articles=articles), undo, self.actor_id)


@dataclass
class AddAlias:
    label: str
    actor_id: int
    alias: str
    language: str = ""
    alias_id: int | None = None

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            if session.get(Actor, self.actor_id) is None:
                raise LookupError(f"no actor with id {self.actor_id}")
            new_id = _add_alias(session, self.actor_id, self.alias, self.language, self.alias_id)
            if new_id is None:
                return OpResult(Changes(), None, None)
            audit.record(
                session,
                archive.curator_id,
                "add_alias",
                "actor",
                self.actor_id,
                {"alias": self.alias, "language": self.language},
            )
            return OpResult(Changes.of(ACTORS), RemoveAlias(self.label, new_id), new_id)


@dataclass
class RemoveAlias:
    label: str
    alias_id: int

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            row = session.get(ActorAlias, self.alias_id)
            if row is None:
                raise LookupError(f"no alias with id {self.alias_id}")
            undo = AddAlias(self.label, row.actor_id, row.alias, row.language, row.id)
            audit.record(
                session,
                archive.curator_id,
                "remove_alias",
                "actor",
                row.actor_id,
                {"alias": row.alias},
            )
            session.delete(row)
            return OpResult(Changes.of(ACTORS), undo, self.alias_id)


@dataclass
class MergeActors:
    """Merge ``source_id`` into ``target_id``: tags, aliases and decisions go to the target."""

    label: str
    source_id: int
    target_id: int

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        if self.source_id == self.target_id:
            raise ValueError("cannot merge an actor into itself")
        with archive.session() as session, session.begin():
            if session.get(Actor, self.target_id) is None:
                raise LookupError(f"no actor with id {self.target_id}")
            snap = snapshot_actor(session, self.source_id)
            added_aliases: list[int] = []
            for a in (AliasRow(None, snap.name, ""), *snap.aliases):
                new_id = _add_alias(session, self.target_id, a.alias, a.language)
                if new_id is not None:
                    added_aliases.append(new_id)
            added_tags: list[int] = []
            for t in snap.tags:
                if session.get(ArticleActor, (t.article_id, self.target_id)) is None:
                    session.add(
                        ArticleActor(
                            article_id=t.article_id,
                            actor_id=self.target_id,
                            created_by=t.created_by,
                            created_at=t.created_at or utcnow(),
                            from_suggestion=t.from_suggestion,
                            score=t.score,
                        )
                    )
                    added_tags.append(t.article_id)
            added_decisions: list[tuple[int, str, str]] = []
            for d in snap.decisions:
                exists = session.scalar(
                    select(SuggestionDecision.id).where(
                        SuggestionDecision.article_id == d.article_id,
                        SuggestionDecision.kind == ACTOR,
                        SuggestionDecision.key == str(self.target_id),
                    )
                )
                if exists is None:
                    session.add(
                        SuggestionDecision(
                            article_id=d.article_id,
                            kind=ACTOR,
                            key=str(self.target_id),
                            decision=d.decision,
                            curator_id=d.curator_id,
                            at=d.at or utcnow(),
                        )
                    )
                    added_decisions.append((d.article_id, ACTOR, str(self.target_id)))
            session.execute(delete(ArticleActor).where(ArticleActor.actor_id == self.source_id))
            session.execute(
                delete(SuggestionDecision).where(
                    SuggestionDecision.kind == ACTOR, SuggestionDecision.key == str(self.source_id)
                )
            )
            source = session.get(Actor, self.source_id)
            assert source is not None
            session.delete(source)
            session.flush()
            details: dict[str, Any] = {
                "source": snap.name,
                "source_id": snap.id,
                "articles": sorted(_tag_articles(snap.tags)),
            }
            audit.record(
                session, archive.curator_id, "merge_actors", "actor", self.target_id, details
            )
            undo = UnmergeActors(
                self.label,
                self.target_id,
                snap,
                tuple(added_tags),
                tuple(added_aliases),
                tuple(added_decisions),
            )
            return OpResult(
                Changes.of(ACTORS, TAGS, articles=_tag_articles(snap.tags)), undo, self.target_id
            )


@dataclass
class UnmergeActors:
    """The inverse of a merge: take back what the target received, restore the source."""

    label: str
    target_id: int
    source: ActorSnapshot
    added_tags: tuple[int, ...] = ()
    added_aliases: tuple[int, ...] = ()
    added_decisions: tuple[tuple[int, str, str], ...] = field(default_factory=tuple)

    def apply(self, archive: Archive) -> OpResult[int]:
        try:
            return self._apply(archive)
        finally:
            forget(archive.location)  # the registry changed: recompile it on next use

    def _apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            for article_id in self.added_tags:
                session.execute(
                    delete(ArticleActor).where(
                        ArticleActor.article_id == article_id,
                        ArticleActor.actor_id == self.target_id,
                    )
                )
            for alias_id in self.added_aliases:
                session.execute(delete(ActorAlias).where(ActorAlias.id == alias_id))
            for article_id, kind, key in self.added_decisions:
                session.execute(
                    delete(SuggestionDecision).where(
                        SuggestionDecision.article_id == article_id,
                        SuggestionDecision.kind == kind,
                        SuggestionDecision.key == key,
                    )
                )
            session.flush()
            audit.record(
                session,
                archive.curator_id,
                "unmerge_actors",
                "actor",
                self.target_id,
                {"source": self.source.name, "source_id": self.source.id},
            )
        restored = CreateActor(self.label, snapshot=self.source).apply(archive)
        undo = MergeActors(self.label, self.source.id, self.target_id)
        return OpResult(restored.changes, undo, self.source.id)


# --- operations ----------------------------------------------------------------------


def add_actor(
    archive: Archive,
    name: str,
    kind: str = "organisation",
    country: str = "",
    role: str = "",
    aliases: Sequence[tuple[str, str]] = (),
) -> OpResult[int]:
    """Add an actor to the registry; ``value`` is its id."""
    return CreateActor(N_("Add actor"), name, kind, country, role, aliases=tuple(aliases)).apply(
        archive
    )


def accept_new_actor(
    archive: Archive, article_id: int, name: str, kind: str = "person", key: str | None = None
) -> OpResult[int]:
    """Accept a suggested new actor: add it to the registry and tag the article with it."""
    decision = DecisionRow(article_id, "new_actor", key or fold_words(name), "accepted")
    return CreateActor(
        N_("Accept suggested actor"), name, kind, tag_articles=(article_id,), decision=decision
    ).apply(archive)


def rename_actor(archive: Archive, actor_id: int, new_name: str) -> OpResult[int]:
    """Rename an actor; its aliases (the old name among them) keep matching."""
    return UpdateActor(N_("Rename actor"), actor_id, (("name", new_name),)).apply(archive)


def merge_actors(archive: Archive, source_id: int, target_id: int) -> OpResult[int]:
    return MergeActors(N_("Merge actors"), source_id, target_id).apply(archive)
