"""Tag edits undo to exactly the rows before them, and the learned terms follow every step."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.core.archive.articles import list_rows
from desktop.core.archive.session import Archive
from desktop.core.operations.undo import UndoStack
from desktop.core.tagging import edits, learning
from desktop.core.tagging.service import cache_key
from desktop.db.models import ArticleActor, ArticleObjective, AuditEntry, SuggestionDecision


def tag_rows(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with archive.session() as session:
        for model in (ArticleObjective, ArticleActor, SuggestionDecision):
            columns = [c.key for c in model.__table__.columns]
            rows = session.scalars(select(model)).all()
            out[model.__tablename__] = sorted(
                (tuple(getattr(r, c) for c in columns) for r in rows), key=repr
            )
    return out


def _counts(value: Any) -> Any:
    """The model's counts without zero entries (removing a tag leaves them behind)."""
    if isinstance(value, dict):
        kept = {k: _counts(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (0, {})}
    return value


def learned_and_rebuilt(archive: Archive) -> tuple[dict[str, Any], dict[str, Any]]:
    with archive.session() as session:
        learned = learning.load(session, cache_key(archive)).to_json()
    with archive.session() as session:
        rebuilt = learning.rebuild(session, "scratch").to_json()
        session.rollback()  # the archive keeps its own model
    return _counts(learned), _counts(rebuilt)


def test_every_step_of_undo_and_redo(seeded_archive: Archive) -> None:
    ids = sorted(r.id for r in list_rows(seeded_archive))
    stack = UndoStack(seeded_archive)
    states = [tag_rows(seeded_archive)]
    for edit in (
        lambda: edits.tag_articles(seeded_archive, ids[:3], [10, 23]),
        lambda: edits.accept_objective(seeded_archive, ids[3], 7, 0.8),
        lambda: edits.tag_articles(seeded_archive, ids[:1], [10], remove=True),
        lambda: edits.reject_suggestion(seeded_archive, ids[1], "objective", "23"),
    ):
        result = edit()
        assert result.undo is not None and result.value
        stack.push(result)
        states.append(tag_rows(seeded_archive))
    assert len({repr(s) for s in states}) == len(states)  # every edit changed something
    position = len(states) - 1
    for step in ("undo", "undo", "redo", "undo", "undo", "undo", "redo", "redo", "redo"):
        getattr(stack, step)()
        position += -1 if step == "undo" else 1
        assert tag_rows(seeded_archive) == states[position], (step, position)
        learned, rebuilt = learned_and_rebuilt(seeded_archive)
        assert learned == rebuilt, (step, position)


def test_nothing_to_do_leaves_no_undo(seeded_archive: Archive) -> None:
    ids = sorted(r.id for r in list_rows(seeded_archive))
    result = edits.tag_articles(seeded_archive, ids[:1], [5], remove=True)
    assert result.undo is None and result.value == 0


def test_undo_and_redo_are_audited_as_such(seeded_archive: Archive) -> None:
    ids = sorted(r.id for r in list_rows(seeded_archive))
    stack = UndoStack(seeded_archive)
    stack.push(edits.tag_articles(seeded_archive, ids[:2], [4]))
    stack.undo()
    stack.redo()
    with seeded_archive.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-4:] == ["tag", "tag", "undo_tag", "tag"]  # one entry per article, then one each
