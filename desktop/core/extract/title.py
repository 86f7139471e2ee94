"""The headline of an article: stated by its container, found among the lines above its
first paragraph, or, when no line there reads as a headline, its first sentence.

A scraped page puts many short lines above the article: the site's name, its
navigation bar, the section, the date line, the byline, a photo caption. Each
candidate line is scored on its shape (length, case, separators), its place (close
above the lead, not above the navigation bar), the words it shares with the lead and
with the title the container states (``<title>``, og:title), and whether it merely
repeats the outlet's name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.extract import layout
from desktop.core.extract.clean import ends_sentence
from desktop.core.util.textfold import fold

MAX_TITLE_WORDS = layout.MAX_HEADLINE_WORDS
MAX_TITLE_CHARS = layout.MAX_HEADLINE_CHARS
LEAD_TITLE_CHARS = 150
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_])")
# "Bangkok, 12 mars (AFP) - ", "(XNA) - " or "HANOI, 12 December 2023 - " before the
# first sentence of a dispatch.
_DATELINE = re.compile(
    r"^(?:[^\n()]{0,80}?\([^()\n]{2,30}\)\s*\.?\s*[-–—:]\s"
    r"|[A-ZÀ-Ỹ]{2}[A-ZÀ-Ỹ .]{0,38}(?:,[^\n\-–—:()]{1,30})?\s[-–—:]\s)"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_MAX_CANDIDATES = 12
_MIN_SCORE = -0.25
_SAME_NAME = 0.85
_STANDFIRST_MARGIN = 2.0
_MIN_HEADLINE_WORDS = 5


@dataclass(frozen=True)
class Headline:
    text: str
    confidence: str  # "stated" or "inferred"
    evidence: str


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:-–—") + "…"


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.lower() if text.isascii() else fold(text)))


def strip_site_suffix(
    title: str, outlets: Sequence[str] = (), *, guess: bool = False
) -> tuple[str, str | None]:
    """ "Headline | Outlet" -> ("Headline", "Outlet"): the part of a page title that
    names the site goes, when it matches a known name of the outlet or, failing that,
    when ``guess`` and it is the shorter, last part of a title cut by " | ", " - "."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip(), None
    known = [fold(o) for o in outlets if o]
    for index in (len(parts) - 1, 0):
        folded = fold(parts[index])
        if any(folded == k or folded in k or k in folded for k in known):
            rest = parts[:index] + parts[index + 1 :]
            return " - ".join(rest), parts[index]
    last = parts[-1]
    head = " - ".join(parts[:-1])
    if guess and len(last.split()) <= 5 and len(last) < len(head):
        return head, last
    return title.strip(), None


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()


def _names_outlet(name: str, outlets: Sequence[str]) -> bool:
    """The line is (nearly) one of the outlet's names."""
    folded = fold(name)
    for outlet in outlets:
        other = fold(outlet)
        if not other or abs(len(other) - len(folded)) > 0.3 * len(folded):
            continue
        if folded == other or similarity(folded, other) > _SAME_NAME:
            return True
    return False


def _score(
    line: str,
    distance: int,
    above_bar: bool,
    lead_words: set[str],
    outlets: Sequence[str],
    hint: str | None,
) -> float:
    count = _real_words(line)
    score = 1.5 if 5 <= count <= 25 else 0.5
    if layout.is_all_caps(line):
        score -= 2.5
    if above_bar:
        score -= 2.0
    if layout.is_name_like(line):
        score -= 1.5 if count <= 3 or line.endswith(")") else 0.75
    if layout.has_inner_sentence(line):
        score -= 1.5
    if _names_outlet(layout.name_part(line), outlets):
        score -= 3.0
    own = _content_words(line)
    if own:
        score += 2.0 * len(own & lead_words) / len(own)
    score -= 0.4 * distance
    if hint:
        score += 3.0 * similarity(line, hint)
    return score


def _real_words(line: str) -> int:
    """Words of a line, separators ("-", "›") not counted."""
    return layout.word_count(line) if layout.unspaced(line) else len(layout.words(line))


def _candidates(lines: list[str], lead: int) -> list[tuple[int, str]]:
    out = []
    first = max(0, lead - _MAX_CANDIDATES)
    sections = layout.section_names(lines[first:lead])
    for i in range(first, lead):
        line = _MARKDOWN_HEADING.sub("", lines[i]).strip()
        if layout.is_section_label(line, sections):
            continue  # "World" under "Home | World | Business": the section's label
        count = layout.word_count(line)
        # section labels, names, widgets; but a short first line right above the lead
        # is the only thing there that can be a title
        if count < 3 and not layout.unspaced(line) and not (i == 0 and lead == 1 and count == 2):
            continue
        if count > MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
            continue
        if line.endswith(":") or layout.is_furniture(line):
            continue
        if i + 1 < len(lines) and layout.continues(line, lines[i + 1]):
            continue  # the first line of a hard-wrapped paragraph
        out.append((i, line))
    return out


def headline_from_lines(
    text: str, outlets: Sequence[str] = (), hint: str | None = None
) -> Headline | None:
    """The best headline among the lines above the lead of ``text`` (normalised, not
    yet cleaned), or None when no line there reads as one."""
    return _headline(text, tuple(outlets), hint)


@lru_cache(maxsize=8)  # the pipeline asks twice for the same page: body and title
def _headline(text: str, outlets: tuple[str, ...], hint: str | None) -> Headline | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    lead = layout.lead_index(lines)
    if lead >= len(lines):  # no running text: nothing to stand above
        return None
    candidates = _candidates(lines, lead)
    if not candidates:
        return None
    bars = [i for i, line in enumerate(lines[:lead]) if layout.is_menu_bar(line)]
    if len(candidates) == 1:
        # Words shared with the lead only add to a score: a single line that passes
        # without them is the headline whatever they are (folding the lead is costly).
        i, line = candidates[0]
        above_bar = bool(bars) and i < bars[0]
        if _score(line, 0, above_bar, set(), outlets, hint) >= _MIN_SCORE:
            return Headline(line, "stated", "headline line")
    lead_text = " ".join(lines[lead : lead + 2])
    lead_words = _content_words(lead_text)
    scored: list[tuple[float, int, str]] = []
    for rank, (i, line) in enumerate(reversed(candidates)):
        above_bar = bool(bars) and i < bars[0]
        scored.append((_score(line, rank, above_bar, lead_words, outlets, hint), i, line))
    score, index, line = max(scored, key=lambda item: item[0])
    if score < _MIN_SCORE:
        return None
    # A headline and its standfirst, longer or shorter: the line just above the best one
    # (a kicker above a headline is shorter than a headline).
    above = next((s for s in scored if s[1] == index - 1), None)
    if above is not None and above[0] >= score - _STANDFIRST_MARGIN:
        if _real_words(above[2]) >= _MIN_HEADLINE_WORDS:
            line = above[2]
    return Headline(line, "stated", "headline line")


def first_sentence(text: str) -> Headline | None:
    """The first sentence of the lead, marked as inferred."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    lead = layout.lead_index(lines)
    first = _MARKDOWN_HEADING.sub("", lines[lead if lead < len(lines) else 0])
    if (
        lead >= len(lines)
        and len(first.split()) <= MAX_TITLE_WORDS
        and not ends_sentence(first)
        and not layout.is_furniture(first)
    ):
        return Headline(first, "stated", "first line")
    if lead < len(lines):
        first = _MARKDOWN_HEADING.sub("", layout.paragraph_at(lines, lead))
    sentence = _FIRST_SENTENCE.split(_DATELINE.sub("", first), maxsplit=1)[0]
    return Headline(_shorten(sentence, LEAD_TITLE_CHARS), "inferred", "first sentence of the lead")


def title_from_text(
    text: str, outlets: Sequence[str] = (), hint: str | None = None
) -> tuple[str, str, str]:
    """``(title, confidence, evidence)`` from the text of an article."""
    found = headline_from_lines(text, outlets, hint) or first_sentence(text)
    if found is None:
        return "", "unknown", ""
    return found.text, found.confidence, found.evidence
