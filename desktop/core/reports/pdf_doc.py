"""The PDF document of a report: its page templates (cover, body), running header and
"page X of Y" footer, classification marks, and the multi-pass build that settles
page numbers. What goes on the pages is :mod:`desktop.core.reports.pdf`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import Report
from desktop.core.reports.pdf_flowables import AnchoredParagraph, PageRegistry
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
)

APP_NAME = "GCM Archive"


class PdfDocument(BaseDocTemplate):  # type: ignore[misc]
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

    def lazy_multi_build(
        self, story: Callable[[], list[Flowable]], on_pass: Callable[[int], None], max_passes: int
    ) -> int:
        """``multiBuild`` with a story made afresh for each pass (never copied, so the
        flowables of a pass are freed as they are laid out)."""
        registry = self.registry
        self._indexingFlowables = [registry]
        self._doSave = 0
        self._multiBuildEdits = lambda *_args: None  # fresh flowables: nothing to undo
        passes = 0
        while True:
            passes += 1
            on_pass(passes)
            registry.beforeBuild()
            self.build(story())
            registry.afterBuild()
            if registry.isSatisfied():
                self._doSave = 0
                self.canv.save()
                break
            if passes > max_passes:
                raise IndexError(f"page numbers not settled after {max_passes} passes")
        del self._multiBuildEdits
        return passes

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
