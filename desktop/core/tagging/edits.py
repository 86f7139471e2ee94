"""Tagging articles: tag, untag, accept and reject suggestions, one article or many.

Every operation changes its rows through a :class:`~desktop.core.operations.undo.RowTracker`
(the undo edit restores them), writes one audit entry per article with the curator,
and keeps the learned term model in step, on undo and redo too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations import audit
from desktop.core.operations.changes import TAGS, Changes, OpResult
from desktop.core.operations.undo import RestoreRows, RowState, RowTracker
from desktop.core.tagging import learning
from desktop.core.tagging.service import ACCEPTED, REJECTED, cache_key
from desktop.db.models import (
    Actor,
    Article,
    ArticleActor,
    ArticleObjective,
    SuggestionDecision,
)
from desktop.i18n import N_

OBJECTIVE, ACTOR, NEW_ACTOR = "objective", "actor", "new_actor"
_OBJECTIVES = str(ArticleObjective.__tablename__)

Details = dict[int, dict[str, list[Any]]]


class _Edit:
    """The rows of one tag operation, with what it says about each article."""

    def __init__(self, session: Session, curator: int, ids: Sequence[int]) -> None:
        self.session = session
        self.curator = curator
        self.tracker = RowTracker(session)
        self.details: Details = {i: {} for i in ids}

    def _note(self, article_id: int, what: str, value: Any) -> None:
        self.details[article_id].setdefault(what, []).append(value)

    @staticmethod
    def _link(
        article_id: int, number: int | None, actor_id: int | None
    ) -> tuple[type[ArticleObjective | ArticleActor], dict[str, int], str, int]:
        if number is not None:
            key = {"article_id": article_id, "objective_number": number}
            return ArticleObjective, key, "objectives", number
        assert actor_id is not None
        return ArticleActor, {"article_id": article_id, "actor_id": actor_id}, "actors", actor_id

    def tag(self, article_id: int, number: int | None = None, actor_id: int | None = None,
            *, from_suggestion: bool = False, score: float | None = None) -> None:  # fmt: skip
        model, key, what, value = self._link(article_id, number, actor_id)
        if self.session.get(model, tuple(key.values())) is None:
            link = model(
                **key, created_by=self.curator, from_suggestion=from_suggestion, score=score
            )
            self.tracker.add(link)
            self._note(article_id, f"added_{what}", value)

    def untag(
        self, article_id: int, number: int | None = None, actor_id: int | None = None
    ) -> None:
        model, key, what, value = self._link(article_id, number, actor_id)
        row = self.session.get(model, tuple(key.values()))
        if row is not None:
            self.tracker.delete(row)
            self._note(article_id, f"removed_{what}", value)

    def decide(self, article_id: int, kind: str, key: str, decision: str) -> None:
        row = self.session.scalar(
            select(SuggestionDecision).where(
                SuggestionDecision.article_id == article_id,
                SuggestionDecision.kind == kind,
                SuggestionDecision.key == key,
            )
        )
        if row is None:
            self.tracker.add(
                SuggestionDecision(
                    article_id=article_id,
                    kind=kind,
                    key=key,
                    decision=decision,
                    curator_id=self.curator,
                )
            )
        else:
            self.tracker.keep(row)
            row.decision, row.curator_id = decision, self.curator
        self._note(article_id, "decisions", [kind, key, decision])


def _tag_op(
    archive: Archive,
    label: str,
    action: str,
    ids: Iterable[int],
    body: Callable[[_Edit], None],
    actor_ids: Iterable[int] = (),
) -> OpResult[int]:
    """Run ``body`` on the articles ``ids``; ``value`` is how many of them changed."""
    ids = sorted(set(ids))
    with archive.session() as session, session.begin():
        _check_articles(session, ids)
        _check_actors(session, set(actor_ids))
        before = learning.snapshot(session, ids)
        edit = _Edit(session, archive.curator_id, ids)
        body(edit)
        session.flush()
        for article_id, info in edit.details.items():
            if info:
                audit.record(session, archive.curator_id, action, "article", article_id, info)
        learning.update(session, cache_key(archive), before)
    changes = Changes.of(TAGS, articles=ids)
    changed = sum(1 for info in edit.details.values() if info)
    undo = RestoreRows(label, edit.tracker.before, changes, "article", action, restored=_retally)
    return OpResult(changes, undo if edit.tracker.before else None, changed)


def _retally(session: Session, archive: Archive, replaced: RowState, restored: RowState) -> None:
    """After an undo or redo, account for the objectives it put back or took away."""
    keys = [k for k in restored if k[0] == _OBJECTIVES]
    ids = sorted({k[1][0] for k in keys})
    before = learning.snapshot(session, ids)  # already restored: walk it back
    for key in keys:
        article_id, number = key[1]
        if restored[key] is None and replaced.get(key) is not None:
            before[article_id].add(number)
        elif restored[key] is not None and replaced.get(key) is None:
            before[article_id].discard(number)
    learning.update(session, cache_key(archive), before)


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


def tag_articles(
    archive: Archive,
    article_ids: Iterable[int],
    objectives: Iterable[int] = (),
    actor_ids: Iterable[int] = (),
    *,
    remove: bool = False,
) -> OpResult[int]:
    """Tag (or with ``remove`` untag) every article with every objective and actor;
    ``value`` is how many articles changed."""
    ids = sorted(set(article_ids))
    numbers = _check_objectives(objectives)
    actors = sorted(set(actor_ids))

    def body(edit: _Edit) -> None:
        change = edit.untag if remove else edit.tag
        for article_id in ids:
            for number in numbers:
                change(article_id, number)
            for actor_id in actors:
                change(article_id, actor_id=actor_id)

    if remove:
        return _tag_op(archive, N_("Untag articles"), "untag", ids, body)
    return _tag_op(archive, N_("Tag articles"), "tag", ids, body, actors)


def accept_objective(
    archive: Archive, article_id: int, number: int, score: float | None = None
) -> OpResult[int]:
    """Accept a suggested objective: tag it and remember the decision."""
    _check_objectives([number])

    def body(edit: _Edit) -> None:
        edit.tag(article_id, number, from_suggestion=True, score=score)
        edit.decide(article_id, OBJECTIVE, str(number), ACCEPTED)

    label = N_("Accept suggested objective")
    return _tag_op(archive, label, "accept_suggestion", [article_id], body)


def accept_actor(
    archive: Archive, article_id: int, actor_id: int, score: float | None = None
) -> OpResult[int]:
    """Accept a suggested registry actor: tag it and remember the decision."""

    def body(edit: _Edit) -> None:
        edit.tag(article_id, actor_id=actor_id, from_suggestion=True, score=score)
        edit.decide(article_id, ACTOR, str(actor_id), ACCEPTED)

    label = N_("Accept suggested actor")
    return _tag_op(archive, label, "accept_suggestion", [article_id], body, [actor_id])


def reject_suggestion(archive: Archive, article_id: int, kind: str, key: str) -> OpResult[int]:
    """Reject a suggestion (kind objective/actor/new_actor): it will not come back.

    Rejecting something already tagged also removes the tag.
    """
    if kind not in (OBJECTIVE, ACTOR, NEW_ACTOR):
        raise ValueError(f"unknown suggestion kind {kind!r}")

    def body(edit: _Edit) -> None:
        if kind == OBJECTIVE:
            edit.untag(article_id, int(key))
        elif kind == ACTOR:
            edit.untag(article_id, actor_id=int(key))
        edit.decide(article_id, kind, key, REJECTED)

    return _tag_op(archive, N_("Reject suggestion"), "reject_suggestion", [article_id], body)
