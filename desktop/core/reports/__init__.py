"""Briefing reports: options → plain-data :class:`Report` → PDF or HTML.

Typical use::

    options = ReportOptions(template=Template.BY_EVENT, locale="fr",
                            input=ReportInput(languages=("fr", "vi")))
    write_report(archive, options, "briefing.pdf", state)
"""

from __future__ import annotations

from desktop.core.reports.assemble import assemble_report, excerpt
from desktop.core.reports.build import (
    FORMATS,
    ReportError,
    build_report,
    format_of,
    make_report,
    render,
    resolve_ids,
    write_file,
    write_report,
)
from desktop.core.reports.locale import REPORT_LANGUAGES, ReportLocale, default_paper
from desktop.core.reports.model import (
    ArticleBlock,
    EventBlock,
    Report,
    ReportArticle,
    ReportEvent,
    Section,
    Summary,
)
from desktop.core.reports.options import Paper, ReportInput, ReportOptions, Template

__all__ = [
    "FORMATS",
    "REPORT_LANGUAGES",
    "ArticleBlock",
    "EventBlock",
    "Paper",
    "Report",
    "ReportArticle",
    "ReportError",
    "ReportEvent",
    "ReportInput",
    "ReportLocale",
    "ReportOptions",
    "Section",
    "Summary",
    "Template",
    "assemble_report",
    "build_report",
    "default_paper",
    "excerpt",
    "format_of",
    "make_report",
    "render",
    "resolve_ids",
    "write_file",
    "write_report",
]
