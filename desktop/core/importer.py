"""Import of article files into an archive.

Files are streamed and committed in batches: memory stays flat however large the
folder. Every file either lands complete (original bytes, cleaned text, metadata)
or is reported with its reason; a failed file never stops the batch nor leaves
anything behind.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.core import audit, hooks
from desktop.core.archive import Archive
from desktop.core.changes import ARTICLES, IMPORTS, Changes, OpResult
from desktop.core.extract import (
    Extracted,
    ExtractError,
    ExtractSettings,
    warm_up,
)
from desktop.core.extract.pool import MIN_FILES_FOR_WORKERS, default_processes, extract_stream
from desktop.core.extract.reading import iter_files, read_file
from desktop.core.linking.actors import ActorRegistry
from desktop.core.linking.ingest import registry_for_import, store_attached
from desktop.core.progress import Cancelled, TaskState
from desktop.db.models import (
    Article,
    ArticleText,
    ImportBatch,
    Original,
    ReviewStatus,
    utcnow,
)

BATCH_SIZE = 500
logger = logging.getLogger(__name__)
K = TypeVar("K")


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
class _Pending:
    path: Path
    data: bytes
    sha256: str
    extracted: Extracted


def import_paths(
    archive: Archive,
    paths: Sequence[str | Path],
    state: TaskState | None = None,
    settings: ExtractSettings | None = None,
    on_batch: Callable[[list[int]], None] | None = None,
) -> OpResult[ImportReport]:
    """Import every file under ``paths`` until ready: stored, searchable and with their
    link features. ``on_batch`` gets the ids of each committed batch. The one import
    operation of the CLI, the GUI, the demo archive and the tests."""
    state = state or TaskState()
    if settings is None:
        from desktop.core.settings import import_settings

        settings = import_settings(archive)
    report = ImportReport()
    files = list(iter_files(paths))
    total = len(files)
    # Large imports extract in a worker process while this thread reads and writes.
    workers = default_processes() if total >= MIN_FILES_FOR_WORKERS else 0
    if not workers:
        warm_up(settings.languages)
    actors = registry_for_import(archive)  # link features are computed in the same pass
    with archive.session() as session, session.begin():
        batch = ImportBatch(curator_id=archive.curator_id, summary={})
        session.add(batch)
        session.flush()
        report.batch_id = batch.id
    seen_sha: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    pending: list[_Pending] = []
    all_ids: list[int] = []

    def flush() -> None:
        if pending:
            ids = _store(archive, pending, report, report.batch_id)
            all_ids.extend(ids)
            pending.clear()
            if on_batch is not None and ids:
                on_batch(ids)

    progress = {"done": 0}

    def readable() -> Iterator[tuple[tuple[Path, bytes, str], Path, bytes]]:
        """Files read and hashed; failures and same-bytes duplicates are settled here."""
        for path in files:
            state.check()
            try:
                data = read_file(path, settings.max_bytes)
            except ExtractError as exc:
                report.failed.append({"path": str(path), "error": str(exc)})
                progress["done"] += 1
                continue
            sha = hashlib.sha256(data).hexdigest()
            if sha in seen_sha:
                report.duplicates.append(_in_run_duplicate(path, seen_sha[sha], "same file"))
                progress["done"] += 1
                continue
            seen_sha[sha] = str(path)
            yield (path, data, sha), path, data

    try:
        for (path, data, sha), result in _extracted(readable(), settings, workers, actors):
            state.check()
            progress["done"] += 1
            state.progress(progress["done"], total, str(path))
            if isinstance(result, ExtractError):
                report.failed.append(_failure(path, result))
                continue
            text_sha = result.text_sha256
            if text_sha in seen_text:
                report.duplicates.append(_in_run_duplicate(path, seen_text[text_sha], "same text"))
                continue
            seen_text[text_sha] = str(path)
            pending.append(_Pending(path, data, sha, result))
            if len(pending) >= BATCH_SIZE:
                flush()
        flush()
        state.progress(total, total, "")
    except Cancelled:
        flush()
        report.cancelled = True
    except Exception as exc:  # the archive cannot take more: report what landed, and why
        logger.exception("import stopped")
        report.error = _reason(_original(exc))
    _resolve_in_run_duplicates(report)
    try:
        _finish_batch(archive, report)
    except Exception:  # the summary of every committed batch is already stored
        if report.error is None:
            raise
        logger.exception("the import's summary could not be completed")
    if report.error is None:
        _follow_up(archive, all_ids, report, state)
    changes = Changes.of(ARTICLES, IMPORTS, articles=all_ids)
    return OpResult(changes=changes, undo=None, value=report)


def _follow_up(archive: Archive, ids: list[int], report: ImportReport, state: TaskState) -> None:
    """What makes the new articles ready: link features of any that lack them. On
    cancel, the articles stay and their features are computed when first needed."""
    from desktop.core.linking.store import ensure_features_of

    if report.cancelled or not ids:
        return
    try:
        ensure_features_of(archive, ids, state)
    except Cancelled:
        report.cancelled = True


def _extracted(
    items: Iterator[tuple[K, Path, bytes]],
    settings: ExtractSettings,
    workers: int,
    actors: ActorRegistry | None = None,
) -> Iterator[tuple[K, Extracted | ExtractError]]:
    """``(key, result)`` in input order, link features included (``actors``); a
    reader's bug is one failed file, not a failed run."""
    yield from extract_stream(items, settings, workers, actors)


def _failure(path: Path, error: ExtractError) -> dict[str, Any]:
    """A failed file; ``internal`` tells an application fault from a bad file."""
    failed: dict[str, Any] = {"path": str(path), "error": str(error)}
    if error.internal:
        failed["internal"] = True
    return failed


def _in_run_duplicate(path: Path, first: str, reason: str) -> dict[str, Any]:
    return {"path": str(path), "existing_id": None, "same_as": first, "reason": reason}


def _resolve_in_run_duplicates(report: ImportReport) -> None:
    """Point duplicates of a file of the same run at the article that file became.

    A copy of a file that failed fails for the same reason (two empty files are two
    "empty file" failures, not a duplicate of nothing)."""
    ids = {item["path"]: item["id"] for item in report.imported}
    errors = {item["path"]: item["error"] for item in report.failed}
    kept = []
    for dup in report.duplicates:
        first = dup.pop("same_as", "")
        if dup["existing_id"] is None and first in errors:
            report.failed.append({"path": dup["path"], "error": errors[first]})
            continue
        if dup["existing_id"] is None:
            dup["existing_id"] = ids.get(first)
        kept.append(dup)
    report.duplicates[:] = kept


def _existing(session: Session, pending: list[_Pending]) -> tuple[dict[str, int], dict[str, int]]:
    shas = [p.sha256 for p in pending]
    texts = [p.extracted.text_sha256 for p in pending]
    sha_rows = session.execute(select(Article.sha256, Article.id).where(Article.sha256.in_(shas)))
    text_rows = session.execute(
        select(Article.text_sha256, Article.id).where(Article.text_sha256.in_(texts))
    )
    by_sha = {sha: article_id for sha, article_id in sha_rows}
    by_text = {sha: article_id for sha, article_id in text_rows}
    return by_sha, by_text


def _article_values(p: _Pending, batch_id: int | None, curator_id: int) -> dict[str, Any]:
    e = p.extracted
    now = utcnow()
    return {
        "title": e.title[:1000],
        "language": e.language,
        "language_confidence": e.language_confidence,
        "source_path": str(p.path)[:2000],
        "source_url": e.source_url,
        "outlet": e.outlet,
        "published": e.published,
        "published_confidence": e.published_confidence,
        "event_date": e.event_date,
        "event_month": e.event_month,
        "event_day": e.event_day,
        "event_date_confidence": e.event_date_confidence,
        "evidence": {**e.evidence, "review_reasons": list(e.review_reasons)},
        "sha256": p.sha256,
        "text_sha256": e.text_sha256,
        "media_type": e.media_type,
        "review_status": ReviewStatus.NEEDS_REVIEW if e.review_reasons else ReviewStatus.NEW,
        "notes": "",
        "import_batch_id": batch_id,
        "created_by": curator_id,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _insert(
    session: Session, items: list[_Pending], batch_id: int | None, curator_id: int
) -> list[int]:
    # Core executemany (not the ORM bulk path, whose RETURNING splicing is slow); the
    # new ids are then read back by the unique sha256 of each file.
    conn = session.connection()
    conn.execute(
        insert(_table(Original)),
        [
            {
                "sha256": p.sha256,
                "size": len(p.data),
                "media_type": p.extracted.media_type,
                "data": p.data,
            }
            for p in items
        ],
    )
    conn.execute(insert(_table(Article)), [_article_values(p, batch_id, curator_id) for p in items])
    table = _table(Article)
    found = conn.execute(
        select(table.c.sha256, table.c.id).where(table.c.sha256.in_([p.sha256 for p in items]))
    )
    by_sha = {sha: article_id for sha, article_id in found}
    ids = [by_sha[p.sha256] for p in items]
    conn.execute(
        insert(_table(ArticleText)),
        [{"article_id": i, "body": p.extracted.text} for i, p in zip(ids, items, strict=True)],
    )
    hooks.run(hooks.ARTICLES_ADDED, session, ids)
    store_attached(session, ids, [p.extracted for p in items])
    return ids


def _in_savepoint(
    session: Session, items: list[_Pending], batch_id: int | None, curator_id: int
) -> list[int]:
    with session.begin_nested():
        return _insert(session, items, batch_id, curator_id)


def _original(exc: BaseException) -> BaseException:
    """The first database error of a chain: SQLite rolls a transaction back by itself
    on a full disk, and the failed rollback of a savepoint that follows must not hide
    the full disk."""
    found, seen = exc, exc.__context__
    while seen is not None:
        if isinstance(seen, OperationalError):
            found = seen
        seen = seen.__context__
    return found


def _store(
    archive: Archive, pending: list[_Pending], report: ImportReport, batch_id: int | None
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


def _store_batch(
    archive: Archive, pending: list[_Pending], report: ImportReport, batch_id: int | None
) -> list[int]:
    with archive.session() as session, session.begin():
        by_sha, by_text = _existing(session, pending)
        fresh: list[_Pending] = []
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
        stored: list[tuple[int, _Pending]] = []
        # A full disk, an I/O error, a lost server (OperationalError) stops the import;
        # any other error belongs to one file: the batch is retried file by file.
        try:
            ids = _in_savepoint(session, fresh, batch_id, archive.curator_id)
            stored = list(zip(ids, fresh, strict=True))
        except OperationalError:
            raise
        except Exception:
            for p in fresh:
                try:
                    ids = _in_savepoint(session, [p], batch_id, archive.curator_id)
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
                        {"path": str(p.path), "error": f"could not be stored: {_reason(exc)}"}
                    )
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


# Up to this many articles the summary is rewritten with every batch; past it, once a
# tenth more have landed, so that a 100,000-file import does not spend a minute
# re-encoding its summary (the finished import always writes it in full).
SUMMARY_EVERY_BATCH = 10_000


def _summary_due(report: ImportReport) -> bool:
    done = len(report.imported)
    return done <= SUMMARY_EVERY_BATCH or done - report.summarised >= done // 10


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _finish_batch(archive: Archive, report: ImportReport) -> None:
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
