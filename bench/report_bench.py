"""Time a 200-article by-objective briefing PDF (target: under 5 s).

Builds a temporary SQLite archive of ARTICLES articles made from the seed texts
(several languages, objectives, actors, 18 months), then times reading the report
data and rendering the PDF, and prints the figures.

    .venv/bin/python bench/report_bench.py [ARTICLES] [--keep OUT.pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.archive import Archive, open_archive  # noqa: E402
from desktop.core.reports import ReportOptions, Template, build_report  # noqa: E402
from desktop.core.reports.pdf import render_pdf  # noqa: E402
from desktop.db.models import (  # noqa: E402
    Actor,
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    Objective,
    Original,
)

LANGUAGES = ("fr", "fr", "vi", "vi", "ms")
ACTORS = ("IOM", "ILO", "UNESCAP", "Phan Chí Thành", "Hà Kim Ngọc", "Kendra Rinas", "GIZ")
OUTLETS = ("VNA", "ĐCSVN", "Báo Quốc tế", "Người Lao Động", "Nông nghiệp và Môi trường")


def fill(archive: Archive, count: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    with archive.session() as s, s.begin():
        if s.query(Objective).count() == 0:
            for n in range(1, 24):
                s.add(Objective(number=n, titles={"en": f"Objective {n}"}))
        actors = []
        for name in ACTORS:
            actor = s.query(Actor).filter_by(name=name).one_or_none() or Actor(name=name)
            s.add(actor)
            actors.append(actor)
        s.flush()
        for i in range(count):
            text = texts[i % len(texts)]
            title = text.strip().splitlines()[0][:200] + f" ({i + 1})"
            body = f"{text}\n\n{i}"
            digest = hashlib.sha256(body.encode()).hexdigest()
            s.add(Original(sha256=digest, size=len(body), data=body.encode()))
            s.flush()
            month = i % 18
            article = Article(
                title=title,
                language=LANGUAGES[i % len(LANGUAGES)],
                outlet=OUTLETS[i % len(OUTLETS)],
                published=dt.date(2023 + month // 12, month % 12 + 1, 1 + i % 28),
                source_url=f"https://example.org/news/{i + 1}.html",
                sha256=digest,
                text_sha256=digest,
            )
            s.add(article)
            s.flush()
            s.add(ArticleText(article_id=article.id, body=body))
            for n in sorted({1 + i % 23, 23, 1 + (i * 5) % 23}):
                s.add(ArticleObjective(article_id=article.id, objective_number=n))
            for actor in {actors[i % len(actors)], actors[(i + 3) % len(actors)]}:
                s.add(ArticleActor(article_id=article.id, actor_id=actor.id))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="?", type=int, default=200)
    parser.add_argument("--keep", metavar="OUT.pdf", help="write the PDF there")
    parser.add_argument("--locale", default="vi")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(Path(tmp) / "bench.sqlite", curator="bench")
        fill(archive, args.articles)
        options = ReportOptions(
            template=Template.BY_OBJECTIVE, locale=args.locale, generated=dt.date(2025, 1, 2)
        )
        render_pdf(build_report(archive, ReportOptions(locale=args.locale)))  # warm fonts
        c0, t0 = time.process_time(), time.perf_counter()
        report = build_report(archive, options)
        t1 = time.perf_counter()
        pdf = render_pdf(report)
        c2, t2 = time.process_time(), time.perf_counter()
        archive.close()
    from io import BytesIO

    from pypdf import PdfReader

    pages = len(PdfReader(BytesIO(pdf)).pages)
    if args.keep:
        Path(args.keep).write_bytes(pdf)
    total = t2 - t0
    print(f"articles        {report.summary.total}")
    print(f"sections        {len(report.sections)}")
    print(f"pages           {pages}")
    print(f"pdf size        {len(pdf) / 1024:.0f} KiB")
    print(f"build data      {t1 - t0:.2f} s")
    print(f"render pdf      {t2 - t1:.2f} s")
    print(f"total           {total:.2f} s  (target < 5 s: {'ok' if total < 5 else 'SLOW'})")
    print(f"cpu time        {c2 - c0:.2f} s  (load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
