"""Every actor-registry edit undoes to exactly the rows before it and redoes to exactly after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.archive.session import Archive
from desktop.core.operations.changes import ACTORS, TAGS
from desktop.core.operations.undo import UndoStack
from desktop.core.tagging import actor_edits, edits
from desktop.core.tagging.queries import find_actor, list_actors
from desktop.db.models import Actor, ActorAlias, ArticleActor, AuditEntry, SuggestionDecision
from desktop.i18n import N_


def registry_rows(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the registry and of what points at actors, column by column."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with archive.session() as session:
        for model in (Actor, ActorAlias, ArticleActor, SuggestionDecision):
            columns = [c.key for c in model.__table__.columns]
            rows = session.scalars(select(model)).all()
            out[model.__tablename__] = sorted(
                (tuple(getattr(r, c) for c in columns) for r in rows), key=repr
            )
    return out


def _ids(archive: Archive, n: int = 3) -> list[int]:
    from desktop.core.archive.articles import list_rows

    return sorted(r.id for r in list_rows(archive))[:n]


def _two_actors(archive: Archive) -> tuple[int, int, list[int]]:
    """Two tagged actors with aliases and a decision, for the edits to work on."""
    articles = _ids(archive)
    a = actor_edits.add_actor(archive, "Test Agency", "government", "vn", "a role", [("TA", "")])
    b = actor_edits.add_actor(archive, "Other Agency", aliases=[("Autre agence", "fr")])
    assert a.value is not None and b.value is not None
    edits.tag_articles(archive, articles[:2], actor_ids=[a.value])
    edits.tag_articles(archive, articles[1:], actor_ids=[b.value])
    edits.reject_suggestion(archive, articles[0], "actor", str(b.value))
    return a.value, b.value, articles


def _alias_id(archive: Archive, actor: int, text: str) -> int:
    info = {x.id: x for x in list_actors(archive)}[actor]
    return next(i for i, alias, _lang in info.aliases if alias == text)


OPERATIONS: dict[str, Callable[[Archive, int, int, list[int]], Any]] = {
    "add": lambda ar, a, b, ids: actor_edits.add_actor(
        ar, "New Body", "person", aliases=[("NB", "")]
    ),
    "accept new": lambda ar, a, b, ids: actor_edits.accept_new_actor(ar, ids[2], "Trần Thị Mới"),
    "edit": lambda ar, a, b, ids: actor_edits.update_actor(
        ar, a, [("name", "Renamed Agency"), ("country", "th"), ("notes", "n")]
    ),
    "rename": lambda ar, a, b, ids: actor_edits.rename_actor(ar, a, "Agency Renamed"),
    "alias add": lambda ar, a, b, ids: actor_edits.add_alias(ar, a, "Cơ quan Thử", "vi"),
    "alias remove": lambda ar, a, b, ids: actor_edits.remove_alias(ar, _alias_id(ar, a, "TA")),
    "merge": lambda ar, a, b, ids: actor_edits.merge_actors(ar, b, a),
    "delete": lambda ar, a, b, ids: actor_edits.delete_actor(ar, b),
}
LABELS = {
    "add": "Add actor",
    "accept new": "Accept suggested actor",
    "edit": "Edit actor",
    "rename": "Rename actor",
    "alias add": "Add alias",
    "alias remove": "Remove alias",
    "merge": "Merge actors",
    "delete": "Delete actor",
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_undo_and_redo_restore_every_row(seeded_archive: Archive, name: str) -> None:
    a, b, ids = _two_actors(seeded_archive)
    before = registry_rows(seeded_archive)
    result = OPERATIONS[name](seeded_archive, a, b, ids)
    assert result.undo is not None and result.undo.label == N_(LABELS[name])
    assert result.changes.touches(ACTORS)
    after = registry_rows(seeded_archive)
    assert after != before
    stack = UndoStack(seeded_archive)
    stack.push(result)
    stack.undo()
    assert registry_rows(seeded_archive) == before
    stack.redo()
    assert registry_rows(seeded_archive) == after
    stack.undo()
    assert registry_rows(seeded_archive) == before


def test_merge_moves_tags_aliases_and_decisions(seeded_archive: Archive) -> None:
    a, b, ids = _two_actors(seeded_archive)
    result = actor_edits.merge_actors(seeded_archive, b, a)
    assert result.changes.touches(TAGS) and set(result.changes.articles) == set(ids[1:])
    merged = {x.id: x for x in list_actors(seeded_archive)}
    assert b not in merged
    assert {"Other Agency", "Autre agence", "TA", "Test Agency"} == {
        alias for _i, alias, _l in merged[a].aliases
    }
    assert find_actor(seeded_archive, "autre agence").id == a  # type: ignore[union-attr]
    with seeded_archive.session() as s:
        tagged = set(s.scalars(select(ArticleActor.article_id).where(ArticleActor.actor_id == a)))
        decision = s.scalar(
            select(SuggestionDecision.key).where(SuggestionDecision.article_id == ids[0])
        )
    assert tagged == set(ids) and decision == str(a)


def test_alias_already_there_changes_nothing_and_leaves_no_undo(seeded_archive: Archive) -> None:
    a, _b, _ids = _two_actors(seeded_archive)
    before = registry_rows(seeded_archive)
    result = actor_edits.add_alias(seeded_archive, a, "  ta ")
    assert result.undo is None and not result.changes
    assert registry_rows(seeded_archive) == before


def test_refusals_change_nothing(seeded_archive: Archive) -> None:
    a, b, _ids = _two_actors(seeded_archive)
    before = registry_rows(seeded_archive)
    with pytest.raises(ValueError, match="already exists"):
        actor_edits.rename_actor(seeded_archive, a, "Other Agency")
    with pytest.raises(ValueError, match="kind"):
        actor_edits.update_actor(seeded_archive, a, [("kind", "alien")])
    with pytest.raises(ValueError, match="itself"):
        actor_edits.merge_actors(seeded_archive, a, a)
    with pytest.raises(LookupError):
        actor_edits.delete_actor(seeded_archive, 999_999)
    with pytest.raises(LookupError):
        actor_edits.remove_alias(seeded_archive, 999_999)
    assert registry_rows(seeded_archive) == before


def test_every_edit_and_its_undo_is_audited(seeded_archive: Archive) -> None:
    a, _b, _ids = _two_actors(seeded_archive)
    stack = UndoStack(seeded_archive)
    stack.push(actor_edits.rename_actor(seeded_archive, a, "Audited Agency"))
    stack.undo()
    stack.redo()
    with seeded_archive.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(3)).all()
    assert [e.action for e in last] == ["edit_actor", "undo_edit_actor", "edit_actor"]
    assert last[1].details["label"] == "Rename actor"
    assert last[2].details == {"old": {"name": "Test Agency"}, "new": {"name": "Audited Agency"}}


def test_accepting_a_new_person_keeps_the_role_the_text_gave(seeded_archive: Archive) -> None:
    article = _ids(seeded_archive, 1)[0]
    result = actor_edits.accept_new_actor(
        seeded_archive, article, "Nguyễn Thị Thử", "person", role="Phó Cục trưởng Cục Thử nghiệm"
    )
    info = {x.id: x for x in list_actors(seeded_archive)}[result.value]
    assert (info.kind, info.role) == ("person", "Phó Cục trưởng Cục Thử nghiệm")
    with seeded_archive.session() as session:
        tagged = session.scalars(
            select(ArticleActor.actor_id).where(ArticleActor.article_id == article)
        )
        assert result.value in set(tagged)
