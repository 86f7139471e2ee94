#!/usr/bin/env python3
"""Record, or compare with a record, what an import's workers compute of each file.

usage: features_check.py --record OUT.json CORPUS_DIR...   (record)
       features_check.py --against REF.json CORPUS_DIR...  (compare; exit 1 on a difference)

For every file of the corpora: its link features and its search index entry, as
:func:`desktop.core.importing.pool.prepare` computes them with the registry of a fresh
archive. A change meant to make that work faster must leave the record unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.archive.session import open_archive  # noqa: E402
from desktop.core.extract.model import Extracted, ExtractSettings  # noqa: E402
from desktop.core.importing.pool import _init_worker, prepare  # noqa: E402
from desktop.core.linking.ingest import registry_for_import  # noqa: E402


def record(corpora: list[Path]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = open_archive(str(Path(tmp) / "a.sqlite"))
        actors = registry_for_import(archive)
        archive.close()
    settings = ExtractSettings()
    _init_worker(settings, actors, "en", "sqlite")
    out: dict[str, Any] = {}
    for corpus in corpora:
        for path in sorted(p for p in corpus.iterdir() if p.is_file()):
            result = prepare(path, path.read_bytes(), settings, actors, "sqlite")
            if not isinstance(result, Extracted):
                continue
            forms = result.search_forms
            out[f"{corpus.name}/{path.name}"] = {
                "features": sorted(map(list, result.link_features or [])),
                "search": None if forms is None else [*forms[:5], forms[5].hex()],
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--record", type=Path)
    which.add_argument("--against", type=Path)
    args = parser.parse_args()
    now = record(args.corpora)
    if args.record is not None:
        args.record.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"{len(now)} files recorded")
        return
    before = json.loads(args.against.read_text("utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:20]:
        old, new = before.get(key) or {}, now.get(key) or {}
        for part in ("features", "search"):
            if old.get(part) != new.get(part):
                gone = [x for x in old.get(part) or [] if x not in (new.get(part) or [])]
                came = [x for x in new.get(part) or [] if x not in (old.get(part) or [])]
                print(f"{key} {part}: -{str(gone)[:300]} +{str(came)[:300]}")
    print(f"{len(now)} files, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
