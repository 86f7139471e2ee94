"""Time ``gcm-archive check`` (quick and thorough) on a real SQLite archive of N articles.

The issue's target: 1,000,000 articles under 2 minutes. The archive is built (or
reused) at PATH with the app's own schema (``open_archive`` runs the migrations),
then filled with bulk inserts in large transactions: every article has a stored
original (distinct bytes, so fixity hashes them all), its text, objectives, an
import batch whose summary lists it, and its entry in the full-text index, made by
the app's own code (folding, body rules, the record of each entry). A file ``PATH.done`` marks a
finished build, so a second run reuses it (``--rebuild`` to start over).

The check is then run as the user runs it: ``gcm-archive check [--thorough] --json``
in a fresh process (the page cache stays as the build or the last run left it;
``--cold`` asks the kernel to drop the file's cached pages first, as after a reboot).

    .venv/bin/python bench/check_bench.py [ARTICLES] [--archive PATH] [--build-only]
    .venv/bin/python bench/check_bench.py 1000000 --archive /tmp/check_1m.sqlite

An archive made elsewhere (search_bench.py's, for one) is checked as it is: a file at
PATH without the ``.done`` mark is never replaced unless ``--rebuild`` is given.
``--quick`` times only the default check (the thorough one takes minutes at 1M).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.archive.session import open_archive  # noqa: E402
from desktop.core.search.sqlite_index import entries  # noqa: E402

LANGUAGES = ("fr", "fr", "vi", "vi", "ms")
OUTLETS = [f"outlet{i:02d}.example" for i in range(40)]
CHUNK = 5_000  # articles per executemany
COMMIT = 50_000  # articles per transaction
BATCH = 1_000  # articles per import batch


def log(*args: object) -> None:
    print(*args, flush=True)


def _pools() -> list[list[str]]:
    """Sentences of the seed texts, one pool per seed (several languages)."""
    pools = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text)]
        pools.append([s for s in sentences if len(s) > 30])
    return pools


def _article(rnd: random.Random, pools: list[list[str]], i: int) -> tuple[str, str]:
    """A distinct article: shuffled seed sentences with some numbers changed."""
    pool = pools[i % len(pools)]
    picked = rnd.sample(pool, rnd.randint(min(8, len(pool)), min(25, len(pool))))
    lines = [
        re.sub(r"\d+", lambda _m: str(rnd.randint(1, 2030)), s) if rnd.random() < 0.3 else s
        for s in picked
    ]
    title = f"{lines[0][:150]} ({i + 1})"
    return title, f"{title}\n\n" + "\n".join(lines[1:]) + f"\n\nRef. {rnd.randint(0, 10**9)}\n"


def build(path: Path, count: int) -> None:
    """A ``count``-article archive at ``path`` (its schema from the app's migrations)."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    started = time.perf_counter()
    open_archive(path, curator="bench").close()  # schema, vocabularies, index version
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")  # a build that fails is started again
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-262144")  # 256 MB
    objectives = [n for (n,) in con.execute("SELECT number FROM objectives")]
    curator = con.execute("SELECT id FROM curators").fetchone()[0]
    rnd = random.Random(15)
    pools = _pools()
    index_s = 0.0
    con.execute("BEGIN")
    for start in range(0, count, CHUNK):
        stop = min(count, start + CHUNK)
        originals, articles, texts, tags, titles = [], [], [], [], []
        for i in range(start, stop):
            title, body = _article(rnd, pools, i)
            data = body.encode("utf-8")
            sha = hashlib.sha256(data).hexdigest()
            month = i % 96
            originals.append((sha, len(data), "text/plain", data))
            articles.append(
                (
                    i + 1,
                    title,
                    LANGUAGES[i % len(LANGUAGES)],
                    f"/imports/{i // BATCH:04d}/{i + 1}.txt",
                    OUTLETS[i % len(OUTLETS)],
                    f"{2018 + month // 12}-{month % 12 + 1:02d}-{1 + i % 28:02d}",
                    sha,
                    sha,
                    i // BATCH + 1,
                    curator,
                )
            )
            texts.append((i + 1, body))
            titles.append(title)
            tags += [(i + 1, n) for n in rnd.sample(objectives, rnd.randint(1, 3))]
        for first in range(start - start % BATCH, stop, BATCH):
            if first < start:
                continue
            items = [
                {"id": n + 1, "path": f"/imports/{first // BATCH:04d}/{n + 1}.txt"}
                for n in range(first, min(count, first + BATCH))
            ]
            summary = {"imported": items, "duplicates": [], "failed": []}
            con.execute(
                "INSERT INTO import_batches (id, started_at, finished_at, curator_id, summary) "
                "VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?)",
                (first // BATCH + 1, curator, json.dumps(summary)),
            )
        con.executemany(
            "INSERT INTO originals (sha256, size, media_type, data) VALUES (?,?,?,?)", originals
        )
        con.executemany(
            "INSERT INTO articles (id, title, language, source_path, outlet, published, "
            "sha256, text_sha256, import_batch_id, created_by, review_status, "
            "published_confidence, event_date_confidence, evidence, media_type, notes, "
            "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,'new','stated',"
            "'unknown','{}','text/plain','',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP,1)",
            articles,
        )
        con.executemany("INSERT INTO article_texts (article_id, body) VALUES (?,?)", texts)
        con.executemany(
            "INSERT INTO article_objectives (article_id, objective_number, created_at, "
            "from_suggestion) VALUES (?,?,CURRENT_TIMESTAMP,0)",
            tags,
        )
        t0 = time.perf_counter()
        folded, exact, ledger = entries((i, t, b) for (i, b), t in zip(texts, titles, strict=True))
        insert = "INSERT INTO {}(rowid, title, body) VALUES (:id, :title, :body)"
        con.executemany(insert.format("search_folded"), folded)
        con.executemany(insert.format("search_exact"), exact)
        con.executemany(
            "INSERT INTO search_titles (article_id, title, source, forms) "
            "VALUES (:id, :title, :source, :forms)",
            ledger,
        )
        index_s += time.perf_counter() - t0
        if stop % COMMIT == 0 or stop == count:
            con.execute("COMMIT")
            elapsed = time.perf_counter() - started
            log(f"  {stop}/{count} articles, {elapsed:.0f} s (index {index_s:.0f} s)")
            con.execute("BEGIN")
    con.execute("COMMIT")
    for name in ("search_folded", "search_exact"):
        con.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    size = path.stat().st_size
    log(f"built {count} articles in {time.perf_counter() - started:.0f} s, {size / 1e9:.2f} GB")
    Path(str(path) + ".done").write_text(f"{count}\n", encoding="utf-8")


def run_check(path: Path, *flags: str) -> tuple[float, float, dict[str, object]]:
    """``gcm-archive check`` in a fresh process: wall time, CPU time (children), report."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "gcm-archive"), "--archive", str(path), "check"]
        + ["--json", *flags],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"check failed ({done.returncode}): {done.stderr.strip()}")
    return wall, cpu, json.loads(done.stdout)


def step_times(path: Path, thorough: bool) -> None:
    """Each step of the check alone, one after the other: wall and CPU seconds."""
    from desktop.core.maintenance import check
    from desktop.core.operations.progress import TaskState

    archive = open_archive(path, curator="bench")
    tasks = check._tasks(archive, thorough)
    run = check._Run(archive, TaskState(), {}, thorough, sum(t.weight for t in tasks))
    for task in tasks:
        wall, cpu = time.perf_counter(), time.thread_time()
        found = run.one(task, repair=False)
        log(
            f"  {task.name:<15} {time.perf_counter() - wall:6.1f} s wall "
            f"{time.thread_time() - cpu:6.1f} s CPU  findings {len(found)}"
        )
    archive.close()


def drop_cache(path: Path) -> None:
    """Ask the kernel to forget the file's cached pages (posix_fadvise DONTNEED)."""
    for file in path.parent.glob(path.name + "*"):
        fd = os.open(file, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="?", type=int, default=20_000)
    parser.add_argument("--archive", type=Path, help="build or reuse the archive there")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--cold", action="store_true", help="drop the file's cached pages first")
    parser.add_argument("--steps", action="store_true", help="then time each step alone")
    parser.add_argument("--quick", action="store_true", help="only the default check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.archive or Path(tmp) / "bench.sqlite"
        done = Path(str(path) + ".done")
        built = done.exists() and done.read_text(encoding="utf-8").strip() == str(args.articles)
        if not built and not args.rebuild and path.exists():
            built = True  # another benchmark's archive: checked as it is, never replaced
            log(f"checking the archive at {path} as it is (no {done.name})")
        if args.rebuild or not built:
            log(f"building {args.articles} articles at {path} ...")
            build(path, args.articles)
        if args.build_only:
            return 0
        size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))
        log(f"articles         {args.articles}  ({size / 1e9:.2f} GB on disk)")
        modes = (((), "quick"), (("--thorough",), "thorough"))
        for flags, label in modes[:1] if args.quick else modes:
            if args.cold:
                drop_cache(path)
            wall, cpu, report = run_check(path, *flags)
            verdict = "ok" if wall < 120 else "SLOW"
            log(
                f"check {label:<9}  {wall:.1f} s wall, {cpu:.1f} s CPU "
                f"(target < 120 s at 1M: {verdict}); ok={report['ok']} "
                f"checked={report['checked']}"
            )
            if not report["ok"]:
                log(json.dumps(report["findings"], ensure_ascii=False)[:2000])
        log(f"load average     {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if args.steps:
            for thorough in (False,) if args.quick else (False, True):
                log(f"steps alone ({'thorough' if thorough else 'quick'}):")
                step_times(path, thorough)
            log(f"load average     {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
