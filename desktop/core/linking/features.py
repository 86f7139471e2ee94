"""Language-neutral features of an article, for finding versions of one event.

Kinds (``article_features.kind``):

- ``actor``: id of a registry actor named in the text (aliases resolved);
- ``name``: a capitalised multi-word name not in the registry, folded ("phan chi thanh");
- ``acronym``: an all-capital word ("GCM", "UNESCAP");
- ``number``: a non-trivial figure ("400", "2018", "2.5");
- ``place``: a gazetteer place id ("bangkok", "thailand");
- ``day`` / ``date`` / ``month`` / ``year``: the event's own date ("03-12", "2021-03-12",
  "03", "2021"), from the article's metadata or else from its text;
- ``cited``: another full date the text mentions ("2020-03-20");
- ``quote``: the first words of a quotation, folded (versions in one language share it);
- ``pubyear`` / ``urlyear``: the year of the publication date and of a date in the
  source URL: with the event's year, the years a pair's dates are checked against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.linking.actors import ActorRegistry, resolve
from desktop.core.linking.dates import DateMention, find_dates
from desktop.core.linking.gazetteer import Gazetteer
from desktop.core.linking.mentions import (
    Covered,
    acronyms,
    figures,
    names,
    quotes,
)
from desktop.core.linking.scan import Scan

ACTOR, NAME, ACRONYM, NUMBER, PLACE = "actor", "name", "acronym", "number", "place"
DAY, DATE, MONTH, YEAR, CITED = "day", "date", "month", "year", "cited"
QUOTE, PUBLISHED_YEAR, URL_YEAR = "quote", "pubyear", "urlyear"
SEEN = "seen"  # every day the text mentions ("03-12"), whatever its role
DATE_KINDS = frozenset({DAY, DATE, MONTH, YEAR, SEEN, PUBLISHED_YEAR, URL_YEAR})
YEAR_KINDS = frozenset({YEAR, PUBLISHED_YEAR, URL_YEAR})
MAX_SEEN = 60
STAMP_WEEK = 6  # days before a time stamp its weekday or "yesterday" may name

MAX_PER_KIND = 40
MAX_VALUE_CHARS = 300  # a feature's value is cut to this length
PERSON_WEIGHT, ORGANISATION_WEIGHT, NAME_WEIGHT = 3.0, 1.5, 2.0
ACRONYM_WEIGHT, CITED_WEIGHT, QUOTE_WEIGHT = 1.0, 1.0, 3.0
PLACE_WEIGHTS = {"city": 1.5, "country": 0.5, "region": 0.3}


@dataclass(frozen=True)
class ArticleInput:
    """What the features of one article are computed from."""

    id: int
    title: str
    body: str
    language: str | None = None
    published: dt.date | None = None
    event_date: dt.date | None = None
    event_month: int | None = None
    event_day: int | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class MainDate:
    """The date of the event an article reports: a day range of one month, maybe a year."""

    month: int
    first_day: int | None
    last_day: int | None
    year: int | None
    from_text: bool
    seen: frozenset[str] = frozenset()  # "MM-DD" of every day the text mentions

    def days(self) -> list[int]:
        if self.first_day is None:
            return []
        return list(range(self.first_day, (self.last_day or self.first_day) + 1))


@dataclass
class FeatureSet:
    """(kind, value) -> weight, plus what scoring needs about the event date."""

    article_id: int
    weights: dict[tuple[str, str], float] = field(default_factory=dict)

    def add(self, kind: str, value: str, weight: float) -> None:
        key = (kind, value[:MAX_VALUE_CHARS])
        if weight > self.weights.get(key, -1.0):
            self.weights[key] = weight

    def values(self, kind: str) -> set[str]:
        return {v for k, v in self.weights if k == kind}

    def rows(self) -> list[dict[str, object]]:
        return [
            {"article_id": self.article_id, "kind": k, "value": v, "weight": w}
            for (k, v), w in self.weights.items()
        ]


def _reference_year(article: ArticleInput, mentions: list[DateMention]) -> tuple[int, int] | None:
    """(year, month) the article was written in, when known: metadata, else a time stamp."""
    if article.published is not None:
        return article.published.year, article.published.month
    for m in mentions:
        if m.stamp and m.year is not None:
            return m.year, m.month
    return None


def main_date(article: ArticleInput, mentions: list[DateMention]) -> MainDate | None:
    """The event's date: the article's metadata when set, else the first fitting mention."""
    ref = _reference_year(article, mentions)
    if article.event_date is not None:
        d = article.event_date
        base = MainDate(d.month, d.day, d.day, d.year, False)
    elif article.event_month is not None:
        day = article.event_day
        base = MainDate(article.event_month, day, day, None, False)
    else:
        chosen = None
        for m in mentions:
            if m.stamp or m.day is None:
                continue
            if m.year is None or ref is None or m.year in (ref[0], ref[0] - 1):
                chosen = m
                break
        if chosen is None:
            return _stamp_week(mentions)
        base = MainDate(chosen.month, chosen.day, chosen.last_day, chosen.year, True)
    base = _widen(base, mentions)
    if base.year is None and ref is not None:
        year = ref[0] - 1 if base.month > ref[1] + 1 else ref[0]
        base = MainDate(base.month, base.first_day, base.last_day, year, base.from_text)
    return base


def _stamp_week(mentions: list[DateMention]) -> MainDate | None:
    """When the only day a text gives is its own time stamp ("10 février 20h05") and it
    reports its event by a weekday or "yesterday", the event fell in the week up to that
    day: a range of days in the stamp's month, so that versions dated in it agree and a
    look-alike event a day later does not."""
    stamp = next((m for m in mentions if m.stamp and m.day is not None), None)
    if stamp is None or stamp.day is None:
        return None
    first = max(1, stamp.day - STAMP_WEEK)
    return MainDate(stamp.month, first, stamp.day, stamp.year, True)


def _widen(base: MainDate, mentions: list[DateMention]) -> MainDate:
    """Join other mentions of the same days ("12 mars" ... "les 12 et 13 mars")."""
    if base.first_day is None or base.last_day is None:
        return base
    first, last = base.first_day, base.last_day
    for m in mentions:
        if m.stamp or m.day is None or m.month != base.month:
            continue
        if m.year is not None and base.year is not None and m.year != base.year:
            continue
        m_last = m.last_day or m.day
        if m.day <= last + 1 and m_last >= first - 1:
            first, last = min(first, m.day), max(last, m_last)
    return MainDate(base.month, first, last, base.year, base.from_text)


def article_text(title: str, body: str) -> str:
    """The text an article's features are read from: its title, then its body."""
    return f"{title}\n{body}" if title else body


def extract(
    article: ArticleInput, actors: ActorRegistry, places: Gazetteer, scan: Scan | None = None
) -> FeatureSet:
    """Every feature of one article, from one scan of its text (``scan``: that of
    :func:`article_text`, when already made)."""
    features = FeatureSet(article.id)
    if scan is None:
        scan = Scan.of(article_text(article.title, article.body))
    counts: dict[str, int] = {}
    weights = features.weights

    def add(kind: str, value: str, weight: float) -> None:
        # FeatureSet.add, inlined (tens of calls an article), with a cap per kind
        key = (kind, value)
        if key not in weights:
            count = counts.get(kind, 0)
            if count >= MAX_PER_KIND:
                return
            counts[kind] = count + 1
        if len(value) > MAX_VALUE_CHARS:
            key = (kind, value[:MAX_VALUE_CHARS])
        if weight > weights.get(key, -1.0):
            weights[key] = weight

    spans, place_hits = resolve(actors, actors.automaton(places).matches(scan), article.language)
    for actor_id, _start, _end in spans:
        actor = actors.actors.get(actor_id)
        if actor is not None:
            add(ACTOR, str(actor_id), PERSON_WEIGHT if actor.is_person else ORGANISATION_WEIGHT)
    for hit in place_hits:
        key = hit.entries[0].key
        add(PLACE, key, PLACE_WEIGHTS.get(places.places[key].kind, 1.0))
    covered = Covered([(s, e) for _a, s, e in spans] + [(h.start, h.end) for h in place_hits])
    for name in names(scan, covered):
        add(NAME, name, NAME_WEIGHT)
    for acronym in acronyms(scan, covered):
        add(ACRONYM, acronym, ACRONYM_WEIGHT)
    for quote in quotes(scan):
        add(QUOTE, quote, QUOTE_WEIGHT)
    mentions = find_dates(scan.folded)
    for value, weight in figures(scan.folded, mentions, scan.shape):
        add(NUMBER, value, weight)
    _add_dates(features, article, mentions)
    _add_years(features, article, mentions)
    return features


def _add_years(features: FeatureSet, article: ArticleInput, mentions: list[DateMention]) -> None:
    """The years of the publication date and of a date in the source URL."""
    ref = _reference_year(article, mentions)
    if ref is not None:
        features.add(PUBLISHED_YEAR, str(ref[0]), 1.0)
    if article.source_url:
        from desktop.core.extract.dates import url_date

        found = url_date(article.source_url, dt.date.today())
        if found is not None:
            features.add(URL_YEAR, str(found[0].year), 1.0)


def _add_dates(features: FeatureSet, article: ArticleInput, mentions: list[DateMention]) -> None:
    main = main_date(article, mentions)
    if main is not None:
        features.add(MONTH, f"{main.month:02d}", 1.0)
        if main.year is not None:
            features.add(YEAR, str(main.year), 1.0)
        for day in main.days():
            features.add(DAY, f"{main.month:02d}-{day:02d}", 1.0)
            if main.year is not None:
                features.add(DATE, f"{main.year}-{main.month:02d}-{day:02d}", 1.0)
    for m in mentions:
        if m.stamp or m.day is None or m.year is None:
            continue
        if main is not None and main.year == m.year and main.month == m.month:
            days = main.days()
            if days and days[0] <= m.day <= days[-1]:
                continue
        features.add(CITED, f"{m.year}-{m.month:02d}-{m.day:02d}", CITED_WEIGHT)
    seen = 0
    for m in mentions:
        if m.stamp or m.day is None or seen >= MAX_SEEN:
            continue
        for day in range(m.day, (m.last_day or m.day) + 1):
            features.add(SEEN, f"{m.month:02d}-{day:02d}", 1.0)
            seen += 1


@dataclass(frozen=True)
class DateFacts:
    """What an article's features say about when its event happened: the event's date,
    and every year its evidence gives (the event's, the publication's, the URL's)."""

    main: MainDate | None = None
    years: frozenset[int] = frozenset()


def date_facts_of(features: Iterable[tuple[str, str]]) -> DateFacts:
    keys = list(features)
    years = frozenset(int(v) for k, v in keys if k in YEAR_KINDS and v.isdigit())
    return DateFacts(main_date_of(keys), years)


def main_date_of(features: Iterable[tuple[str, str]]) -> MainDate | None:
    """The event date stored among an article's features."""
    days: list[int] = []
    seen: set[str] = set()
    month = year = None
    for kind, value in features:
        if kind == SEEN:
            seen.add(value)
        elif kind == MONTH:
            month = int(value)
        elif kind == YEAR:
            year = int(value)
        elif kind == DAY:
            days.append(int(value[3:]))
    if month is None:
        return None
    if not days:
        return MainDate(month, None, None, year, True, frozenset(seen))
    return MainDate(month, min(days), max(days), year, True, frozenset(seen))
