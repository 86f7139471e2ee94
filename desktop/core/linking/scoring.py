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
from desktop.core.linking.features import DateFacts, MainDate
from desktop.core.linking.mentions import FIGURE_WEIGHT
from desktop.i18n import _

# The threshold the GUI shows suggestions from, and the CLI's default.
DEFAULT_MIN_SCORE = 0.6
SCALE = 6.0  # evidence giving a score of 1 - 1/e
DATE_AGREES, YEAR_AGREES, MONTH_AGREES = 3.0, 1.0, 0.5
NEXT_DAY = 1  # event days this far apart still agree (a report dated the day after)
# When a pair's dates could not be fully checked: general evidence counts this much, and
# specific evidence (see is_specific) must reach this.
UNCHECKED_GENERAL, SPECIFIC_NEEDED = 0.75, 2.0
CHECKED, PARTLY, UNCHECKED = "checked", "partly", "unchecked"

Key = tuple[str, str]


_CHECK_TEXT: dict[str, Callable[[], str]] = {
    CHECKED: lambda: _("dates checked"),
    PARTLY: lambda: _("dates partly checked"),
    UNCHECKED: lambda: _("dates not checked"),
}


def dates_checked_text(check: str) -> str:
    """How far a suggestion's dates could be checked, in words."""
    return _CHECK_TEXT[check]() if check in _CHECK_TEXT else check


@dataclass(frozen=True)
class Suggestion:
    articles: tuple[int, int]
    score: float
    reasons: tuple[str, ...]
    dates_checked: str = CHECKED  # CHECKED, PARTLY or UNCHECKED

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles),
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "dates_checked": self.dates_checked,
        }


@dataclass(frozen=True)
class PairScore:
    score: float
    evidence: float
    reasons: tuple[str, ...]
    veto: str | None = None  # why the pair can not be one event
    dates_checked: str = CHECKED


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


@dataclass(frozen=True)
class DateVerdict:
    """What two articles' dates say about the pair: evidence, a veto, how far checked."""

    evidence: float
    veto: str | None  # "years", "months", "days" or None
    check: str  # CHECKED (years and days), PARTLY (one of them) or UNCHECKED


def date_check(a: DateFacts, b: DateFacts) -> DateVerdict:
    """Compare two articles' dates. The years of all their evidence (event, publication,
    URL) must meet; the event days must overlap, or be consecutive when the years agree
    (a version dated the day after, as "yesterday" reports are); months may differ only
    when one text also names the other's event day."""
    if a.years and b.years and not a.years & b.years:
        return DateVerdict(0.0, "years", CHECKED)
    years_checked = bool(a.years and b.years)
    bonus = YEAR_AGREES if years_checked else 0.0
    x, y = a.main, b.main
    if x is None or y is None:
        return DateVerdict(bonus, None, PARTLY if years_checked else UNCHECKED)
    check = CHECKED if years_checked else PARTLY
    if x.month != y.month:
        if _meets(x, y.seen) or _meets(y, x.seen):
            return DateVerdict(bonus, None, PARTLY)
        return DateVerdict(0.0, "months", check)
    if x.first_day is None or y.first_day is None:
        return DateVerdict(MONTH_AGREES + bonus, None, PARTLY)
    x_last = x.last_day if x.last_day is not None else x.first_day
    y_last = y.last_day if y.last_day is not None else y.first_day
    gap = max(y.first_day - x_last, x.first_day - y_last)
    if gap > (NEXT_DAY if years_checked else 0):  # next days of unknown years may be
        return DateVerdict(0.0, "days", check)  # look-alike events a year apart
    return DateVerdict((DATE_AGREES if gap <= 0 else MONTH_AGREES) + bonus, None, check)


_VETO_TEXT: dict[str, Callable[[], str]] = {
    "years": lambda: _("different years: {dates}"),
    "months": lambda: _("different months: {dates}"),
    "days": lambda: _("different days: {dates}"),
}


def _describe(facts: DateFacts) -> str:
    if facts.main is not None:
        text = describe_date(facts.main)
        if facts.main.year is None and facts.years:
            text += f" ({'/'.join(str(y) for y in sorted(facts.years))})"
        return text
    if facts.years:
        return "/".join(str(y) for y in sorted(facts.years))
    return _("date unknown")


def date_verdict(a: DateFacts, b: DateFacts) -> tuple[DateVerdict, str]:
    """The verdict on two articles' dates and the reason that says it."""
    verdict = date_check(a, b)
    pair = _("{a} vs {b}").format(a=_describe(a), b=_describe(b))
    if verdict.veto is not None:
        return verdict, _VETO_TEXT[verdict.veto]().format(dates=pair)
    if verdict.check == CHECKED:
        return verdict, _("dates: {dates}").format(dates=pair)
    if verdict.check == PARTLY:
        return verdict, _("dates only partly checked ({dates}): stronger evidence needed").format(
            dates=pair
        )
    return verdict, _("no date check was possible ({dates}): stronger evidence needed").format(
        dates=pair
    )


_GROUP_TEXT: dict[str, Callable[[], str]] = {
    "person": lambda: _("same people: {items}"),
    "organisation": lambda: _("same organisations: {items}"),
    F.NAME: lambda: _("same names: {items}"),
    F.ACRONYM: lambda: _("same acronyms: {items}"),
    F.NUMBER: lambda: _("same figures: {items}"),
    F.PLACE: lambda: _("same places: {items}"),
    F.CITED: lambda: _("both cite: {items}"),
    F.QUOTE: lambda: _("same quotations: {items}"),
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


def is_specific(kind: str, weight: float) -> bool:
    """Evidence that tells one event from another like it: names of people, figures,
    quotations, cited dates (places, organisations and acronyms recur event after event)."""
    if kind in (F.NAME, F.QUOTE, F.CITED):
        return True
    if kind == F.NUMBER:
        return weight >= FIGURE_WEIGHT
    return kind == F.ACTOR and weight >= F.PERSON_WEIGHT


def combine(verdict: DateVerdict, specific: float, general: float) -> float:
    """Total evidence of a pair; when its dates could not be fully checked, general
    evidence (same place, same organisations) counts for less."""
    if verdict.check == CHECKED:
        return verdict.evidence + specific + general
    return verdict.evidence + specific + UNCHECKED_GENERAL * general


def enough(verdict: DateVerdict, specific: float) -> bool:
    """A pair whose dates could not be fully checked needs specific evidence."""
    return verdict.check == CHECKED or specific >= SPECIFIC_NEEDED


class Labels(Protocol):
    def label(self, kind: str, value: str) -> str: ...

    def group(self, kind: str, value: str) -> str: ...


def to_score(evidence: float) -> float:
    return 1.0 - math.exp(-evidence / SCALE)


def _split(shared: Iterable[Shared]) -> tuple[float, float, list[Shared]]:
    specific = general = 0.0
    kept: list[Shared] = []
    for item in shared:
        if item.key[0] in F.DATE_KINDS:
            continue
        kept.append(item)
        if is_specific(item.key[0], item.weight):
            specific += item.evidence
        else:
            general += item.evidence
    return specific, general, kept


def assess(a: DateFacts, b: DateFacts, shared: Iterable[Shared]) -> PairScore:
    """The score of a pair, without reasons (cheap: used over the whole archive)."""
    verdict = date_check(a, b)
    if verdict.veto is not None:
        return PairScore(0.0, 0.0, (), verdict.veto, verdict.check)
    specific, general, _kept = _split(shared)
    evidence = combine(verdict, specific, general)
    score = to_score(evidence) if enough(verdict, specific) else 0.0
    return PairScore(score, evidence, (), None, verdict.check)


def explain(a: DateFacts, b: DateFacts, shared: Iterable[Shared], labels: Labels) -> PairScore:
    """The score of a pair with the reasons, strongest first; the date reason first when
    the dates could not be fully checked."""
    verdict, date_reason = date_verdict(a, b)
    if verdict.veto is not None:
        return PairScore(0.0, 0.0, (date_reason,), date_reason, verdict.check)
    specific, general, kept = _split(shared)
    evidence = combine(verdict, specific, general)
    groups: dict[str, list[tuple[float, str]]] = {}
    for item in kept:
        group = labels.group(*item.key)
        groups.setdefault(group, []).append((item.evidence, labels.label(*item.key)))
    ranked: list[tuple[float, str]] = []
    for group, items in groups.items():
        items.sort(key=lambda item: (-item[0], item[1]))
        template = _GROUP_TEXT.get(group, lambda: "{items}")()
        shown = [text for _weight, text in items[:MAX_ITEMS]]
        ranked.append((sum(w for w, _t in items), template.format(items=", ".join(shown))))
    ranked.append((verdict.evidence if verdict.check == CHECKED else math.inf, date_reason))
    ranked.sort(key=lambda item: -item[0])
    score = to_score(evidence) if enough(verdict, specific) else 0.0
    return PairScore(score, evidence, tuple(text for _w, text in ranked), None, verdict.check)
