"""An event of several days reported by its last day: "The two-day meeting ended on
Wednesday", "La réunion de deux jours s'est achevée le 29 octobre", "Hội nghị kéo dài
hai ngày kết thúc ngày 29/10", "Mesyuarat dua hari itu berakhir semalam".

A date that an end verb introduces in its sentence is the last day of the event: with
a day count in the same sentence, the event date is its first day (the last less the
days before it), flagged; without one, the date is kept and flagged. Words come from
``resources/date_words.json`` ("event_end_words", "day_count_phrases",
"small_numbers", "day_count_not_after").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.extract import data
from desktop.core.extract.regex import first_sentence_end, last_sentence_end
from desktop.core.util.textfold import fast_fold

_WORDS = "date_words"
_END_BEFORE = 60  # characters between an end verb and the date it introduces
_SENTENCE_ENDS = ".!?…\n"
_MAX_DAYS = 14


@dataclass(frozen=True)
class LastDay:
    """The end verb before a date and, when the sentence gives it, the event's length."""

    verb: str
    days: int | None


def _by_language(key: str, languages: Sequence[str]) -> list[object]:
    table = data.load(_WORDS).get(key, {})
    return [item for code in dict.fromkeys(["en", *languages]) for item in table.get(code, [])]


def _alternation(words: Sequence[str]) -> str:
    forms = sorted({" ".join(fast_fold(w).split()) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class _Patterns:
    ends: re.Pattern[str]  # end verbs, in folded text
    count: re.Pattern[str]  # day counts ("deux jours", "3-day"), in folded text
    number: re.Pattern[str]  # the number of a day count
    numbers: dict[str, int]  # folded number words
    not_after: re.Pattern[str]  # a word before a number that is no day count


@cache
def _patterns(languages: tuple[str, ...]) -> _Patterns:
    ends = [str(w) for w in _by_language("event_end_words", languages)]
    table = data.load(_WORDS).get("small_numbers", {})
    numbers = {
        fast_fold(word): int(n)
        for code in dict.fromkeys(["en", *languages])
        for word, n in table.get(code, {}).items()
    }
    number = r"(?:\d{1,2}|" + (_alternation(list(numbers)) or "(?!x)x") + ")"
    phrases = [str(p) for p in _by_language("day_count_phrases", languages)]
    bodies = {re.escape(" ".join(fast_fold(p).split())).replace(r"\ ", r"\s+") for p in phrases}
    count = "|".join(b.replace(r"\{n\}", number, 1) for b in sorted(bodies, key=len, reverse=True))
    not_after = _alternation(data.strings(_WORDS, "day_count_not_after")) or "(?!x)x"
    return _Patterns(
        re.compile(rf"(?<!\w)(?:{_alternation(ends)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{count})(?!\w)"),
        re.compile(rf"(?<!\w){number}(?!\w)"),
        numbers,
        re.compile(rf"(?<!\w)(?:{not_after})\s*$"),
    )


def _sentence(text: str, position: int) -> tuple[int, int]:
    r"""The sentence around ``position``: between matches of ``[.!?…\n](?=\s|$)``."""
    start = last_sentence_end(text, _SENTENCE_ENDS, max(0, position - 400), position)
    end = first_sentence_end(text, _SENTENCE_ENDS, position)
    return max(start, 0), end if end >= 0 else len(text)


def last_day(text: str, position: int, languages: Sequence[str]) -> LastDay | None:
    """Whether the date at ``position`` of ``text`` is the last day of an event."""
    patterns = _patterns(tuple(languages))
    start, end = _sentence(text, position)
    before = fast_fold(text[max(start, position - _END_BEFORE) : position])
    verb = patterns.ends.search(before)
    if verb is None:
        return None
    sentence = fast_fold(text[start:end])
    days: int | None = None
    for match in patterns.count.finditer(sentence):
        if patterns.not_after.search(sentence, 0, match.start()):
            continue  # "Thứ Hai ngày ...": a weekday, not two days
        raw = patterns.number.search(match.group(0))
        if raw is None:
            continue
        word = " ".join(raw.group(0).split())
        value = int(word) if word.isdigit() else patterns.numbers.get(word)
        if value is not None and 2 <= value <= _MAX_DAYS:
            days = value
            break
    return LastDay(verb.group(0), days)


def first_day(last: dt.date, days: int) -> dt.date:
    return last - dt.timedelta(days=days - 1)
