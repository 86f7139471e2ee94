"""Dates written in article text, in the forms each language uses.

Month and weekday names come from Babel's locale data ("décembre", "Disember",
"tháng 4", "diciembre", ...: :mod:`desktop.core.extract.date_patterns`); the numeric
forms ("19/4", "13/03/2021", "10-12/3", "2024-12-18", "2024年12月18日") are
language-neutral. Each mention keeps its span, its precision (day or month), the year
when one is written and the last day of a range ("12 et 13 mars", "Từ ngày 10-12/3");
:func:`is_upcoming` tells whether the text cites a mention as upcoming.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.core.extract import date_patterns as dp
from desktop.core.extract.regex import WordScan, last_sentence_end
from desktop.core.extract.urldates import url_date

__all__ = [
    "Mention",
    "find_mentions",
    "is_upcoming",
    "url_date",
]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    month: int
    day: int | None = None  # None: the month only ("octobre 2024")
    year: int | None = None
    last_day: int | None = None  # last day of a range within the month

    @property
    def has_day(self) -> bool:
        return self.day is not None

    def on(self, year: int, day: int | None = None) -> dt.date | None:
        """This day and month in ``year`` (None when it does not exist, e.g. 29/2)."""
        try:
            return dt.date(year, self.month, day or self.day or 1)
        except ValueError:
            return None

    @property
    def date(self) -> dt.date | None:
        """The first day meant, when the year is written."""
        return self.on(self.year) if self.year is not None else None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


# --- Finding mentions -------------------------------------------------------------------------


def _month_number(name: str, months: dict[str, int]) -> int | None:
    return months.get(dp.month_key(name))


def _valid(day: int | None, month: int) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


def _has_day_cue(text: str, start: int, strong: bool) -> bool:
    """A day without a year ("19/4") counts only after a date word or at a line start;
    written with a dash ("ngày 19-4") only after a word that always means a date."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24) : start].rstrip()
    if not before:
        return not strong
    last = re.split(r"[\s,(]+", before)[-1]
    if not last:
        return not strong
    return bool(dp.cue_pattern("strong_day_cues" if strong else "day_cues").fullmatch(last))


# The text's characters in three classes, one byte each (the same offsets): an ASCII
# digit "0", a separator of a numeric date "/" (one of "/.-"), anything else " ". Found
# in it by the string's own search: the places worth a look for a numeric date
# ("[0-9][/.-][0-9]") and, in a text of Latin-1 (no other character is a \d digit),
# the digits a month name must have beside it to make a date.
_CLASSES = bytes(
    ord("0") if chr(b).isdigit() and b < 128 else ord("/") if chr(b) in "/.-" else ord(" ")
    for b in range(256)
)
_NUMERIC_ANCHOR = b"0/0"


def _classes(text: str) -> tuple[bytes, bool]:
    """(the classes of ``text``'s characters, whether its digits are all ASCII)."""
    if text.isascii():
        return text.encode("ascii").translate(_CLASSES), True
    try:
        return text.encode("latin-1").translate(_CLASSES), True
    except UnicodeEncodeError:
        return text.encode("ascii", "replace").translate(_CLASSES), False


_DIGIT = re.compile(r"\d")
_JOIN = 128  # scanning this many characters costs less than scanning one piece more
_DAY_BEFORE = 16  # "12 et 13 de " before a month name
_NUMBER_AFTER = 12  # ", 2024", " de 2024", "/2022" after it


def _near_digits(classes: bytes, limit: int, before: int, after: int) -> list[tuple[int, int]]:
    """Pieces of a text (of ``limit`` characters) holding every character within
    ``before`` characters before a digit or ``after`` after one (``classes``: see
    :func:`_classes`); pieces less than _JOIN characters apart are one piece."""
    out: list[tuple[int, int]] = []
    reach = before + after + _JOIN
    pos = classes.find(b"0")
    while pos >= 0:
        last = pos  # the last digit of a run of digits less than ``reach`` apart
        while (following := classes.rfind(b"0", last + 1, last + 1 + reach)) >= 0:
            last = following
        if pos - before >= limit:
            break
        out.append((max(0, pos - before), min(limit, last + after)))
        pos = classes.find(b"0", last + 1 + reach)
    return out


def _month_spans(
    lowered: str, scan: WordScan, classes: bytes, ascii_digits: bool
) -> list[tuple[int, int]]:
    """The month names found in ``lowered`` that may have a digit close enough: only
    the pieces of the text near a digit are scanned (when every digit is known),
    cut where no name can straddle the cut, so the names found are those of a scan of
    the whole text."""
    if not ascii_digits:
        return scan.spans(lowered)
    # a name with a digit in the _DAY_BEFORE characters before it, or in the
    # _NUMBER_AFTER characters after it
    before, after = _NUMBER_AFTER - 1 + scan.longest, _DAY_BEFORE + scan.longest
    spans: list[tuple[int, int]] = []
    free = 0
    for lo, hi in _near_digits(classes, len(lowered), before, after):
        lo, hi = max(free, scan.cut(lowered, lo, -1)), scan.cut(lowered, hi, 1)
        if lo < hi:
            spans += scan.spans(lowered, lo, hi)
        free = max(free, hi)
    return spans


def _month_hits(
    text: str, patterns: dp.Patterns, limit: int, folded: bool, classes: bytes, ascii_digits: bool
) -> list[int]:
    """Start offsets of month names in ``text`` with a number close enough to make a
    date (a fast scan of the lower-cased text; ``classes``: see :func:`_classes`)."""
    chunk = text[:limit]
    lowered = chunk if folded else chunk.lower()
    if len(lowered) != len(chunk):  # a rare letter (e.g. "İ") grew: lower letter by letter
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in chunk)
    hits: list[int] = []
    for start, end in _month_spans(lowered, patterns.scan, classes, ascii_digits):
        if start and text[start - 1].isalpha():
            continue
        if end < len(text) and text[end].isalnum():
            continue  # the trie matched a prefix of a longer word
        if lowered[start:end] in patterns.capitals and not text[start].isupper():
            continue
        if not (
            _DIGIT.search(text, max(0, start - _DAY_BEFORE), start)
            or _DIGIT.search(text, end, end + _NUMBER_AFTER)
        ):
            continue  # "mai", "may" as words: no day or year beside them
        hits.append(start)
    return hits


def find_mentions(
    text: str, languages: Sequence[str], limit: int | None = None, *, folded: bool = False
) -> list[Mention]:
    """Every date mention in ``text`` (or starting before ``limit``) in reading order,
    overlapping forms resolved. With ``folded``, ``text`` is folded text
    (:func:`desktop.core.util.textfold.fold`) and month names are matched in folded form.

    Cheap scans find the places worth a look (month names, digits around a separator,
    a CJK month sign); the full patterns only run there."""
    patterns = dp.patterns(dp.language_key(languages), folded)
    limit = len(text) if limit is None else min(limit, len(text))
    found: list[tuple[int, int, Mention]] = []  # (start, rank, mention)

    def add(match: re.Match[str] | None, rank: int) -> None:
        if match is not None:
            mention = _mention(match, rank, patterns.months, text)
            if mention is not None:
                found.append((mention.start, rank, mention))

    seen_numeric: set[tuple[int, int]] = set()
    classes, ascii_digits = _classes(text)
    at = classes.find(_NUMERIC_ANCHOR, 0, limit)
    while at >= 0:
        lo, hi = max(0, at - 8), min(len(text), at + 3 + 14)
        at = classes.find(_NUMERIC_ANCHOR, at + 3, limit)
        for rank, pattern in ((0, dp.NUMERIC), (1, dp.ISO), (5, dp.NUMERIC_NO_YEAR)):
            for match in pattern.finditer(text, lo, hi):
                if (rank, match.start()) not in seen_numeric:
                    seen_numeric.add((rank, match.start()))
                    # matched again on the whole text: the window may have cut it short
                    add(pattern.match(text, match.start()), rank)
    if "月" in text:
        for match in dp.CJK.finditer(text, 0, limit + 12):
            add(match, 2)
    for start in _month_hits(text, patterns, limit, folded, classes, ascii_digits):
        lo = max(0, start - 40)
        for match in patterns.textual.finditer(text, lo, min(len(text), start + 40)):
            if match.start("m") == start:
                add(patterns.textual.match(text, match.start()), 3)  # whole, not cut at +40
        add(patterns.month_first.match(text, start), 4)
        add(patterns.month_year.match(text, start), 6)
    found.sort(key=lambda item: (item[0], item[1]))
    result: list[Mention] = []
    numeric: list[int] = []  # indices of day/month numeric mentions ("3/12/2024", "19/4")
    taken_until = -1
    for start, rank, mention in found:
        if start < taken_until or start >= limit:
            continue
        if rank in (0, 5) and mention.last_day is None:
            numeric.append(len(result))
        result.append(mention)
        taken_until = mention.end
    return _month_first_page(result, numeric)


_PAIR = re.compile(r"(\d{1,2})[/.-](\d{1,2})")


def _month_first_page(mentions: list[Mention], numeric: list[int]) -> list[Mention]:
    """On a page that writes one numeric date month first ("12/13/2024"), every
    numeric date is month first ("3/12/2024" is 12 March)."""
    pairs = {i: _PAIR.match(mentions[i].text) for i in numeric}
    if not any(m and int(m[1]) <= 12 < int(m[2]) for m in pairs.values()):
        return mentions
    out = list(mentions)
    for i, pair in pairs.items():
        if pair is None or int(pair[2]) > 12:
            continue  # already read month first
        month, day = int(pair[1]), int(pair[2])
        if _valid(day, month):
            out[i] = replace(mentions[i], month=month, day=day)
    return out


def _mention(match: re.Match[str], rank: int, months: dict[str, int], text: str) -> Mention | None:
    groups = match.groupdict()
    raw_month = groups.get("m") or ""
    if rank in (0, 1, 2, 5):
        month = int(raw_month)
    else:
        number = _month_number(raw_month, months)
        if number is None:
            return None
        month = number
    day = int(groups["d1"]) if groups.get("d1") else None
    last = int(groups["d2"]) if groups.get("d2") else None
    year = int(groups["y"]) if groups.get("y") else None
    if rank == 0 and month > 12 and day is not None and day <= 12:
        day, month = month, day  # month-first numeric date (US style)
    if not _valid(day, month) or (
        last is not None and (not _valid(last, month) or last <= (day or 0))
    ):
        return None
    if rank == 5 and not _has_day_cue(text, match.start(), groups.get("sep") == "-"):
        return None
    return Mention(match.start(), match.end(), match.group(0), month, day, year, last)


def is_upcoming(text: str, mention: Mention, previous: Mention | None = None) -> bool:
    """True when the text cites ``mention`` as upcoming ("sẽ ... 17-20/5/2022", "akan
    diadakan pada Mei 2026", "tháng 5 tới đây"): a future cue between the start of its
    sentence (or the previous date) and the mention (a cue word or a future tense written
    in one word, "abrirá"), or right after it."""
    start = _sentence_start(text, mention.start)
    if previous is not None and previous.end <= mention.start:
        start = max(start, previous.end)
    if dp.cue_test("future_before").search(text, start, mention.start):
        return True
    if dp.has_future_verb(text, start, mention.start):  # "abrirá el 3 de noviembre"
        return True
    tail = text[mention.end : mention.end + 24].lstrip()
    return bool(dp.cue_test("future_after").match(tail))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after the last sentence end
    ("[.!?…。\\n](?=\\s|$)") within the 400 characters before it (0 when none)."""
    return max(0, last_sentence_end(text, ".!?…。\n", max(0, position - 400), position))
