"""Dates mentioned in an article's text, in the languages of the archive.

Works on folded text (:func:`desktop.core.textfold.fold`): "12 mars", "12 et 13 mars",
"10-12/3", "19/12/2018", "ngày 12 tháng 3 năm 2021", "March 12-13, 2021", "19 Disember".
Month names come from Babel's locale data, so a new language needs no list here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

# Locales whose wide month names are recognised; abbreviations are limited to
# forms that are not also common words ("out", "set", "des"...).
MONTH_LOCALES = ("en", "fr", "es", "pt", "it", "de", "nl", "ms", "id", "fil")
SAFE_ABBREVIATIONS = {
    "jan": 1,
    "janv": 1,
    "ene": 1,
    "feb": 2,
    "fevr": 2,
    "apr": 4,
    "avr": 4,
    "juil": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "okt": 10,
    "nov": 11,
    "dec": 12,
    "dic": 12,
    "dez": 12,
}
MAX_RANGE_DAYS = 7


@dataclass(frozen=True)
class DateMention:
    """One date found in a text: a day (or a range of days) of a month, maybe a year."""

    pos: int
    month: int
    day: int | None
    day_end: int | None = None
    year: int | None = None
    stamp: bool = False  # looks like a publication time stamp ("13/03/2021 09:33")
    end: int = 0  # end offset of the mention in the folded text

    @property
    def last_day(self) -> int | None:
        return self.day_end if self.day_end is not None else self.day


@cache
def month_names() -> dict[str, int]:
    """Folded month name -> month number."""
    from babel.dates import get_month_names

    from desktop.core.textfold import fold

    names: dict[str, int] = dict(SAFE_ABBREVIATIONS)
    for loc in MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, loc).items():
                names[fold(name).strip(". ")] = int(number)
    return names


_WORD = r"([^\W\d_]+)"  # a month name is checked against month_names() after matching
_DIGITS = re.compile(r"\d+")
_MONTH_BEFORE = re.compile(r"(?:^|(?<=\W))([^\W\d_]+)\.?\s+$")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns tried where a run of digits starts (no need to scan every position)."""
    day = r"(\d{1,2})(?:er|st|nd|rd|th|e|\.|º)?"
    joiner = r"\s*(?:-|–|—|/|et|and|y|e|und|dan|hingga|sampai|to|au|a|al|bis|den|va|toi)\s*"
    iso = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\w-])")
    textual = re.compile(
        rf"{day}(?:{joiner}{day})?\s+(?:de\s+)?{_WORD}\.?"
        rf"(?:,?\s+(?:de\s+|del\s+|nam\s+)?(\d{{4}}))?(?!\w)"
    )
    vietnamese = re.compile(
        r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?(?!\w)"
    )
    dotted = re.compile(r"(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?![\w.-]\d)")
    numeric = re.compile(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\w/])")
    month_first = re.compile(
        r"(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?(?:,?\s+(\d{4}))?(?![\w/])"
    )
    return iso, textual, vietnamese, dotted, numeric, month_first


_TIME = re.compile(r"\s*,?\s*(?:\||-|lúc|luc|a|à)?\s*\d{1,2}[:h]\d{2}")
_MONTH_YEAR_CACHE: dict[str, re.Pattern[str]] = {}


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    if len(raw) == 2:
        value += 2000 if value < 70 else 1900
    return value if 1900 <= value <= 2100 else None


def _valid(day: int | None, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year accepts 29 February
    except ValueError:
        return False
    return True


def _make(
    pos: int, day: int, day_end: int | None, month: int, year: int | None, text: str, end: int
) -> DateMention | None:
    if day_end is not None and not (day < day_end <= day + MAX_RANGE_DAYS):
        day_end = None
    if not _valid(day, month, year) or (day_end is not None and not _valid(day_end, month, year)):
        return None
    stamp = bool(_TIME.match(text, end))
    return DateMention(pos, month, day, day_end, year, stamp, end)


def find_dates(folded: str) -> list[DateMention]:
    """Every day-precise date mentioned in ``folded`` text, in text order."""
    iso, textual, vietnamese, dotted, numeric, month_first = _patterns()
    names = month_names()
    out: list[DateMention] = []
    taken_until = 0
    for run in _DIGITS.finditer(folded):
        p = run.start()
        if p < taken_until:
            continue
        before = folded[p - 1] if p else " "
        if before.isalnum() or before in "_/.,-":
            continue
        mention = _mention_at(folded, p, names, iso, textual, vietnamese, dotted, numeric)
        if mention is None:
            mention = _month_first_at(folded, p, names, month_first)
        if mention is not None:
            out.append(mention)
            taken_until = mention.end
    return out


def _mention_at(
    folded: str, p: int, names: dict[str, int], *patterns: re.Pattern[str]
) -> DateMention | None:
    iso, textual, vietnamese, dotted, numeric = patterns
    m = iso.match(folded, p)
    if m:
        return _make(p, int(m[3]), None, int(m[2]), _year(m[1]), folded, m.end())
    m = textual.match(folded, p)
    if m and m[3] in names:
        end = int(m[2]) if m[2] else None
        return _make(p, int(m[1]), end, names[m[3]], _year(m[4]), folded, m.end())
    m = vietnamese.match(folded, p)
    if m:
        end = int(m[2]) if m[2] else None
        return _make(p, int(m[1]), end, int(m[3]), _year(m[4]), folded, m.end())
    m = dotted.match(folded, p)
    if m:
        return _make(p, int(m[1]), None, int(m[2]), _year(m[3]), folded, m.end())
    m = numeric.match(folded, p)
    if m:
        day, end, month = int(m[1]), int(m[2]) if m[2] else None, int(m[3])
        if month > 12 and end is None and day <= 12:  # month/day order
            day, month = month, day
        return _make(p, day, end, month, _year(m[4]), folded, m.end())
    return None


def _month_first_at(
    folded: str, p: int, names: dict[str, int], pattern: re.Pattern[str]
) -> DateMention | None:
    """ "March 12-13, 2021": the month name just before the digits."""
    word = _MONTH_BEFORE.search(folded, max(0, p - 16), p)
    if word is None or word[1] not in names:
        return None
    m = pattern.match(folded, p)
    if m is None:
        return None
    end = int(m[2]) if m[2] else None
    return _make(word.start(1), int(m[1]), end, names[word[1]], _year(m[3]), folded, m.end())


def _month_year_pattern() -> re.Pattern[str]:
    pattern = _MONTH_YEAR_CACHE.get("p")
    if pattern is None:
        pattern = re.compile(
            rf"(?<![\w/])(?:thang\s+(\d{{1,2}})[/\s]+(?:nam\s+)?|{_WORD}\s+(?:de\s+)?)"
            rf"(\d{{4}})(?!\w)"
        )
        _MONTH_YEAR_CACHE["p"] = pattern
    return pattern


def find_month_years(folded: str) -> list[tuple[int, int, int]]:
    """(position, month, year) of mentions such as "mars 2021", "tháng 3/2021", "Mei 2026"."""
    names = month_names()
    out: list[tuple[int, int, int]] = []
    for m in _month_year_pattern().finditer(folded):
        if not m[1] and m[2] not in names:
            continue
        month = int(m[1]) if m[1] else names[m[2]]
        year = _year(m[3])
        if year is not None and 1 <= month <= 12:
            out.append((m.start(), month, year))
    return out
