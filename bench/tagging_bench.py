#!/usr/bin/env python3
"""Tagging benchmark: time to suggest objectives and actors for one article.

usage:
  tagging_bench.py [--archive PATH] [--articles N] [--tagged N] [--samples N]

Builds (or reuses, when it already holds N articles) a SQLite archive of N
articles made by shuffling the paragraphs of the seed articles, with the seeds
themselves imported through the real import job. ``--tagged`` articles are
tagged through the same edit as the GUI, so the learned term model is filled
incrementally (and its update time per edit is measured). Then it times
``suggest_for_article`` on the seeds and on random articles: the first call (cold
caches: compiled registry and learned model), and the warm median, p95 and max.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.core.archive.session import Archive, open_archive  # noqa: E402
from desktop.core.importing.run import import_paths  # noqa: E402
from desktop.core.tagging import edits  # noqa: E402
from desktop.core.tagging.registry import forget  # noqa: E402
from desktop.core.tagging.service import suggest_for_article  # noqa: E402
from desktop.db.models import Article, ArticleText, Original  # noqa: E402

LANGS = {"000": "fr", "001": "fr", "002": "vi", "003": "vi", "004": "ms"}


def paragraphs() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lang = LANGS.get(path.name[:3], "en")
        for para in path.read_text(encoding="utf-8").split("\n"):
            if len(para.strip()) > 80:
                out.append((lang, para.strip()))
    return out


def fill(archive: Archive, total: int, batch: int = 5000) -> None:
    with archive.session() as session:
        have = int(session.scalar(select(func.count(Article.id))) or 0)
    if have >= total:
        print(f"reusing {have} articles")
        return
    paras = paragraphs()
    rng = random.Random(7)
    started = time.perf_counter()
    n = have
    while n < total:
        originals, articles, texts = [], [], []
        with archive.session() as session, session.begin():
            base = int(session.scalar(select(func.coalesce(func.max(Article.id), 0))) or 0)
            for k in range(min(batch, total - n)):
                article_id = base + k + 1
                lang = rng.choice(("fr", "vi", "ms"))
                chosen = [p for lg, p in paras if lg == lang] or [p for _, p in paras]
                body = "\n\n".join(rng.sample(chosen, min(4, len(chosen))))
                body += f"\n\n[synthetic {article_id}]"
                digest = hashlib.sha256(body.encode()).hexdigest()
                originals.append({"sha256": digest, "size": len(body), "data": b""})
                articles.append(
                    {
                        "id": article_id,
                        "title": body[:80].split("\n")[0],
                        "language": lang,
                        "sha256": digest,
                        "text_sha256": digest,
                        "source_path": f"synthetic/{article_id}.txt",
                    }
                )
                texts.append({"article_id": article_id, "body": body})
            session.execute(insert(Original), originals)
            session.execute(insert(Article), articles)
            session.execute(insert(ArticleText), texts)
        n += len(articles)
        print(f"  {n} articles ({time.perf_counter() - started:.0f} s)", end="\r", flush=True)
    print()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", default="/tmp/gcm-tagging-bench.sqlite")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--tagged", type=int, default=300)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()

    archive = open_archive(args.archive, curator="bench")
    with archive.session() as session:
        seeded = session.scalar(
            select(func.count(Article.id)).where(Article.source_path.like("%seeds%"))
        )
    if not seeded:
        import_paths(archive, [ROOT / "seeds"])
    fill(archive, args.articles)
    with archive.session() as session:
        ids = list(session.scalars(select(Article.id)))
        seeds = list(session.scalars(select(Article.id).where(Article.source_path.like("%seeds%"))))
    print(f"archive: {args.archive}  articles: {len(ids)}")

    rng = random.Random(11)
    to_tag = rng.sample(ids, min(args.tagged, len(ids)))
    edit_times: list[float] = []
    for i, article_id in enumerate(to_tag):
        t0 = time.perf_counter()
        edits.tag_articles(archive, [article_id], [23 if i % 3 else 10])
        edit_times.append((time.perf_counter() - t0) * 1000)
    if edit_times:
        print(
            f"tag edit (with learned-model update): median {statistics.median(edit_times):.1f} ms"
            f"  p95 {percentile(edit_times, 0.95):.1f} ms"
        )

    forget()
    t0 = time.perf_counter()
    suggest_for_article(archive, seeds[0] if seeds else ids[0])
    print(f"first suggestion (cold caches): {(time.perf_counter() - t0) * 1000:.1f} ms")

    sample = seeds + rng.sample(ids, min(args.samples, len(ids)))
    times: list[float] = []
    for article_id in sample:
        t0 = time.perf_counter()
        result = suggest_for_article(archive, article_id)
        times.append((time.perf_counter() - t0) * 1000)
        assert result is not None
    print(
        f"suggest-tags per article over {len(times)} articles: "
        f"median {statistics.median(times):.1f} ms  p95 {percentile(times, 0.95):.1f} ms  "
        f"max {max(times):.1f} ms  (goal: under 50 ms)"
    )
    archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
