"""Time a by-objective briefing PDF (target: 200 articles under 5 s), and a big one.

Builds a temporary SQLite archive of ARTICLES articles made from the seed texts
(several languages, objectives, actors, 18 months), then times reading the report
data and rendering the PDF, and prints the figures.

``--gui-mode thread|process`` then builds the same report as the window does, while
a 10 ms timer runs on a Qt event loop in this (the "GUI") thread, and prints the
stalls of that timer, the peak memory of the process doing the work, and how the
progress behaved (first report, total changes, steps backwards). Big report target:
5,000 articles, worker under 400 MB, no stall over 150 ms, progress from the start.

    .venv/bin/python bench/report_bench.py [ARTICLES] [--keep OUT.pdf]
    .venv/bin/python bench/report_bench.py 5000 --gui-mode process
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

from desktop.core.archive.session import Archive, open_archive  # noqa: E402
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
            data = body.encode()
            s.add(Original(sha256=digest, size=len(data), data=data))
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
    parser.add_argument("--gui-mode", choices=("thread", "process"))
    args = parser.parse_args()
    if args.gui_mode:
        return gui_bench(args.articles, args.locale, args.gui_mode)
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


def gui_bench(count: int, locale: str, mode: str) -> int:
    """The report built as the window builds it, with a 10 ms timer on this thread."""
    import threading

    import psutil
    from PySide6.QtCore import QCoreApplication, QTimer

    from desktop.core.operations.progress import TaskState
    from desktop.core.reports import write_report
    from desktop.core.reports.process import write_report_in_process

    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(Path(tmp) / "bench.sqlite", curator="bench")
        fill(archive, count)
        options = ReportOptions(
            template=Template.BY_OBJECTIVE, locale=locale, generated=dt.date(2025, 1, 2)
        )
        me = psutil.Process()
        base_rss = me.memory_info().rss
        progress: list[tuple[float, int, int]] = []
        state = TaskState(on_progress=lambda d, t, _m: progress.append((time.perf_counter(), d, t)))
        finished = threading.Event()
        failure: list[BaseException] = []
        out = Path(tmp) / "big.pdf"

        def job() -> None:
            try:
                if mode == "process":
                    write_report_in_process(archive, options, out, state)
                else:
                    write_report(archive, options, out, state)
            except BaseException as exc:
                failure.append(exc)
            finally:
                finished.set()

        ticks: list[float] = []
        peak = {"worker": 0, "self": 0}

        def tick() -> None:
            ticks.append(time.perf_counter())
            if len(ticks) % 5 == 0:  # every ~50 ms
                peak["self"] = max(peak["self"], me.memory_info().rss)
                for child in me.children(recursive=True):
                    try:
                        peak["worker"] = max(peak["worker"], child.memory_info().rss)
                    except psutil.Error:
                        pass
            if finished.is_set():
                app.quit()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        threading.Thread(target=job, daemon=True).start()
        app.exec()
        elapsed = time.perf_counter() - started
        archive.close()
        if failure:
            raise failure[0]
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        done = [d for _t, d, _total in progress]
        totals = [total for _t, _d, total in progress]
        print(f"mode            {mode}")
        print(f"articles        {count}")
        print(f"pdf size        {out.stat().st_size / 1024:.0f} KiB" if out.exists() else "no pdf")
        print(f"total           {elapsed:.1f} s  (load average {os.getloadavg()[0]:.1f})")
        print(f"first progress  {progress[0][0] - started:.2f} s after start")
        print(
            f"progress        {len(progress)} reports, totals seen {sorted(set(totals))}, "
            f"steps back {sum(1 for a, b in zip(done, done[1:], strict=False) if b < a)}"
        )
        print(
            f"stalls          >100 ms: {sum(g > 0.1 for g in gaps)}, >150 ms: "
            f"{sum(g > 0.15 for g in gaps)}, >250 ms: {sum(g > 0.25 for g in gaps)}, "
            f"longest {max(gaps) * 1000:.0f} ms"
        )
        mb = 1024 * 1024
        if mode == "process":
            print(f"worker peak rss {peak['worker'] / mb:.0f} MB  (target < 400 MB)")
        print(f"gui proc rss    {peak['self'] / mb:.0f} MB peak ({base_rss / mb:.0f} MB before)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
