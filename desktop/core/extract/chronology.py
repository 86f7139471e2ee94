"""Publication and event dates of an article, each with its evidence.

The event date is the first day-precise date of the lead (news style: "Le 18
décembre, à Hanoï", "Ngày 19/4, tại", "Pada 19 Disember, di Hanoi"). When the text
gives no year, the year comes from evidence, in this order, and is marked
"inferred" with that evidence:

1. the publication date (stated in the page or a date line, or read from the
   source URL): the occurrence of the day nearest to it;
2. the latest dated mention in the text: when the text cites it as upcoming, the
   event is the last occurrence before it; otherwise the first occurrence after
   it, if that is within two months (an older mention is background, not evidence).

With no evidence the year stays unknown, the day and month are kept, and the
article gets a review reason. A date is never invented silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.extract import data
from desktop.core.extract.dates import Mention, is_upcoming, weekday_names
from desktop.core.textfold import fold
from desktop.i18n import _

STATED = "stated"
INFERRED = "inferred"
UNKNOWN = "unknown"

LEAD_CHARS = 1500  # the event date is looked for in the lead only
_PUBLISHED_LINES = 8
_MAX_PUBLISHED_LINE = 100
_MAX_GAP_AFTER_MENTION = dt.timedelta(days=62)
_YEAR = dt.timedelta(days=366)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b|\b(?:gmt|utc)\s*[+-]?\s*\d*\b", re.I)
_NON_WORD = re.compile(r"[^\w\s]|_")


@dataclass
class DateResult:
    value: dt.date | None
    confidence: str
    evidence: str = ""
    how: str = ""
    month: int | None = None
    day: int | None = None
    extra: dict[str, object] = field(default_factory=dict)
    review: list[str] = field(default_factory=list)

    def as_evidence(self) -> dict[str, object]:
        out: dict[str, object] = {
            "value": self.value.isoformat() if self.value else None,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "source": self.how,
        }
        if self.value is None and self.month is not None:
            out["month"], out["day"] = self.month, self.day
        out.update(self.extra)
        return out


@cache
def _published_labels() -> tuple[str, ...]:
    labels = {" ".join(fold(w).split()) for w in data.strings("metadata_cues", "published_labels")}
    return tuple(sorted(labels, key=len, reverse=True))


def _line_spans(text: str, limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text) and len(spans) < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _leftover_words(rest: str, languages: tuple[str, ...]) -> list[str]:
    folded = " " + " ".join(_NON_WORD.sub(" ", fold(_TIME.sub(" ", rest))).split()) + " "
    for name in sorted(weekday_names(languages), key=len, reverse=True):
        folded = folded.replace(f" {name} ", " ")
    for label in _published_labels():
        folded = folded.replace(f" {label} ", " ")
    return folded.split()


def find_published_line(
    text: str, mentions: Sequence[Mention], languages: Sequence[str]
) -> Mention | None:
    """A date line near the top ("Thứ bảy, 13/03/2021 09:33", "Published: 18 December
    2024"): a full date with only weekday names, times and labels around it."""
    key = tuple(dict.fromkeys(["en", *languages]))
    for start, end in _line_spans(text, _PUBLISHED_LINES):
        if end - start > _MAX_PUBLISHED_LINE:
            continue
        for mention in mentions:
            if mention.start >= end:
                break
            if mention.start < start or mention.year is None or mention.day is None:
                continue
            rest = text[start : mention.start] + " " + text[mention.end : end]
            if len(_leftover_words(rest, key)) <= 1:
                return mention
    return None


def _nearest(mention: Mention, anchor: dt.date) -> dt.date | None:
    options = [mention.on(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    dates = [d for d in options if d is not None]
    return min(dates, key=lambda d: abs((d - anchor).days)) if dates else None


def _from_latest_mention(
    text: str, mention: Mention, mentions: Sequence[Mention], exclude: Mention | None
) -> DateResult | None:
    dated = [
        (i, m)
        for i, m in enumerate(mentions)
        if m.date is not None and m.start != mention.start and m is not exclude
    ]
    if not dated:
        return None
    index, latest = max(dated, key=lambda item: (item[1].date or dt.date.min, item[1].start))
    bound = latest.date
    assert bound is not None
    if is_upcoming(text, latest, mentions[index - 1] if index else None):
        candidates = [mention.on(y) for y in (bound.year, bound.year - 1)]
        fits = [d for d in candidates if d is not None and bound - _YEAR < d <= bound]
        if fits:
            return DateResult(
                max(fits),
                INFERRED,
                _("the text cites {when} as upcoming: «{text}»").format(
                    when=latest.iso(), text=latest.text
                ),
                "upcoming mention",
            )
        return None
    candidates = [mention.on(y) for y in (bound.year, bound.year + 1)]
    fits = [d for d in candidates if d is not None and d >= bound]
    if fits and min(fits) - bound <= _MAX_GAP_AFTER_MENTION:
        return DateResult(
            min(fits),
            INFERRED,
            _("latest dated mention in the text: «{text}»").format(text=latest.text),
            "latest mention",
        )
    return None


def _first_current(candidates: Sequence[Mention], published: dt.date | None) -> Mention:
    """The first date of the lead, passing over dates written with a year more than a
    year away from publication ("adopted on 19/12/2018" in a 2021 article) when a
    nearer one follows."""
    if published is not None:
        for mention in candidates:
            day = mention.date
            if day is None or abs((day - published).days) <= _YEAR.days:
                return mention
    return candidates[0]


def _pick_day(mention: Mention, day: dt.date, published: dt.date | None) -> dt.date:
    """For a range ("10-12/3"), the last day not after publication, else the first."""
    if mention.last_day is None or published is None:
        return day
    for number in range(mention.last_day, (mention.day or 1) - 1, -1):
        candidate = mention.on(day.year, number)
        if candidate is not None and candidate <= published:
            return candidate
    return day


def event_date(
    text: str,
    lead: Sequence[Mention],
    published: DateResult,
    exclude: Mention | None,
    everything: Callable[[], Sequence[Mention]],
) -> DateResult:
    """The event date of the article with its confidence and evidence.

    ``lead`` holds the mentions of the lead; ``everything`` returns all mentions of
    the text and is called only when the year has to be inferred from them."""
    candidates = [m for m in lead if m.has_day and m.start < LEAD_CHARS and m is not exclude]
    if not candidates:
        return DateResult(
            None, UNKNOWN, "", "", review=[_("no event date found in the first paragraphs")]
        )
    pub = published.value
    mention = _first_current(candidates, pub)
    extra: dict[str, object] = {}
    if mention.last_day is not None:
        extra["range_days"] = [mention.day, mention.last_day]
    if mention.year is not None:
        day = mention.date
        if day is None:
            return DateResult(None, UNKNOWN, mention.text, "text")
        day = _pick_day(mention, day, pub)
        return DateResult(day, STATED, mention.text, "text", day.month, day.day, extra=extra)
    by_mention = _from_latest_mention(text, mention, everything(), exclude)
    result: DateResult | None = None
    if pub is not None:
        near = _nearest(mention, pub)
        if near is not None:
            result = DateResult(
                near,
                INFERRED,
                _("publication date {date} ({evidence})").format(
                    date=pub.isoformat(), evidence=published.evidence or published.how
                ),
                "publication date",
            )
    if result is None:
        result = by_mention
    elif by_mention is not None and by_mention.value != result.value:
        result.review.append(
            _("the year of the event date is uncertain: {a} or {b}").format(
                a=result.value, b=by_mention.value
            )
        )
    if result is None or result.value is None:
        return DateResult(
            None,
            UNKNOWN,
            mention.text,
            "text",
            month=mention.month,
            day=mention.day,
            extra=extra,
            review=[
                _("event date «{text}» has no year and nothing in the file tells it").format(
                    text=mention.text
                )
            ],
        )
    result.value = _pick_day(mention, result.value, pub)
    result.evidence = f"«{mention.text}»; " + result.evidence
    result.month, result.day = result.value.month, result.value.day
    result.extra.update(extra)
    return result
