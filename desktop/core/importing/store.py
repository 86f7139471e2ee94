"""The import's batches in the database: the rows of each batch of files, written in
one transaction with the import's summary, and the log of past imports.

A batch that fails on a database error is retried file by file; a full disk or a lost
server (``OperationalError``) stops the import instead. Duplicates of articles already
in the archive (same file, or same text) are reported, not stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.extract import Extracted
from desktop.core.linking.ingest import store_attached
from desktop.core.operations import audit, hooks
from desktop.core.search.indexing import provide_forms
from desktop.db.models import (
    Article,
    ArticleText,
    ImportBatch,
    Original,
    ReviewStatus,
    utcnow,
)


@dataclass
class ImportReport:
    imported: list[dict[str, Any]] = field(default_factory=list)  # {"id", "path"}
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # {"path", "existing_id"}
    failed: list[dict[str, Any]] = field(default_factory=list)  # {"path", "error"}
    cancelled: bool = False
    batch_id: int | None = None
    # Why the import stopped before its end (a full disk, a lost server): what is
    # listed above landed; the rest did not.
    error: str | None = None
    summarised: int = field(default=0, repr=False)  # imported articles in the stored summary

    def as_json(self) -> dict[str, Any]:
        # Its lists hold flat dicts of plain values: copied one level deep (asdict's
        # deep copy, rewritten with every batch, cost more than storing the batch).
        return {
            "imported": [dict(item) for item in self.imported],
            "duplicates": [dict(item) for item in self.duplicates],
            "failed": [dict(item) for item in self.failed],
            "cancelled": self.cancelled,
            "batch_id": self.batch_id,
            "error": self.error,
        }


@dataclass
class Pending:
    path: Path
    data: bytes
    sha256: str
    extracted: Extracted


def _existing(session: Session, pending: list[Pending]) -> tuple[dict[str, int], dict[str, int]]:
    shas = [p.sha256 for p in pending]
    texts = [p.extracted.text_sha256 for p in pending]
    sha_rows = session.execute(select(Article.sha256, Article.id).where(Article.sha256.in_(shas)))
    text_rows = session.execute(
        select(Article.text_sha256, Article.id).where(Article.text_sha256.in_(texts))
    )
    by_sha = {sha: article_id for sha, article_id in sha_rows}
    by_text = {sha: article_id for sha, article_id in text_rows}
    return by_sha, by_text


_ARTICLE_COLUMNS = (
    "title",
    "language",
    "language_confidence",
    "source_path",
    "source_url",
    "outlet",
    "published",
    "published_confidence",
    "event_date",
    "event_month",
    "event_day",
    "event_date_confidence",
    "evidence",
    "sha256",
    "text_sha256",
    "media_type",
    "review_status",
    "notes",
    "import_batch_id",
    "created_by",
    "created_at",
    "updated_at",
    "version",
)


def _article_row(p: Pending, batch_id: int | None, curator_id: int) -> tuple[Any, ...]:
    """The values of :data:`_ARTICLE_COLUMNS` for a new article."""
    e = p.extracted
    now = utcnow()
    return (
        e.stored_title,
        e.language,
        e.language_confidence,
        str(p.path)[:2000],
        e.source_url,
        e.outlet,
        e.published,
        e.published_confidence,
        e.event_date,
        e.event_month,
        e.event_day,
        e.event_date_confidence,
        {**e.evidence, "review_reasons": list(e.review_reasons)},
        p.sha256,
        e.text_sha256,
        e.media_type,
        ReviewStatus.NEEDS_REVIEW if e.review_reasons else ReviewStatus.NEW,
        "",
        batch_id,
        curator_id,
        now,
        now,
        1,
    )


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


class _Rows:
    """An ``INSERT`` of many rows given as plain tuples, run by the driver: the column
    types' conversions (dates, JSON...) applied as SQLAlchemy would, without compiling a
    statement and building a parameter dict per row (more than the rows' own cost)."""

    def __init__(self, conn: Connection, model: type[Any], columns: tuple[str, ...]):
        table = _table(model)
        dialect = conn.dialect
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(dialect.identifier_preparer.quote(c) for c in columns)
        values = ", ".join([marker] * len(columns))
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({values})"
        processors = [
            table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns
        ]
        self.converted = [(i, f) for i, f in enumerate(processors) if f is not None]

    def run(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        if self.converted:
            out = []
            for row in rows:
                values = list(row)
                for i, convert in self.converted:
                    values[i] = convert(values[i])
                out.append(tuple(values))
            rows = out
        conn.exec_driver_sql(self.sql, rows)


def _insert(
    session: Session, items: list[Pending], batch_id: int | None, curator_id: int
) -> list[int]:
    conn = session.connection()
    _Rows(conn, Original, ("sha256", "size", "media_type", "data")).run(
        conn, [(p.sha256, len(p.data), p.extracted.media_type, p.data) for p in items]
    )
    _Rows(conn, Article, _ARTICLE_COLUMNS).run(
        conn, [_article_row(p, batch_id, curator_id) for p in items]
    )
    # The new ids, read back by the unique sha256 of each file.
    table = _table(Article)
    found = conn.execute(
        select(table.c.sha256, table.c.id).where(table.c.sha256.in_([p.sha256 for p in items]))
    )
    by_sha = {sha: article_id for sha, article_id in found}
    ids = [by_sha[p.sha256] for p in items]
    _Rows(conn, ArticleText, ("article_id", "body")).run(
        conn, [(i, p.extracted.text) for i, p in zip(ids, items, strict=True)]
    )
    given = {
        i: p.extracted.search_forms
        for i, p in zip(ids, items, strict=True)
        if p.extracted.search_forms is not None
    }
    if given:
        provide_forms(session, given)
    hooks.run(hooks.ARTICLES_ADDED, session, ids)
    store_attached(session, ids, [p.extracted for p in items])
    return ids


def _in_savepoint(
    session: Session, items: list[Pending], batch_id: int | None, curator_id: int
) -> list[int]:
    with session.begin_nested():
        return _insert(session, items, batch_id, curator_id)


def first_database_error(exc: BaseException) -> BaseException:
    """The first database error of a chain: SQLite rolls a transaction back by itself
    on a full disk, and the failed rollback of a savepoint that follows must not hide
    the full disk."""
    found, seen = exc, exc.__context__
    while seen is not None:
        if isinstance(seen, OperationalError):
            found = seen
        seen = seen.__context__
    return found


def store(
    archive: Archive, pending: list[Pending], report: ImportReport, batch_id: int | None
) -> list[int]:
    """Write one batch and the import's summary in one transaction; on a database
    error, retry file by file. Nothing of a batch whose commit fails is reported."""
    imported_before = len(report.imported)
    try:
        return _store_batch(archive, pending, report, batch_id)
    except Exception:
        del report.imported[imported_before:]
        report.summarised = min(report.summarised, imported_before)
        raise


# SQLite page cache of a connection that imports (KiB). The indexes of the link
# features and the search tables outgrow the default 2 MB after a few thousand articles;
# past it, every batch re-reads their pages and its cost grows with the archive. Only
# memory: what is committed, and when, is unchanged.
IMPORT_CACHE_KIB = 65536


def _import_cache(session: Session) -> None:
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")


def _begin_writing(session: Session) -> None:
    """Open the batch's one transaction now on SQLite: sqlite3 opens one by itself only
    before a change of data, so a savepoint of a file retried alone would open (and its
    release commit) a transaction of its own, apart from the summary written after it.
    Immediate: the write lock is taken (or waited for) before the duplicates are looked
    up."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    dbapi = conn.connection.dbapi_connection
    if dbapi is not None and not getattr(dbapi, "in_transaction", True):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _store_batch(
    archive: Archive, pending: list[Pending], report: ImportReport, batch_id: int | None
) -> list[int]:
    """The batch in one go; when one of its files cannot be stored (any error but an
    ``OperationalError``), its transaction is rolled back and the batch written again,
    each file in a savepoint of its own.

    No savepoint in the usual case: SQLite copies every page a savepoint changes to a
    journal of its own, and FTS5 writes its pending entries out when one is released
    (a fifth of the cost of a batch)."""
    before = _Marks.of(report)
    try:
        return _write_batch(archive, pending, report, batch_id, file_by_file=False)
    except OperationalError:
        raise
    except Exception:
        before.restore(report)
    return _write_batch(archive, pending, report, batch_id, file_by_file=True)


@dataclass(frozen=True)
class _Marks:
    """How far a report's lists went before a batch, to forget a batch rolled back."""

    imported: int
    duplicates: int
    failed: int
    summarised: int

    @classmethod
    def of(cls, report: ImportReport) -> _Marks:
        return cls(
            len(report.imported), len(report.duplicates), len(report.failed), report.summarised
        )

    def restore(self, report: ImportReport) -> None:
        del report.imported[self.imported :]
        del report.duplicates[self.duplicates :]
        del report.failed[self.failed :]
        report.summarised = self.summarised


def _write_batch(
    archive: Archive,
    pending: list[Pending],
    report: ImportReport,
    batch_id: int | None,
    file_by_file: bool,
) -> list[int]:
    with archive.session() as session, session.begin():
        _begin_writing(session)
        _import_cache(session)
        by_sha, by_text = _existing(session, pending)
        fresh: list[Pending] = []
        for p in pending:
            existing = by_sha.get(p.sha256) or by_text.get(p.extracted.text_sha256)
            if existing is not None:
                reason = "same file" if p.sha256 in by_sha else "same text"
                report.duplicates.append(
                    {"path": str(p.path), "existing_id": existing, "reason": reason}
                )
            else:
                fresh.append(p)
        if not fresh:
            return []
        if file_by_file:
            stored = _one_by_one(session, fresh, report, batch_id, archive.curator_id)
        else:
            ids = _insert(session, fresh, batch_id, archive.curator_id)
            stored = list(zip(ids, fresh, strict=True))
        # The summary lands with the batch: an import cut short still tells the truth.
        report.imported.extend({"id": i, "path": str(p.path)} for i, p in stored)
        if _summary_due(report):
            report.summarised = len(report.imported)
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(summary=report.as_json())
            )
    return [i for i, _ in stored]


def _one_by_one(
    session: Session,
    fresh: list[Pending],
    report: ImportReport,
    batch_id: int | None,
    curator_id: int,
) -> list[tuple[int, Pending]]:
    """Each file in a savepoint: one that cannot be stored is reported and skipped. A
    full disk, an I/O error, a lost server (``OperationalError``) stops the import."""
    stored: list[tuple[int, Pending]] = []
    for p in fresh:
        try:
            ids = _in_savepoint(session, [p], batch_id, curator_id)
            stored.extend((i, p) for i in ids)
        except OperationalError:
            raise
        except Exception as exc:
            # Another import stored the same file or text since the check
            # above (a unique violation): a duplicate, not a failure.
            again_sha, again_text = _existing(session, [p])
            existing = again_sha.get(p.sha256) or again_text.get(p.extracted.text_sha256)
            if existing is not None:
                reason = "same file" if p.sha256 in again_sha else "same text"
                report.duplicates.append(
                    {"path": str(p.path), "existing_id": existing, "reason": reason}
                )
                continue
            report.failed.append(
                {"path": str(p.path), "error": f"could not be stored: {error_reason(exc)}"}
            )
    return stored


# Up to this many articles the summary is rewritten with every batch; past it, once a
# tenth more have landed, so that a 100,000-file import does not spend a minute
# re-encoding its summary (the finished import always writes it in full).
SUMMARY_EVERY_BATCH = 10_000


def _summary_due(report: ImportReport) -> bool:
    done = len(report.imported)
    return done <= SUMMARY_EVERY_BATCH or done - report.summarised >= done // 10


def error_reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def finish_batch(archive: Archive, report: ImportReport) -> None:
    with archive.session() as session, session.begin():
        session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == report.batch_id)
            .values(finished_at=utcnow(), summary=report.as_json())
        )
        audit.record(
            session,
            archive.curator_id,
            "import",
            "import_batch",
            report.batch_id,
            {
                "imported": len(report.imported),
                "duplicates": len(report.duplicates),
                "failed": len(report.failed),
                "cancelled": report.cancelled,
            },
        )


def import_log(archive: Archive, limit: int = 50) -> list[dict[str, Any]]:
    """Past import runs, newest first, with their summaries."""
    with archive.session() as session:
        batches = session.scalars(
            select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
        ).all()
        return [
            {
                "id": b.id,
                "started_at": b.started_at.isoformat(timespec="seconds"),
                "finished_at": b.finished_at.isoformat(timespec="seconds")
                if b.finished_at
                else None,
                "summary": b.summary,
            }
            for b in batches
        ]
