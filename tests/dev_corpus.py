"""The development corpus (``tests/data/dev_corpus``) scored as a curator would score it.

The figures are those of the evaluation scorer: everything goes through the command line
(``import``, ``articles``, ``suggest-tags``, ``suggest-links``, all with ``--json``), run in
this process on a fresh SQLite archive. Regression tests assert goals on the figures; the
mismatches are listed in the assertion message so that a failure says what went wrong.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.cli.main import main as cli_main

CORPUS = Path(__file__).resolve().parent / "data" / "dev_corpus"
TRUTH = json.loads((CORPUS / "truth.json").read_text("utf-8"))


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", (s or "").replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def same_name(a: str, b: str) -> bool:
    """As the scorer: equal, one inside the other, or 2+ words of one all in the other."""

    def strip(s: str) -> str:
        return " ".join(re.sub(r"\([^)]*\)", " ", s).split())

    return any(_same_raw(x, y) for x in {a, strip(a)} for y in {b, strip(b)} if x and y)


def _same_raw(a: str, b: str) -> bool:
    if a == b or (len(b) > 3 and (a in b or b in a)):
        return True
    x, y = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return len(small) >= 2 and small <= big


def cli_json(archive: Path, *args: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli_main(["--archive", str(archive), *args, "--json"])
    assert code in (0, 1), f"gcm-archive {' '.join(args[:2])} exited {code}"
    return json.loads(out.getvalue())


@dataclass
class Figures:
    """Counts over the corpus and the mismatches behind them."""

    articles: dict[str, dict[str, Any]]
    total: int = 0
    failed: int = 0
    language: int = 0
    titles: int = 0
    dates: int = 0
    wrong_dates: int = 0
    unflagged_wrong: int = 0
    outlet_or_url: int = 0
    core_total: int = 0
    core_top5: int = 0
    actors_total: int = 0
    actors_found: int = 0
    extra_actors: dict[str, int] = field(default_factory=dict)
    link_precision: float = 0.0
    link_recall: float = 0.0
    distractors_linked: int = 0
    mismatches: list[str] = field(default_factory=list)

    def report(self) -> str:
        return "\n".join(self.mismatches)


def import_corpus(workdir: Path) -> tuple[Path, dict[str, Any], dict[str, dict[str, Any]]]:
    truth = {d["file"]: d for d in TRUTH["articles"]}
    archive = workdir / "dev.sqlite"
    files = [str(p) for p in sorted(CORPUS.iterdir()) if p.name in truth]
    report = cli_json(archive, "import", *files)
    rows = {Path(a["source_path"] or "").name: a for a in cli_json(archive, "articles")}
    return archive, report, rows


def metadata_figures(report: dict[str, Any], rows: dict[str, dict[str, Any]]) -> Figures:
    truth = {d["file"]: d for d in TRUTH["articles"]}
    fig = Figures(articles=rows, total=len(truth), failed=len(report.get("failed", [])))
    out = fig.mismatches
    out += [f"failed import: {x['path']}: {x['error']}" for x in report.get("failed", [])]
    for name, t in truth.items():
        a = rows.get(name)
        if a is None:
            out.append(f"{name}: not imported")
            continue
        if a["language"] == t["language"]:
            fig.language += 1
        else:
            out.append(f"language {name}: {a['language']} (truth {t['language']})")
        ratio = difflib.SequenceMatcher(None, fold(a["title"]), fold(t["title"])).ratio()
        if ratio >= 0.8:
            fig.titles += 1
        else:
            out.append(f"title {name}: {a['title']!r} (truth {t['title']!r})")
        if a["event_date"] == t["event_date"]:
            fig.dates += 1
        else:
            out.append(
                f"date {name}: {a['event_date']} {a.get('date_confidence')} "
                f"{a.get('review_status')} (truth {t['event_date']})"
            )
            if a["event_date"] is not None:
                fig.wrong_dates += 1
                fig.unflagged_wrong += a.get("review_status") != "needs_review"
        if a.get("outlet") or a.get("source_url"):
            fig.outlet_or_url += 1
        else:
            out.append(f"outlet {name}: neither outlet nor source URL")
    return fig


def suggestion_figures(archive: Path, fig: Figures) -> Figures:
    truth = {d["file"]: d for d in TRUTH["articles"]}
    aliases: dict[str, set[str]] = {}
    for entry in TRUTH.get("actor_directory", []):
        aliases[fold(entry["name"])] = {fold(entry["name"])} | {
            fold(x) for x in entry.get("aliases", [])
        }
    out = fig.mismatches
    for name, t in truth.items():
        a = fig.articles.get(name)
        if a is None:
            continue
        s = cli_json(archive, "suggest-tags", str(a["id"]))
        top5 = [o["number"] for o in s.get("objectives", [])[:5]]
        for number in t["gcm_objectives"][:2]:
            fig.core_total += 1
            if number in top5:
                fig.core_top5 += 1
            else:
                out.append(f"objective {name}: core {number} not in top 5 {top5}")
        names = [fold(x["name"]) for x in s.get("actors", [])]
        matched: set[str] = set()
        for actor in t["actors"]:
            fig.actors_total += 1
            forms = aliases.get(fold(actor), {fold(actor)})
            hit = [n for n in names if any(same_name(x, n) for x in forms)]
            fig.actors_found += bool(hit)
            matched.update(hit)
            if not hit:
                out.append(f"actor {name}: missed {actor!r} (suggested {names})")
        fig.extra_actors[name] = len([n for n in names if n not in matched])

    groups = [set(g["files"]) for g in TRUTH.get("translation_groups", [])]
    nolink: set[frozenset[str]] = set()
    for pair in TRUTH.get("distractor_pairs", []):
        nolink |= {frozenset((x, y)) for x in pair["files_event_a"] for y in pair["files_event_b"]}
    id2name = {str(v["id"]): k for k, v in fig.articles.items()}
    predicted: set[frozenset[str]] = set()
    for link in cli_json(archive, "suggest-links"):
        members = sorted(id2name.get(str(i), str(i)) for i in link["articles"])
        predicted |= {frozenset(p) for p in itertools.combinations(members, 2)}
    true_pairs = {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}
    hits = len(predicted & true_pairs)
    fig.link_precision = hits / len(predicted) if predicted else 0.0
    fig.link_recall = hits / len(true_pairs) if true_pairs else 0.0
    fig.distractors_linked = len(predicted & nolink)
    out += [f"false link: {sorted(p)}" for p in predicted - true_pairs]
    out += [f"missed link: {sorted(p)}" for p in true_pairs - predicted]
    return fig
