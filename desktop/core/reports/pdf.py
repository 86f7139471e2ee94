"""Render a :class:`Report` as a PDF with ReportLab (platypus).

Cover page, table of contents with page numbers, summary and charts, the
sections, annexes (actor index, sources), running header and "page X of Y"
footer, bookmarks, embedded Noto Sans. ``invariant`` output: the same report
gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from desktop.core.progress import TaskState
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import Report, Section
from desktop.core.reports.options import Template
from desktop.core.reports.pdf_blocks import Ctx, actor_index, esc, section_flowables, sources_list
from desktop.core.reports.pdf_flowables import AnchoredParagraph, Deferred, PageRegistry, Para
from desktop.core.reports.pdf_summary import chart_flowables, summary_flowables
from desktop.core.reports.pdf_theme import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NAVY,
    PAGE_SIZES,
    RULE,
    styles,
    table_style,
)
from desktop.i18n import _

APP_NAME = "GCM Archive"
# (level, text, anchor key) of every table-of-contents entry
TocEntry = tuple[int, str, str]


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: BinaryIO,
        report: Report,
        loc: ReportLocale,
        registry: PageRegistry,
        on_flowable: Callable[[], None],
    ) -> None:
        pagesize = PAGE_SIZES[str(report.options.paper)]
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=report.title,
            author=report.author,
            subject=report.subtitle,
            creator=APP_NAME,
            producer=APP_NAME,
            invariant=1,
            initialFontName=FONT,
            lang=loc.code.replace("_", "-"),
        )
        self.report, self.loc, self.registry = report, loc, registry
        self.on_flowable = on_flowable
        self.section_title = ""
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPageEnd=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPageEnd=self._body_page),
            ]
        )

    def beforeDocument(self) -> None:
        self.section_title = ""
        # The first pass only finds where things go: text is drawn from the second on.
        self.canv.rep_layout_only = self.registry.generation <= 1

    def afterPage(self) -> None:
        self.registry.total = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, AnchoredParagraph) and flowable.rep_outline is not None:
            title, level = flowable.rep_outline
            if level == 0:
                self.section_title = title
        self.on_flowable()

    # Page decorations -----------------------------------------------------------
    def _classification(self, canv: Canvas, y: float) -> None:
        text = self.report.classification
        if text:
            canv.setFont(FONT_BOLD, 8.5)
            canv.setFillColor(colors.HexColor("#a31f1f"))
            canv.drawCentredString(self.pagesize[0] / 2, y, text.upper())

    def _cover_page(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 19.5 * mm, width, 1.5 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(MARGIN_X, height - 11 * mm, self.loc.t("Global Compact for Migration"))
        canv.setFont(FONT, 9)
        canv.drawRightString(width - MARGIN_X, height - 11 * mm, APP_NAME)
        self._classification(canv, 12 * mm)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        loc = self.loc
        canv.saveState()
        top = height - MARGIN_TOP + 8 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        half = (width - 2 * MARGIN_X) / 2 - 4 * mm
        canv.drawString(MARGIN_X, top, _fit(self.report.title, FONT, 7.5, half))
        canv.drawRightString(width - MARGIN_X, top, _fit(self.section_title, FONT, 7.5, half))
        bottom = MARGIN_BOTTOM - 10 * mm
        canv.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        canv.drawString(
            MARGIN_X, bottom, loc.t("Generated on %(date)s", date=loc.date(self.report.generated))
        )
        total = self.registry.last_total
        page = loc.number(canv.getPageNumber())
        footer = (
            loc.t("Page %(page)s of %(total)s", page=page, total=loc.number(total))
            if total
            else loc.t("Page %(page)s", page=page)
        )
        canv.drawRightString(width - MARGIN_X, bottom, footer)
        self._classification(canv, height - 8 * mm)
        self._classification(canv, bottom - 5 * mm)
        canv.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _heading(
    ctx: Ctx, text: str, key: str, toc: list[TocEntry], level: int = 0, entry: str = ""
) -> Flowable:
    """A heading listed in the contents (as ``entry`` when given) and the PDF outline."""
    toc.append((level, entry or text, key))
    style = ctx.st.h1 if level == 0 else ctx.st.h2
    return AnchoredParagraph(
        esc(text), style, key=key, registry=ctx.registry, outline=(entry or text, level)
    )


def _cover(ctx: Ctx) -> list[Flowable]:
    r, loc, st = ctx.report, ctx.loc, ctx.st
    out: list[Flowable] = [Spacer(1, 45 * mm), Para(esc(r.title), st.cover_title)]
    if r.subtitle:
        out.append(Para(esc(r.subtitle), st.cover_subtitle))
    else:
        out.append(Spacer(1, 12))
    template = {
        Template.BY_OBJECTIVE: loc.t("Articles grouped by GCM objective"),
        Template.BY_EVENT: loc.t("Articles grouped by event, with every language version"),
        Template.CHRONOLOGICAL: loc.t("Chronological digest"),
    }[r.options.template]
    rows = [
        (loc.t("Period covered"), loc.date_range(*r.period)),
        (loc.t("Content"), template),
        (loc.t("Articles"), loc.number(r.summary.total)),
        (loc.t("Prepared by"), r.author),
        (loc.t("Date generated"), loc.date(r.generated)),
    ]
    data = [[Para(esc(k), st.label), Para(esc(v), st.cover_meta)] for k, v in rows if v]
    table = Table(data, colWidths=[40 * mm, ctx.width - 40 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    out += [Spacer(1, 20 * mm), table]
    if r.classification:
        out += [Spacer(1, 14 * mm), _classification_box(ctx)]
    return out


def _classification_box(ctx: Ctx) -> Table:
    box = Table(
        [[Para(esc(ctx.report.classification.upper()), ctx.st.cover_class)]],
        colWidths=[ctx.width],
    )
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#a31f1f")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _toc(ctx: Ctx, entries: list[TocEntry]) -> Flowable:
    st = ctx.st

    def build() -> Flowable:
        rows = []
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for i, (level, text, key) in enumerate(entries):
            para = st.toc0 if level == 0 else st.toc1
            rows.append(
                [
                    Para(f'<a href="#{key}">{esc(text)}</a>', para),
                    Para(ctx.page_link(key), st.page_number if level else st.toc0_page),
                ]
            )
            style.append(("ALIGN", (1, i), (1, i), "RIGHT"))
            if level == 0:
                style.append(("LINEBELOW", (0, i), (-1, i), 0.3, RULE))
        table = Table(rows, colWidths=[ctx.width - 18 * mm, 18 * mm])
        table.setStyle(table_style(style))
        return table

    return Deferred(build, ctx.registry)


def _section(ctx: Ctx, section: Section, toc: list[TocEntry], first: bool) -> list[Flowable]:
    out: list[Flowable] = []
    if first:
        out.append(PageBreak())
    else:  # a section starts on a new page unless most of this one is left
        out.append(CondPageBreak(ctx.height * 0.45))
        out.append(Spacer(1, 8 * mm))
    entry = ""
    if ctx.report.options.template is Template.BY_OBJECTIVE and section.intro:
        entry = f"{section.heading} — {section.intro}"
    out.append(_heading(ctx, section.heading, section.key, toc, entry=entry))
    if section.intro:
        out.append(Para(esc(section.intro), ctx.st.h1_intro))
    out += section_flowables(ctx, section.blocks)
    return out


def build_story(
    report: Report, registry: PageRegistry, width: float, height: float
) -> list[Flowable]:
    loc = ReportLocale(report.locale)
    ctx = Ctx(report=report, loc=loc, st=styles(), registry=registry, width=width, height=height)
    toc: list[TocEntry] = []
    story: list[Flowable] = [registry, *_cover(ctx), NextPageTemplate("body"), PageBreak()]
    story.append(Para(esc(loc.t("Contents")), ctx.st.h1))
    story.append(Spacer(1, 4 * mm))
    story.append(_toc(ctx, toc))
    story += [PageBreak(), _heading(ctx, loc.t("Summary"), "summary", toc)]
    story += summary_flowables(ctx, report.summary)
    if report.options.charts:
        story += [PageBreak(), _heading(ctx, loc.t("Charts"), "charts", toc)]
        story += chart_flowables(ctx)
    for i, section in enumerate(report.sections):
        story += _section(ctx, section, toc, first=i == 0)
    story += [PageBreak(), _heading(ctx, loc.t("Annex 1 — Index of actors"), "actors", toc)]
    story.append(actor_index(ctx))
    story += [PageBreak(), _heading(ctx, loc.t("Annex 2 — Sources"), "sources", toc)]
    story.append(sources_list(ctx))
    return story


def render_pdf(report: Report, state: TaskState | None = None) -> bytes:
    """The PDF of ``report``. Honours ``state`` for progress and cancellation."""
    registry = PageRegistry()
    loc = ReportLocale(report.locale)
    buffer = io.BytesIO()
    counter = {"pass": 0, "n": 0}
    story: list[Flowable] = []

    def on_flowable() -> None:
        counter["n"] += 1
        if state is not None and counter["n"] % 25 == 0:
            state.check()
            # Usually two passes: the first finds the pages, the second draws them.
            total = 2 * len(story)
            done = min((counter["pass"] - 1) * len(story) + counter["n"], total - 1)
            state.progress(done, total, _("Laying out pages (pass %(n)s)") % {"n": counter["pass"]})

    doc = _Doc(buffer, report, loc, registry, on_flowable)
    story = build_story(report, registry, doc.width, doc.height)

    def on_progress(kind: str, value: int) -> None:
        if kind == "PASS":
            counter["pass"], counter["n"] = value, 0

    doc.setProgressCallBack(on_progress)
    doc.multiBuild(story, maxPasses=8)
    return buffer.getvalue()
