"""Keeping ``article_features`` in step with the articles.

:func:`update_features` is listed in :mod:`desktop.core.operations.hooks` and runs in the
transaction that adds or edits articles; :func:`rebuild_features` recomputes the
whole archive (after the actor registry or the gazetteer changed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.linking.actors import registry
from desktop.core.linking.features import ArticleInput, FeatureSet, extract
from desktop.core.linking.gazetteer import gazetteer
from desktop.core.operations.progress import TaskState
from desktop.db.models import Article, ArticleFeature, ArticleText

CHUNK = 500


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def load_inputs(session: Session, ids: Sequence[int]) -> list[ArticleInput]:
    stmt = (
        select(
            Article.id,
            Article.title,
            ArticleText.body,
            Article.language,
            Article.published,
            Article.event_date,
            Article.event_month,
            Article.event_day,
            Article.source_url,
        )
        .outerjoin(ArticleText, ArticleText.article_id == Article.id)
        .where(Article.id.in_(list(ids)))
    )
    return [
        ArticleInput(
            id=row[0],
            title=row[1] or "",
            body=row[2] or "",
            language=row[3],
            published=row[4],
            event_date=row[5],
            event_month=row[6],
            event_day=row[7],
            source_url=row[8],
        )
        for row in session.execute(stmt)
    ]


def compute(session: Session, ids: Sequence[int]) -> list[FeatureSet]:
    """Features of ``ids`` from their current text and metadata (nothing is written)."""
    actors, places = registry(session), gazetteer()
    out: list[FeatureSet] = []
    for chunk in _chunks(ids):
        out.extend(extract(article, actors, places) for article in load_inputs(session, chunk))
    return out


def update_features(session: Session, article_ids: Sequence[int]) -> None:
    """Hook: (re)compute the link features of ``article_ids`` in the caller's transaction."""
    actors, places = registry(session), gazetteer()
    for chunk in _chunks(article_ids):
        session.execute(delete(ArticleFeature).where(ArticleFeature.article_id.in_(chunk)))
        rows: list[dict[str, object]] = []
        for article in load_inputs(session, chunk):
            rows.extend(extract(article, actors, places).rows())
        if rows:
            session.execute(insert(ArticleFeature), rows)


def delete_features(session: Session, article_ids: Sequence[int]) -> None:
    """Hook: drop the features of articles about to be deleted."""
    for chunk in _chunks(article_ids):
        session.execute(delete(ArticleFeature).where(ArticleFeature.article_id.in_(chunk)))


def rebuild_features(archive: Archive, state: TaskState | None = None) -> int:
    """Recompute the features of every article, in committed batches. Returns the count."""
    state = state or TaskState()
    with archive.session() as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    total = len(ids)
    for done, chunk in enumerate(_chunks(ids, 1000)):
        state.check()
        state.progress(done * 1000, total, "")
        with archive.session() as session, session.begin():
            update_features(session, chunk)
    state.progress(total, total, "")
    return total


def ensure_features(archive: Archive, state: TaskState | None = None) -> int:
    """Compute the features of every article that has none yet (imported before linking
    was installed, or left by a cancelled import), in committed batches. Anything that
    reads features over the whole archive calls it first. Returns how many were computed.
    """
    return _compute_in_steps(archive, missing_features(archive), state or TaskState())


STEP = 250


def ensure_features_of(archive: Archive, ids: Sequence[int], state: TaskState | None = None) -> int:
    """Compute, in committed steps, the features of those of ``ids`` that have none yet
    (an import's follow-up work). Returns how many were computed."""
    missing: list[int] = []
    for chunk in _chunks(ids):
        with archive.session() as session:
            having = set(
                session.scalars(
                    select(ArticleFeature.article_id)
                    .where(ArticleFeature.article_id.in_(chunk))
                    .distinct()
                )
            )
        missing.extend(i for i in chunk if i not in having)
    return _compute_in_steps(archive, missing, state or TaskState())


def _compute_in_steps(archive: Archive, missing: list[int], state: TaskState) -> int:
    from desktop.i18n import _

    for start in range(0, len(missing), STEP):
        state.check()
        state.progress(start, len(missing), _("Computing link features…"))
        store_features(archive, missing[start : start + STEP])
    if missing:
        state.progress(len(missing), len(missing), "")
    return len(missing)


def store_features(archive: Archive, ids: Sequence[int]) -> None:
    """Compute the features of ``ids`` outside any write, then write them in one short
    transaction: other writers never wait on the computation."""
    with archive.session() as session:
        sets = compute(session, ids)
    with archive.session() as session, session.begin():
        session.execute(delete(ArticleFeature).where(ArticleFeature.article_id.in_(list(ids))))
        rows = [row for feature_set in sets for row in feature_set.rows()]
        if rows:
            session.execute(insert(ArticleFeature), rows)


def ensure_in_session(session: Session, ids: Sequence[int]) -> None:
    """Compute, in the caller's transaction, the features of those of ``ids`` that have none."""
    having = set(
        session.scalars(
            select(ArticleFeature.article_id).where(ArticleFeature.article_id.in_(list(ids)))
        )
    )
    missing = [i for i in ids if i not in having]
    if missing:
        update_features(session, missing)


def ensure_ids(archive: Archive, ids: Sequence[int]) -> None:
    """Make sure ``ids`` have their features (a few milliseconds an article)."""
    with archive.session() as session, session.begin():
        ensure_in_session(session, ids)


def missing_features(archive: Archive) -> list[int]:
    """Articles that have no features yet (imported before linking was installed)."""
    with archive.session() as session:
        having = select(ArticleFeature.article_id).distinct().scalar_subquery()
        stmt = select(Article.id).where(Article.id.not_in(having)).order_by(Article.id)
        return list(session.scalars(stmt))


def feature_count(session: Session) -> int:
    return int(session.scalar(select(func.count(ArticleFeature.id))) or 0)
