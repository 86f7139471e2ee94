#!/usr/bin/env python3
"""Benchmark of event-link suggestions on a large archive.

usage: linking_bench.py GEN_CORPUS_PY [--n 100000] [--archive /tmp/linkbench.sqlite]
                        [--corpus /tmp/linkbench-corpus] [--via-import]

Builds (once; later runs reuse it) an archive of N synthetic articles made by the shared
generator, computing every article's link features as the import hook does, then prints:
- feature extraction throughput while building;
- suggestions for one newly imported article (target < 100 ms), median of several runs;
- a whole-archive suggestion pass with progress (target < 5 minutes).

``--via-import`` builds through the real import job (every hook, slower); by default the
articles are inserted in bulk and only the link features are computed.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.core.archive.session import Archive, open_archive  # noqa: E402
from desktop.core.importing.run import import_paths  # noqa: E402
from desktop.core.linking.store import update_features  # noqa: E402
from desktop.core.linking.suggest import suggest_for_article, suggest_links  # noqa: E402
from desktop.core.operations.progress import TaskState  # noqa: E402
from desktop.db.models import Article, ArticleFeature, ArticleText, Original  # noqa: E402

BATCH = 2000


def generate(generator: str, corpus: Path, n: int) -> None:
    if corpus.is_dir() and sum(1 for _ in corpus.glob("art*.txt")) >= n:
        return
    print(f"generating {n} articles in {corpus} …", flush=True)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, generator, str(ROOT / "seeds"), str(corpus), str(n)], check=True
    )
    print(f"  {time.perf_counter() - t0:.1f} s", flush=True)


def count(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.scalar(select(func.count(Article.id))) or 0)


def bulk_build(archive: Archive, files: list[Path]) -> None:
    """Insert articles directly, then compute their link features (as the hook would)."""
    t_insert = t_features = 0.0
    done = 0
    for start in range(0, len(files), BATCH):
        chunk = files[start : start + BATCH]
        t0 = time.perf_counter()
        originals, articles = [], []
        for path in chunk:
            data = path.read_bytes()
            text = data.decode("utf-8")
            sha = hashlib.sha256(data).hexdigest()
            originals.append(
                {"sha256": sha, "size": len(data), "media_type": "text/plain", "data": data}
            )
            title = text.split("\n", 1)[0][:300]
            articles.append(
                {
                    "title": title,
                    "source_path": str(path),
                    "sha256": sha,
                    "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "evidence": {},
                    "_body": text,
                }
            )
        with archive.session() as session, session.begin():
            session.execute(insert(Original), originals)
            bodies = [a.pop("_body") for a in articles]
            ids = (
                session.execute(
                    insert(Article).returning(Article.id, sort_by_parameter_order=True), articles
                )
                .scalars()
                .all()
            )
            session.execute(
                insert(ArticleText),
                [{"article_id": i, "body": b} for i, b in zip(ids, bodies, strict=True)],
            )
            t1 = time.perf_counter()
            update_features(session, list(ids))
            t2 = time.perf_counter()
        t_insert += t1 - t0
        t_features += t2 - t1
        done += len(chunk)
        rate = done / t_features if t_features else 0
        print(f"\r  built {done}/{len(files)}  features {rate:.0f} articles/s", end="", flush=True)
    print()
    print(
        f"  insert {t_insert:.1f} s, link features {t_features:.1f} s "
        f"({len(files) / t_features:.0f} articles/s, {t_features / len(files) * 1000:.2f} ms each)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("generator", help="path of the shared gen_corpus.py")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--archive", default="/tmp/linkbench.sqlite")
    parser.add_argument("--corpus", default="/tmp/linkbench-corpus")
    parser.add_argument("--via-import", action="store_true")
    args = parser.parse_args()

    archive = open_archive(args.archive, curator="bench")
    have = count(archive)
    if have < args.n:
        corpus = Path(args.corpus)
        generate(args.generator, corpus, args.n)
        files = sorted(corpus.glob("art*.txt"))[have : args.n]
        print(f"building the archive: {len(files)} articles …", flush=True)
        t0 = time.perf_counter()
        if args.via_import:
            import_paths(archive, files)
        else:
            bulk_build(archive, files)
        print(f"  build {time.perf_counter() - t0:.1f} s", flush=True)
    total = count(archive)
    with archive.session() as session:
        features = int(session.scalar(select(func.count(ArticleFeature.id))) or 0)
    print(f"archive: {total} articles, {features} link features ({features / total:.1f} each)")

    # one newly imported article: another version of an article of the archive
    corpus_files = sorted(Path(args.corpus).glob("art*.txt"))
    twin = (
        corpus_files[len(corpus_files) // 2]
        if corpus_files
        else ROOT / "seeds" / "002_f3354f7f8490ee7e.txt"
    )
    new = Path(args.corpus).parent / "linkbench-new.txt"
    text = twin.read_text("utf-8")
    new.write_text(text + f"\nUpdated version {time.time_ns()}.\n", encoding="utf-8")
    t0 = time.perf_counter()
    report = import_paths(archive, [new]).value
    t_import = time.perf_counter() - t0
    assert report is not None and report.imported, report
    new_id = report.imported[0]["id"]
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        found = suggest_for_article(archive, new_id)
        times.append(time.perf_counter() - t0)
    best = f"{found[0].score:.2f} {found[0].articles}" if found else None
    print(
        f"one new article: import {t_import * 1000:.0f} ms; suggestions median "
        f"{statistics.median(times) * 1000:.1f} ms (min {min(times) * 1000:.1f}, "
        f"max {max(times) * 1000:.1f}); {len(found)} found, best score {best}"
        f"  [target < 100 ms]"
    )

    last = [0.0]

    def progress(done: int, total_: int, message: str) -> None:
        now = time.perf_counter()
        if now - last[0] > 2 or done >= total_:
            last[0] = now
            print(f"\r  {message} {done}/{total_}", end="", flush=True)

    print("whole-archive pass …", flush=True)
    t0 = time.perf_counter()
    suggestions = suggest_links(archive, state=TaskState(on_progress=progress))
    elapsed = time.perf_counter() - t0
    print()
    print(
        f"whole archive: {elapsed:.1f} s for {total} articles, {len(suggestions)} suggestions "
        f"above the default threshold  [target < 300 s]"
    )
    archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
