"""Link features computed in the same pass as extraction (in the import's workers).

The importer reads the archive's actor registry once (:func:`registry_for_import`),
sends it with the extraction settings to its worker processes, and each worker adds
the features of the article it has just extracted (:func:`attach`). The importer then
writes them in the transaction that stores the article: when the import returns,
every article is searchable and linkable.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.extract.model import Extracted
from desktop.core.linking.actors import ActorRegistry, registry
from desktop.core.linking.features import ArticleInput, article_text, extract
from desktop.core.linking.gazetteer import gazetteer
from desktop.core.linking.scan import Scan
from desktop.db.models import ArticleFeature

logger = logging.getLogger(__name__)


def registry_for_import(archive: Archive) -> ActorRegistry:
    with archive.session() as session:
        return registry(session)


def warm_up(actors: ActorRegistry) -> None:
    """Build the automaton now (once per process), not on the first article."""
    actors.automaton(gazetteer())


def attach(extracted: Extracted, actors: ActorRegistry) -> tuple[str, str] | None:
    """Add the link features of ``extracted``; on a bug they are left for later
    (``None``): the import's follow-up computes them from the stored article.

    Returns its title and text folded (:func:`desktop.core.util.textfold.fold`), made
    from the folded form its features were read in (None when it cannot tell), for its
    search index entry."""
    try:
        title = extracted.stored_title
        text = article_text(title, extracted.text)
        scan = Scan.of(text)
        article = ArticleInput(
            id=0,
            title=title,
            body=extracted.text,
            language=extracted.language,
            published=extracted.published,
            event_date=extracted.event_date,
            event_month=extracted.event_month,
            event_day=extracted.event_day,
            source_url=extracted.source_url,
        )
        found = extract(article, actors, gazetteer(), scan)
        extracted.link_features = [(k, v, w) for (k, v), w in found.weights.items()]
    except Exception:
        logger.exception("link features failed; computed after the import instead")
        extracted.link_features = None
        return None
    if scan.text is not text:  # a text not in NFC, normalised: its offsets differ
        return None
    if not title:
        body = scan.fold(0, len(text))
        return None if body is None else ("", body)
    folded_title, body = scan.fold(0, len(title)), scan.fold(len(title) + 1, len(text))
    return None if folded_title is None or body is None else (folded_title, body)


def store_attached(session: Session, ids: Sequence[int], items: Sequence[Extracted]) -> None:
    """Write the features attached to freshly stored articles (same transaction).

    Tens of rows an article: they go to the driver as plain tuples (building a
    parameter dict per row cost more than computing the features)."""
    rows = [
        (article_id, kind, value, weight)
        for article_id, item in zip(ids, items, strict=True)
        if item.link_features is not None
        for kind, value, weight in item.link_features
    ]
    if not rows:
        return
    conn = session.connection()
    marker = _MARKERS.get(conn.dialect.paramstyle)
    if marker is None:  # pragma: no cover - the app runs on sqlite3 and psycopg
        keys = ("article_id", "kind", "value", "weight")
        conn.execute(insert(ArticleFeature), [dict(zip(keys, row, strict=True)) for row in rows])
        return
    table = ArticleFeature.__tablename__
    values = ", ".join([marker] * 4)
    sql = f"INSERT INTO {table} (article_id, kind, value, weight) VALUES ({values})"
    conn.exec_driver_sql(sql, rows)


_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
