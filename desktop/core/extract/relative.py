"""Days named relative to the article's own date: "yesterday", "hôm qua", "semalam",
"ayer", "on Tuesday", "ce mardi", "Selasa lalu".

Relative words come from ``resources/date_words.json`` (by language); weekday names
from Babel's locale data. A weekday whose name Babel writes capitalised ("Tuesday",
"Selasa", "Thứ Ba") must be written with that capital on its last word, so that the
Indonesian "minggu" (week) or the Vietnamese "thứ ba" (third) are not read as days.
A weekday named as this week's ("este jueves", "ce lundi", "Kamis ini") is the nearest
such day, before or after the reference; a bare one is the latest.
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
from desktop.core.extract.regex import WordScan
from desktop.core.util.textfold import fast_fold

LATEST, PAST, NEXT, UPCOMING, NEAREST = "latest", "past", "next", "upcoming", "nearest"
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
        if self.mode == NEAREST:  # "este jueves", "ce lundi": this week's, before or after
            return reference + dt.timedelta(days=ahead if ahead < back else -back)
        if self.mode == UPCOMING:
            return reference + dt.timedelta(days=ahead)
        return reference + dt.timedelta(days=ahead or 7)


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _alternation(words: Sequence[str]) -> str:
    """Cue words as a case-free regex, written as given or without their diacritics."""
    forms = {f for w in words for f in (w.lower(), fast_fold(w))}
    bodies = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)]
    return "(?i:" + "|".join(bodies) + ")"


@dataclass(frozen=True)
class _Form:
    """What a lower-cased phrase found in the text means."""

    days: int | None = None
    weekday: int | None = None
    uncertain: bool = False
    capital_at: int | None = None  # offset of a letter that must be a capital


@dataclass(frozen=True)
class _Patterns:
    scan: WordScan | None  # every form, in lower-cased text
    forms: dict[str, _Form]
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    next_before: re.Pattern[str]
    next_after: re.Pattern[str]
    this_before: re.Pattern[str]
    this_after: re.Pattern[str]


def _words(key: str) -> list[str]:
    return data.strings(_WORDS, key)


def _lowered_forms(phrase: str) -> set[str]:
    """``phrase`` lower-cased, with and without diacritics, with either apostrophe."""
    forms = {" ".join(phrase.lower().split()), " ".join(fast_fold(phrase).split())}
    return forms | {f.replace("'", "’") for f in forms}


@cache
def _patterns(languages: tuple[str, ...]) -> _Patterns:
    table = data.load(_WORDS)
    forms: dict[str, _Form] = {}
    for key, uncertain in (("relative_days", False), ("uncertain_relative_days", True)):
        for code in languages:
            for phrase, days in table.get(key, {}).get(code, {}).items():
                for form in _lowered_forms(phrase):
                    forms[form] = _Form(days=int(days), uncertain=uncertain)
    for code in languages:
        locale = _locale(code)
        if locale is None:
            continue
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context]["wide"].items():
                name = " ".join(str(name).split())
                last = name.rsplit(" ", 1)[-1]
                # a name Babel writes capitalised keeps the capital of its last word
                capital = len(name) - len(last) if last[:1].isupper() else None
                for form in _lowered_forms(name):
                    forms.setdefault(form, _Form(weekday=int(number), capital_at=capital))
    scan = WordScan(forms) if forms else None

    def cue(key: str, after: bool) -> re.Pattern[str]:
        body = _alternation(_words(key)) or r"(?!x)x"
        if after:
            return re.compile(rf"[\s,]*(?:{body})(?!\w)")
        return re.compile(rf"(?<!\w)(?:{body})\s+$")

    return _Patterns(
        scan,
        forms,
        cue("weekday_past_before", False),
        cue("weekday_past_after", True),
        cue("weekday_next_before", False),
        cue("weekday_next_after", True),
        cue("weekday_this_before", False),
        cue("weekday_this_after", True),
    )


def _edge(ch: str) -> bool:
    """Whether ``ch`` may border a phrase: not a letter of the same word (CJK writing
    has no spaces between words, so any CJK character may)."""
    return not (ch.isalnum() or ch in "'’-_") or ord(ch) >= 0x2E80


def find_relative(
    text: str, languages: Sequence[str], start: int = 0, end: int | None = None
) -> list[RelativeDay]:
    """Relative days and weekday names in ``text[start:end]``, in reading order."""
    patterns = _patterns(tuple(dict.fromkeys(["en", *languages])))
    end = len(text) if end is None else min(end, len(text))
    if patterns.scan is None or start >= end:
        return []
    chunk = text[start:end]
    lowered = chunk.lower()
    if len(lowered) != len(chunk):  # a letter grew when lowered ("İ"): lower one by one
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in chunk)
    found: list[RelativeDay] = []
    for a, b in patterns.scan.spans(lowered):
        if (a and not _edge(chunk[a - 1])) or (b < len(chunk) and not _edge(chunk[b])):
            continue
        form = patterns.forms[lowered[a:b]]
        if form.capital_at is not None and not chunk[a + form.capital_at].isupper():
            continue
        if form.weekday is not None and _in_proper_name(chunk, a, b, form.capital_at is None):
            continue
        at, to = start + a, start + b
        if form.weekday is not None:
            mode = _weekday_mode(text, at, to, patterns)
            found.append(RelativeDay(at, to, text[at:to], None, form.weekday, mode))
        else:
            found.append(RelativeDay(at, to, text[at:to], form.days, uncertain=form.uncertain))
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’.-]*)")
_NAME_CONTEXT = 40


def _cased(word: str) -> bool:
    return any(ch.lower() != ch.upper() for ch in word)


def _all_caps(word: str) -> bool:
    return _cased(word) and word.upper() == word and len(word) >= 2


@cache
def _date_words() -> frozenset[str]:
    """Folded words that may stand next to a weekday in a date: month and weekday names
    of every locale, and the words that introduce a day ("ngày", "el", "on")."""
    found: set[str] = set()
    for code in data.load(_WORDS).get("relative_days", {}):
        locale = _locale(code)
        if locale is None:
            continue
        for table in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for name in table[context][width].values():
                        found.update(fast_fold(str(name)).rstrip(".").split())
    for key in ("day_cues", "strong_day_cues"):
        for word in data.strings("metadata_cues", key):
            found.update(fast_fold(word).split())
    return frozenset(found)


def _in_proper_name(chunk: str, a: int, b: int, lower_case_name: bool) -> bool:
    """A weekday's name inside a proper name, not a day: "SANTO DOMINGO." (a dateline's
    place in capitals), "Santo Domingo", "Mardi Gras", "Domingo Cavallo". The name
    is joined to another word in the same case by spaces only: in capitals, or, in
    a language that writes its weekdays in lower case, capitalised after or before
    another capitalised word ("El domingo", "Le mardi" stay days)."""
    word = chunk[a:b]
    before = _WORD_BEFORE.search(chunk, max(0, a - _NAME_CONTEXT), a)
    after = _WORD_AFTER.match(chunk, b)
    date_words = _date_words()  # "MONDAY MARCH 3", "EL DOMINGO", "NGÀY THỨ HAI": a date
    neighbours = [
        m.group(1)
        for m in (before, after)
        if m is not None and fast_fold(m.group(1)).rstrip(".") not in date_words
    ]
    if _all_caps(word):
        return any(_all_caps(w) for w in neighbours)
    if not lower_case_name or not word[:1].isupper():
        return False
    return any(w[:1].isupper() for w in neighbours)


def _weekday_mode(text: str, start: int, end: int, patterns: _Patterns) -> str:
    before = text[max(0, start - 24) : start]
    after = text[end : end + 24]
    if patterns.past_before.search(before) or patterns.past_after.match(after):
        return PAST
    if patterns.next_before.search(before) or patterns.next_after.match(after):
        return NEXT
    if patterns.this_before.search(before) or patterns.this_after.match(after):
        return NEAREST
    return LATEST


def warm_up(language_sets: Sequence[Sequence[str]]) -> None:
    """Compile the patterns of each set of languages now rather than on the first file."""
    for languages in language_sets:
        _patterns(tuple(dict.fromkeys(["en", *languages])))
