"""Days named relative to the article's own date: "yesterday", "hôm qua", "semalam",
"ayer", "on Tuesday", "ce mardi", "Selasa lalu".

Relative words come from ``resources/date_words.json`` (by language); weekday names
from Babel's locale data. A weekday whose name Babel writes capitalised ("Tuesday",
"Selasa", "Thứ Ba") must be written with that capital on its last word, so that the
Indonesian "minggu" (week) or the Vietnamese "thứ ba" (third) are not read as days.
Each found expression is resolved against a reference date (the dateline or the
publication date of the same article) by :meth:`RelativeDay.resolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from desktop.core.extract import data
from desktop.core.textfold import fold

LATEST, PAST, NEXT, UPCOMING = "latest", "past", "next", "upcoming"
_WORDS = "date_words"


@dataclass(frozen=True)
class RelativeDay:
    start: int
    end: int
    text: str
    days: int | None = None  # days from the reference ("yesterday": -1)
    weekday: int | None = None  # Monday 0 .. Sunday 6
    mode: str = LATEST  # for a weekday: which occurrence around the reference
    uncertain: bool = False  # a phrase whose meaning varies between speakers

    def resolve(self, reference: dt.date) -> dt.date:
        """The day meant, counted from ``reference``."""
        if self.days is not None:
            return reference + dt.timedelta(days=self.days)
        assert self.weekday is not None
        back = (reference.weekday() - self.weekday) % 7
        if self.mode == LATEST:
            return reference - dt.timedelta(days=back)
        if self.mode == PAST:
            return reference - dt.timedelta(days=back or 7)
        ahead = (self.weekday - reference.weekday()) % 7
        if self.mode == UPCOMING:
            return reference + dt.timedelta(days=ahead)
        return reference + dt.timedelta(days=ahead or 7)


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _phrase(words: str) -> str:
    """A phrase as a case-free regex, written as given or without its diacritics."""
    forms = {words, fold(words)}
    bodies = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)]
    return "(?i:" + "|".join(bodies) + ")"


def _alternation(words: Sequence[str]) -> str:
    return "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True))


def _weekday_pattern(name: str) -> str:
    """A weekday name: case-free, except the capital of its last word when Babel
    writes the name capitalised."""
    words = name.split()
    last = words[-1]
    if not last[:1].isupper():
        return _phrase(name)
    head = "".join(_phrase(w) + r"\s+" for w in words[:-1])
    tail_forms = {last[1:], fold(last[1:])}
    tail = "|".join(re.escape(t) for t in sorted(tail_forms, key=len, reverse=True))
    capital = {last[0], fold(last[0]).upper()}
    return head + "[" + "".join(sorted(capital)) + "](?i:" + tail + ")"


@dataclass(frozen=True)
class _Patterns:
    relative: re.Pattern[str] | None
    offsets: dict[str, tuple[int, bool]]  # folded phrase -> (days, uncertain)
    weekdays: re.Pattern[str] | None
    weekday_numbers: dict[str, int]  # folded name -> weekday
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    next_before: re.Pattern[str]
    next_after: re.Pattern[str]


def _words(key: str) -> list[str]:
    return data.strings(_WORDS, key)


@cache
def _patterns(languages: tuple[str, ...]) -> _Patterns:
    table = data.load(_WORDS)
    offsets: dict[str, tuple[int, bool]] = {}
    for key, uncertain in (("relative_days", False), ("uncertain_relative_days", True)):
        for code in languages:
            for phrase, days in table.get(key, {}).get(code, {}).items():
                offsets[" ".join(fold(phrase).split())] = (int(days), uncertain)
    relative = None
    if offsets:
        phrases = [
            p
            for code in languages
            for k in ("relative_days", "uncertain_relative_days")
            for p in table.get(k, {}).get(code, {})
        ]
        relative = re.compile(rf"(?<![\w'’-])(?:{_alternation(phrases)})(?![\w'’-])")
    numbers: dict[str, int] = {}
    forms: list[str] = []
    for code in languages:
        locale = _locale(code)
        if locale is None:
            continue
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context]["wide"].items():
                name = str(name).strip()
                numbers[" ".join(fold(name).split())] = int(number)
                forms.append(_weekday_pattern(name))
    unique = sorted(set(forms), key=len, reverse=True)
    weekdays = re.compile(rf"(?<![\w-])(?:{'|'.join(unique)})(?![\w-])") if unique else None

    def cue(key: str, after: bool) -> re.Pattern[str]:
        body = _alternation(_words(key)) or r"(?!x)x"
        if after:
            return re.compile(rf"[\s,]*(?:{body})(?!\w)")
        return re.compile(rf"(?<!\w)(?:{body})\s+$")

    return _Patterns(
        relative,
        offsets,
        weekdays,
        numbers,
        cue("weekday_past_before", False),
        cue("weekday_past_after", True),
        cue("weekday_next_before", False),
        cue("weekday_next_after", True),
    )


def find_relative(
    text: str, languages: Sequence[str], start: int = 0, end: int | None = None
) -> list[RelativeDay]:
    """Relative days and weekday names in ``text[start:end]``, in reading order."""
    patterns = _patterns(tuple(dict.fromkeys(["en", *languages])))
    end = len(text) if end is None else min(end, len(text))
    found: list[RelativeDay] = []
    if patterns.relative is not None:
        for match in patterns.relative.finditer(text, start, end):
            days, uncertain = patterns.offsets[" ".join(fold(match.group()).split())]
            found.append(
                RelativeDay(match.start(), match.end(), match.group(), days, uncertain=uncertain)
            )
    if patterns.weekdays is not None:
        for match in patterns.weekdays.finditer(text, start, end):
            number = patterns.weekday_numbers.get(" ".join(fold(match.group()).split()))
            if number is None:
                continue
            mode = _weekday_mode(text, match.start(), match.end(), patterns)
            found.append(RelativeDay(match.start(), match.end(), match.group(), None, number, mode))
    found.sort(key=lambda r: r.start)
    result: list[RelativeDay] = []
    for item in found:  # "yesterday" inside "the day before yesterday" is taken once
        if result and item.start < result[-1].end:
            continue
        result.append(item)
    return result


def _weekday_mode(text: str, start: int, end: int, patterns: _Patterns) -> str:
    before = text[max(0, start - 24) : start]
    after = text[end : end + 24]
    if patterns.past_before.search(before) or patterns.past_after.match(after):
        return PAST
    if patterns.next_before.search(before) or patterns.next_after.match(after):
        return NEXT
    return LATEST


def warm_up(language_sets: Sequence[Sequence[str]]) -> None:
    """Compile the patterns of each set of languages now rather than on the first file."""
    for languages in language_sets:
        _patterns(tuple(dict.fromkeys(["en", *languages])))
