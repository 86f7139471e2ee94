#!/usr/bin/env python3
"""CPU cost of preparing one imported file, step by step (what an import's workers do).

usage: prepare_profile.py CORPUS_DIR [N] [--profile]

Each file of CORPUS_DIR (the first N, sorted) is prepared as the importer's workers
prepare it (:func:`desktop.core.importing.pool.prepare`: extraction, link features,
search index entry) with the registry of a fresh archive; then each step is timed on
its own over the extracted articles. Times are CPU time of this process
(``time.process_time``, the least of a few runs), so they hold on a busy machine;
``--profile`` prints the cProfile of the whole preparation instead.
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.archive.session import open_archive  # noqa: E402
from desktop.core.extract.model import Extracted, ExtractSettings  # noqa: E402
from desktop.core.extract.pipeline import extract_or_error  # noqa: E402
from desktop.core.importing.pool import _add_search_forms, _init_worker, prepare  # noqa: E402
from desktop.core.linking.ingest import attach, registry_for_import  # noqa: E402

WARM_UP = 50


REPEAT = 3  # each step is timed this many times, the least kept: others share the CPU


def cpu_ms(step: Callable[[], object], count: int) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        start = time.process_time()
        step()
        best = min(best, time.process_time() - start)
    return best / max(1, count) * 1000


def _each(step: Callable[..., None], calls: list[tuple[Any, ...]]) -> None:
    for call in calls:
        step(*call)


def _search_calls(done: list[Extracted], folds: list[Any]) -> list[tuple[Any, ...]]:
    """Arguments of each search entry: given the fold made for the link features, as
    the importer hands it over (when it does)."""
    takes = "folded" in inspect.signature(_add_search_forms).parameters
    return [
        (d, "sqlite", f if isinstance(f, tuple) else None) if takes else (d, "sqlite")
        for d, f in zip(done, folds, strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(str(Path(tmp) / "a.sqlite"))
        actors = registry_for_import(archive)
        archive.close()
    settings = ExtractSettings()
    _init_worker(settings, actors, "en", "sqlite")
    files = [p for p in sorted(args.corpus.iterdir()) if p.is_file()][: args.count]
    items = [(p, p.read_bytes()) for p in files]
    for path, data in items[:WARM_UP]:
        prepare(path, data, settings, actors, "sqlite")

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for path, data in items:
            prepare(path, data, settings, actors, "sqlite")
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(60)
        return

    n = len(items)
    results: list[object] = []
    whole = cpu_ms(
        lambda: results.extend(prepare(p, d, settings, actors, "sqlite") for p, d in items), n
    )
    results = results[:n]
    done = [r for r in results if isinstance(r, Extracted)]
    extract = cpu_ms(lambda: [extract_or_error(p, d, settings) for p, d in items], n)
    folds: list[Any] = []
    link = cpu_ms(lambda: folds.extend(attach(r, actors) for r in done), n)
    calls = _search_calls(done, folds[: len(done)])
    search = cpu_ms(lambda: _each(_add_search_forms, calls), n)
    pickled = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in done]
    dump = cpu_ms(lambda: [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in done], n)
    load = cpu_ms(lambda: [pickle.loads(b) for b in pickled], n)
    size = sum(map(len, pickled)) / max(1, len(pickled)) / 1024
    print(f"{n} files ({len(done)} extracted), CPU ms per file:")
    print(f"  prepare (all steps)  {whole:6.2f}")
    print(f"  extraction           {extract:6.2f}")
    print(f"  link features        {link:6.2f}")
    print(f"  search entry         {search:6.2f}  (given the fold made for the link features)")
    print(f"  pickle result        {dump:6.2f} dump, {load:.2f} load, {size:.1f} KiB")


if __name__ == "__main__":
    main()
