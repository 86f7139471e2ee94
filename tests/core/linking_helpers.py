"""Helpers shared by the linking tests: seed ids by file name, articles made in place."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import update

from desktop.core.archive.articles import articles_json
from desktop.core.archive.session import Archive
from desktop.core.linking.store import update_features
from desktop.db.models import Article, Confidence

TRUTH = json.loads((Path(__file__).resolve().parents[1] / "seeds_truth.json").read_text("utf-8"))


def seed_ids(archive: Archive) -> dict[str, int]:
    """Seed file name -> article id."""
    return {Path(row["source_path"]).name: row["id"] for row in articles_json(archive)}


def forget_metadata(archive: Archive) -> None:
    """As if the extraction pipeline had found no language nor date: features from text only."""
    with archive.session() as session, session.begin():
        session.execute(
            update(Article).values(
                language=None,
                published=None,
                published_confidence=Confidence.UNKNOWN,
                event_date=None,
                event_month=None,
                event_day=None,
                event_date_confidence=Confidence.UNKNOWN,
            )
        )
        ids = list(session.scalars(Article.__table__.select().with_only_columns(Article.id)))
        update_features(session, ids)
