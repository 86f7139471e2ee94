"""Tagging articles: tag, untag, accept and reject suggestions, one article or many.

Every operation is a :class:`TagEdit` (data) whose ``apply`` returns an
:class:`~desktop.core.changes.OpResult` carrying the inverse edit, writes one audit
entry per article with the curator, and keeps the learned term model in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.archive import Archive
from desktop.core.changes import TAGS, Changes, OpResult
from desktop.core.tagging import learning
from desktop.core.tagging.service import ACCEPTED, REJECTED, cache_key
from desktop.db.models import (
    Actor,
    Article,
    ArticleActor,
    ArticleObjective,
    SuggestionDecision,
    utcnow,
)
from desktop.i18n import N_

OBJECTIVE, ACTOR, NEW_ACTOR = "objective", "actor", "new_actor"


@dataclass(frozen=True)
class ObjectiveLink:
    article_id: int
    number: int
    created_by: int | None = None
    created_at: dt.datetime | None = None
    from_suggestion: bool = False
    score: float | None = None


@dataclass(frozen=True)
class ActorLink:
    article_id: int
    actor_id: int
    created_by: int | None = None
    created_at: dt.datetime | None = None
    from_suggestion: bool = False
    score: float | None = None


@dataclass(frozen=True)
class DecisionRow:
    article_id: int
    kind: str
    key: str
    decision: str
    curator_id: int | None = None
    at: dt.datetime | None = None


@dataclass
class TagEdit:
    """Add/remove objective and actor links and suggestion decisions, as one edit."""

    label: str
    action: str = "tag"
    add_objectives: tuple[ObjectiveLink, ...] = ()
    remove_objectives: tuple[tuple[int, int], ...] = ()
    add_actors: tuple[ActorLink, ...] = ()
    remove_actors: tuple[tuple[int, int], ...] = ()
    set_decisions: tuple[DecisionRow, ...] = ()
    clear_decisions: tuple[tuple[int, str, str], ...] = ()
    extra_changes: Changes = field(default_factory=Changes)

    def articles(self) -> set[int]:
        ids = {link.article_id for link in self.add_objectives}
        ids |= {a for a, _ in self.remove_objectives}
        ids |= {link.article_id for link in self.add_actors}
        ids |= {a for a, _ in self.remove_actors}
        ids |= {d.article_id for d in self.set_decisions}
        ids |= {a for a, _, _ in self.clear_decisions}
        return ids

    def apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            return self.apply_in(session, archive)

    def apply_in(self, session: Session, archive: Archive) -> OpResult[int]:
        ids = sorted(self.articles())
        _check_articles(session, ids)
        _check_actors(session, {link.actor_id for link in self.add_actors})
        before = learning.snapshot(session, ids)
        inverse = TagEdit(self.label, _inverse_action(self.action))
        details: dict[int, dict[str, list[Any]]] = {i: {} for i in ids}
        curator = archive.curator_id
        now = utcnow()
        inv_remove_obj: list[tuple[int, int]] = []
        for link in self.add_objectives:
            if session.get(ArticleObjective, (link.article_id, link.number)) is not None:
                continue
            session.add(
                ArticleObjective(
                    article_id=link.article_id,
                    objective_number=link.number,
                    created_by=link.created_by if link.created_at else curator,
                    created_at=link.created_at or now,
                    from_suggestion=link.from_suggestion,
                    score=link.score,
                )
            )
            inv_remove_obj.append((link.article_id, link.number))
            details[link.article_id].setdefault("added_objectives", []).append(link.number)
        inv_add_obj: list[ObjectiveLink] = []
        for article_id, number in self.remove_objectives:
            row = session.get(ArticleObjective, (article_id, number))
            if row is None:
                continue
            inv_add_obj.append(
                ObjectiveLink(
                    article_id,
                    number,
                    row.created_by,
                    row.created_at,
                    row.from_suggestion,
                    row.score,
                )
            )
            session.delete(row)
            details[article_id].setdefault("removed_objectives", []).append(number)
        inv_remove_act: list[tuple[int, int]] = []
        for alink in self.add_actors:
            if session.get(ArticleActor, (alink.article_id, alink.actor_id)) is not None:
                continue
            session.add(
                ArticleActor(
                    article_id=alink.article_id,
                    actor_id=alink.actor_id,
                    created_by=alink.created_by if alink.created_at else curator,
                    created_at=alink.created_at or now,
                    from_suggestion=alink.from_suggestion,
                    score=alink.score,
                )
            )
            inv_remove_act.append((alink.article_id, alink.actor_id))
            details[alink.article_id].setdefault("added_actors", []).append(alink.actor_id)
        inv_add_act: list[ActorLink] = []
        for article_id, actor_id in self.remove_actors:
            arow = session.get(ArticleActor, (article_id, actor_id))
            if arow is None:
                continue
            inv_add_act.append(
                ActorLink(
                    article_id,
                    actor_id,
                    arow.created_by,
                    arow.created_at,
                    arow.from_suggestion,
                    arow.score,
                )
            )
            session.delete(arow)
            details[article_id].setdefault("removed_actors", []).append(actor_id)
        inv_set, inv_clear = _apply_decisions(session, self, curator, now, details)
        session.flush()
        for article_id, info in details.items():
            if info:
                audit.record(session, curator, self.action, "article", article_id, info)
        learning.update(session, cache_key(archive), before)
        inverse.add_objectives = tuple(inv_add_obj)
        inverse.remove_objectives = tuple(inv_remove_obj)
        inverse.add_actors = tuple(inv_add_act)
        inverse.remove_actors = tuple(inv_remove_act)
        inverse.set_decisions = tuple(inv_set)
        inverse.clear_decisions = tuple(inv_clear)
        inverse.extra_changes = self.extra_changes
        changed = sum(1 for info in details.values() if info)
        return OpResult(Changes.of(TAGS, articles=ids) | self.extra_changes, inverse, changed)


def _apply_decisions(
    session: Session,
    edit: TagEdit,
    curator: int,
    now: dt.datetime,
    details: dict[int, dict[str, list[Any]]],
) -> tuple[list[DecisionRow], list[tuple[int, str, str]]]:
    inv_set: list[DecisionRow] = []
    inv_clear: list[tuple[int, str, str]] = []
    for d in edit.set_decisions:
        row = _decision(session, d.article_id, d.kind, d.key)
        if row is None:
            session.add(
                SuggestionDecision(
                    article_id=d.article_id,
                    kind=d.kind,
                    key=d.key,
                    decision=d.decision,
                    curator_id=d.curator_id if d.at else curator,
                    at=d.at or now,
                )
            )
            inv_clear.append((d.article_id, d.kind, d.key))
        else:
            inv_set.append(
                DecisionRow(row.article_id, row.kind, row.key, row.decision, row.curator_id, row.at)
            )
            row.decision = d.decision
            row.curator_id = d.curator_id if d.at else curator
            row.at = d.at or now
        details[d.article_id].setdefault("decisions", []).append([d.kind, d.key, d.decision])
    for article_id, kind, key in edit.clear_decisions:
        row = _decision(session, article_id, kind, key)
        if row is None:
            continue
        inv_set.append(
            DecisionRow(row.article_id, row.kind, row.key, row.decision, row.curator_id, row.at)
        )
        session.delete(row)
        details[article_id].setdefault("cleared_decisions", []).append([kind, key])
    return inv_set, inv_clear


def _decision(session: Session, article_id: int, kind: str, key: str) -> SuggestionDecision | None:
    stmt = select(SuggestionDecision).where(
        SuggestionDecision.article_id == article_id,
        SuggestionDecision.kind == kind,
        SuggestionDecision.key == key,
    )
    return session.scalar(stmt)


def _inverse_action(action: str) -> str:
    return action[len("undo_") :] if action.startswith("undo_") else f"undo_{action}"


def _check_articles(session: Session, ids: Sequence[int]) -> None:
    if not ids:
        return
    found = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
    missing = sorted(set(ids) - found)
    if missing:
        raise LookupError(f"no article with id {', '.join(map(str, missing))}")


def _check_actors(session: Session, ids: set[int]) -> None:
    if not ids:
        return
    found = set(session.scalars(select(Actor.id).where(Actor.id.in_(ids))))
    missing = sorted(ids - found)
    if missing:
        raise LookupError(f"no actor with id {', '.join(map(str, missing))}")


def _check_objectives(numbers: Iterable[int]) -> list[int]:
    out = sorted(set(numbers))
    bad = [n for n in out if not 1 <= n <= 23]
    if bad:
        raise ValueError(f"GCM objectives are numbered 1 to 23, not {bad[0]}")
    return out


# --- operations ----------------------------------------------------------------------


def tag_edit(
    article_ids: Iterable[int],
    objectives: Iterable[int] = (),
    actor_ids: Iterable[int] = (),
    *,
    remove: bool = False,
) -> TagEdit:
    """Tag (or with ``remove`` untag) every article with every objective and actor."""
    ids = sorted(set(article_ids))
    numbers = _check_objectives(objectives)
    actors = sorted(set(actor_ids))
    if remove:
        return TagEdit(
            N_("Untag articles"),
            "untag",
            remove_objectives=tuple((a, n) for a in ids for n in numbers),
            remove_actors=tuple((a, x) for a in ids for x in actors),
        )
    return TagEdit(
        N_("Tag articles"),
        "tag",
        add_objectives=tuple(ObjectiveLink(a, n) for a in ids for n in numbers),
        add_actors=tuple(ActorLink(a, x) for a in ids for x in actors),
    )


def tag_articles(
    archive: Archive,
    article_ids: Iterable[int],
    objectives: Iterable[int] = (),
    actor_ids: Iterable[int] = (),
    *,
    remove: bool = False,
) -> OpResult[int]:
    """Tag or untag articles in bulk; ``value`` is how many articles changed."""
    return tag_edit(article_ids, objectives, actor_ids, remove=remove).apply(archive)


def accept_objective(
    archive: Archive, article_id: int, number: int, score: float | None = None
) -> OpResult[int]:
    """Accept a suggested objective: tag it and remember the decision."""
    _check_objectives([number])
    edit = TagEdit(
        N_("Accept suggested objective"),
        "accept_suggestion",
        add_objectives=(ObjectiveLink(article_id, number, from_suggestion=True, score=score),),
        set_decisions=(DecisionRow(article_id, OBJECTIVE, str(number), ACCEPTED),),
    )
    return edit.apply(archive)


def accept_actor(
    archive: Archive, article_id: int, actor_id: int, score: float | None = None
) -> OpResult[int]:
    """Accept a suggested registry actor: tag it and remember the decision."""
    edit = TagEdit(
        N_("Accept suggested actor"),
        "accept_suggestion",
        add_actors=(ActorLink(article_id, actor_id, from_suggestion=True, score=score),),
        set_decisions=(DecisionRow(article_id, ACTOR, str(actor_id), ACCEPTED),),
    )
    return edit.apply(archive)


def reject_suggestion(archive: Archive, article_id: int, kind: str, key: str) -> OpResult[int]:
    """Reject a suggestion (kind objective/actor/new_actor): it will not come back.

    Rejecting something already tagged also removes the tag.
    """
    if kind not in (OBJECTIVE, ACTOR, NEW_ACTOR):
        raise ValueError(f"unknown suggestion kind {kind!r}")
    remove_obj: tuple[tuple[int, int], ...] = ()
    remove_act: tuple[tuple[int, int], ...] = ()
    if kind == OBJECTIVE:
        remove_obj = ((article_id, int(key)),)
    elif kind == ACTOR:
        remove_act = ((article_id, int(key)),)
    edit = TagEdit(
        N_("Reject suggestion"),
        "reject_suggestion",
        remove_objectives=remove_obj,
        remove_actors=remove_act,
        set_decisions=(DecisionRow(article_id, kind, key, REJECTED),),
    )
    return edit.apply(archive)
