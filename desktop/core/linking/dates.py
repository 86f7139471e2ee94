"""Dates mentioned in an article's folded text, for linking.

A thin view over the one date-mention extractor, :func:`desktop.core.extract.dates.
find_mentions`, run on folded text (:func:`desktop.core.util.textfold.fold`) with the month
names of every language the archive reads: "12 mars", "12 et 13 mars", "10-12/3",
"19/12/2018", "ngày 12 tháng 3 năm 2021", "March 12-13, 2021", "19 Disember".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.dates import find_mentions
from desktop.core.extract.model import DEFAULT_LANGUAGES

# Month names of these languages are recognised in every article, whatever its language.
LANGUAGES = tuple(dict.fromkeys([*DEFAULT_LANGUAGES, "nl", "fil"]))
_TIME = re.compile(r"\s*,?\s*(?:\||-|lúc|luc|a|à)?\s*\d{1,2}[:h]\d{2}")


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


def find_dates(folded: str) -> list[DateMention]:
    """Every day-precise date mentioned in ``folded`` text, in text order."""
    return [
        DateMention(
            m.start, m.month, m.day, m.last_day, m.year, bool(_TIME.match(folded, m.end)), m.end
        )
        for m in find_mentions(folded, LANGUAGES, folded=True)
        if m.day is not None
    ]


def find_month_years(folded: str) -> list[tuple[int, int, int]]:
    """(position, month, year) of mentions such as "mars 2021", "tháng 3/2021", "Mei 2026"."""
    return [
        (m.start, m.month, m.year)
        for m in find_mentions(folded, LANGUAGES, folded=True)
        if m.day is None and m.year is not None
    ]
