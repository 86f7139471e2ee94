"""The publication date of a page, the page as the date steps see it, and the year
of a day and month counted from them.

The page's metadata when it states a date; else a date line of the page (see
:mod:`desktop.core.extract.pagelines`), preferring one with a publication label or a
time of day and the one nearest the first paragraph (a bare date on the first line of
the page is often the day the page was saved: it is used only when nothing else is, and
what depends on it is flagged); else a date in the source URL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.extract import pagelines
from desktop.core.extract.dates import Mention, is_upcoming
from desktop.core.extract.urldates import url_date
from desktop.i18n import _

_YEAR = dt.timedelta(days=366)
_MAX_GAP_AFTER_MENTION = dt.timedelta(days=62)
_BAR_LINES = 3  # a site's date bar is on one of the first lines

STATED = "stated"
INFERRED = "inferred"
UNKNOWN = "unknown"


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


@dataclass
class Page:
    """A page's text with its date mentions and line structure, computed once."""

    text: str
    mentions: list[Mention]
    languages: tuple[str, ...]
    lines: list[pagelines.Line]
    date_lines: list[pagelines.DateLine]
    lead: pagelines.Line | None
    listed: set[int]  # indices of lines that are list items
    headline: pagelines.Line | None = None

    @classmethod
    def of(
        cls, text: str, mentions: list[Mention], languages: Sequence[str], title: str = ""
    ) -> Page:
        page_lines = pagelines.lines(text)
        found = pagelines.date_lines(text, page_lines, mentions, languages)
        listed = pagelines.listed_lines(page_lines, found)
        skip = listed | {d.line.index for d in found}
        headline = pagelines.headline_line(text, page_lines, title)
        lead = pagelines.lead_line(text, page_lines, skip, title, headline)
        return cls(text, mentions, tuple(languages), page_lines, found, lead, listed, headline)

    def on_top(self, found: pagelines.DateLine) -> bool:
        """A bare date (no time, no label) above the headline, or on the first lines: a
        site's date bar, which on a saved page shows the day it was saved. A date on the
        first lines above the navigation bar, or on the first line above the masthead and
        the headline, is such a bar even with a label or a time."""
        nav = pagelines.navigation_bar(self.lines)
        if nav is not None and found.line.index < min(nav.index, _BAR_LINES):
            return True
        if found.line.index == 0 and self.headline is not None and self.headline.index >= 2:
            return True  # the first line, above a masthead line and the headline
        if found.timed or found.labelled:
            return False
        dated = {d.line.index for d in self.date_lines}
        if self.headline is not None and self.headline.index not in dated:
            return found.line.index < self.headline.index
        return found.line.index <= 1  # no headline to go by: the first lines

    def below_lead(self, found: pagelines.DateLine) -> bool:
        return self.lead is not None and found.line.start > self.lead.start

    @property
    def lead_start(self) -> int:
        return self.lead.start if self.lead is not None else 0

    def line_of(self, offset: int) -> pagelines.Line | None:
        for line in self.lines:
            if line.start <= offset < line.end or line.start > offset:
                return line if line.start <= offset else None
        return None


@dataclass(frozen=True)
class Published:
    result: DateResult
    line: pagelines.DateLine | None = None
    doubt: str = ""  # why the date may not be the publication's (then flagged)

    @property
    def weak(self) -> bool:
        return bool(self.doubt)


def _score(page: Page, found: pagelines.DateLine) -> tuple[int, int]:
    before_lead = page.lead is None or found.line.start < page.lead.start
    score = 4 * found.labelled - found.updated + 2 * found.timed + before_lead
    if page.on_top(found):  # a site's date bar: the day it was saved, as often as not
        score -= 3 + 4 * found.labelled + 2 * found.timed  # its label and time count for nothing
    if not before_lead and not found.labelled:
        score -= 2
    distance = abs(found.line.index - (page.lead.index if page.lead else 0))
    return score, -distance


def publication_line(page: Page, today: dt.date) -> tuple[pagelines.DateLine, str] | None:
    """The date line that gives the publication date, and why it may not be the
    publication's ("" when nothing says so)."""
    latest = today + dt.timedelta(days=2)
    found = [
        d
        for d in page.date_lines
        if d.mention.date is not None
        and d.mention.date <= latest
        and d.line.index not in page.listed
    ]
    if not found:
        return None
    best = max(found, key=lambda d: _score(page, d))
    date = best.mention.date
    if page.on_top(best):
        doubt = _(
            "the date {date} at the top of the page may be the day it was saved, not published"
        )
    elif page.below_lead(best) and not (best.timed or best.labelled):
        doubt = _("the date {date} below the article may belong to another article (a link)")
    else:
        return best, ""
    return best, doubt.format(date=date)


def publication_date(
    page: Page,
    stated: tuple[dt.date, str] | None,
    source_url: str | None,
    today: dt.date,
) -> Published:
    """The publication date: ``stated`` by the page's metadata (date, evidence), else a
    date line, else the source URL, else a doubtful date line (flagged)."""
    if stated is not None:
        return Published(DateResult(stated[0], STATED, stated[1], "page metadata"))
    found = publication_line(page, today)
    if found is not None and not found[1]:
        line = found[0]
        return Published(
            DateResult(line.mention.date, STATED, line.mention.text, "date line"), line
        )
    if source_url:
        in_url = url_date(source_url, today)
        if in_url is not None:
            value, digits = in_url
            evidence = _("date in the source URL ({digits})").format(digits=digits)
            return Published(DateResult(value, INFERRED, evidence, "source URL"))
    if found is not None:  # only a doubtful date line
        line, doubt = found
        how = "date line (doubtful)"
        return Published(
            DateResult(line.mention.date, INFERRED, line.mention.text, how), line, doubt
        )
    dateline = dateline_date(page)
    if dateline is not None:
        evidence = _("the dateline «{text}»").format(text=dateline.text)
        return Published(DateResult(dateline.date, INFERRED, evidence, "dateline"))
    return Published(DateResult(None, UNKNOWN))


# "Tangerang, ", "Hanoï, le ", "GENEVA: " before the date of a dispatch or a press release
_DATELINE_PLACE = re.compile(r"^[^\W\d][^\n,:;()]{0,40}[,:]\s*(?:[^\W\d]{1,4}\s+)?$")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:]")


def dateline_date(page: Page) -> Mention | None:
    """The full date of the dateline opening the first paragraph ("Tangerang, 14 Juli
    2025 – ..."): the day a dispatch or a press release was issued."""
    lead = page.lead
    if lead is None:
        return None
    for mention in page.mentions:
        if mention.start < lead.start:
            continue
        if mention.date is None or mention.last_day is not None:
            return None
        head = page.text[lead.start : mention.start]
        if _DATELINE_PLACE.match(head) and _DATELINE_END.match(page.text, mention.end):
            return mention
        return None
    return None


def in_list(page: Page, mention: Mention) -> bool:
    line = page.line_of(mention.start)
    return line is not None and (
        line.index in page.listed or pagelines.list_item(page.text, line, mention)
    )


def reference_evidence(published: Published) -> str:
    result = published.result
    assert result.value is not None
    return _("publication date {date} ({evidence})").format(
        date=result.value.isoformat(), evidence=result.evidence or result.how
    )


def weak_reason(published: Published) -> list[str]:
    return [published.doubt] if published.doubt else []


def _nearest(mention: Mention, anchor: dt.date) -> dt.date | None:
    options = [mention.on(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    dates = [d for d in options if d is not None]
    return min(dates, key=lambda d: abs((d - anchor).days)) if dates else None


def _from_latest_mention(page: Page, mention: Mention) -> DateResult | None:
    """The year from the latest dated mention of the text (not a list item): when cited
    as upcoming, the event is the last occurrence before it; otherwise the first after
    it, within two months (an older mention is background, not evidence)."""
    metadata = {d.mention.start for d in page.date_lines}
    dated = [
        (i, m)
        for i, m in enumerate(page.mentions)
        if m.date is not None
        and m.start != mention.start
        and m.start not in metadata
        and not in_list(page, m)
    ]
    if not dated:
        return None
    index, latest = max(dated, key=lambda item: (item[1].date or dt.date.min, item[1].start))
    bound = latest.date
    assert bound is not None
    if is_upcoming(page.text, latest, page.mentions[index - 1] if index else None):
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


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)[^\n\d]{0,60}?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)",
    re.I,
)


def copyright_year(page: Page) -> tuple[int, str] | None:
    """The year of the page's last copyright notice ("© AGENCY 2025", "© 2019-2025 X")
    and the notice, as a last resort for a year nothing else tells."""
    found = list(_COPYRIGHT_YEAR.finditer(page.text))
    if not found:
        return None
    last = found[-1]
    return int(last.group(1)), last.group(0)


def _from_copyright(page: Page, mention: Mention) -> DateResult | None:
    found = copyright_year(page)
    if found is None or mention.on(found[0]) is None:
        return None
    year, notice = found
    return DateResult(
        mention.on(year),
        INFERRED,
        _("year of the copyright notice «{notice}»").format(notice=notice),
        "copyright notice",
        review=[_("the year of the event date is taken from the copyright notice")],
    )


def infer_year(page: Page, mention: Mention, published: Published) -> DateResult | None:
    """The year of a day and month: the occurrence nearest the publication date, else
    (flagged) one inferred from the other dates of the text."""
    pub = published.result.value
    # Other dates of the text are evidence only when the publication date is missing or
    # may be the day the page was saved (never against a stated publication date).
    by_mention = _from_latest_mention(page, mention) if pub is None or published.weak else None
    result: DateResult | None = None
    if pub is not None:
        near = _nearest(mention, pub)
        if near is not None:
            result = DateResult(
                near,
                INFERRED,
                reference_evidence(published),
                "publication date",
                review=weak_reason(published),
            )
    if result is None and by_mention is not None:
        result = by_mention
        result.review.append(
            _("the year of the event date is inferred from other dates in the text")
        )
    elif result is not None and by_mention is not None and by_mention.value != result.value:
        result.review.append(
            _("the year of the event date is uncertain: {a} or {b}").format(
                a=result.value, b=by_mention.value
            )
        )
    if result is None and pub is None:
        result = _from_copyright(page, mention)
    if result is None or result.value is None:
        return None
    result.evidence = f"«{mention.text}»; " + result.evidence
    return result
