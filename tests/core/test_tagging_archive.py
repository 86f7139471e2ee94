"""Tagging in an archive (SQLite and PostgreSQL): vocabularies, suggestions, edits, undo."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.archive.articles import articles_json
from desktop.core.archive.session import Archive, open_archive
from desktop.core.operations.undo import UndoStack
from desktop.core.tagging import actor_edits, edits
from desktop.core.tagging.queries import (
    article_ids,
    find_actor,
    has_actor,
    has_objective,
    list_actors,
    objective_counts,
    untagged,
)
from desktop.core.tagging.service import suggest_for_article
from desktop.core.util.textfold import fold_words
from desktop.db.models import Actor, ActorAlias, AuditEntry, Objective, SuggestionDecision

ROOT = Path(__file__).resolve().parents[2]
TRUTH = json.loads((ROOT / "tests" / "seeds_truth.json").read_text(encoding="utf-8"))


def seed_ids(archive: Archive) -> dict[str, int]:
    return {Path(a["source_path"]).name: a["id"] for a in articles_json(archive)}


def actor_id(archive: Archive, name: str) -> int:
    found = find_actor(archive, name)
    assert found is not None, name
    return found.id


def tags_of(archive: Archive, article: int) -> tuple[list[int], list[str]]:
    data = {a["id"]: a for a in articles_json(archive, [article])}[article]
    return sorted(data["objectives"]), sorted(data["actors"])


def test_vocabularies_are_loaded_once(archive: Archive) -> None:
    with archive.session() as s:
        assert s.scalar(select(func.count()).select_from(Objective)) == 23
        actors = s.scalar(select(func.count()).select_from(Actor))
        aliases = s.scalar(select(func.count()).select_from(ActorAlias))
        assert actors and actors >= 40 and aliases and aliases > actors
    again = open_archive(archive.location, curator="someone else")
    try:
        with again.session() as s:
            assert s.scalar(select(func.count()).select_from(Actor)) == actors
            assert s.scalar(select(func.count()).select_from(ActorAlias)) == aliases
    finally:
        again.close()


def test_seed_suggestions_meet_the_goals(seeded_archive: Archive) -> None:
    for name, article_id in seed_ids(seeded_archive).items():
        truth = TRUTH["articles"][name]
        result = suggest_for_article(seeded_archive, article_id)
        assert result is not None
        top5 = [o.number for o in result.objectives[:5]]
        assert set(truth["objectives_core"]) <= set(top5), (name, top5)
        # people are not in the shipped registry: they are proposed as new actors
        found = {fold_words(a.name) for a in result.actors}
        hits = sum(fold_words(a) in found for a in truth["actors"])
        # all but one: a body only cited as a law's author is not suggested (see the engine test)
        assert hits >= len(truth["actors"]) - 1, (name, sorted(found))


def test_bulk_tag_untag_undo_and_audit(seeded_archive: Archive) -> None:
    ids = sorted(seed_ids(seeded_archive).values())
    iom, ilo = actor_id(seeded_archive, "IOM"), actor_id(seeded_archive, "OIT")
    stack = UndoStack(seeded_archive)
    result = edits.tag_articles(seeded_archive, ids[:3], [10, 23], [iom])
    stack.push(result)
    assert result.value == 3 and set(result.changes.articles) == set(ids[:3])
    assert article_ids(seeded_archive, has_objective(10)) == sorted(ids[:3], reverse=True)
    stack.push(edits.tag_articles(seeded_archive, ids[:3], [10], [ilo], remove=False))
    assert tags_of(seeded_archive, ids[0]) == ([10, 23], ["ILO", "IOM"])
    stack.push(edits.tag_articles(seeded_archive, [ids[0]], [10], [iom], remove=True))
    assert tags_of(seeded_archive, ids[0]) == ([23], ["ILO"])
    stack.undo()
    assert tags_of(seeded_archive, ids[0]) == ([10, 23], ["ILO", "IOM"])
    stack.undo()
    stack.undo()
    assert tags_of(seeded_archive, ids[0]) == ([], [])
    assert len(article_ids(seeded_archive, untagged())) == len(ids)
    stack.redo()
    assert tags_of(seeded_archive, ids[1]) == ([10, 23], ["IOM"])
    counts = {c.number: c.count for c in objective_counts(seeded_archive)}
    assert counts[10] == 3 and counts[1] == 0
    with seeded_archive.session() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "article")))
    actions = {e.action for e in entries}
    assert {"tag", "untag", "undo_tag"} <= actions
    assert all(e.curator_id == seeded_archive.curator_id for e in entries)


def test_rejected_suggestions_never_come_back(seeded_archive: Archive) -> None:
    article = seed_ids(seeded_archive)["001_b28986079c88c4a6.txt"]
    before = suggest_for_article(seeded_archive, article)
    assert before is not None
    assert 10 in [o.number for o in before.objectives]
    ilo = actor_id(seeded_archive, "ILO")
    stack = UndoStack(seeded_archive)
    stack.push(edits.reject_suggestion(seeded_archive, article, "objective", "10"))
    stack.push(edits.reject_suggestion(seeded_archive, article, "actor", str(ilo)))
    after = suggest_for_article(seeded_archive, article)
    assert after is not None
    assert 10 not in [o.number for o in after.objectives]
    assert "ILO" not in [a.name for a in after.actors]
    # even after tagging something else and reopening the archive
    edits.tag_articles(seeded_archive, [article], [5])
    reopened = open_archive(seeded_archive.location, curator="tester")
    try:
        again = suggest_for_article(reopened, article)
        assert again is not None and 10 not in [o.number for o in again.objectives]
        shown = suggest_for_article(reopened, article, include_rejected=True)
        assert shown is not None and 10 in [o.number for o in shown.objectives]
    finally:
        reopened.close()
    stack.undo()
    stack.undo()
    restored = suggest_for_article(seeded_archive, article)
    assert restored is not None and 10 in [o.number for o in restored.objectives]
    with seeded_archive.session() as s:
        assert s.scalar(select(func.count()).select_from(SuggestionDecision)) == 0


def test_accept_suggestions_and_new_actor(seeded_archive: Archive) -> None:
    article = seed_ids(seeded_archive)["003_3a143d96d60b21d0.txt"]
    edits.accept_objective(seeded_archive, article, 23, 0.9)
    edits.accept_actor(seeded_archive, article, actor_id(seeded_archive, "IOM"), 0.95)
    result = suggest_for_article(seeded_archive, article)
    assert result is not None
    assert [o.tagged for o in result.objectives if o.number == 23] == [True]
    assert [a.tagged for a in result.actors if a.name == "IOM"] == [True]

    stack = UndoStack(seeded_archive)
    stack.push(actor_edits.accept_new_actor(seeded_archive, article, "Trần Văn Thử", "person"))
    assert find_actor(seeded_archive, "tran van thu") is not None
    assert "Trần Văn Thử" in tags_of(seeded_archive, article)[1]
    stack.undo()
    assert find_actor(seeded_archive, "Trần Văn Thử") is None
    assert "Trần Văn Thử" not in tags_of(seeded_archive, article)[1]
    stack.redo()
    assert "Trần Văn Thử" in tags_of(seeded_archive, article)[1]


def test_merge_keeps_every_tag_and_alias_and_undo_restores_both(seeded_archive: Archive) -> None:
    ids = sorted(seed_ids(seeded_archive).values())
    dup = actor_edits.add_actor(
        seeded_archive, "Intl Org for Migration", aliases=[("I.O.M. Vietnam", "en")]
    ).value
    assert dup is not None
    iom = actor_id(seeded_archive, "IOM")
    edits.tag_articles(seeded_archive, ids[:2], actor_ids=[dup])
    edits.tag_articles(seeded_archive, ids[1:3], actor_ids=[iom])
    edits.reject_suggestion(seeded_archive, ids[4], "actor", str(dup))
    aliases_before = {a.id: a.aliases for a in list_actors(seeded_archive)}
    stack = UndoStack(seeded_archive)
    stack.push(actor_edits.merge_actors(seeded_archive, dup, iom))
    assert find_actor(seeded_archive, "Intl Org for Migration").id == iom  # type: ignore[union-attr]
    assert sorted(article_ids(seeded_archive, has_actor(iom))) == ids[:3]
    merged = {a.id: a for a in list_actors(seeded_archive)}[iom]
    assert {"Intl Org for Migration", "I.O.M. Vietnam"} <= {a for _, a, _ in merged.aliases}
    with seeded_archive.session() as s:
        assert s.scalar(
            select(SuggestionDecision.key).where(SuggestionDecision.article_id == ids[4])
        ) == str(iom)

    stack.undo()
    after = {a.id: a.aliases for a in list_actors(seeded_archive)}
    assert after == aliases_before
    assert sorted(article_ids(seeded_archive, has_actor(dup))) == ids[:2]
    assert sorted(article_ids(seeded_archive, has_actor(iom))) == ids[1:3]
    with seeded_archive.session() as s:
        assert s.scalar(
            select(SuggestionDecision.key).where(SuggestionDecision.article_id == ids[4])
        ) == str(dup)
    stack.redo()
    assert sorted(article_ids(seeded_archive, has_actor(iom))) == ids[:3]


def test_rename_edit_alias_and_delete_are_undoable(archive: Archive) -> None:
    stack = UndoStack(archive)
    new = actor_edits.add_actor(archive, "Test Body", "government", "vn", "a role").value
    assert new is not None
    stack.push(actor_edits.rename_actor(archive, new, "Renamed Body"))
    assert find_actor(archive, "Test Body").name == "Renamed Body"  # type: ignore[union-attr]
    stack.push(actor_edits.add_alias(archive, new, "Cơ quan Thử", "vi"))
    assert find_actor(archive, "co quan thu").id == new  # type: ignore[union-attr]
    stack.push(actor_edits.delete_actor(archive, new))
    assert find_actor(archive, "Renamed Body") is None
    stack.undo()
    restored = find_actor(archive, "Renamed Body")
    assert restored is not None and restored.country == "VN" and restored.role == "a role"
    stack.undo()
    stack.undo()
    assert find_actor(archive, "Test Body").name == "Test Body"  # type: ignore[union-attr]
    assert find_actor(archive, "Cơ quan Thử") is None


def test_tagged_articles_teach_later_suggestions(sqlite_archive: Archive) -> None:
    from desktop.core.importing.run import import_paths

    tmp = Path(sqlite_archive.location).parent / "learn"
    tmp.mkdir()
    topic = "Les saisonniers agricoles du programme Tomatex reçoivent un badge Tomatex."
    for i in range(5):
        (tmp / f"t{i}.txt").write_text(
            f"Article {i} sur les récoltes. {topic} Numéro {i} {'x' * i}.", encoding="utf-8"
        )
    (tmp / "new.txt").write_text("Nouvelle saison: le badge Tomatex arrive.", encoding="utf-8")
    import_paths(sqlite_archive, [tmp])
    ids = {Path(a["source_path"]).name: a["id"] for a in articles_json(sqlite_archive)}
    fresh = suggest_for_article(sqlite_archive, ids["new.txt"])
    assert fresh is not None and 18 not in [o.number for o in fresh.objectives]
    edits.tag_articles(sqlite_archive, [ids[f"t{i}.txt"] for i in range(5)], [18])
    learned = suggest_for_article(sqlite_archive, ids["new.txt"])
    assert learned is not None
    eighteen = [o for o in learned.objectives if o.number == 18]
    assert eighteen and any("tomatex" in e.text.lower() for e in eighteen[0].evidence)
    edits.tag_articles(sqlite_archive, [ids[f"t{i}.txt"] for i in range(5)], [18], remove=True)
    forgotten = suggest_for_article(sqlite_archive, ids["new.txt"])
    assert forgotten is not None and 18 not in [o.number for o in forgotten.objectives]


def test_a_new_release_brings_new_aliases_once(sqlite_archive: Archive) -> None:
    from desktop.core.tagging.vocab import REGISTRY_KEY, ensure_actors
    from desktop.db.models import ArchiveSetting

    iom = actor_id(sqlite_archive, "IOM")
    with sqlite_archive.session() as session, session.begin():
        for alias in session.scalars(select(ActorAlias).where(ActorAlias.actor_id == iom)):
            if alias.alias == "OIM":
                session.delete(alias)  # as if an older release lacked it
        setting = session.get(ArchiveSetting, REGISTRY_KEY)
        assert setting is not None
        setting.value = {"names": setting.value["names"]}  # made before aliases were offered
    with sqlite_archive.session() as session, session.begin():
        assert ensure_actors(session) == 0
    assert find_actor(sqlite_archive, "OIM").id == iom  # type: ignore[union-attr]
    with sqlite_archive.session() as session, session.begin():  # the curator removes it
        for alias in session.scalars(select(ActorAlias).where(ActorAlias.actor_id == iom)):
            if alias.alias == "OIM":
                session.delete(alias)
    with sqlite_archive.session() as session, session.begin():
        ensure_actors(session)
    assert find_actor(sqlite_archive, "OIM") is None  # the curator's removal holds


def test_the_demo_brings_its_people_and_the_registry_has_none(sqlite_archive: Archive) -> None:
    from desktop.core.importing.demo import add_demo_actors

    assert [a for a in list_actors(sqlite_archive) if a.kind == "person"] == []
    assert add_demo_actors(sqlite_archive) == 7
    assert add_demo_actors(sqlite_archive) == 0
    found = find_actor(sqlite_archive, "Phan Chí Thành")
    assert found is not None and found.kind == "person" and found.name == "Phan Chi Thanh"


def test_an_alias_a_release_withdraws_is_taken_from_older_archives(archive: Archive) -> None:
    """An older release filed "KP2MI" under BP2MI; the new one under the ministry that
    succeeded it. The archive follows, and a curator's own alias stays."""
    from desktop.core.tagging.vocab import REGISTRY_KEY, ensure_actors
    from desktop.db.models import ArchiveSetting

    bp2mi = actor_id(archive, "Indonesian Migrant Workers Protection Agency (BP2MI)")
    with archive.session() as session, session.begin():
        bp = session.get(Actor, bp2mi)
        assert bp is not None
        for alias in ("KP2MI", "Badan P2MI lama"):
            bp.aliases.append(ActorAlias(alias=alias, folded=fold_words(alias), language="id"))
        setting = session.get(ArchiveSetting, REGISTRY_KEY)
        assert setting is not None
        offered = f"{bp.name}\u0000{fold_words('KP2MI')}"  # as the older release offered it
        setting.value = {**setting.value, "aliases": [*setting.value["aliases"], offered]}
    with archive.session() as session, session.begin():
        ensure_actors(session)
    with archive.session() as session:
        folded = set(session.scalars(select(ActorAlias.folded).where(ActorAlias.actor_id == bp2mi)))
    assert fold_words("KP2MI") not in folded
    assert fold_words("Badan P2MI lama") in folded  # the curator's
    found = find_actor(archive, "KP2MI")
    assert found is not None and found.name == "Ministry of Migrant Workers Protection (Indonesia)"
