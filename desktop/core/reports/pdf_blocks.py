"""PDF flowables for the content of a report: articles, events, annexes.

Everything that comes from the archive is escaped before it reaches a
ReportLab ``Paragraph`` (which parses a small markup language), so a title such
as ``<img src=x>`` prints as those characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
)

from desktop.core.reports.assemble import clean_paragraphs
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import (
    ArticleBlock,
    EventBlock,
    Report,
    ReportArticle,
    ReportEvent,
)
from desktop.core.reports.pdf_flowables import AnchoredParagraph, Deferred, PageRegistry, Para
from desktop.core.reports.pdf_theme import ACCENT, NAVY, PALE, RULE, Styles, table_style
from desktop.core.util.textfold import fold

SIDE_BY_SIDE_MAX_VERSIONS = 3
SIDE_BY_SIDE_MAX_CHARS = 1500


def esc(text: str) -> str:
    """Escape plain text for a ReportLab paragraph."""
    return escape(text)


def safe_url(url: str) -> str | None:
    """``url`` as a link target when it is a web address, else ``None``."""
    lowered = url.strip().lower()
    return url.strip() if lowered.startswith(("http://", "https://")) else None


@dataclass
class Ctx:
    report: Report
    loc: ReportLocale
    st: Styles
    registry: PageRegistry
    width: float
    height: float = 700.0
    done: int = 0  # blocks of sections turned into flowables so far (progress)

    def page_link(self, key: str) -> str:
        page = self.registry.page_of(key)
        if page is None:
            return "\u2007\u2007"  # figure spaces keep the width until the number is known
        return f'<a href="#{key}">{self.loc.number(page)}</a>'


def _label(ctx: Ctx, label: str, value: str) -> Para:
    return Para(f"<b>{esc(label)}</b>\u00a0 {value}", ctx.st.meta)


def article_meta(ctx: Ctx, a: ReportArticle) -> list[Flowable]:
    loc = ctx.loc
    parts = []
    if a.outlet:
        parts.append(f"<b>{esc(a.outlet)}</b>")
    if a.published:
        parts.append(esc(loc.t("Published %(date)s", date=loc.date(a.published))))
    if a.event_date and a.event_date != a.published:
        parts.append(esc(loc.t("Event of %(date)s", date=loc.date(a.event_date))))
    parts.append(esc(loc.language_name(a.language)))
    out: list[Flowable] = [Para("  ·  ".join(parts), ctx.st.meta)]
    if a.actors:
        out.append(_label(ctx, loc.t("Actors:"), esc(", ".join(a.actors))))
    if a.objectives:
        numbers = ", ".join(loc.number(n) for n in sorted(set(a.objectives)))
        out.append(_label(ctx, loc.t("GCM objectives:"), esc(numbers)))
    return out


def source_line(ctx: Ctx, a: ReportArticle) -> Para | None:
    if not a.source_url:
        return None
    url = safe_url(a.source_url)
    shown = esc(a.source_url)
    if url is not None:
        shown = f"<a href={quoteattr(url)}>{shown}</a>"
    return Para(f"<b>{esc(ctx.loc.t('Source:'))}</b>\u00a0 {shown}", ctx.st.url)


def article_flowables(
    ctx: Ctx, a: ReportArticle, *, keep: bool = True, title: bool = True
) -> list[Flowable]:
    """Title, metadata, text and source of one article.

    ``keep`` holds the title, metadata and first paragraph on one page (not inside
    a table cell, where ReportLab cannot keep flowables together). Without
    ``title``, the section heading above is the article's title and anchor.
    """
    head: list[Flowable] = []
    if title:
        text = a.title.strip() or ctx.loc.t("Untitled article")
        head.append(
            AnchoredParagraph(esc(text), ctx.st.article_title, key=a.anchor, registry=ctx.registry)
        )
    head += article_meta(ctx, a)
    head.append(Spacer(1, 3))
    paragraphs = [Para(esc(p), ctx.st.body) for p in clean_paragraphs(a.text)]
    out: list[Flowable] = [KeepTogether(head + paragraphs[:1])] if keep else head + paragraphs[:1]
    out += paragraphs[1:]
    source = source_line(ctx, a)
    if source is not None:
        out.append(source)
    return out


def _see_also(ctx: Ctx, a: ReportArticle) -> Flowable:
    def build() -> Flowable:
        details = ", ".join(x for x in (a.outlet, ctx.loc.date(a.date, "medium")) if x)
        text = f"• <i>{esc(a.title.strip() or ctx.loc.t('Untitled article'))}</i>"
        if details:
            text += f" ({esc(details)})"
        where = esc(ctx.loc.t("printed in full on page %(page)s", page="\x00"))
        text += " — " + where.replace("\x00", ctx.page_link(a.anchor))
        return Para(text, ctx.st.see_also)

    return Deferred(build, ctx.registry)


def _separator() -> list[Flowable]:
    return [
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=8),
    ]


def _version_label(ctx: Ctx, a: ReportArticle, index: int, count: int) -> str:
    parts = [
        ctx.loc.t("Version %(i)s of %(n)s", i=ctx.loc.number(index), n=ctx.loc.number(count)),
        ctx.loc.language_name(a.language),
    ]
    role = {
        "original": ctx.loc.t("original"),
        "translation": ctx.loc.t("translation"),
        "report": ctx.loc.t("independent report"),
    }.get(a.event_role)
    if role:
        parts.append(role)
    return " · ".join(parts)


def event_flowables(ctx: Ctx, event: ReportEvent) -> list[Flowable]:
    versions = event.articles
    n = len(versions)
    if n == 1 and event.id < 0:  # a lone article: its title is the section heading
        return article_flowables(ctx, versions[0], title=False) + _separator()
    text_len = max((len(a.text) for a in versions), default=0)
    if 2 <= n <= SIDE_BY_SIDE_MAX_VERSIONS and text_len <= SIDE_BY_SIDE_MAX_CHARS:
        return _side_by_side(ctx, versions)
    out: list[Flowable] = []
    for i, a in enumerate(versions, 1):
        if n > 1:
            out.append(Para(esc(_version_label(ctx, a, i, n)).upper(), ctx.st.label))
        out += article_flowables(ctx, a)
        out += _separator()
    return out


def _side_by_side(ctx: Ctx, versions: tuple[ReportArticle, ...]) -> list[Flowable]:
    n = len(versions)
    gutter = 5 * mm
    col = (ctx.width - gutter * (n - 1)) / n
    cells = []
    for i, a in enumerate(versions, 1):
        content: list[Flowable] = [
            Para(esc(_version_label(ctx, a, i, n)).upper(), ctx.st.label),
            Spacer(1, 3),
        ]
        content += article_flowables(ctx, a, keep=False)
        cells.append(content)
    widths: list[float] = []
    row: list[object] = []
    for i, content in enumerate(cells):
        if i:
            widths.append(gutter)
            row.append("")
        widths.append(col)
        row.append(content)
    table = Table([row], colWidths=widths)
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for i in range(1, n):
        x = 2 * i - 1
        style.append(("LINEAFTER", (x - 1, 0), (x - 1, 0), 0.4, RULE))
        style.append(("LEFTPADDING", (x + 1, 0), (x + 1, 0), 0))
    table.setStyle(table_style(style))
    return [table, *_separator()]


def section_flowables(
    ctx: Ctx, blocks: tuple[ArticleBlock | EventBlock, ...]
) -> Iterator[Flowable]:
    """The flowables of a section, made as the layout asks for them (a big report
    never holds all of its paragraphs at once); ``ctx.done`` counts the blocks."""
    see_also = [b for b in blocks if isinstance(b, ArticleBlock) and b.see_also]
    for block in blocks:
        if isinstance(block, EventBlock):
            yield from event_flowables(ctx, block.event)
        elif not block.see_also:
            yield from article_flowables(ctx, block.article)
            yield from _separator()
        ctx.done += 0 if isinstance(block, ArticleBlock) and block.see_also else 1
    if see_also:
        yield CondPageBreak(30 * mm)
        yield Para(esc(ctx.loc.t("Also relevant to this objective")), ctx.st.h2)
        for b in see_also:
            yield _see_also(ctx, b.article)
            ctx.done += 1


# Page numbers per row of the actor index: a row taller than a page cannot be laid out.
PAGES_PER_ROW = 150


def _pages_of(ctx: Ctx, ids: tuple[int, ...]) -> list[str]:
    """The linked page numbers of ``ids``, in rows of at most ``PAGES_PER_ROW``."""
    pages: dict[int, str] = {}
    for article_id in ids:
        key = f"art-{article_id}"
        page = ctx.registry.page_of(key)
        if page is not None and page not in pages:
            pages[page] = key
    if not pages:
        return ["\u2007\u2007"]
    links = [f'<a href="#{key}">{ctx.loc.number(page)}</a>' for page, key in sorted(pages.items())]
    return [", ".join(links[i : i + PAGES_PER_ROW]) for i in range(0, len(links), PAGES_PER_ROW)]


def _index_table(rows: list[list[object]], widths: list[float], header: bool) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY), ("BACKGROUND", (0, 0), (-1, 0), PALE)]
    table.setStyle(table_style(style))
    return table


def actor_index(ctx: Ctx) -> Flowable:
    st, loc = ctx.st, ctx.loc

    def build() -> Flowable:
        rows: list[list[object]] = [
            [
                Para(esc(loc.t("Actor")), st.cell_head),
                Para(esc(loc.t("Pages")), st.cell_head),
            ]
        ]
        for name, ids in ctx.report.actor_index:
            for n, pages in enumerate(_pages_of(ctx, ids)):
                rows.append([Para(esc(name) if n == 0 else "", st.cell), Para(pages, st.cell)])
        if len(rows) == 1:
            rows.append([Para(esc(loc.t("No actor is recorded for these articles.")), st.cell), ""])
        return _index_table(rows, [ctx.width * 0.62, ctx.width * 0.38], header=True)

    return Deferred(build, ctx.registry)


def sources_list(ctx: Ctx) -> Flowable:
    st, loc = ctx.st, ctx.loc
    by_outlet: dict[str, list[ReportArticle]] = {}
    for a in ctx.report.articles:
        by_outlet.setdefault(a.outlet.strip() or loc.t("Outlet not recorded"), []).append(a)

    def build() -> Flowable:
        rows: list[list[object]] = [
            [
                Para(esc(loc.t("Article")), st.cell_head),
                Para(esc(loc.t("Date")), st.cell_head),
                Para(esc(loc.t("Page")), st.cell_head),
            ]
        ]
        spans = []
        for outlet in sorted(by_outlet, key=lambda o: (fold(o), o)):
            spans.append(len(rows))
            rows.append([Para(f"<b>{esc(outlet)}</b>", st.cell), "", ""])
            for a in by_outlet[outlet]:
                text = esc(a.title.strip() or loc.t("Untitled article"))
                url = safe_url(a.source_url) if a.source_url else None
                if a.source_url:
                    shown = esc(a.source_url)
                    link = f"<a href={quoteattr(url)}>{shown}</a>" if url else shown
                    text += f'<br/><font size="7" color="#{ACCENT.hexval()[2:]}">{link}</font>'
                rows.append(
                    [
                        Para(text, st.cell),
                        Para(esc(loc.date(a.date, "medium")), st.cell),
                        Para(ctx.page_link(a.anchor), st.cell_right),
                    ]
                )
        table = _index_table(
            rows, [ctx.width * 0.66, ctx.width * 0.22, ctx.width * 0.12], header=True
        )
        table.setStyle(
            table_style(
                [("SPAN", (0, r), (-1, r)) for r in spans]
                + [("BACKGROUND", (0, r), (-1, r), PALE) for r in spans]
            )
        )
        return table

    return Deferred(build, ctx.registry)
