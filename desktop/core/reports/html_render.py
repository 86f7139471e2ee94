"""Render a :class:`Report` as one self-contained HTML file.

The markup lives in Jinja2 templates (``templates/``, shipped as package data)
rendered with autoescaping on: this module only prepares plain values, so no value
from the archive can become markup, escaped or not by someone's care. Links are
only made from ``http(s)`` addresses. Charts are inline SVG drawn by the same code
as the PDF's (reportlab escapes their labels).
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

from desktop.core.operations.progress import TaskState
from desktop.core.reports import charts
from desktop.core.reports.assemble import clean_paragraphs
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import ArticleBlock, EventBlock, Report, ReportArticle, Section
from desktop.core.reports.options import Template
from desktop.core.reports.pdf_blocks import safe_url
from desktop.core.reports.pdf_summary import figure_counts, period_label, unit_title
from desktop.core.util.textfold import fold

_ENV = Environment(
    loader=PackageLoader("desktop.core.reports", "templates"),
    autoescape=True,  # every template, whatever its name: no value is ever markup by accident
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)


def _svg(drawing: Drawing) -> Markup:
    svg = renderSVG.drawToString(drawing)
    svg = svg[svg.find("<svg") :]
    return Markup(  # drawn by reportlab, which escapes every label it writes
        re.sub(r"font-family: ?NotoSans[-\w]*", "font-family: 'Noto Sans', Arial, sans-serif", svg)
    )


def _is_lone(section: Section) -> bool:
    """A by-event section holding one article linked to no event."""
    blocks = section.blocks
    return len(blocks) == 1 and isinstance(blocks[0], EventBlock) and blocks[0].event.id < 0


def _section_id(section: Section) -> str:
    return f"sec-{section.key}" if _is_lone(section) else section.key


class _View:
    """The report as plain values for the templates: translated, formatted, not escaped."""

    def __init__(self, report: Report) -> None:
        self.r = report
        self.loc = loc = ReportLocale(report.locale)
        self.numbers: dict[int, int] = {}
        for section in report.sections:
            for block in section.blocks:
                items = (
                    block.event.articles
                    if isinstance(block, EventBlock)
                    else (() if block.see_also else (block.article,))
                )
                for a in items:
                    self.numbers.setdefault(a.id, len(self.numbers) + 1)
        self.article_label = {
            "actors": loc.t("Actors:"),
            "objectives": loc.t("GCM objectives:"),
            "source": loc.t("Source:"),
        }

    def _title(self, a: ReportArticle) -> str:
        return a.title.strip() or self.loc.t("Untitled article")

    def _source(self, a: ReportArticle) -> dict[str, Any]:
        return {"source": a.source_url, "source_url": safe_url(a.source_url) or ""}

    def page(self) -> dict[str, Any]:
        r, loc = self.r, self.loc
        template = {
            Template.BY_OBJECTIVE: loc.t("Articles grouped by GCM objective"),
            Template.BY_EVENT: loc.t("Articles grouped by event, with every language version"),
            Template.CHRONOLOGICAL: loc.t("Chronological digest"),
        }[r.options.template]
        facts = [
            (loc.t("Period covered"), loc.date_range(*r.period)),
            (loc.t("Content"), template),
            (loc.t("Articles"), loc.number(r.summary.total)),
            (loc.t("Prepared by"), r.author),
            (loc.t("Date generated"), loc.date(r.generated)),
        ]
        toc = [("summary", loc.t("Summary"))]
        if r.options.charts:
            toc.append(("charts", loc.t("Charts")))
        toc += [(_section_id(s), s.heading) for s in r.sections]
        label = {
            "gcm": loc.t("Global Compact for Migration"),
            "contents": loc.t("Contents"),
            "summary": loc.t("Summary"),
            "charts": loc.t("Charts"),
            "annex_actors": loc.t("Annex 1 — Index of actors"),
            "annex_sources": loc.t("Annex 2 — Sources"),
            "actor": loc.t("Actor"),
            "article": loc.t("Article"),
            "articles": loc.t("Articles"),
            "date": loc.t("Date"),
            "generated": loc.t("Generated on %(date)s", date=loc.date(r.generated)),
        }
        toc += [("actors", label["annex_actors"]), ("sources", label["annex_sources"])]
        return {
            "lang": loc.code.replace("_", "-"),
            "title": r.title,
            "subtitle": r.subtitle,
            "classification": r.classification.upper(),
            "facts": [(k, v) for k, v in facts if v],
            "toc": toc,
            "label": label,
            "summary": self.summary(),
            "charts": self.charts() if r.options.charts else [],
            "actor_index": [
                (name, [(i, loc.number(self.numbers[i])) for i in ids if i in self.numbers])
                for name, ids in r.actor_index
            ],
            "sources": self.sources(),
        }

    def summary(self) -> dict[str, Any]:
        r, loc, s = self.r, self.loc, self.r.summary
        figures = figure_counts(loc, s)
        return {
            "figures": [(loc.number(n), label) for n, label in figures],
            "periods": [period_label(loc, s.period_unit, p) for p in s.periods],
            "coverage": [
                {
                    "number": loc.number(number),
                    "title": r.objective_title(number),
                    "cells": [loc.number(c) if c else "" for c in row],
                    "total": loc.number(sum(row)),
                }
                for number, row in s.coverage
            ],
            "by_objective": [
                (loc.number(n), r.objective_title(n), loc.number(c)) for n, c in s.by_objective
            ],
            "by_language": [(loc.language_name(c), loc.number(n)) for c, n in s.by_language],
            "label": (
                {
                    "coverage": loc.t("Coverage of the GCM objectives over time"),
                    "obj": loc.t("Obj."),
                    "total": loc.t("Total"),
                    "legend": loc.t("No article on this objective in this period (gap)."),
                    "per_objective": loc.t("Articles per GCM objective"),
                    "objective": loc.t("GCM objective"),
                    "articles": loc.t("Articles"),
                    "per_language": loc.t("Articles per language"),
                    "language": loc.t("Language"),
                }
            ),
        }

    def charts(self) -> list[tuple[str, Markup]]:
        r, loc, s = self.r, self.loc, self.r.summary
        width = 600
        bars = [
            (f"{loc.number(n)}. {r.objective_title(n)}".rstrip(". "), c) for n, c in s.by_objective
        ]
        out = [
            (
                loc.t("Articles per GCM objective"),
                _svg(charts.horizontal_bars(bars, width, label_width=width * 0.5)),
            )
        ]
        if s.periods:
            per = [
                (period_label(loc, s.period_unit, p), c)
                for p, c in zip(s.periods, s.by_period, strict=True)
            ]
            out.append((unit_title(loc, s.period_unit), _svg(charts.columns(per, width))))
        langs = [(loc.language_name(code), c) for code, c in s.by_language]
        out.append(
            (
                loc.t("Articles per language"),
                _svg(charts.horizontal_bars(langs, width * 0.8, bar_height=11)),
            )
        )
        return out

    def article(self, a: ReportArticle, *, tag: str = "h3", title: bool = True) -> dict[str, Any]:
        loc = self.loc
        meta = []
        if a.published:
            meta.append(loc.t("Published %(date)s", date=loc.date(a.published)))
        if a.event_date and a.event_date != a.published:
            meta.append(loc.t("Event of %(date)s", date=loc.date(a.event_date)))
        meta.append(loc.language_name(a.language))
        no = self.numbers.get(a.id)
        return {
            "id": a.id,
            "lang": a.language or "",
            "tag": tag,
            "title": self._title(a) if title else "",
            "number": loc.number(no) if no else "",
            "outlet": a.outlet,
            "meta": meta,
            "actors": ", ".join(a.actors),
            "objectives": ", ".join(loc.number(n) for n in sorted(set(a.objectives))),
            "paragraphs": clean_paragraphs(a.text),
            "label": self.article_label,
            **self._source(a),
        }

    def section(self, section: Section) -> dict[str, Any]:
        loc = self.loc
        lone = _is_lone(section)
        blocks: list[dict[str, Any]] = []
        see_also = []
        for block in section.blocks:
            if isinstance(block, EventBlock):
                versions = block.event.articles
                if lone:
                    blocks.append(
                        {"versions": None, "article": self.article(versions[0], title=False)}
                    )
                    continue
                n = loc.number(len(versions))
                blocks.append(
                    {
                        "versions": [
                            (
                                loc.t("Version %(i)s of %(n)s", i=loc.number(i), n=n),
                                loc.language_name(a.language),
                                self.article(a),
                            )
                            for i, a in enumerate(versions, 1)
                        ]
                    }
                )
            elif isinstance(block, ArticleBlock) and block.see_also:
                a = block.article
                see_also.append(
                    {
                        "id": a.id,
                        "title": self._title(a),
                        "outlet": a.outlet,
                        "date": loc.date(a.date, "medium"),
                    }
                )
            else:
                blocks.append({"versions": None, "article": self.article(block.article)})
        return {
            "major": self.r.options.template is Template.BY_OBJECTIVE,
            "anchor": _section_id(section),
            "heading": section.heading,
            "intro": section.intro,
            "blocks": blocks,
            "see_also": see_also,
            "see_also_label": loc.t("Also relevant to this objective"),
        }

    def sources(self) -> list[tuple[str, list[dict[str, Any]]]]:
        loc = self.loc
        by_outlet: dict[str, list[ReportArticle]] = {}
        for a in self.r.articles:
            by_outlet.setdefault(a.outlet.strip() or loc.t("Outlet not recorded"), []).append(a)
        return [
            (
                outlet,
                [
                    {
                        "id": a.id,
                        "title": self._title(a),
                        "date": loc.date(a.date, "medium"),
                        **self._source(a),
                    }
                    for a in by_outlet[outlet]
                ],
            )
            for outlet in sorted(by_outlet, key=lambda o: (fold(o), o))
        ]


def render_html(report: Report, state: TaskState | None = None) -> str:
    """The report as one HTML document (UTF-8 text, no external resources)."""
    view = _View(report)
    section_template = _ENV.get_template("section.html")
    sections = []
    total = len(report.sections)
    for i, section in enumerate(report.sections):
        if state is not None:
            state.check()
            state.progress(i, total, section.heading)
        # Markup: the output of an autoescaping template, not a value from the archive.
        sections.append(Markup(section_template.render(s=view.section(section))))
    return _ENV.get_template("report.html").render(page=view.page(), sections=sections)


__all__ = ["render_html"]
