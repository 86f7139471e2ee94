#!/usr/bin/env python3
"""CPU time of extraction per file, and of each of its steps.

usage:
  extract_profile.py CORPUS_DIR [N] [--profile [ROWS]]

Reads the first N files of CORPUS_DIR (all by default) into memory, warms the
extractor up (language detector, rule files, a few files), then times
``extract_or_error`` on every file in CPU time (``time.process_time``: the figure
does not depend on what else the machine runs). The per-step table comes from a
second, profiled pass over the same files; cProfile inflates the times, so read it
for shares, not for absolute costs. ``--profile`` also prints the cProfile listing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import warm_up  # noqa: E402
from desktop.core.extract.model import ExtractSettings  # noqa: E402
from desktop.core.extract.pipeline import extract_or_error  # noqa: E402

# The steps of the pipeline and the costly helpers under them, as cProfile names them
# (file suffix, function name).
STEPS = [
    ("extract/pipeline.py", "extract_file"),
    ("extract/formats.py", "read"),
    ("extract/source.py", "find_source"),
    ("extract/clean.py", "clean_text"),
    ("extract/body.py", "article_body"),
    ("extract/pipeline.py", "_language"),
    ("extract/pipeline.py", "_title"),
    ("extract/pipeline.py", "_source_and_outlet"),
    ("extract/pipeline.py", "_dates"),
    ("extract/dates.py", "find_mentions"),
    ("extract/language.py", "detect"),
    ("extract/title.py", "headline_from_lines"),
    ("extract/outlet.py", "page_outlets"),
    ("extract/pubdate.py", "of"),
    ("extract/pubdate.py", "publication_date"),
    ("extract/chronology.py", "event_date"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("n", type=int, nargs="?", default=0)
    ap.add_argument("--profile", type=int, nargs="?", const=40, default=0, metavar="ROWS")
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())
    files = files[: args.n] if args.n else files
    data = [(f, f.read_bytes()) for f in files]
    settings = ExtractSettings()
    warm_up(settings.languages)
    for f, b in data[:20]:
        extract_or_error(f, b, settings)

    start = time.process_time()
    for f, b in data:
        extract_or_error(f, b, settings)
    cpu = time.process_time() - start
    print(f"extraction: {cpu / len(data) * 1000:.3f} ms CPU/file over {len(data)} files")

    prof = cProfile.Profile()
    prof.enable()
    for f, b in data:
        extract_or_error(f, b, settings)
    prof.disable()
    stats = pstats.Stats(prof)
    table = stats.stats  # type: ignore[attr-defined]
    print(f"{'step (profiled)':40} {'calls/file':>10} {'ms/file':>8}")
    for suffix, name in STEPS:
        hits = [v for k, v in table.items() if k[0].endswith(suffix) and k[2] == name]
        if hits:
            calls = sum(v[1] for v in hits)
            cum = sum(v[3] for v in hits)
            label = f"{suffix.split('/')[-1]}:{name}"
            print(f"{label:40} {calls / len(data):10.2f} {cum / len(data) * 1000:8.3f}")
    if args.profile:
        stats.sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
