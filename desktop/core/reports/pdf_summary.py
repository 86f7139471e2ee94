"""The summary pages of the PDF: key figures, counts, coverage matrix, charts."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
)

from desktop.core.reports import charts
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import PeriodUnit, Summary
from desktop.core.reports.pdf_blocks import Ctx, esc
from desktop.core.reports.pdf_flowables import Para
from desktop.core.reports.pdf_theme import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GAP,
    MUTED,
    NAVY,
    PALE,
    RULE,
    table_style,
)


def period_label(loc: ReportLocale, unit: PeriodUnit, day: dt.date) -> str:
    if unit is PeriodUnit.MONTH:
        return loc.month_short(day)
    if unit is PeriodUnit.QUARTER:
        return loc.quarter(day)
    return loc.year(day)


def _period_head(loc: ReportLocale, unit: PeriodUnit, day: dt.date) -> str:
    """Two short lines for a narrow column: month over year."""
    if unit is PeriodUnit.MONTH:
        return f"{esc(loc.month_abbrev(day))}<br/>{esc(loc.year(day))}"
    return esc(period_label(loc, unit, day))


def unit_title(loc: ReportLocale, unit: PeriodUnit) -> str:
    return {
        PeriodUnit.MONTH: loc.t("Articles per month"),
        PeriodUnit.QUARTER: loc.t("Articles per quarter"),
        PeriodUnit.YEAR: loc.t("Articles per year"),
    }[unit]


def figure_counts(loc: ReportLocale, s: Summary) -> list[tuple[int, str]]:
    """The key figures of a summary, each with its label in the report's language
    (the PDF and the HTML report show the same ones)."""
    return [
        (s.total, loc.tn("article", "articles", s.total)),
        (len(s.by_language), loc.tn("language", "languages", len(s.by_language))),
        (s.outlets, loc.tn("outlet", "outlets", s.outlets)),
        (s.events, loc.tn("event", "events", s.events)),
        (s.actors, loc.tn("actor", "actors", s.actors)),
        (sum(1 for _, c in s.by_objective if c), loc.t("objectives covered")),
    ]


def key_figures(ctx: Ctx) -> Table:
    loc, st = ctx.loc, ctx.st
    figures = figure_counts(loc, ctx.report.summary)
    cells = [
        [
            Para(
                f'<font name="{FONT_BOLD}" size="18" color="#{NAVY.hexval()[2:]}">'
                f"{esc(loc.number(n))}</font><br/>{esc(label)}",
                st.small,
            )
            for n, label in figures
        ]
    ]
    table = Table(cells, colWidths=[ctx.width / len(figures)] * len(figures))
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _count_table(
    ctx: Ctx, head: list[str], rows: list[tuple[str, str, int]], widths: list[float]
) -> Table:
    """Rows of (code, name, count) with the share of all articles (an article can
    count under several objectives, so shares may add up to more than 100 %)."""
    st = ctx.st
    heads = [st.cell_head, st.cell_head, st.cell_head_right, st.cell_head_right]
    data: list[list[object]] = [[Para(esc(h), style) for h, style in zip(head, heads, strict=True)]]
    total = ctx.report.summary.total or 1
    for first, second, count in rows:
        data.append(
            [
                Para(esc(first), st.cell),
                Para(esc(second), st.cell),
                Para(esc(ctx.loc.number(count)), st.cell_right),
                Para(esc(ctx.loc.percent(count / total)), st.cell_right),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
    ]
    for r, (_, _, count) in enumerate(rows, 1):
        if not count:
            style.append(("TEXTCOLOR", (0, r), (-1, r), MUTED))
    table.setStyle(table_style(style))
    return table


def objective_table(ctx: Ctx) -> Table:
    loc, s = ctx.loc, ctx.report.summary
    rows = [
        (loc.number(n), ctx.report.objective_title(n) or loc.t("Objective %(n)s", n=n), c)
        for n, c in s.by_objective
    ]
    if s.untagged:
        rows.append(("–", loc.t("Not yet linked to an objective"), s.untagged))
    w = ctx.width
    return _count_table(
        ctx,
        ["#", loc.t("GCM objective"), loc.t("Articles"), "%"],
        rows,
        [w * 0.06, w * 0.70, w * 0.12, w * 0.12],
    )


def language_table(ctx: Ctx) -> Table:
    loc = ctx.loc
    rows = [(code or "–", loc.language_name(code), c) for code, c in ctx.report.summary.by_language]
    w = ctx.width
    return _count_table(
        ctx,
        [loc.t("Code"), loc.t("Language"), loc.t("Articles"), "%"],
        rows,
        [w * 0.10, w * 0.66, w * 0.12, w * 0.12],
    )


def period_table(ctx: Ctx) -> Table | None:
    s, loc, st = ctx.report.summary, ctx.loc, ctx.st
    if not s.periods:
        return None
    head = [Para(_period_head(loc, s.period_unit, p), st.cell_center) for p in s.periods]
    counts = [Para(esc(loc.number(c)), st.cell_center) for c in s.by_period]
    label_w = 22 * mm
    col = (ctx.width - label_w) / max(len(s.periods), 1)
    table = Table(
        [
            [Para(esc(loc.t("Period")), st.cell_head), *head],
            [Para(esc(loc.t("Articles")), st.cell_head), *counts],
        ],
        colWidths=[label_w] + [col] * len(s.periods),
    )
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]
    for c, count in enumerate(s.by_period, 1):
        if not count:
            style.append(("BACKGROUND", (c, 1), (c, 1), GAP))
    table.setStyle(table_style(style))
    return table


def _shade(count: int, maximum: int) -> colors.Color:
    strength = 0.25 + 0.75 * count / max(maximum, 1)
    return colors.Color(
        1 - strength * (1 - ACCENT.red),
        1 - strength * (1 - ACCENT.green),
        1 - strength * (1 - ACCENT.blue),
    )


def coverage_matrix(ctx: Ctx) -> list[Flowable]:
    """Objectives × periods: counts, shaded by volume; empty cells show the gaps."""
    s, loc, st = ctx.report.summary, ctx.loc, ctx.st
    if not s.periods:
        return []
    label_w, total_w = 12 * mm, 12 * mm
    col = (ctx.width - label_w - total_w) / len(s.periods)
    head: list[object] = [Para(esc(loc.t("Obj.")), st.cell_head)]
    head += [Para(_period_head(loc, s.period_unit, p), st.cell_center) for p in s.periods]
    head.append(Para(esc(loc.t("Total")), st.cell_center))
    data = [head]
    maximum = max((c for _, row in s.coverage for c in row), default=0)
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), FONT, 7),
        ("ALIGN", (0, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("BACKGROUND", (0, 1), (0, -1), PALE),
        ("BACKGROUND", (-1, 1), (-1, -1), PALE),
        ("FONT", (0, 1), (0, -1), FONT_BOLD, 7),
        ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 7),
    ]
    for r, (number, row) in enumerate(s.coverage, 1):
        line: list[object] = [loc.number(number)]
        for c, count in enumerate(row, 1):
            line.append(loc.number(count) if count else "")
            if count:
                style.append(("BACKGROUND", (c, r), (c, r), _shade(count, maximum)))
                if count / max(maximum, 1) > 0.5:
                    style.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
            else:
                style.append(("BACKGROUND", (c, r), (c, r), GAP))
        line.append(loc.number(sum(row)))
        data.append(line)
    table = Table(data, colWidths=[label_w] + [col] * len(s.periods) + [total_w], repeatRows=1)
    table.setStyle(table_style(style))
    swatch = 3.5 * mm
    gap_text = Para(esc(loc.t("No article on this objective in this period (gap).")), st.small)
    more_text = Para(esc(loc.t("Darker cells: more articles.")), st.small)
    text_w = (ctx.width - 2 * swatch - 6 * mm) / 2
    legend = Table(
        [["", gap_text, "", more_text]],
        colWidths=[swatch, text_w + 3 * mm, swatch, text_w + 3 * mm],
    )
    legend.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (0, 0), GAP),
                ("BACKGROUND", (2, 0), (2, 0), _shade(maximum or 1, maximum or 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (1, 0), (1, 0), 4),
                ("LEFTPADDING", (3, 0), (3, 0), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), 1),
                ("BOTTOMPADDING", (2, 0), (2, 0), 1),
            ]
        )
    )
    return [table, Spacer(1, 5), legend]


def chart_flowables(ctx: Ctx) -> list[Flowable]:
    s, loc, st = ctx.report.summary, ctx.loc, ctx.st
    out: list[Flowable] = []
    obj_bars = [
        (f"{loc.number(n)}. {ctx.report.objective_title(n)}".rstrip(". "), c)
        for n, c in s.by_objective
    ]
    out.append(
        KeepTogether(
            [
                Para(esc(loc.t("Articles per GCM objective")), st.h2),
                charts.horizontal_bars(
                    obj_bars,
                    ctx.width,
                    number=[loc.number(c) for _, c in obj_bars],
                    label_width=ctx.width * 0.5,
                    bar_height=8,
                    gap=3.5,
                ),
            ]
        )
    )
    if s.periods:
        bars = [
            (period_label(loc, s.period_unit, p), c)
            for p, c in zip(s.periods, s.by_period, strict=True)
        ]
        out.append(
            KeepTogether(
                [
                    Para(esc(unit_title(loc, s.period_unit)), st.h2),
                    charts.columns(bars, ctx.width, height=150),
                ]
            )
        )
    lang_bars = [(loc.language_name(code), c) for code, c in s.by_language]
    out.append(
        KeepTogether(
            [
                Para(esc(loc.t("Articles per language")), st.h2),
                charts.horizontal_bars(
                    lang_bars,
                    ctx.width * 0.8,
                    number=[loc.number(c) for _, c in lang_bars],
                    bar_height=11,
                ),
            ]
        )
    )
    return out


def summary_flowables(ctx: Ctx, summary: Summary) -> list[Flowable]:
    loc, st = ctx.loc, ctx.st
    out: list[Flowable] = [key_figures(ctx), Spacer(1, 6)]
    notes = []
    if summary.undated:
        notes.append(
            loc.tn(
                "%(n)s article has no known date.",
                "%(n)s articles have no known date.",
                summary.undated,
            )
        )
    if summary.untagged:
        notes.append(
            loc.tn(
                "%(n)s article is not yet linked to an objective.",
                "%(n)s articles are not yet linked to an objective.",
                summary.untagged,
            )
        )
    if notes:
        out.append(Para(esc(" ".join(notes)), st.small))
    out.append(Para(esc(loc.t("Coverage of the GCM objectives over time")), st.h2))
    out += coverage_matrix(ctx)
    table = period_table(ctx)
    if table is not None:
        out += [
            CondPageBreak(40 * mm),
            Para(esc(unit_title(loc, summary.period_unit)), st.h2),
            table,
        ]
    out += [
        CondPageBreak(50 * mm),
        Para(esc(loc.t("Articles per GCM objective")), st.h2),
        objective_table(ctx),
    ]
    out += [
        CondPageBreak(30 * mm),
        Para(esc(loc.t("Articles per language")), st.h2),
        language_table(ctx),
    ]
    return out
