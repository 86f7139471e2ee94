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

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.linking.actors import ActorRegistry, resolve
from desktop.core.linking.dates import DateMention, find_dates
from desktop.core.linking.gazetteer import Gazetteer
from desktop.core.linking.scan import Scan
from desktop.core.tagging.names import HONORIFICS

ACTOR, NAME, ACRONYM, NUMBER, PLACE = "actor", "name", "acronym", "number", "place"
DAY, DATE, MONTH, YEAR, CITED = "day", "date", "month", "year", "cited"
QUOTE, PUBLISHED_YEAR, URL_YEAR = "quote", "pubyear", "urlyear"
SEEN = "seen"  # every day the text mentions ("03-12"), whatever its role
DATE_KINDS = frozenset({DAY, DATE, MONTH, YEAR, SEEN, PUBLISHED_YEAR, URL_YEAR})
YEAR_KINDS = frozenset({YEAR, PUBLISHED_YEAR, URL_YEAR})
MAX_SEEN = 60

MAX_PER_KIND = 40
MAX_NAME_WORDS = 4
# Ranks of police and armed forces, written before a name and left out of it (folded):
# "Brigjen Pol.", "Brigadier General", "general de brigada", "Thượng tá", "Kombes".
RANKS = frozenset(
    "brigjen brigadir irjen kombes akbp kompol iptu ipda aiptu bripka pol jenderal jeneral "
    "general gen brigadier brigada colonel col lieutenant lt major maj captain capt "
    "colonel coronel teniente comandante capitan commissaire commandant lieutenant "
    "thuong dai trung thieu ta tuong datuk dato datin tan sri seri tun haji hajah ir drs".split()
)
PERSON_WEIGHT, ORGANISATION_WEIGHT, NAME_WEIGHT = 3.0, 1.5, 2.0
ACRONYM_WEIGHT, FIGURE_WEIGHT, YEAR_FIGURE_WEIGHT, CITED_WEIGHT = 1.0, 1.5, 0.5, 1.0
QUOTE_WEIGHT, QUOTE_WORDS = 3.0, 8
PLACE_WEIGHTS = {"city": 1.5, "country": 0.5, "region": 0.3}

# Leading words that are articles or titles rather than part of a name (folded).
_LEADING = (
    frozenset(
        "the a an la les l el los las il lo der die das de du des mr mrs ms mme mlle m dr prof "
        "ong ba cik encik puan tuan sr sra madame monsieur president ambassador ambassadeur "
        "minister ministre deputy vice pho thu truong dai su ngai".split()
    )
    | HONORIFICS
    | RANKS
)
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# A quotation of at least five words between quotation marks.
_QUOTE = re.compile(r"[“«„\"]\s*([^“”«»„\"\n]{24,400}?)\s*[”»“\"]")
_NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?)(?![\w]|[.,]\d)")


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
        key = (kind, value[:300])
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
            return None
        base = MainDate(chosen.month, chosen.day, chosen.last_day, chosen.year, True)
    base = _widen(base, mentions)
    if base.year is None and ref is not None:
        year = ref[0] - 1 if base.month > ref[1] + 1 else ref[0]
        base = MainDate(base.month, base.first_day, base.last_day, year, base.from_text)
    return base


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


_WORD_CHARS = "Aa0_"
# In the text's shape (see .scan): a run of capitalised words separated by single spaces.
_CAPITALISED = r"A[Aa]*a[Aa]*(?![Aa0_])"
_NAME_RUN = re.compile(rf"(?<![Aa0_]){_CAPITALISED}(?: {_CAPITALISED})*")
_ACRONYM = re.compile(r"(?<![Aa0_])A[A0_]{1,9}(?![Aa0_])")
_SHAPE_WORD = re.compile(r"[Aa0_]+")


class _Covered:
    """Non-overlapping spans of the text already read as actors or places."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _b in ordered]
        self.ends = [b for _a, b in ordered]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def names(scan: Scan, covered: _Covered) -> list[str]:
    """Folded multi-word capitalised names ("Phan Chí Thành" -> "phan chi thanh")."""
    out: list[str] = []
    for run in _NAME_RUN.finditer(scan.shape):
        words: list[str] = []
        pos = run.start()
        for word in run.group().split(" "):
            if pos in covered:
                _name_candidates(words, out)
                words = []
            else:
                words.append(scan.folded[pos : pos + len(word)])
            pos += len(word) + 1
        _name_candidates(words, out)
    return out


def _name_candidates(run: list[str], out: list[str]) -> None:
    candidates = [run]
    while run and run[0] in _LEADING:
        run = run[1:]
        candidates.append(run)
    if len(run) > MAX_NAME_WORDS:  # titles before a name: keep its likely tail
        candidates += [run[-MAX_NAME_WORDS:], run[-3:]]
        # and what follows its last title word ("Kenyataan Datuk Seri X Y" → "x y")
        last = max((i for i, word in enumerate(run) if word in _LEADING), default=-1)
        if last >= 0:
            candidates.append(run[last + 1 :])
    for seq in candidates:
        if 2 <= len(seq) <= MAX_NAME_WORDS:
            out.append(" ".join(seq))


def _upper_word(shape: str) -> bool:
    return len(shape) > 1 and "A" in shape and "a" not in shape


def _neighbours(shape: str, start: int, end: int) -> int:
    """How many of the words right before and after ``start:end`` are in capitals."""
    count = 0
    before = shape[max(0, start - 40) : start].rstrip(" .")
    if before and before[-1] in _WORD_CHARS:
        word = _SHAPE_WORD.findall(before)[-1]
        count += _upper_word(word)
    after = _SHAPE_WORD.search(shape, end, end + 40)
    if after is not None and not shape[end : after.start()].strip(" ."):
        count += _upper_word(after.group())
    return count


def acronyms(scan: Scan, covered: _Covered) -> list[str]:
    out: list[str] = []
    for m in _ACRONYM.finditer(scan.shape):
        start, end = m.span()
        word = scan.text[start:end]
        if start in covered or m.group().count("A") < 2 or _ROMAN.match(word):
            continue
        # a line written in capitals is not a list of acronyms
        neighbours = _neighbours(scan.shape, start, end)
        if neighbours >= 2 or (neighbours == 1 and len(word) <= 4 and not word.isascii()):
            continue
        out.append(scan.folded[start:end].upper())
    return out


def figures(folded: str, mentions: list[DateMention]) -> list[tuple[str, float]]:
    """Non-trivial numbers outside dates, normalised ("1.000" -> "1000", "2,5" -> "2.5")."""
    spans = [(m.pos, m.end) for m in mentions]
    out: list[tuple[str, float]] = []
    for m in _NUMBER.finditer(folded):
        start = m.start()
        if any(a <= start < b for a, b in spans):
            continue
        if start >= 2 and folded[start - 1] in "-–" and folded[start - 2].isalpha():
            continue  # COVID-19, G-20
        raw = m.group(1)
        parts = re.split(r"[.,\u00a0\u202f]", raw)
        if len(parts) == 1:
            value = raw
        elif all(len(p) == 3 for p in parts[1:]):
            value = "".join(parts)
        elif len(parts) == 2:
            value = f"{int(parts[0])}.{parts[1]}"
        else:
            continue
        if "." in value:
            if float(value) == 0:
                continue
            out.append((value, FIGURE_WEIGHT))
            continue
        number = int(value)
        if number < 11:
            continue
        weight = YEAR_FIGURE_WEIGHT if 1900 <= number <= 2100 else FIGURE_WEIGHT
        out.append((str(number), weight))
    return out


def extract(article: ArticleInput, actors: ActorRegistry, places: Gazetteer) -> FeatureSet:
    """Every feature of one article, from one scan of its text."""
    text = f"{article.title}\n{article.body}" if article.title else article.body
    features = FeatureSet(article.id)
    scan = Scan.of(text)
    counts: dict[str, int] = {}

    def add(kind: str, value: str, weight: float) -> None:
        if counts.get(kind, 0) < MAX_PER_KIND or (kind, value) in features.weights:
            if (kind, value) not in features.weights:
                counts[kind] = counts.get(kind, 0) + 1
            features.add(kind, value, weight)

    spans, place_hits = resolve(actors, actors.automaton(places).matches(scan), article.language)
    for actor_id, _start, _end in spans:
        actor = actors.actors.get(actor_id)
        if actor is not None:
            add(ACTOR, str(actor_id), PERSON_WEIGHT if actor.is_person else ORGANISATION_WEIGHT)
    for hit in place_hits:
        key = hit.entries[0].key
        add(PLACE, key, PLACE_WEIGHTS.get(places.places[key].kind, 1.0))
    covered = _Covered([(s, e) for _a, s, e in spans] + [(h.start, h.end) for h in place_hits])
    for name in names(scan, covered):
        add(NAME, name, NAME_WEIGHT)
    for acronym in acronyms(scan, covered):
        add(ACRONYM, acronym, ACRONYM_WEIGHT)
    for quote in quotes(scan):
        add(QUOTE, quote, QUOTE_WEIGHT)
    mentions = find_dates(scan.folded)
    for value, weight in figures(scan.folded, mentions):
        add(NUMBER, value, weight)
    _add_dates(features, article, mentions)
    _add_years(features, article, mentions)
    return features


def quotes(scan: Scan) -> list[str]:
    """The first words of each quotation, folded."""
    out: list[str] = []
    for m in _QUOTE.finditer(scan.text):
        words = scan.spaced_slice(m.start(1), m.end(1)).split()
        if len(words) >= 5:
            out.append(" ".join(words[:QUOTE_WORDS]))
    return out


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
