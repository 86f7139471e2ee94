"""The event date of an article, with its evidence (the publication date it is
counted from comes from :mod:`desktop.core.extract.pubdate`).

The event date is the first time expression of the lead (news style): a date ("Chiều
12/12", "Le 18 décembre", "Rabu (21/8/2024)"), a relative day ("yesterday", "hôm qua",
"semalam", "ayer") or a weekday ("on Tuesday", "mardi"). A dateline ("Hanói, 15 jun
(Agency) –") is the reference of the relative words that follow it ("ayer": 14 June).
Dates of texts cited, international days, upcoming dates and dates far from the
publication date are passed over. For a range of days, the first day.

A date is "stated" only when the text writes that day with its year; otherwise it is
"inferred", with its evidence. A year inferred from other dates of the text, a
reference that may be a saved-page date, an uncertain phrase or a weekday that does not
fit its date gets a review reason. With no year anywhere, the day and month are kept
and the year stays open, flagged. A date is never invented silently.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import cache

from desktop.core.extract import multiday, pagelines
from desktop.core.extract.dates import Mention
from desktop.core.extract.leadcues import (
    Cue,
    clause_before,
    cue_test,
    cue_words,
    find_dateline,
    is_background,
    lead_cues,
)
from desktop.core.extract.pubdate import (
    INFERRED,
    STATED,
    UNKNOWN,
    DateResult,
    Page,
    Published,
    infer_year,
    reference_evidence,
    weak_reason,
)
from desktop.core.extract.relative import UPCOMING, RelativeDay
from desktop.core.util.textfold import fast_fold
from desktop.i18n import _

_YEAR = dt.timedelta(days=366)
_MAX_REPORTING_DAYS = 31


# --- Event date ------------------------------------------------------------------------------


def _resolve_mention(
    page: Page, mention: Mention, published: Published, weekday: RelativeDay | None
) -> DateResult:
    """A day and month, with the year written, or taken from the publication date, or
    inferred from the other dates of the text."""
    extra: dict[str, object] = {}
    if mention.last_day is not None:
        extra["range_days"] = [mention.day, mention.last_day]
    pub = published.result.value
    review: list[str] = []
    result: DateResult | None
    if mention.year is not None:
        day = mention.date
        if day is None:
            return DateResult(None, UNKNOWN, mention.text, "text")
        result = DateResult(day, STATED, mention.text, "text", extra=extra)
    else:
        result = infer_year(page, mention, published)
        if result is None:
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
        result.extra.update(extra)
    assert result.value is not None
    if weekday is not None and weekday.days is not None and pub is not None:
        if weekday.resolve(pub) != result.value:
            review.append(
                _("«{weekday}» does not fall on {date}").format(
                    weekday=weekday.text, date=result.value.isoformat()
                )
            )
    elif weekday is not None and weekday.weekday not in (None, result.value.weekday()):
        review.append(
            _("«{weekday}» does not fall on {date}").format(
                weekday=weekday.text, date=result.value.isoformat()
            )
        )
    if pub is not None and (result.value - pub).days > 1:
        review.append(
            _("the event date {date} is after the publication date {pub}").format(
                date=result.value.isoformat(), pub=pub.isoformat()
            )
        )
    elif pub is not None and (pub - result.value).days > _MAX_REPORTING_DAYS:
        review.append(  # news reports what just happened: an older date may be background
            _("the event date {date} is {days} days before the publication date {pub}").format(
                date=result.value.isoformat(), days=(pub - result.value).days, pub=pub.isoformat()
            )
        )
    result.review.extend(review)
    return result


def _resolve_relative(
    relative: RelativeDay, reference: dt.date, evidence: str, review: list[str]
) -> DateResult:
    value = relative.resolve(reference)
    reasons = list(review)
    if relative.uncertain:
        reasons.append(_("«{text}» may mean another day").format(text=relative.text))
    return DateResult(
        value,
        INFERRED,
        _("«{text}» counted from {evidence}").format(text=relative.text, evidence=evidence),
        "relative day",
        review=reasons,
    )


def event_date(page: Page, published: Published) -> DateResult:
    """The event date of the article with its confidence and evidence."""
    kept = _kept_cues(page, published.result.value)
    dateline = find_dateline(page, kept)
    if dateline is not None and dateline.mention is not None:
        following = kept[1] if len(kept) > 1 else None
        result, used = _from_dateline(page, dateline, dateline.mention, following, published)
        return _with_day(_first_of_several_days(page, used, result))
    if kept:
        kept = _past_an_end_day(page, kept)
        within = _one_day_of_range(page, kept, published)
        result = _from_first_cue(page, within, published)
        if within is not kept and kept[0].mention is not None:
            result.evidence += "; " + _("one day of «{text}»").format(text=kept[0].mention.text)
        return _with_day(_first_of_several_days(page, within[0], result))
    if published.result.value is not None:
        return _with_day(
            DateResult(
                published.result.value,
                INFERRED,
                reference_evidence(published),
                "publication date",
                review=[_("no event date in the first paragraphs: the publication date is used")],
            )
        )
    return DateResult(
        None, UNKNOWN, "", "", review=[_("no event date found in the first paragraphs")]
    )


def _first_of_several_days(page: Page, cue: Cue, result: DateResult) -> DateResult:
    """The first day of an event reported by its last ("the two-day meeting ended on
    Wednesday"), flagged; a date an end verb introduces, without a day count, flagged."""
    if cue.mention is not None and cue.mention.last_day is not None:
        return result  # a range: its first day is already the event date
    found = multiday.last_day(page.text, cue.start, page.languages)
    if found is None or (result.value is None and result.month is None):
        return result
    ends = [x.end for x in (cue.mention, cue.relative) if x is not None]
    text = page.text[cue.start : max(ends, default=cue.start)]
    if found.days is None or result.value is None:
        result.review.append(_("«{text}» may be the last day of the event").format(text=text))
        return result
    first = multiday.first_day(result.value, found.days)
    result.review.append(
        _("«{text}» is the last day of a {days}-day event: its first day {date} is used").format(
            text=text, days=found.days, date=first.isoformat()
        )
    )
    result.evidence += f"; «{found.verb}», {found.days}"
    return replace(result, value=first, confidence=INFERRED)


def _past_an_end_day(page: Page, kept: list[Cue]) -> list[Cue]:
    """The lead's cues from its first that is not an event's closing day given without a
    day count ("la reunión, que concluye este jueves ... iniciaron este miércoles"): the
    day it opened is the event's. With nothing else in the lead, the closing day stays."""
    for k, cue in enumerate(kept):
        if cue.mention is not None and cue.mention.last_day is not None:
            return kept[k:]  # a range: its first day
        found = multiday.last_day(page.text, cue.start, page.languages)
        if found is None or found.days is not None:
            return kept[k:]
    return kept


def _kept_cues(page: Page, pub: dt.date | None) -> list[Cue]:
    """The time expressions of the lead, less the dates of texts cited, international
    days, upcoming dates and dates more than a year from the publication date."""
    excluded = set(page.listed) | {d.line.index for d in page.date_lines}
    kept: list[Cue] = []
    previous: Mention | None = None
    cues = lead_cues(page, excluded)
    periods = _period_bounds(page.text, [c.mention for c in cues if c.mention is not None])
    for cue in cues:
        mention = cue.mention
        if mention is not None:
            background = mention.start in periods or is_background(page.text, mention, previous)
            previous = mention
            day = mention.date
            if background or (
                day is not None and pub is not None and abs((day - pub).days) > _YEAR.days
            ):
                continue
        elif cue.relative is not None and cue.relative.weekday is not None:
            if re.search(r"\d", page.text[cue.relative.end : cue.relative.end + 4]):
                continue  # "Thứ Năm, 03/12" whose date was not taken: not a relative day
        elif cue.relative is not None and _means_nowadays(page.text, cue.relative):
            continue
        kept.append(cue)
    return kept


_PERIOD_DAYS = 31


def _period_bounds(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of the two dates bounding a period longer than a month ("entre el 1 de enero
    y el 15 de septiembre", "between 1 January and 30 June", "từ 1/1 đến 30/6"): the span
    of figures or of a campaign, not the day of the event reported."""
    joiners = cue_words("period_joiners")
    found: set[int] = set()
    for first, second in itertools.pairwise(mentions):
        gap = text[first.end : second.start]
        if len(gap) > 14 or not joiners.fullmatch(" ".join(fast_fold(gap).split())):
            continue
        if first.day is None or second.day is None or first.last_day or second.last_day:
            continue
        try:
            start = dt.date(first.year or 2000, first.month, first.day)
            end = dt.date(second.year or first.year or 2000, second.month, second.day)
        except ValueError:
            continue
        days = (end - start).days
        if first.year is None and second.year is None and days < 0:
            days += 366
        if days > _PERIOD_DAYS:
            found |= {first.start, second.start}
    return found


def _means_nowadays(text: str, relative: RelativeDay) -> bool:
    """ "Today" as "nowadays" or "up to now": after a comparison or "until", maybe with
    a figure between ("contre 250 aujourd'hui", "hingga hari ini", "than today")."""
    if relative.days != 0:
        return False
    return bool(_present_before().search(clause_before(text, relative.start, 40)))


@cache
def _present_before() -> re.Pattern[str]:
    words = cue_words("present_before").pattern
    return re.compile(rf"{words}\s+(?:\d[\d.,\s]*(?:[^\W\d_]+\s+)?)?$")


def _one_day_of_range(page: Page, kept: list[Cue], published: Published) -> list[Cue]:
    """A range of days followed by one day inside it ("en visite du 23 au 25 avril, a
    signé jeudi 24 avril"): the day reported is the event's, not the range's first."""
    first = kept[0].mention
    if first is None or first.last_day is None or first.day is None or len(kept) < 2:
        return kept
    following = kept[1]
    if following.mention is not None:
        day = following.mention
        inside = (
            day.month == first.month
            and day.day is not None
            and first.day <= day.day <= first.last_day
            and day.last_day is None
            and (day.year is None or first.year is None or day.year == first.year)
        )
        return kept[1:] if inside else kept
    span = _resolve_mention(page, first, published, None).value
    pub = published.result.value
    if following.relative is None or span is None or pub is None:
        return kept
    day_meant = following.relative.resolve(pub)
    inside = span <= day_meant <= span.replace(day=first.last_day)
    return kept[1:] if inside else kept


def _from_dateline(
    page: Page, dateline: Cue, mention: Mention, following: Cue | None, published: Published
) -> tuple[DateResult, Cue]:
    """The dateline's day, or the relative day that follows it counted from it, or a
    day of the lead a few days before it; with the cue it comes from."""
    base = _resolve_mention(page, mention, published, dateline.weekday)
    if following is not None and following.relative is None and following.mention is not None:
        earlier = _earlier_than_dateline(page, base, following, mention, published)
        return (earlier, following) if earlier is not None else (base, dateline)
    if following is None or following.relative is None:
        return base, dateline
    result = _counted_from_dateline(page, base, following.relative, mention)
    return result, following if result.how == "relative day" else dateline


def _counted_from_dateline(
    page: Page, base: DateResult, relative: RelativeDay, mention: Mention
) -> DateResult:
    if base.value is None:
        return _shift_open_year(base, relative, mention)
    sure_year = base.confidence == STATED or base.how == "publication date"
    if relative.weekday is not None and not sure_year:
        if relative.weekday != base.value.weekday():  # the year may be the wrong one
            base.review.append(
                _("«{weekday}» does not fall on {date}").format(
                    weekday=relative.text, date=base.value.isoformat()
                )
            )
        return base
    result = _resolve_relative(
        relative,
        base.value,
        _("the dateline «{text}»").format(text=mention.text),
        base.review,
    )
    result.evidence += f"; {base.evidence}"
    if relative.days == 0 and base.confidence == STATED:
        result.confidence = STATED  # "HANOI, 12 December 2023 – ... today"
    return result


_DATELINE_LAG = 7  # days an agency files its dateline after the event it reports, at most


def _earlier_than_dateline(
    page: Page, base: DateResult, following: Cue, dateline: Mention, published: Published
) -> DateResult | None:
    """A dateline is the day the story was filed: a day of the lead a few days before it
    ("PUTRAJAYA, 21 Ogos -- ... diadakan pada 19 dan 20 Ogos lepas") is the event's. A
    day inside a range that holds the dateline day is not ("New York, 18 mai -- ... le
    forum du 17 au 20 mai"): the dateline then gives the day reported."""
    assert following.mention is not None
    if base.value is None:
        return None
    earlier = _resolve_mention(page, following.mention, published, following.weekday)
    if earlier.value is None:
        return None
    last = following.mention.last_day or earlier.value.day
    try:
        end = earlier.value.replace(day=last)
    except ValueError:
        return None
    if not 0 < (base.value - end).days <= _DATELINE_LAG:
        return None
    earlier.evidence += "; " + _("before the dateline «{text}»").format(text=dateline.text)
    return earlier


def _shift_open_year(
    base: DateResult, relative: RelativeDay, mention: Mention, *, date_line: bool = False
) -> DateResult:
    """A relative day counted from a dateline without a year ("Hanoï, le 12 mars –
    ... hier") or from such a date line ("Julai 18 @ 9:12am"): its day and month, the
    year left open and flagged."""
    if relative.days is None or base.month is None or base.day is None:
        return base
    leap = (base.month, base.day) == (2, 29)
    day = relative.resolve(dt.date(2000 if leap else 2001, base.month, base.day))
    if date_line:
        reason = _("«{text}» is counted from a date line without a year")
        source = _("the date line «{text}»").format(text=mention.text)
    else:
        reason = _("«{text}» is counted from a dateline without a year")
        source = _("the dateline «{text}»").format(text=mention.text)
    return DateResult(
        None,
        UNKNOWN,
        _("«{text}» counted from {evidence}").format(text=relative.text, evidence=source),
        "relative day",
        month=day.month,
        day=day.day,
        review=[*base.review, reason.format(text=relative.text)],
    )


_DATE_LINE_WORDS = 8


def _yearless_date_line(page: Page) -> Mention | None:
    """A date line without a year between the headline and the lead, with its time of
    day ("Julai 18 @ 9:12am"): the day the page was written, its year unknown."""
    if page.lead is None:
        return None
    top = page.headline.start if page.headline is not None else 0
    for mention in page.mentions:
        if mention.start >= page.lead.start:
            break
        if mention.start < top or mention.year is not None or mention.day is None:
            continue
        line = page.line_of(mention.start)
        if line is None or line.index in page.listed or line.words > _DATE_LINE_WORDS:
            continue
        if mention.last_day is None and pagelines.timed(page.text, line):
            return mention
    return None


def _from_first_cue(page: Page, kept: list[Cue], published: Published) -> DateResult:
    """The first date of the lead, or its first relative day counted from the
    publication date (a weekday cited as upcoming is the next such day)."""
    first = kept[0]
    if first.mention is not None:
        return _resolve_mention(page, first.mention, published, first.weekday)
    assert first.relative is not None
    relative = first.relative
    pub = published.result.value
    if pub is not None:
        if relative.weekday is not None and _is_future(page.text, relative):
            relative = replace(relative, mode=UPCOMING)
        evidence = reference_evidence(published)
        return _resolve_relative(relative, pub, evidence, weak_reason(published))
    line = _yearless_date_line(page) if relative.days is not None else None
    if line is not None:
        base = DateResult(None, UNKNOWN, line.text, "date line", month=line.month, day=line.day)
        return _shift_open_year(base, relative, line, date_line=True)
    dated = next((c for c in kept if c.mention is not None), None)
    if dated is not None and dated.mention is not None:  # no reference for the relative day
        return _resolve_mention(page, dated.mention, published, dated.weekday)
    return DateResult(
        None,
        UNKNOWN,
        relative.text,
        "relative day",
        review=[
            _("event date «{text}» is relative and the file has no publication date").format(
                text=relative.text
            )
        ],
    )


def _is_future(text: str, relative: RelativeDay) -> bool:
    """A future cue in the clause before a weekday ("will meet on Friday")."""
    return bool(
        cue_test("future_before", "metadata_cues").search(clause_before(text, relative.start, 80))
    )


def _with_day(result: DateResult) -> DateResult:
    if result.value is not None:
        result.month, result.day = result.value.month, result.value.day
    return result


__all__ = [
    "INFERRED",
    "STATED",
    "UNKNOWN",
    "DateResult",
    "Page",
    "Published",
    "event_date",
]
