"""Tag suggestions on the development corpus hold the goals of the evaluation scorer.

Figures come from ``tests/dev_corpus.py`` (the scorer's own counting, through the CLI); the
assertion messages list every mismatch, so a failure says which article went wrong.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.dev_corpus import TRUTH, Figures, cli_json, fold, metadata_figures, same_name
from tests.dev_corpus import suggestion_figures as compute_suggestions

SUGGESTION_THRESHOLD = 0.3  # desktop.core.tagging.objectives_match.SUGGESTION_THRESHOLD


@pytest.fixture(scope="module")
def figures(dev_corpus_archive: Any) -> Figures:
    archive, report, rows = dev_corpus_archive
    return compute_suggestions(archive, metadata_figures(report, rows))


@pytest.fixture(scope="module")
def suggestions(dev_corpus_archive: Any) -> dict[str, Any]:
    archive, _report, rows = dev_corpus_archive
    return {
        name: cli_json(archive, "suggest-tags", str(row["id"]))
        for name, row in rows.items()
        if name in {a["file"] for a in TRUTH["articles"]}
    }


def _mismatches(fig: Figures, kind: str) -> str:
    return "\n".join(m for m in fig.mismatches if m.startswith(kind))


def test_core_objectives_are_in_the_top_five(figures: Figures) -> None:
    assert figures.core_top5 >= 0.95 * figures.core_total, _mismatches(figures, "objective")


def test_actors_taking_part_are_found(figures: Figures) -> None:
    assert figures.actors_found >= 0.95 * figures.actors_total, _mismatches(figures, "actor")


def test_at_most_one_suggested_actor_beyond_the_truth_per_article(
    suggestions: dict[str, Any],
) -> None:
    """Beyond the truth and what the curators call borderline (``actors_also_acceptable``)."""
    directory = {fold(e["name"]): e for e in TRUTH["actor_directory"]}
    beyond: dict[str, list[str]] = {}
    for article in TRUTH["articles"]:
        forms: set[str] = set()
        for actor in [*article["actors"], *article.get("actors_also_acceptable", [])]:
            entry = directory.get(fold(actor), {"name": actor})
            forms |= {fold(entry["name"])} | {fold(x) for x in entry.get("aliases", [])}
        names = [fold(a["name"]) for a in suggestions[article["file"]]["actors"]]
        extra = [n for n in names if not any(same_name(f, n) for f in forms)]
        if len(extra) > 1:
            beyond[article["file"]] = extra
    assert beyond == {}


def test_new_people_are_proposed_with_their_role_in_every_language(
    suggestions: dict[str, Any],
) -> None:
    roles: dict[str, int] = {}
    for article in TRUTH["articles"]:
        new = [a for a in suggestions[article["file"]]["actors"] if not a["known"]]
        roles[article["language"]] = roles.get(article["language"], 0) + sum(
            bool(a["role"]) for a in new
        )
    assert set(roles) == {"vi", "fr", "en", "ms", "es", "id"}
    assert all(n > 0 for n in roles.values()), roles


def test_articles_about_something_else_get_no_objective(suggestions: dict[str, Any]) -> None:
    off_topic = [a["file"] for a in TRUTH["articles"] if not a["gcm_objectives"]]
    assert off_topic
    for name in off_topic:
        scores = [o["score"] for o in suggestions[name]["objectives"]]
        assert all(s < SUGGESTION_THRESHOLD for s in scores), (name, scores)
