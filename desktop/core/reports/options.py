"""What a curator asks of a report: its input, template, language and layout."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace

from desktop.core.reports.locale import default_paper, normalize_locale

DEFAULT_EXCERPT = 600


class Template(enum.StrEnum):
    BY_OBJECTIVE = "by-objective"
    BY_EVENT = "by-event"
    CHRONOLOGICAL = "chronological"


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class ReportInput:
    """Which articles go in: explicit ids, a saved search, and/or filters.

    Explicit ``ids`` and a saved search narrow the archive; the filters then apply
    on top of them. No ids, no saved search and no filter means the whole archive.
    """

    ids: tuple[int, ...] | None = None
    saved_search: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    objectives: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportOptions:
    template: Template = Template.BY_OBJECTIVE
    locale: str = "en"
    title: str = ""  # empty: a default title in the report language
    subtitle: str = ""
    author: str = ""  # empty: the curator's name
    classification: str = ""
    excerpt_chars: int | None = DEFAULT_EXCERPT  # None: full text
    charts: bool = True
    paper: Paper | None = None  # None: from the locale
    generated: dt.date | None = None  # None: today
    input: ReportInput = field(default_factory=ReportInput)

    def resolved(self) -> ReportOptions:
        """A copy with defaults filled in (locale normalised, paper chosen)."""
        locale = normalize_locale(self.locale)
        paper = self.paper or Paper(default_paper(locale))
        excerpt = self.excerpt_chars
        if excerpt is not None and excerpt <= 0:
            excerpt = None
        return replace(
            self,
            template=Template(self.template),
            locale=locale,
            paper=paper,
            excerpt_chars=excerpt,
            generated=self.generated or dt.date.today(),
        )
