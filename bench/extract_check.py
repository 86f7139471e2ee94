#!/usr/bin/env python3
"""Record, or compare with a record, everything extraction returns for each file.

usage: extract_check.py --record OUT.json [--every K] CORPUS_DIR...  (record)
       extract_check.py --against REF.json [--every K] CORPUS_DIR... (compare; exit 1 if any differ)

For every file of the corpora (every K-th with ``--every``): each field of the
:class:`Extracted` that :func:`extract_or_error` returns (title, text, language and its
score, source URL, outlet, dates and their confidences, evidence, review reasons,
encoding), or the reason of the error. "Today" is fixed, so the record does not age.
A change meant to make extraction faster must leave the record unchanged.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import warm_up  # noqa: E402
from desktop.core.extract.model import Extracted, ExtractSettings  # noqa: E402
from desktop.core.extract.pipeline import extract_or_error  # noqa: E402

TODAY = dt.date(2026, 6, 1)
SKIP = {"link_features", "search_forms", "_sha"}


def _fields(result: Extracted | Exception) -> dict[str, Any]:
    if not isinstance(result, Extracted):
        return {"error": f"{type(result).__name__}: {result}"}
    out = {}
    for f in dataclasses.fields(result):
        if f.name not in SKIP:
            out[f.name] = getattr(result, f.name)
    return json.loads(json.dumps(out, default=str, ensure_ascii=False, sort_keys=True))


def record(corpora: list[Path], every: int) -> dict[str, Any]:
    settings = ExtractSettings(today=TODAY)
    warm_up(settings.languages)
    out: dict[str, Any] = {}
    for corpus in corpora:
        files = sorted(p for p in corpus.rglob("*") if p.is_file())[::every]
        for path in files:
            result = extract_or_error(path, path.read_bytes(), settings)
            out[f"{corpus.name}/{path.relative_to(corpus)}"] = _fields(result)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--every", type=int, default=1)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--record", type=Path)
    which.add_argument("--against", type=Path)
    args = parser.parse_args()
    now = record(args.corpora, args.every)
    if args.record is not None:
        args.record.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"{len(now)} files recorded")
        return
    before = json.loads(args.against.read_text("utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:20]:
        old, new = before.get(key) or {}, now.get(key) or {}
        for part in sorted(old.keys() | new.keys()):
            if old.get(part) != new.get(part):
                print(f"{key} {part}: {str(old.get(part))[:300]} -> {str(new.get(part))[:300]}")
    print(f"{len(now)} files, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
