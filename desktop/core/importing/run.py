"""Import of article files into an archive.

Files are streamed and committed in batches (:mod:`desktop.core.importing.store`):
memory stays flat however large the folder. Every file either lands complete
(original bytes, cleaned text, metadata) or is reported with its reason; a failed file
never stops the batch nor leaves anything behind.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.archive.session import Archive
from desktop.core.extract import (
    Extracted,
    ExtractError,
    ExtractSettings,
    warm_up,
)
from desktop.core.extract.reading import iter_files, read_file
from desktop.core.importing.pool import MIN_FILES_FOR_WORKERS, default_processes, extract_stream
from desktop.core.importing.store import (
    ImportReport,
    Pending,
    error_reason,
    finish_batch,
    first_database_error,
    store,
)
from desktop.core.linking.actors import ActorRegistry
from desktop.core.linking.ingest import registry_for_import
from desktop.core.operations.changes import ARTICLES, IMPORTS, Changes, OpResult
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.search.indexing import merge_if_grown
from desktop.db.models import ImportBatch

BATCH_SIZE = 500
logger = logging.getLogger(__name__)
K = TypeVar("K")


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
        from desktop.core.archive.settings import import_settings

        settings = import_settings(archive)
    report = ImportReport()
    files = list(iter_files(paths))
    total = len(files)
    # Large imports extract in a worker process while this thread reads and writes.
    workers = default_processes() if total >= MIN_FILES_FOR_WORKERS else 0
    if not workers:
        warm_up(settings.languages)
    actors = registry_for_import(archive)  # link features are computed in the same pass
    dialect = archive.engine.dialect.name  # and so are the search index entries
    with archive.session() as session, session.begin():
        batch = ImportBatch(curator_id=archive.curator_id, summary={})
        session.add(batch)
        session.flush()
        report.batch_id = batch.id
    seen_sha: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    pending: list[Pending] = []
    all_ids: list[int] = []

    def flush() -> None:
        if pending:
            ids = store(archive, pending, report, report.batch_id)
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

    with _old_objects_left_alone():
        try:
            items = readable()
            for (path, data, sha), result in _extracted(items, settings, workers, actors, dialect):
                state.check()
                progress["done"] += 1
                state.progress(progress["done"], total, str(path))
                if isinstance(result, ExtractError):
                    report.failed.append(_failure(path, result))
                    continue
                text_sha = result.text_sha256
                if text_sha in seen_text:
                    report.duplicates.append(
                        _in_run_duplicate(path, seen_text[text_sha], "same text")
                    )
                    continue
                seen_text[text_sha] = str(path)
                pending.append(Pending(path, data, sha, result))
                if len(pending) >= BATCH_SIZE:
                    flush()
            flush()
            state.progress(total, total, "")
        except Cancelled:
            flush()
            report.cancelled = True
        except Exception as exc:  # the archive cannot take more: report what landed, and why
            logger.exception("import stopped")
            report.error = error_reason(first_database_error(exc))
    _resolve_in_run_duplicates(report)
    try:
        finish_batch(archive, report)
    except Exception:  # the summary of every committed batch is already stored
        if report.error is None:
            raise
        logger.exception("the import's summary could not be completed")
    if report.error is None:
        _follow_up(archive, all_ids, report, state)
    changes = Changes.of(ARTICLES, IMPORTS, articles=all_ids)
    return OpResult(changes=changes, undo=None, value=report)


@contextmanager
def _old_objects_left_alone() -> Iterator[None]:
    """The objects of the process so far (modules, the actor registry, the database's
    metadata: about 100,000) are set aside by the garbage collector while the files
    stream through: its full collections walk only what the import made (they cost
    a second of a 20,000-file import otherwise). Process-wide, undone after."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _follow_up(archive: Archive, ids: list[int], report: ImportReport, state: TaskState) -> None:
    """What makes the new articles ready: link features of any that lack them, and a
    search index merged after a large import. On cancel, the articles stay and their
    features are computed when first needed."""
    from desktop.core.linking.store import ensure_features_of

    if report.cancelled or not ids:
        return
    try:
        merge_if_grown(archive, len(ids), state)
    except Cancelled:
        # Every file is imported, stored and searchable: only the index's tidying
        # stopped, and it goes on after the next import. The import is not "cancelled"
        # (its stored summary says so too); features missing are computed when needed.
        logger.info("search index merge stopped by the user; it resumes after the next import")
        return
    except Exception:  # the articles are stored and searchable: a slower index is no failure
        logger.exception("the search index could not be merged after the import")
    try:
        ensure_features_of(archive, ids, state)
    except Cancelled:
        report.cancelled = True


def _extracted(
    items: Iterator[tuple[K, Path, bytes]],
    settings: ExtractSettings,
    workers: int,
    actors: ActorRegistry | None = None,
    search: str | None = None,
) -> Iterator[tuple[K, Extracted | ExtractError]]:
    """``(key, result)`` in input order, link features (``actors``) and search index
    entries (``search``) included; a reader's bug is one failed file, not a failed run."""
    yield from extract_stream(items, settings, workers, actors, search)


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
