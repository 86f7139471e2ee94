"""Suggestions for an article of an archive: the engine plus the archive's memory.

Rejected suggestions never come back (``suggestion_decisions``), suggestions already
applied are flagged ``tagged``, and the terms learned from the archive's tagged
articles add to the objective scores.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.tagging import learning
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.model import Suggestions
from desktop.core.tagging.registry import compiled_registry
from desktop.db.models import (
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    SuggestionDecision,
)

REJECTED, ACCEPTED = "rejected", "accepted"


def cache_key(archive: Archive) -> str:
    return archive.location


def decisions_of(session: Session, article_id: int) -> dict[tuple[str, str], str]:
    stmt = select(SuggestionDecision.kind, SuggestionDecision.key, SuggestionDecision.decision)
    rows = session.execute(stmt.where(SuggestionDecision.article_id == article_id))
    return {(kind, key): decision for kind, key, decision in rows}


def suggest_in_session(
    session: Session,
    key: str,
    article_id: int,
    *,
    include_tagged: bool = True,
    include_rejected: bool = False,
) -> Suggestions | None:
    row = session.execute(
        select(
            Article.title, Article.language, ArticleText.body, Article.event_date, Article.published
        )
        .join(ArticleText, ArticleText.article_id == Article.id, isouter=True)
        .where(Article.id == article_id)
    ).first()
    if row is None:
        return None
    title, language, body, event_date, published = row
    registry = compiled_registry(session, key)
    model = learning.load(session, key)
    result = suggest(
        title or "",
        body or "",
        language,
        registry,
        learning.scorer(model),
        date=event_date or published,
    )
    decisions = decisions_of(session, article_id)
    tagged_objectives = set(
        session.scalars(
            select(ArticleObjective.objective_number).where(
                ArticleObjective.article_id == article_id
            )
        )
    )
    tagged_actors = set(
        session.scalars(select(ArticleActor.actor_id).where(ArticleActor.article_id == article_id))
    )

    objectives = []
    for o in result.objectives:
        tagged = o.number in tagged_objectives
        rejected = decisions.get(("objective", o.key)) == REJECTED
        if (rejected and not tagged and not include_rejected) or (tagged and not include_tagged):
            continue
        objectives.append(replace(o, tagged=tagged))
    actors = []
    for a in result.actors:
        tagged = a.known and a.actor_id in tagged_actors
        rejected = decisions.get((a.decision_kind, a.key)) == REJECTED
        if (rejected and not tagged and not include_rejected) or (tagged and not include_tagged):
            continue
        actors.append(replace(a, tagged=tagged))
    return replace(result, objectives=tuple(objectives), actors=tuple(actors))


def suggest_for_article(
    archive: Archive,
    article_id: int,
    *,
    include_tagged: bool = True,
    include_rejected: bool = False,
) -> Suggestions | None:
    """Objective and actor suggestions for ``article_id`` (``None`` if no such article)."""
    with archive.session() as session:
        return suggest_in_session(
            session,
            cache_key(archive),
            article_id,
            include_tagged=include_tagged,
            include_rejected=include_rejected,
        )
