"""Reading tags: objectives and actors with article counts, the articles behind a tag,
and the "untagged" / "needs review" filters, for the sidebar, the table and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select

from desktop.core.archive.session import Archive
from desktop.core.tagging.data import objective_label, objective_vocabulary
from desktop.db.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleObjective,
    ReviewStatus,
)


@dataclass(frozen=True)
class ObjectiveCount:
    number: int
    titles: dict[str, str]
    count: int

    def label(self, language: str | None = None) -> str:
        return objective_label(self.number, language)


@dataclass(frozen=True)
class ActorInfo:
    id: int
    name: str
    kind: str
    country: str
    role: str
    notes: str
    count: int
    aliases: list[tuple[int, str, str]] = field(default_factory=list)  # (id, alias, language)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "role": self.role,
            "notes": self.notes,
            "articles": self.count,
            "aliases": [{"id": i, "alias": a, "language": lang} for i, a, lang in self.aliases],
        }


def objective_counts(archive: Archive) -> list[ObjectiveCount]:
    """The 23 objectives with how many articles are tagged with each."""
    with archive.session() as session:
        counts = dict(
            session.execute(
                select(ArticleObjective.objective_number, func.count()).group_by(
                    ArticleObjective.objective_number
                )
            ).all()
        )
    return [
        ObjectiveCount(info.number, dict(info.titles), int(counts.get(info.number, 0)))
        for info in objective_vocabulary().objectives
    ]


def list_actors(archive: Archive, *, with_aliases: bool = True) -> list[ActorInfo]:
    """Every registry actor with its article count (and aliases), by name."""
    with archive.session() as session:
        counts = dict(
            session.execute(
                select(ArticleActor.actor_id, func.count()).group_by(ArticleActor.actor_id)
            ).all()
        )
        aliases: dict[int, list[tuple[int, str, str]]] = {}
        if with_aliases:
            stmt = select(ActorAlias.actor_id, ActorAlias.id, ActorAlias.alias, ActorAlias.language)
            for actor_id, alias_id, alias, language in session.execute(
                stmt.order_by(ActorAlias.id)
            ):
                aliases.setdefault(actor_id, []).append((alias_id, alias, language))
        rows = session.execute(
            select(
                Actor.id, Actor.name, Actor.kind, Actor.country, Actor.role, Actor.notes
            ).order_by(func.lower(Actor.name))
        ).all()
    return [
        ActorInfo(
            r[0], r[1], r[2], r[3], r[4], r[5], int(counts.get(r[0], 0)), aliases.get(r[0], [])
        )
        for r in rows
    ]


def find_actor(archive: Archive, name_or_alias: str) -> ActorInfo | None:
    """The actor named ``name_or_alias`` (exact name first, then any alias, folded)."""
    from desktop.core.util.textfold import fold_words

    folded = fold_words(name_or_alias)
    with archive.session() as session:
        actor_id = session.scalar(select(Actor.id).where(Actor.name == name_or_alias.strip()))
        if actor_id is None:
            ids = sorted(
                set(session.scalars(select(ActorAlias.actor_id).where(ActorAlias.folded == folded)))
            )
            if len(ids) > 1:
                raise LookupError(f"{name_or_alias!r} is an alias of several actors")
            actor_id = ids[0] if ids else None
    if actor_id is None:
        return None
    return next((a for a in list_actors(archive) if a.id == actor_id), None)


# --- filters (SQL conditions on Article) ---------------------------------------------


def has_objective(number: int) -> ColumnElement[bool]:
    return exists().where(
        ArticleObjective.article_id == Article.id, ArticleObjective.objective_number == number
    )


def has_actor(actor_id: int) -> ColumnElement[bool]:
    return exists().where(ArticleActor.article_id == Article.id, ArticleActor.actor_id == actor_id)


def untagged() -> ColumnElement[bool]:
    """Articles with neither an objective nor an actor."""
    return ~exists().where(ArticleObjective.article_id == Article.id) & ~exists().where(
        ArticleActor.article_id == Article.id
    )


def needs_review() -> ColumnElement[bool]:
    return Article.review_status == ReviewStatus.NEEDS_REVIEW


def article_ids(archive: Archive, condition: ColumnElement[bool]) -> list[int]:
    """Ids of the articles matching ``condition``, newest first."""
    with archive.session() as session:
        stmt = (
            select(Article.id)
            .where(condition)
            .order_by(Article.created_at.desc(), Article.id.desc())
        )
        return list(session.scalars(stmt))


def untagged_count(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.count(Article.id)).where(untagged())) or 0)


def needs_review_count(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.count(Article.id)).where(needs_review())) or 0)
