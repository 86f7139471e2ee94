"""The time expressions of an article's lead, in reading order: dates with a day, relative
days ("hôm qua", "yesterday") and the weekday written with a date ("Kamis (12/12)"),
outside the lines of page chrome; which of them are background (texts cited, earlier
events, international days, upcoming dates); and the dateline ("Hanoï, 12 décembre
(VNA) –"). :mod:`desktop.core.extract.chronology` picks the event date among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.core.extract import data, pagelines
from desktop.core.extract.dates import Mention, is_upcoming
from desktop.core.extract.pubdate import Page
from desktop.core.extract.regex import trie_pattern
from desktop.core.extract.relative import RelativeDay, find_relative
from desktop.core.util.textfold import fast_fold

LEAD_CHARS = 1500  # the event date is looked for in the lead only
_DATELINE_CHARS = 40
_CLAUSE_END = re.compile(r"[.!?;…\n]")
_DATELINE_HEAD = re.compile(r"[,:]\s*(?:[^\W\d]{1,4}\s*)?$")  # "Hanoï, le", "Hà Nội, ngày"


@cache
def cue_words(key: str, source: str = "date_words") -> re.Pattern[str]:
    """The words of ``key`` in ``resources/<source>.json``, to search in folded text."""
    words = sorted({fast_fold(w) for w in data.strings(source, key)}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@cache
def cue_test(key: str, source: str = "date_words") -> re.Pattern[str]:
    """:func:`cue_words` as a trie, for telling whether a cue is there: it matches at
    the same places (its match may be another of the words found there), faster."""
    words = {fast_fold(w) for w in data.strings(source, key)}
    body = trie_pattern(words).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def clause_before(text: str, position: int, width: int = 60) -> str:
    window = text[max(0, position - width) : position]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    return fast_fold(window[cut:])


def is_background(text: str, mention: Mention, previous: Mention | None) -> bool:
    """The date of a text cited ("Quyết định 402 ngày 20/3/2020"), of an earlier event
    ("Trước đó, ngày 14/6"), of an international day ("Journée internationale des
    migrants, le 18 décembre") or an upcoming date."""
    floor = previous.end if previous is not None and previous.end <= mention.start else 0
    near = clause_before(text, mention.start, min(60, mention.start - floor))
    wide = clause_before(text, mention.start, min(80, mention.start - floor))
    if _cites(text, mention.start, min(60, mention.start - floor)):
        return True
    if cue_test("background_before").search(near):
        return True
    if cue_test("commemoration_words").search(wide):
        return True
    return is_upcoming(text, mention, previous)


@cache
def _capitalised_only() -> frozenset[str]:
    return frozenset(fast_fold(w) for w in data.strings("date_words", "citation_capitalised"))


def _cites(text: str, position: int, width: int) -> bool:
    """A word introducing a text cited in the clause before ``position``. A word that is
    also a common word ("circular migration", "to act") counts only with a capital
    ("Circular 12/2024", "the Immigration Act")."""
    near = clause_before(text, position, width)
    found = [m for m in cue_words("citation_before").finditer(near)]
    if not found:
        return False
    strict = _capitalised_only()
    if any(" ".join(m.group(0).split()) not in strict for m in found):
        return True
    # folding keeps the length of these words: the clause's own letters are at the same place
    offset = position - len(near)
    if fast_fold(text[offset:position]) != near:
        return True  # the folded clause does not line up with the text: keep it as cited
    return any(text[offset + m.start()].isupper() for m in found)


@dataclass(frozen=True)
class Cue:
    start: int
    mention: Mention | None = None
    relative: RelativeDay | None = None
    weekday: RelativeDay | None = None  # a day word written with the date ("Kamis (12/12)")


def lead_cues(page: Page, excluded: set[int]) -> list[Cue]:
    text, start = page.text, page.lead_start
    end = min(len(text), start + LEAD_CHARS)
    skipped = [
        (line.start, line.end)
        for line in page.lines
        if line.index in excluded and start <= line.start < end
    ]

    def outside(offset: int) -> bool:
        return not any(a <= offset < b for a, b in skipped)

    mentions = [
        m
        for m in page.mentions
        if start <= m.start < end and m.has_day and outside(m.start) and not _link_date(page, m)
    ]
    relatives = [r for r in find_relative(text, page.languages, start, end) if outside(r.start)]
    cues: list[Cue] = []
    used: set[int] = set()
    for mention in mentions:
        weekday: RelativeDay | None = None  # "Kamis (12/12)", "yesterday (March 10)"
        for r in relatives:
            gap = (
                text[r.end : mention.start]
                if r.end <= mention.start
                else text[mention.end : r.start]
            )
            if len(gap) <= 3 and not gap.strip(" ,("):
                weekday = r
                used.add(r.start)
        cues.append(
            Cue(
                min(mention.start, weekday.start if weekday else mention.start),
                mention,
                weekday=weekday,
            )
        )
    for r in relatives:
        if r.start not in used:
            cues.append(Cue(r.start, relative=r))
    cues.sort(key=lambda c: c.start)
    return cues


def _link_date(page: Page, mention: Mention) -> bool:
    """The date closing a line that is a link to another article ("Related: Some
    headline (November 12, 2025)", "Headline — Feb 20, 2025")."""
    line = page.line_of(mention.start)
    return line is not None and not line.bullet and pagelines.list_item(page.text, line, mention)


def find_dateline(page: Page, cues: list[Cue]) -> Cue | None:
    """A date opening the first paragraph after a place name: "Hanoï, 12 décembre (VNA) –",
    "Genève, le 3 mai –"."""
    if not cues or cues[0].mention is None or page.lead is None:
        return None
    mention = cues[0].mention
    head = page.text[page.lead.start : mention.start]
    if len(head) > _DATELINE_CHARS or not _DATELINE_HEAD.search(head):
        return None
    return cues[0] if len(head.split()) <= 4 else None
