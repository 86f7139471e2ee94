"""A report as plain data: what the PDF and HTML renderers draw.

Nothing here touches the database or a rendering library; tests build these
objects by hand, :mod:`desktop.core.reports.build` builds them from the archive.
Every string is already in the report's language except the fixed labels, which
the renderers translate with :class:`~desktop.core.reports.locale.ReportLocale`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from desktop.core.reports.options import ReportOptions


@dataclass(frozen=True)
class ReportArticle:
    id: int
    title: str
    outlet: str = ""
    language: str = ""
    published: dt.date | None = None
    event_date: dt.date | None = None
    source_url: str = ""
    actors: tuple[str, ...] = ()
    objectives: tuple[int, ...] = ()
    text: str = ""  # excerpt or full text, plain text with blank-line paragraphs
    truncated: bool = False
    event_id: int | None = None
    event_role: str = ""

    @property
    def date(self) -> dt.date | None:
        """The date a report sorts and counts the article by."""
        return self.published or self.event_date

    @property
    def anchor(self) -> str:
        return f"art-{self.id}"


@dataclass(frozen=True)
class ReportEvent:
    """One event and its versions (articles in several languages)."""

    id: int
    title: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    place: str = ""
    articles: tuple[ReportArticle, ...] = ()


@dataclass(frozen=True)
class ArticleBlock:
    """An article printed in full, or (``see_also``) a reference to where it is."""

    article: ReportArticle
    see_also: bool = False


@dataclass(frozen=True)
class EventBlock:
    event: ReportEvent


Block = ArticleBlock | EventBlock


@dataclass(frozen=True)
class Section:
    key: str  # stable anchor: "obj-23", "ev-4", "month-2021-03", ...
    heading: str
    intro: str = ""
    blocks: tuple[Block, ...] = ()
    level: int = 0


class PeriodUnit(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class Summary:
    total: int
    by_objective: tuple[tuple[int, int], ...]  # every objective, zero included
    by_language: tuple[tuple[str, int], ...]  # most frequent first
    periods: tuple[dt.date, ...]  # first day of each period, contiguous
    period_unit: PeriodUnit
    by_period: tuple[int, ...]  # article count per period
    coverage: tuple[tuple[int, tuple[int, ...]], ...]  # objective -> count per period
    untagged: int = 0
    undated: int = 0
    events: int = 0
    outlets: int = 0
    actors: int = 0


@dataclass(frozen=True)
class Report:
    options: ReportOptions  # resolved
    title: str
    subtitle: str
    author: str
    classification: str
    generated: dt.date
    period: tuple[dt.date | None, dt.date | None]
    objectives: tuple[tuple[int, str], ...]  # number -> title in the report language
    articles: tuple[ReportArticle, ...]  # every article, in the report's order
    sections: tuple[Section, ...]
    summary: Summary
    actor_index: tuple[tuple[str, tuple[int, ...]], ...]  # actor -> article ids

    @property
    def locale(self) -> str:
        return self.options.locale

    def objective_title(self, number: int) -> str:
        return dict(self.objectives).get(number, "")
