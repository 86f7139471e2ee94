"""Month and weekday names from Babel's locale data, the cue words of
``resources/metadata_cues.json``, and the patterns of written dates built from them
(compiled once per set of languages; :func:`warm_up` compiles them ahead of a batch).
:mod:`desktop.core.extract.dates` finds the mentions with them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from desktop.core.extract import data, relative
from desktop.core.extract.regex import WordScan, trie_pattern
from desktop.core.util.textfold import fold

_LOCK = threading.Lock()
DAY = r"[0-3]?\d"
ORDINAL = r"(?:er|ᵉʳ|st|nd|rd|th|º|°)?"
YEAR = r"(?:19|20)\d\d"


def _babel_locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def babel_names(kind: str, code: str) -> list[str]:
    """The month (``kind`` "month") or weekday names of language ``code`` as Babel writes
    them: wide and abbreviated, in format and stand-alone forms."""
    locale = _babel_locale(code)
    if locale is None:
        return []
    table = locale.months if kind == "month" else locale.days
    return [
        str(name)
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for name in table[context][width].values()
    ]


@cache
def month_names(languages: tuple[str, ...], folded: bool = False) -> dict[str, int]:
    """Month names and abbreviations (as written, without a final dot) -> month number;
    with ``folded``, their folded forms, less the abbreviations that are also common
    words once folded ("out", "set")."""
    if folded:
        ambiguous = set(data.strings("date_words", "folded_ambiguous_months"))
        out: dict[str, int] = {}
        for name, number in month_names(languages).items():
            key = month_key(fold(name))
            if key not in ambiguous:
                out.setdefault(key, number)
        return out
    names: dict[str, int] = {}
    variants = data.load("date_words").get("month_variants", {})
    for code in languages:
        locales = [_babel_locale(c) for c in (code, *variants.get(code, []))]
        if locales[0] is None:
            continue
        own: dict[str, int] = {}
        for locale in locales:  # the language's own names first, then its variants' ("Sept")
            if locale is None:
                continue
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in locale.months[context][width].items():
                        name = str(name).strip().rstrip(".")
                        if len(name) >= 3 and not name.isdigit():
                            own.setdefault(name, int(number))
        for name, number in own.items():
            names.setdefault(name, number)
        for name, number in _short_forms(own).items():
            names.setdefault(name, number)
    return names


def _short_forms(names: dict[str, int]) -> dict[str, int]:
    """Three-letter truncations of a language's longer month abbreviations, as agencies
    and tables write them ("21 sep" beside CLDR's "sept", "jan" beside "janv"), when the
    truncation names one month only."""
    months: dict[str, set[int]] = {}
    for name, number in names.items():
        if name.isalpha() and len(name) > 3:
            months.setdefault(name[:3], set()).add(number)
    taken = {name.casefold() for name in names}
    return {
        short: next(iter(numbers))
        for short, numbers in months.items()
        if len(numbers) == 1 and short.casefold() not in taken
    }


@cache
def weekday_names(languages: tuple[str, ...]) -> frozenset[str]:
    """Folded weekday names and abbreviations of ``languages``."""
    return frozenset(
        " ".join(fold(name).rstrip(".").split())
        for code in languages
        for name in babel_names("day", code)
    )


def _name_pattern(name: str, folded: bool) -> str:
    """A month name as a regex: case-free, except that capitalised names (English,
    German, Malay, ...) keep their capital so "may" or "mac" in running text do not match
    (in folded text, where nothing is capitalised, every name is case-free)."""
    head, tail = name[0], name[1:]
    if folded:
        return re.escape(name).replace(r"\ ", r"\s+")
    body = re.escape(tail).replace(r"\ ", r"\s+")
    if head.isupper():
        return f"{re.escape(head)}(?i:{body})"
    return f"(?i:{re.escape(head)}{body})"


def _words(key: str) -> str:
    """The cue words of ``key``, as written and folded."""
    found = data.strings("metadata_cues", key)
    words = sorted(set(found) | {fold(w) for w in found}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class Patterns:
    months: dict[str, int]  # lower-cased name -> month number
    capitals: frozenset[str]  # lower-cased names that must be written with a capital
    scan: WordScan  # finds month names in lower-cased text, fast
    textual: re.Pattern[str]
    month_first: re.Pattern[str]
    month_year: re.Pattern[str]


NUMERIC = re.compile(
    rf"(?<![\w/.,:-])(?P<d1>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY}))?(?P<sep>[/.-])(?P<m>\d\d?)"
    rf"(?P=sep)(?P<y>{YEAR})(?![\w/]|[.-]\d)"
)
ISO = re.compile(
    rf"(?<![\w/.-])(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d1>{DAY})"
    r"(?![\w/]|[.-]\d)"
)
NUMERIC_NO_YEAR = re.compile(
    rf"(?<![\w/.,:-])(?P<d1>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY}))?(?P<sep>[/-])"
    r"(?P<m>0?[1-9]|1[0-2])(?![\w/]|[.,/-]\d)"
)
CJK = re.compile(
    rf"(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d1>{DAY})\s*(?:日|号)"
)


@cache
def patterns(languages: tuple[str, ...], folded: bool = False) -> Patterns:
    months = month_names(languages, folded)
    alternation = "|".join(
        _name_pattern(n, folded) + (r"\.?" if len(n) <= 5 else "")
        for n in sorted(months, key=len, reverse=True)
    )
    month = rf"(?<![^\W\d_])(?P<m>{alternation})(?![^\W_])"
    ranges = _words("range_words")
    day_links = _words("day_month_links")
    year_links = _words("month_year_links")
    rng = rf"(?:\s*(?i:{ranges})\s*)"
    textual = re.compile(
        rf"(?<![\w.,/:-])(?P<d1>{DAY}){ORDINAL}\.?(?:{rng}(?P<d2>{DAY}){ORDINAL}\.?)?"
        rf"\s+(?:(?i:{day_links})\s+)?{month}"
        rf"(?:\s*(?:(?i:{year_links})\s*)?(?P<y>{YEAR})(?!\d))?"
    )
    month_first = re.compile(
        rf"{month}\s+(?P<d1>{DAY})(?:st|nd|rd|th)?(?:{rng}(?P<d2>{DAY})(?:st|nd|rd|th)?)?"
        rf"(?:,?\s*(?P<y>{YEAR}))?(?![\d])"
    )
    month_year = re.compile(rf"{month}\s*(?:(?i:{year_links})\s*)?(?P<y>{YEAR})(?!\d)")
    lowered = {month_key(name): number for name, number in months.items()}
    lower_case = {month_key(name) for name in months if folded or not name[0].isupper()}
    capitals = frozenset(set(lowered) - lower_case)
    scan = WordScan(lowered)
    return Patterns(lowered, capitals, scan, textual, month_first, month_year)


_MIN_FOLDED_CUE = 3


def _cue_forms(key: str) -> set[str]:
    found = data.strings("metadata_cues", key)
    return set(found) | {fold(w) for w in found if len(fold(w)) >= _MIN_FOLDED_CUE}


@cache
def cue_pattern(key: str) -> re.Pattern[str]:
    """The cue words of ``key``, also without their diacritics, except where that leaves
    a word too short to tell from another language's ("sẽ" is no "se")."""
    words = sorted(_cue_forms(key), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


@cache
def cue_test(key: str) -> re.Pattern[str]:
    """:func:`cue_pattern` as a trie, for telling whether a cue is there: it matches at
    the same places (its match may be another of the words found there), several times
    faster."""
    return re.compile(rf"(?<!\w)(?:{trie_pattern(_cue_forms(key))})(?!\w)", re.I)


@cache
def future_verb() -> re.Pattern[str]:
    """A future tense written in one word ("abrirá", "abrirán", "aprirà"): a lower-case
    stem of two letters or more before an ending of ``future_verb_endings``, written
    with its accent ("para", "ahora" are no future)."""
    endings = sorted(data.strings("metadata_cues", "future_verb_endings"), key=len, reverse=True)
    body = "|".join(re.escape(e) for e in endings) or r"(?!x)x"
    return re.compile(rf"(?<!\w)[a-zß-ÿ][^\W\d_]+(?:{body})(?!\w)")


@cache
def _future_endings() -> tuple[str, ...]:
    """The endings of future tenses none of which holds another."""
    endings = set(data.strings("metadata_cues", "future_verb_endings"))
    return tuple(e for e in endings if e and not any(o != e and o in e for o in endings))


def has_future_verb(text: str, start: int, end: int) -> bool:
    """:func:`future_verb` found in ``text[start:end]``; the pattern only runs where one
    of the endings is written (the pattern is slow: it tries every word)."""
    if not any(text.find(e, start, end) >= 0 for e in _future_endings()):
        return False
    return future_verb().search(text, start, end) is not None


def warm_up(languages: Sequence[str]) -> None:
    """Compile the patterns for ``languages`` now rather than on the first file."""
    with _LOCK:
        patterns(language_key(languages))
        for code in languages:
            patterns(language_key(date_languages(code, languages)))
        for key in ("day_cues", "strong_day_cues", "future_before", "future_after"):
            cue_pattern(key)
            cue_test(key)
        future_verb()
    relative.warm_up([date_languages(code, languages) for code in languages])


def date_languages(language: str | None, fallback: Sequence[str]) -> tuple[str, ...]:
    """The languages whose date words are read in a text detected as ``language``: it and
    those easily taken for it (a Malay text read as Indonesian keeps "Disember")."""
    if not language:
        return tuple(fallback)
    together = data.load("date_words").get("read_together", {}).get(language, [])
    return tuple(dict.fromkeys([language, *together]))


def language_key(languages: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(["en", *languages]))


def month_key(name: str) -> str:
    return " ".join(name.rstrip(".").lower().split())
