"""Time ``check_archive`` (quick and thorough) on a SQLite archive of N articles.

The issue's target is 1,000,000 articles under 2 minutes; the figures printed here
are per 100,000 articles and extrapolated linearly to 1,000,000 (every step is one
scan of a table or an index; ``integrity_check`` is O(N log N), so the thorough
figure is a lower bound).

    .venv/bin/python bench/check_bench.py [ARTICLES]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report_bench import fill  # noqa: E402
from desktop.core.archive.session import open_archive  # noqa: E402
from desktop.core.maintenance.check import check_archive  # noqa: E402
from desktop.core.search.indexing import reindex  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="?", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(Path(tmp) / "bench.sqlite", curator="bench")
        fill(archive, args.articles)
        reindex(archive)
        size = (Path(tmp) / "bench.sqlite").stat().st_size
        figures = {}
        for thorough in (False, True):
            started = time.perf_counter()
            report = check_archive(archive, thorough=thorough).value
            figures[thorough] = time.perf_counter() - started
            assert report is not None and report.ok, report
        archive.close()
    per = 1_000_000 / args.articles
    print(f"articles         {args.articles}  ({size / 1e6:.0f} MB file)")
    for thorough, label in ((False, "quick"), (True, "thorough")):
        seconds = figures[thorough]
        print(
            f"check {label:<9}  {seconds:.1f} s; x{per:.0f} -> ~{seconds * per:.0f} s at 1M "
            f"(target < 120 s)"
        )
    print(f"load average     {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
