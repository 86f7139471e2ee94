#!/usr/bin/env python3
"""Import benchmark: files/s, peak memory and the ratio to the raw limit.

usage:
  import_bench.py CORPUS_DIR SHARED_BENCH_DIR
  import_bench.py --generate N SHARED_BENCH_DIR [--keep]

SHARED_BENCH_DIR holds gen_corpus.py and raw_limit.py (the shared benchmark
tools). With --generate, N plain-text files are made from the seed articles by
gen_corpus.py in a temporary folder. The files are imported into a fresh SQLite
archive by the CLI (``gcm-archive import``), timed until it returns with every
article searchable and linkable (checked afterwards); raw_limit.py then stores the
same files into a bare SQLite FTS5 table, in the same run, for the ratio. The
resident memory of the CLI and its workers is sampled while the import runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def cli_import(archive: Path, corpus: Path) -> tuple[float, float, float, dict[str, Any]]:
    """Run ``gcm-archive import`` until it returns: wall seconds, peak RSS (MB, the CLI
    and its worker processes together), CPU seconds (the CLI and its workers, sampled
    until they end: what the import costs whatever else runs on the machine) and its
    JSON report."""
    import psutil

    command = [sys.executable, "-m", "desktop", "--archive", str(archive), "--json"]
    out_file = archive.with_suffix(".report.json")
    err_file = archive.with_suffix(".stderr.txt")
    started = time.perf_counter()
    with out_file.open("w") as out, err_file.open("w") as err:  # a pipe could fill up
        process = subprocess.Popen(
            [*command, "import", str(corpus)], cwd=ROOT, stdout=out, stderr=err, text=True
        )
        watched = psutil.Process(process.pid)
        peak = 0.0
        cpu_of: dict[int, float] = {}  # last CPU seconds seen of each process of the tree
        while process.poll() is None:
            try:
                tree = [watched, *watched.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree) / 1e6)
                for p in tree:
                    times = p.cpu_times()
                    cpu_of[p.pid] = times.user + times.system
            except psutil.Error:
                pass
            time.sleep(0.05)
    wall = time.perf_counter() - started
    cpu = sum(cpu_of.values())
    if process.returncode not in (0, 1):
        raise SystemExit(f"import failed: {err_file.read_text().strip()}")
    return wall, peak, cpu, json.loads(out_file.read_text())


def readiness(archive_path: Path) -> str:
    """Is every article searchable and linkable once the CLI has returned?"""
    from desktop.core.archive.session import open_archive
    from desktop.core.linking.store import missing_features
    from desktop.core.search.indexing import index_status

    archive = open_archive(archive_path, curator="bench")
    try:
        status = index_status(archive)
        missing = len(missing_features(archive))
    finally:
        archive.close()
    ok = status.consistent and missing == 0
    return (
        f"{'ready' if ok else 'NOT READY'}: {status.articles} articles, "
        f"{status.indexed} in the search index, {missing} without link features"
    )


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


def features_only(corpus: Path, limit: int) -> tuple[int, float]:
    """Link features alone on up to ``limit`` files (shipped registry): count, CPU s."""
    from desktop.core.linking.actors import ActorRegistry, RegisteredActor
    from desktop.core.linking.features import ArticleInput, extract
    from desktop.core.linking.gazetteer import gazetteer
    from desktop.core.tagging.data import actor_seeds

    seeds = actor_seeds()
    actors = {i: RegisteredActor(i, s.name, s.kind, s.country) for i, s in enumerate(seeds, 1)}
    aliases = tuple((i, a) for i, s in enumerate(seeds, 1) for a, _lang in s.aliases)
    registry = ActorRegistry(actors, aliases)
    texts = [p.read_text("utf-8", "replace") for p in sorted(corpus.iterdir())[:limit]]
    extract(ArticleInput(0, "", "warm up"), registry, gazetteer())
    cpu = time.process_time()
    for n, text in enumerate(texts):
        extract(ArticleInput(n, "", text), registry, gazetteer())
    return len(texts), time.process_time() - cpu


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
        print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs")

        archive = work / "archive.sqlite"
        wall, peak, cpu, report = cli_import(archive, corpus)
        imported, dups = len(report["imported"]), len(report["duplicates"])
        failed = len(report["failed"])
        rate = count / wall
        ready = readiness(archive)

        raw_rate, raw_line = raw_limit(shared, corpus, work)
        n, ex_wall, ex_cpu = extraction_only(corpus, 2000)
        m, feat_cpu = features_only(corpus, 2000)

        print(f"files: {count} (imported {imported}, duplicates {dups}, failed {failed})")
        print(f"CLI import until it returns: {wall:.2f} s wall -> {rate:,.0f} files/s")
        print(f"  {ready}")
        cores = os.cpu_count() or 1
        print(
            f"  CPU of the CLI and its workers: {cpu:.1f} s ({cpu / count * 1e3:.2f} ms a file):"
            f" {count / cpu * cores:,.0f} files/s on {cores} otherwise idle cores"
        )
        print(f"raw limit (same files, same run): {raw_line}")
        if raw_rate:
            print(f"ratio import/raw limit: {rate / raw_rate:.3f} ({raw_rate / rate:.1f}x slower)")
        print(
            f"extraction alone on {n} files: {n / ex_wall:,.0f} files/s wall, "
            f"{ex_cpu / n * 1e3:.3f} ms CPU per file"
        )
        print(f"link features alone on {m} files: {feat_cpu / m * 1e3:.3f} ms CPU per file")
        print(f"memory: peak RSS of the CLI and its workers {peak:.0f} MB")
        print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")
        if failed:
            print("first failures:", report["failed"][:3])
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
