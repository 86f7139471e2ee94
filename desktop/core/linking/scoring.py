"""Scoring a pair of articles as versions of one event, with reasons a curator can read.

Shared features add evidence, weighted by kind and by rarity (a name found in two
articles of the archive says more than one found in two hundred). The event's date
counts both ways: agreeing days add strong evidence; a different year, month or
day vetoes the pair whatever else agrees.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.core.linking import features as F
from desktop.core.linking.features import MainDate
from desktop.i18n import _

# The threshold the GUI shows suggestions from, and the CLI's default.
DEFAULT_MIN_SCORE = 0.6
SCALE = 6.0  # evidence giving a score of 1 - 1/e
DATE_AGREES, YEAR_AGREES, MONTH_AGREES = 3.0, 1.0, 0.5

Key = tuple[str, str]


@dataclass(frozen=True)
class Suggestion:
    articles: tuple[int, int]
    score: float
    reasons: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class PairScore:
    score: float
    evidence: float
    reasons: tuple[str, ...]
    veto: str | None = None  # why the pair can not be one event


def rarity(df: int) -> float:
    """1 for a feature only the two articles share, less the more articles have it."""
    return 1.0 / (1.0 + math.log2(max(df, 2) / 2))


def _month_name(month: int) -> str:
    from babel.dates import get_month_names

    from desktop.i18n import current_language

    return str(get_month_names("wide", locale=current_language())[month])


def describe_date(d: MainDate) -> str:
    """ "12-13 March 2021", "March", "10 March"."""
    parts = []
    if d.first_day is not None:
        last = d.last_day if d.last_day is not None else d.first_day
        parts.append(f"{d.first_day}-{last}" if last != d.first_day else str(d.first_day))
    parts.append(_month_name(d.month))
    if d.year is not None:
        parts.append(str(d.year))
    return " ".join(parts)


def _meets(main: MainDate, seen: frozenset[str]) -> bool:
    """Does the other text mention one of the days of this event date?"""
    return any(f"{main.month:02d}-{day:02d}" in seen for day in main.days())


def date_check(a: MainDate | None, b: MainDate | None) -> tuple[float, str | None]:
    """(evidence, veto) from two event dates; veto is "years", "months", "days" or None.

    Different days or months veto the pair unless one text also mentions the other's
    event day (a version that opens with an earlier date is still the same report)."""
    if a is None or b is None:
        return 0.0, None
    if a.year is not None and b.year is not None and a.year != b.year:
        return 0.0, "years"
    if a.month != b.month:
        return (0.0, None) if _meets(a, b.seen) or _meets(b, a.seen) else (0.0, "months")
    bonus = YEAR_AGREES if a.year is not None and a.year == b.year else 0.0
    if a.first_day is None or b.first_day is None:
        return MONTH_AGREES + bonus, None
    a_last = a.last_day if a.last_day is not None else a.first_day
    b_last = b.last_day if b.last_day is not None else b.first_day
    if a_last < b.first_day or b_last < a.first_day:
        return (0.0, None) if _meets(a, b.seen) or _meets(b, a.seen) else (0.0, "days")
    return DATE_AGREES + bonus, None


_VETO_TEXT: dict[str, Callable[[], str]] = {
    "years": lambda: _("different years: {dates}"),
    "months": lambda: _("different months: {dates}"),
    "days": lambda: _("different days: {dates}"),
}


def date_verdict(a: MainDate | None, b: MainDate | None) -> tuple[float, str | None, str | None]:
    """(evidence, reason, veto) from the two event dates, in words."""
    evidence, veto = date_check(a, b)
    if a is None or b is None:
        return evidence, None, None
    pair = _("{a} vs {b}").format(a=describe_date(a), b=describe_date(b))
    if veto is not None:
        return 0.0, None, _VETO_TEXT[veto]().format(dates=pair)
    return evidence, _("dates: {dates}").format(dates=pair), None


_GROUP_TEXT: dict[str, Callable[[], str]] = {
    "person": lambda: _("same people: {items}"),
    "organisation": lambda: _("same organisations: {items}"),
    F.NAME: lambda: _("same names: {items}"),
    F.ACRONYM: lambda: _("same acronyms: {items}"),
    F.NUMBER: lambda: _("same figures: {items}"),
    F.PLACE: lambda: _("same places: {items}"),
    F.CITED: lambda: _("both cite: {items}"),
}
MAX_ITEMS = 6


@dataclass(frozen=True)
class Shared:
    """One feature both articles have: its key, its weight and how many articles have it."""

    key: Key
    weight: float
    df: int

    @property
    def evidence(self) -> float:
        return 0.0 if self.key[0] in F.DATE_KINDS else self.weight * rarity(self.df)


class Labels(Protocol):
    def label(self, kind: str, value: str) -> str: ...

    def group(self, kind: str, value: str) -> str: ...


def to_score(evidence: float) -> float:
    return 1.0 - math.exp(-evidence / SCALE)


def assess(a: MainDate | None, b: MainDate | None, shared: Iterable[Shared]) -> PairScore:
    """The score of a pair, without reasons (cheap: used over the whole archive)."""
    verdict, veto = date_check(a, b)
    if veto is not None:
        return PairScore(0.0, 0.0, (), veto)
    evidence = verdict + sum(item.evidence for item in shared)
    return PairScore(to_score(evidence), evidence, ())


def explain(
    a: MainDate | None, b: MainDate | None, shared: Iterable[Shared], labels: Labels
) -> PairScore:
    """The score of a pair with the reasons, strongest first."""
    verdict, date_reason, veto = date_verdict(a, b)
    if veto is not None:
        return PairScore(0.0, 0.0, (veto,), veto)
    evidence = verdict
    groups: dict[str, list[tuple[float, str]]] = {}
    for item in shared:
        if item.key[0] in F.DATE_KINDS:
            continue
        evidence += item.evidence
        group = labels.group(*item.key)
        groups.setdefault(group, []).append((item.evidence, labels.label(*item.key)))
    ranked: list[tuple[float, str]] = []
    if date_reason is not None:
        ranked.append((verdict, date_reason))
    for group, items in groups.items():
        items.sort(key=lambda item: (-item[0], item[1]))
        template = _GROUP_TEXT.get(group, lambda: "{items}")()
        shown = [text for _weight, text in items[:MAX_ITEMS]]
        ranked.append((sum(w for w, _t in items), template.format(items=", ".join(shown))))
    ranked.sort(key=lambda item: -item[0])
    return PairScore(to_score(evidence), evidence, tuple(text for _w, text in ranked))
