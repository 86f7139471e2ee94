"""Render a :class:`Report` as a PDF with ReportLab (platypus).

Cover page, table of contents with page numbers, summary and charts, the
sections, annexes (actor index, sources), running header and "page X of Y"
footer, bookmarks, embedded Noto Sans. ``invariant`` output: the same report
gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from desktop.core.operations.progress import TaskState
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import Report, Section
from desktop.core.reports.options import Template
from desktop.core.reports.pdf_blocks import Ctx, actor_index, esc, section_flowables, sources_list
from desktop.core.reports.pdf_doc import PdfDocument
from desktop.core.reports.pdf_flowables import (
    AnchoredParagraph,
    Deferred,
    PageRegistry,
    Para,
    shared_paragraphs,
)
from desktop.core.reports.pdf_summary import chart_flowables, summary_flowables
from desktop.core.reports.pdf_theme import (
    ACCENT,
    RULE,
    styles,
    table_style,
)
from desktop.i18n import _

# (level, text, anchor key) of every table-of-contents entry
TocEntry = tuple[int, str, str]


def _heading(ctx: Ctx, text: str, key: str, level: int = 0, entry: str = "") -> Flowable:
    """A heading of the contents (see :func:`_contents`) and of the PDF outline."""
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


def _entry(ctx: Ctx, section: Section) -> str:
    """How the contents list a section: an objective's entry carries its title."""
    if ctx.report.options.template is Template.BY_OBJECTIVE and section.intro:
        return f"{section.heading} — {section.intro}"
    return ""


def _contents(ctx: Ctx) -> list[TocEntry]:
    """Every heading :func:`iter_story` will make, known before the first is laid out."""
    loc, report = ctx.loc, ctx.report
    toc: list[TocEntry] = [(0, loc.t("Summary"), "summary")]
    if report.options.charts:
        toc.append((0, loc.t("Charts"), "charts"))
    toc += [(0, _entry(ctx, s) or s.heading, s.key) for s in report.sections]
    toc.append((0, loc.t("Annex 1 — Index of actors"), "actors"))
    toc.append((0, loc.t("Annex 2 — Sources"), "sources"))
    return toc


def _section(ctx: Ctx, section: Section, first: bool) -> Iterator[Flowable]:
    if first:
        yield PageBreak()
    else:  # a section starts on a new page unless most of this one is left
        yield CondPageBreak(ctx.height * 0.45)
        yield Spacer(1, 8 * mm)
    yield _heading(ctx, section.heading, section.key, entry=_entry(ctx, section))
    if section.intro:
        yield Para(esc(section.intro), ctx.st.h1_intro)
    yield from section_flowables(ctx, section.blocks)


def iter_story(ctx: Ctx) -> Iterator[Flowable]:
    """The document's flowables, made one section block at a time as the layout needs
    them: a pass never holds the paragraphs of a whole big report."""
    report, loc = ctx.report, ctx.loc
    toc = _contents(ctx)
    yield from [ctx.registry, *_cover(ctx), NextPageTemplate("body"), PageBreak()]
    yield Para(esc(loc.t("Contents")), ctx.st.h1)
    yield Spacer(1, 4 * mm)
    yield _toc(ctx, toc)
    yield from [PageBreak(), _heading(ctx, loc.t("Summary"), "summary")]
    yield from summary_flowables(ctx, report.summary)
    if report.options.charts:
        yield from [PageBreak(), _heading(ctx, loc.t("Charts"), "charts")]
        yield from chart_flowables(ctx)
    for i, section in enumerate(report.sections):
        yield from _section(ctx, section, first=i == 0)
    yield from [PageBreak(), _heading(ctx, loc.t("Annex 1 — Index of actors"), "actors")]
    yield actor_index(ctx)
    yield from [PageBreak(), _heading(ctx, loc.t("Annex 2 — Sources"), "sources")]
    yield sources_list(ctx)


def _context(report: Report, registry: PageRegistry, width: float, height: float) -> Ctx:
    loc = ReportLocale(report.locale)
    return Ctx(report=report, loc=loc, st=styles(), registry=registry, width=width, height=height)


def build_story(
    report: Report, registry: PageRegistry, width: float, height: float
) -> list[Flowable]:
    return list(iter_story(_context(report, registry, width, height)))


class _LazyStory(list[Flowable]):
    """A story that ReportLab consumes from the front while the rest is made on demand
    (``BaseDocTemplate.build`` only reads the first items, deletes them and puts split
    parts back in front)."""

    AHEAD = 64  # enough for chains of keep-with-next headings

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = source
        self._fill()

    def _fill(self) -> None:
        while self._source is not None and list.__len__(self) < self.AHEAD:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return list.__getitem__(self, index)


# Share of the work of each layout pass (the first finds pages, the second draws).
PASS_SHARE = (0.45, 0.5)
STEPS = 1000


def render_pdf(
    report: Report, state: TaskState | None = None, target: BinaryIO | None = None
) -> bytes:
    """The PDF of ``report`` (written to ``target`` instead when given: b"" is returned).

    Honours ``state`` for cancellation and reports progress in one scale of
    :data:`STEPS` that only grows. The flowables are made lazily and afresh for each
    pass, so memory holds the report data, the pages and a few dozen flowables.
    """
    registry = PageRegistry()
    loc = ReportLocale(report.locale)
    buffer = target if target is not None else io.BytesIO()
    blocks = max(1, sum(len(s.blocks) for s in report.sections))
    progress = {"pass": 1, "n": 0, "last": 0}
    ctx_box: dict[str, Ctx] = {}

    def on_flowable() -> None:
        progress["n"] += 1
        if state is None or progress["n"] % 25:
            return
        state.check()
        index = min(progress["pass"], len(PASS_SHARE)) - 1
        start = sum(PASS_SHARE[:index])
        share = PASS_SHARE[index] if progress["pass"] <= len(PASS_SHARE) else 0.0
        fraction = start + share * min(ctx_box["ctx"].done / blocks, 1.0)
        done = max(progress["last"], min(int(fraction * STEPS), STEPS - 1))
        progress["last"] = done
        message = _("Laying out pages (pass %(n)s)") % {"n": progress["pass"]}
        state.progress(done, STEPS, message)

    doc = PdfDocument(buffer, report, loc, registry, on_flowable)

    def story() -> _LazyStory:
        ctx_box["ctx"] = _context(report, registry, doc.width, doc.height)
        return _LazyStory(iter_story(ctx_box["ctx"]))

    def on_pass(number: int) -> None:
        progress["pass"], progress["n"] = number, 0

    with shared_paragraphs():
        doc.lazy_multi_build(story, on_pass, max_passes=8)
    if state is not None:
        state.progress(STEPS, STEPS, "")
    return buffer.getvalue() if isinstance(buffer, io.BytesIO) and target is None else b""
