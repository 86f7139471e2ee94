#!/usr/bin/env python3
"""Import benchmark: files/s, peak memory and the ratio to the raw limit.

usage:
  import_bench.py CORPUS_DIR SHARED_BENCH_DIR
  import_bench.py --generate N SHARED_BENCH_DIR [--keep]

SHARED_BENCH_DIR holds gen_corpus.py and raw_limit.py (the shared benchmark
tools). With --generate, N plain-text files are made from the seed articles by
gen_corpus.py in a temporary folder. The files are imported into a fresh SQLite
archive with every metadata extraction on, through the same import job as the
GUI and the CLI; raw_limit.py then stores the same files into a bare SQLite
FTS5 table, in the same run, for the ratio. Resident memory is sampled while
the import runs to show whether it stays flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def generate(shared: Path, out: Path, count: int) -> None:
    script = shared / "gen_corpus.py"
    subprocess.run(
        [sys.executable, str(script), str(ROOT / "seeds"), str(out), str(count)], check=True
    )


def raw_limit(shared: Path, corpus: Path, work: Path) -> tuple[float, str]:
    db = work / "raw_limit.sqlite"
    done = subprocess.run(
        [sys.executable, str(shared / "raw_limit.py"), str(corpus), str(db)],
        check=True,
        capture_output=True,
        text=True,
    )
    line = done.stdout.strip().splitlines()[-1]
    match = re.search(r"rate=(\d+)/s", line)
    return (float(match.group(1)) if match else 0.0), line


class Timers:
    """Wall time spent in extraction and in each hook during the import (measured by
    wrapping the calls, which are otherwise unchanged)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, func):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

        return timed

    def install(self) -> None:
        from desktop.core import hooks, importer

        importer.extract_file = self.wrap("extraction", importer.extract_file)
        resolve = hooks._resolve

        def timed_resolve(spec: str):  # type: ignore[no-untyped-def]
            return self.wrap("hook " + spec.rsplit(".", 1)[-1], resolve(spec))

        hooks._resolve = timed_resolve  # type: ignore[assignment]


def extraction_only(corpus: Path, limit: int) -> tuple[int, float, float]:
    """Extraction alone (no database) on up to ``limit`` files: count, wall s, CPU s."""
    from desktop.core.extract import ExtractError, extract_file

    files = sorted(corpus.iterdir())[:limit]
    blobs = [(p, p.read_bytes()) for p in files]
    wall, cpu = time.perf_counter(), time.process_time()
    for path, data in blobs:
        try:
            extract_file(path, data)
        except ExtractError:
            pass
    return len(blobs), time.perf_counter() - wall, time.process_time() - cpu


def extraction_pool(corpus: Path, limit: int, processes: int) -> tuple[int, float, float]:
    """The same files through ExtractPool: count, seconds to the first result, seconds
    for all."""
    from desktop.core.extract.pool import ExtractPool

    files = sorted(corpus.iterdir())[:limit]
    started = time.perf_counter()
    first = 0.0
    with ExtractPool(processes=processes) as pool:
        for n, _result in enumerate(pool.imap((p, p.read_bytes()) for p in files)):
            if n == 0:
                first = time.perf_counter() - started
    return len(files), first, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="a folder of files to import")
    parser.add_argument("shared", help="folder with gen_corpus.py and raw_limit.py")
    parser.add_argument("--generate", type=int, metavar="N", help="generate N files first")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if (args.corpus is None) == (args.generate is None):
        parser.error("give either CORPUS_DIR or --generate N")
    shared = Path(args.shared).resolve()

    from desktop.core.archive import open_archive
    from desktop.core.extract import warm_up
    from desktop.core.importer import import_paths
    from desktop.core.progress import TaskState

    work = Path(tempfile.mkdtemp(prefix="gcm-import-bench-"))
    try:
        if args.generate is not None:
            corpus = work / "corpus"
            started = time.perf_counter()
            generate(shared, corpus, args.generate)
            print(f"generated {args.generate} files in {time.perf_counter() - started:.1f} s")
        else:
            corpus = Path(args.corpus).resolve()
        count = sum(1 for _ in corpus.iterdir())

        started = time.perf_counter()
        warm_up()
        print(f"warm-up (language detector, rule files): {time.perf_counter() - started:.2f} s")

        timers = Timers()
        timers.install()
        archive = open_archive(work / "archive.sqlite", curator="bench")
        samples: list[tuple[int, float]] = []
        step = max(count // 8, 1)

        def on_progress(done: int, total: int, message: str) -> None:
            if done % step == 0:
                samples.append((done, rss_mb()))

        rss_before = rss_mb()
        wall, cpu = time.perf_counter(), time.process_time()
        report = import_paths(archive, [corpus], TaskState(on_progress=on_progress)).value
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        archive.close()
        assert report is not None
        imported, dups, failed = len(report.imported), len(report.duplicates), len(report.failed)
        rate = count / wall

        raw_rate, raw_line = raw_limit(shared, corpus, work)
        n, ex_wall, ex_cpu = extraction_only(corpus, 5000)
        pooled = extraction_pool(corpus, 5000, 2)

        print(f"files: {count} (imported {imported}, duplicates {dups}, failed {failed})")
        print(f"import: {wall:.2f} s wall, {cpu:.2f} s CPU -> {rate:,.0f} files/s")
        parts = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(timers.seconds.items()))
        rest = wall - sum(timers.seconds.values())
        print(f"  of which: {parts}, reading/hashing/database {rest:.2f} s")
        print(f"raw limit (same files, same run): {raw_line}")
        if raw_rate:
            print(f"ratio import/raw limit: {rate / raw_rate:.3f} ({raw_rate / rate:.1f}x slower)")
        print(
            f"extraction alone on {n} files: {n / ex_wall:,.0f} files/s wall, "
            f"{ex_cpu / n * 1e3:.3f} ms CPU per file"
        )
        m, first, total = pooled
        print(
            f"extraction in ExtractPool(2) on {m} files: {m / total:,.0f} files/s overall, "
            f"{(m - 1) / (total - first):,.0f} files/s once started ({first:.1f} s to start)"
        )
        print(f"memory: RSS {rss_before:.0f} MB before, peak {peak_rss_mb():.0f} MB")
        print(
            "RSS during import (files done: MB): " + ", ".join(f"{d}: {m:.0f}" for d, m in samples)
        )
        if failed:
            print("first failures:", report.failed[:3])
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
