"""The publication date of a page, and the page as the date steps see it.

The page's metadata when it states a date; else a date line of the page (see
:mod:`desktop.core.extract.pagelines`), preferring one with a publication label or a
time of day and the one nearest the first paragraph (a bare date on the first line of
the page is often the day the page was saved: it is used only when nothing else is, and
what depends on it is flagged); else a date in the source URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.extract import pagelines
from desktop.core.extract.dates import Mention
from desktop.core.extract.urldates import url_date
from desktop.i18n import _

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
        lead = pagelines.lead_line(text, page_lines, skip, title)
        headline = pagelines.headline_line(text, page_lines, title)
        return cls(text, mentions, tuple(languages), page_lines, found, lead, listed, headline)

    def on_top(self, found: pagelines.DateLine) -> bool:
        """A bare date (no time, no label) above the headline, or on the first lines: a
        site's date bar, which on a saved page shows the day it was saved."""
        if found.timed or found.labelled:
            return False
        dated = {d.line.index for d in self.date_lines}
        if self.headline is not None and self.headline.index not in dated:
            return found.line.index < self.headline.index
        return found.line.index <= 1  # no headline to go by: the first lines

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
    weak: bool = False  # maybe the day the page was saved


def _score(page: Page, found: pagelines.DateLine) -> tuple[int, int]:
    before_lead = page.lead is None or found.line.start < page.lead.start
    score = 4 * found.labelled + 2 * found.timed + before_lead
    if page.on_top(found):
        score -= 3  # a bare date on top of the page: the day it was saved, as often as not
    if not before_lead and not found.labelled:
        score -= 2
    distance = abs(found.line.index - (page.lead.index if page.lead else 0))
    return score, -distance


def publication_line(page: Page, today: dt.date) -> tuple[pagelines.DateLine, bool] | None:
    """The date line that gives the publication date, and whether it may be the date the
    page was saved rather than published."""
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
    return best, page.on_top(best)


def publication_date(
    page: Page,
    stated: tuple[dt.date, str] | None,
    source_url: str | None,
    today: dt.date,
) -> Published:
    """The publication date: ``stated`` by the page's metadata (date, evidence), else a
    date line, else the source URL, else a bare date on top of the page (flagged)."""
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
    if found is not None:  # only a bare date on top of the page: maybe the day it was saved
        line = found[0]
        how = "date line at the top of the page"
        return Published(
            DateResult(line.mention.date, INFERRED, line.mention.text, how), line, True
        )
    return Published(DateResult(None, UNKNOWN))


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
    if not published.weak:
        return []
    return [
        _(
            "the date {date} at the top of the page may be the day it was saved, not published"
        ).format(date=published.result.value)
    ]
