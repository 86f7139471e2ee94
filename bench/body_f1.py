#!/usr/bin/env python3
"""Body-text benchmark: the article text kept by import against bare trafilatura.

usage:
  body_f1.py PAGES_DIR [BODIES_DIR]

PAGES_DIR holds saved pages (NAME.html, NAME.htm, single-file NAME.mhtml / NAME.mht; text
files NAME.txt are scored too
when they have an expected body and no page of the same name); BODIES_DIR (default:
PAGES_DIR) holds the expected article body of each page as NAME.body.txt or NAME.txt (NAME.body.txt
is required when it sits beside a NAME.txt page). Bare trafilatura is given the HTML part of
an MHTML page. Both extractors run on the same bytes in the
same run: ``extract_file`` (the text the archive stores and shows) and
``trafilatura.extract`` with its default settings. Prints token precision, recall
and F1 per page and their means (tokens: words and numbers, case-folded, NFC;
counted as multisets).

The shipped expected bodies (bench/body_truth) are the article paragraphs, with the
standfirst, of the web pages of the development corpus:
  python bench/body_f1.py tests/data/dev_corpus bench/body_truth
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import ExtractError, extract_file, warm_up  # noqa: E402

_TOKEN = re.compile(r"\w+")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFC", text).casefold()))


def scores(got: str, expected: str) -> tuple[float, float, float]:
    a, b = tokens(got), tokens(expected)
    common = sum((a & b).values())
    precision = common / sum(a.values()) if a else 0.0
    recall = common / sum(b.values()) if b else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairs(pages: Path, bodies: Path) -> list[tuple[Path, Path]]:
    found = []
    for page in sorted(pages.iterdir()):
        if page.suffix.lower() in PAGE_SUFFIXES:
            body = bodies / f"{page.stem}.body.txt"
            if not body.exists():
                body = bodies / f"{page.stem}.txt"
        elif page.suffix.lower() == ".txt" and not page.name.endswith(".body.txt"):
            body = bodies / f"{page.stem}.body.txt"
            if bodies != pages and not body.exists():
                body = bodies / f"{page.stem}.txt"
            if body == page:
                continue
        else:
            continue
        if body.exists():
            found.append((page, body))
    return found


def html_of(page: Path, data: bytes) -> bytes:
    """The page's HTML: the first text/html part of an MHTML archive, else the bytes."""
    if page.suffix.lower() not in (".mhtml", ".mht"):
        return data
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload
    return data


def bare_trafilatura(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("bodies", type=Path, nargs="?")
    args = parser.parse_args()
    bodies = args.bodies or args.pages
    found = pairs(args.pages, bodies)
    if not found:
        print(f"no page with an expected body in {args.pages} / {bodies}", file=sys.stderr)
        return 2
    warm_up()
    ours: list[float] = []
    theirs: list[float] = []
    print(f"{'page':<28} {'archive P/R/F1':>20} {'trafilatura P/R/F1':>22}")
    for page, body in found:
        data = page.read_bytes()
        expected = body.read_text("utf-8")
        try:
            got = extract_file(page, data).text
        except ExtractError as exc:
            print(f"{page.name:<28} failed: {exc}")
            got = ""
        a = scores(got, expected)
        is_page = page.suffix.lower() in PAGE_SUFFIXES
        b = scores(bare_trafilatura(html_of(page, data)), expected) if is_page else None
        ours.append(a[2])
        row = f"{page.name:<28} {a[0]:6.3f} {a[1]:6.3f} {a[2]:6.3f}"
        if b is not None:
            theirs.append(b[2])
            row += f"   {b[0]:6.3f} {b[1]:6.3f} {b[2]:6.3f}"
        print(row)
    line = f"mean F1 over {len(ours)} pages: archive {statistics.fmean(ours):.3f}"
    if theirs:
        line += f"; bare trafilatura {statistics.fmean(theirs):.3f} ({len(theirs)} web pages)"
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
