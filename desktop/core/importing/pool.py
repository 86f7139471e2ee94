"""Extraction in worker processes, for large imports on several cores.

Extraction is pure CPU work in Python and lingua, both holding the GIL, so threads
do not help; processes do. :class:`ExtractPool` keeps a bounded number of chunks in
flight (memory stays flat however many files stream through) and yields results in
the order of the input, so the importer can keep reading, hashing and writing in
its own thread while the workers extract.

When given the archive's actor registry, each worker also computes the link features
of the article it has just extracted (:mod:`desktop.core.linking.ingest`), and when
given the archive's database dialect, its search index entry
(:func:`desktop.core.search.indexing.entry_forms`), so that an import is ready
(searchable and linkable) in one pass over the files.

Workers start from a clean interpreter (``forkserver`` where available, else
``spawn``: never a fork of a process that runs Qt or database threads) and warm up
once; that costs a second or two, so small imports should extract in-process. The
forkserver first imports :mod:`desktop.core.importing.preload`, which loads what every
worker needs (modules, language models) once for all of them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from desktop.core.extract.errors import ExtractError
from desktop.core.extract.model import Extracted, ExtractSettings
from desktop.i18n import current_language

if TYPE_CHECKING:
    from desktop.core.linking.actors import ActorRegistry

Result = Extracted | ExtractError
logger = logging.getLogger(__name__)
K = TypeVar("K")
CHUNK = 32  # files per task: amortises the cost of sending work to a process
# Files sent ahead of the consumer: enough for the workers to keep busy while the
# importer writes a batch to the database, small enough to keep memory flat.
AHEAD = 2048
BYTES_AHEAD = 64 * 1024 * 1024  # and never more than this many bytes of files
# Below this many files, starting workers (1-2 s) costs more than it saves.
MIN_FILES_FOR_WORKERS = 3000
# Imported by the forkserver before it forks a worker ("__main__" is its default).
PRELOAD = ["__main__", "desktop.core.importing.preload"]


def _init_worker(
    settings: ExtractSettings,
    actors: ActorRegistry | None,
    language: str = "en",
    search: str | None = None,
) -> None:
    from desktop.core.extract import warm_up
    from desktop.i18n import set_language

    set_language(language)  # a fresh interpreter: failure reasons in the user's language
    global _SETTINGS, _ACTORS, _SEARCH
    _SETTINGS, _ACTORS, _SEARCH = settings, actors, search
    warm_up(settings.languages)
    if actors is not None:
        from desktop.core.linking.ingest import warm_up as warm_up_links

        warm_up_links(actors)


_SETTINGS = ExtractSettings()
_ACTORS: ActorRegistry | None = None
_SEARCH: str | None = None


def prepare(
    path: Path,
    data: bytes,
    settings: ExtractSettings,
    actors: ActorRegistry | None,
    search: str | None = None,
) -> Result:
    """One file extracted (its link features added when ``actors`` is given, its search
    index entry for a ``search`` dialect archive when that is given), or the reason it
    failed; a reader's bug is reported for this file only."""
    from desktop.core.extract.pipeline import extract_or_error

    extracted = extract_or_error(path, data, settings)
    if isinstance(extracted, ExtractError):
        return extracted
    folded = None  # its title and text folded, when reading the link features gave them
    if actors is not None:
        from desktop.core.linking.ingest import attach

        folded = attach(extracted, actors)
    if search is not None:
        _add_search_forms(extracted, search, folded)
    extracted.text_sha256  # noqa: B018 - hashed here, not in the importer: it goes with the result
    return extracted


def _add_search_forms(
    extracted: Extracted, dialect: str, folded: tuple[str, str] | None = None
) -> None:
    """The entry the search index will store; on a bug it is computed when stored."""
    from desktop.core.search.indexing import entry_forms

    try:
        title = extracted.stored_title
        extracted.search_forms = entry_forms(dialect, title, extracted.text, folded)
    except Exception:
        logger.exception("search index entry failed; computed when stored instead")


def _extract_chunk(chunk: list[tuple[str, bytes]]) -> list[Result]:
    return [prepare(Path(name), data, _SETTINGS, _ACTORS, _SEARCH) for name, data in chunk]


def default_processes() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))


class ExtractPool:
    """``with ExtractPool(settings) as pool: for result in pool.imap(items): ...``"""

    def __init__(
        self,
        settings: ExtractSettings | None = None,
        processes: int | None = None,
        actors: ActorRegistry | None = None,
        search: str | None = None,
    ):
        self.settings = settings or ExtractSettings()
        self.processes = processes or default_processes()
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            # Read when the forkserver starts (the first pool of this process); one
            # started by other work (reports) without it leaves each worker to load
            # its own models.
            context.set_forkserver_preload(PRELOAD)
        self._pool: Pool = context.Pool(
            self.processes,
            initializer=_init_worker,
            initargs=(self.settings, actors, current_language(), search),
        )

    def imap(self, items: Iterable[tuple[Path, bytes]]) -> Iterator[Result]:
        """Extract ``(path, bytes)`` items; results come in input order."""
        for _path, result in self.imap_keyed((path, path, data) for path, data in items):
            yield result

    def imap_keyed(self, items: Iterable[tuple[K, Path, bytes]]) -> Iterator[tuple[K, Result]]:
        """Extract ``(key, path, bytes)`` items and yield ``(key, result)`` in input
        order; keys stay in this process. At most ``AHEAD`` files and ``BYTES_AHEAD``
        bytes are in flight, so the input may be a lazy stream (files read as needed)."""
        window: deque[tuple[list[K], int, AsyncResult[list[Result]]]] = deque()
        keys: list[K] = []
        chunk: list[tuple[str, bytes]] = []
        size = in_flight = 0
        limit = max(2 * self.processes, AHEAD // CHUNK)
        for key, path, data in items:
            keys.append(key)
            chunk.append((str(path), data))
            size += len(data)
            if len(chunk) >= CHUNK or size >= BYTES_AHEAD // 8:
                window.append((keys, size, self._pool.apply_async(_extract_chunk, (chunk,))))
                in_flight += size
                keys, chunk, size = [], [], 0
                while window and (len(window) >= limit or in_flight > BYTES_AHEAD):
                    done_keys, done_size, pending = window.popleft()
                    in_flight -= done_size
                    yield from zip(done_keys, pending.get(), strict=True)
        if chunk:
            window.append((keys, size, self._pool.apply_async(_extract_chunk, (chunk,))))
        while window:
            done_keys, _size, pending = window.popleft()
            yield from zip(done_keys, pending.get(), strict=True)

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def extract_stream(
    items: Iterable[tuple[K, Path, bytes]],
    settings: ExtractSettings | None = None,
    processes: int = 0,
    actors: ActorRegistry | None = None,
    search: str | None = None,
) -> Iterator[tuple[K, Result]]:
    """``(key, result)`` for each ``(key, path, bytes)`` item, in order: in worker
    processes when ``processes`` > 0, else in this thread; with link features when
    ``actors`` is given, with the search index entry when ``search`` (the archive's
    dialect) is. For an importer::

        workers = default_processes() if len(files) >= MIN_FILES_FOR_WORKERS else 0
        for (path, sha), result in extract_stream(read_files(), settings, workers, actors):
            ...  # write to the database while the workers extract the next files
    """
    settings = settings or ExtractSettings()
    if processes <= 0:
        for key, path, data in items:
            yield key, prepare(path, data, settings, actors, search)
        return
    with ExtractPool(settings, processes, actors, search) as pool:
        yield from pool.imap_keyed(items)
