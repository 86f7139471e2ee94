"""Snippets: a window of an article's own text with the matches located in it.

A snippet is plain text plus (start, end) offsets; nothing is ever rendered as
markup. The GUI highlights the offsets with character formats (or escapes the
text before adding its own tags); the CLI marks them with brackets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.search.folding import folded_with_offsets, original_span, phrase_pattern
from desktop.core.search.query import Phrase

WIDTH = 220
ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with every match between ``before`` and ``after``."""
        out: list[str] = []
        last = 0
        for start, end in self.spans:
            out.append(self.text[last:start])
            out.append(before + self.text[start:end] + after)
            last = end
        out.append(self.text[last:])
        return "".join(out)


def find_matches(
    text: str, phrases: Sequence[Phrase], *, exact: bool = False
) -> list[tuple[int, int]]:
    """Offsets in ``text`` of every occurrence of the phrases, sorted, not overlapping."""
    if not phrases or not text:
        return []
    form, totals = folded_with_offsets(text, exact=exact)
    found: list[tuple[int, int]] = []
    for phrase in phrases:
        for m in phrase_pattern(phrase.words, phrase.prefix).finditer(form):
            found.append(original_span(totals, m.start(), m.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, matches: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if not matches:
        return 0, min(len(text), width)
    best, best_count = matches[0][0], 0
    for start, _end in matches:
        lo = max(0, start - width // 3)
        count = sum(1 for s, e in matches if s >= lo and e <= lo + width)
        if count > best_count:
            best, best_count = start, count
    lo = max(0, best - width // 3)
    hi = min(len(text), lo + width)
    lo = max(0, min(lo, hi - width))
    # Do not cut words in half.
    while lo > 0 and not text[lo - 1].isspace() and best - lo < width // 2:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - lo < width + 30:
        hi += 1
    return lo, hi


def make_snippet(
    text: str, phrases: Sequence[Phrase], *, exact: bool = False, width: int = WIDTH
) -> Snippet:
    """The part of ``text`` where the phrases are densest, with their offsets."""
    matches = find_matches(text, phrases, exact=exact)
    lo, hi = _window(text, matches, width)
    body = "".join(" " if ch in "\r\n\t" else ch for ch in text[lo:hi])
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(text) else ""
    shift = len(prefix) - lo
    spans = tuple((max(s, lo) + shift, min(e, hi) + shift) for s, e in matches if e > lo and s < hi)
    return Snippet(text=prefix + body + suffix, spans=spans)
