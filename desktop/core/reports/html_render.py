"""Render a :class:`Report` as one self-contained HTML file.

Every value from the archive goes through :func:`html.escape` (attributes too);
links are only made from ``http(s)`` addresses. Charts are inline SVG drawn by
the same code as the PDF's.
"""

from __future__ import annotations

import re
from html import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

from desktop.core.progress import TaskState
from desktop.core.reports import charts
from desktop.core.reports.assemble import clean_paragraphs
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import ArticleBlock, EventBlock, Report, ReportArticle, Section
from desktop.core.reports.options import Template
from desktop.core.reports.pdf_blocks import safe_url
from desktop.core.reports.pdf_summary import period_label, unit_title
from desktop.core.textfold import fold

_CSS = """
:root{--navy:#16365c;--accent:#1a7fc1;--muted:#5c6773;--rule:#c9d1da;--pale:#eef3f8;
--gap:#f7e6e1;--ink:#1d2733}
body{font-family:"Noto Sans",Arial,sans-serif;color:var(--ink);max-width:60rem;margin:0 auto;
padding:1rem 2rem;line-height:1.45;font-size:15px}
h1,h2,h3{color:var(--navy);line-height:1.25}
h2{border-bottom:2px solid var(--navy);padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
a{color:var(--accent)}
.classification{background:#a31f1f;color:#fff;text-align:center;font-weight:bold;
letter-spacing:.05em;padding:.25rem}
.cover{border-top:6px solid var(--navy);padding:2rem 0 1rem}
.cover h1{font-size:2.2rem;margin:0 0 .4rem}
.cover .subtitle{color:var(--accent);font-size:1.3rem;margin:0 0 1.5rem}
dl.facts{display:grid;grid-template-columns:12rem 1fr;border-top:2px solid var(--accent)}
dl.facts dt,dl.facts dd{margin:0;padding:.4rem 0;border-bottom:1px solid var(--rule)}
dl.facts dt{font-weight:bold;color:var(--muted);font-size:.85rem}
nav.toc ol{padding-left:1.2rem}
.figures{display:flex;gap:.3rem;flex-wrap:wrap}
.figures div{background:var(--pale);padding:.5rem .8rem;flex:1;min-width:7rem;color:var(--muted)}
.figures b{display:block;font-size:1.6rem;color:var(--navy)}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th{background:var(--pale);color:var(--navy);text-align:left;border-bottom:2px solid var(--navy)}
th,td{padding:.2rem .4rem;border-bottom:1px solid var(--rule);vertical-align:top}
td.num,th.num{text-align:right}
table.matrix td,table.matrix th{text-align:center;border:1px solid #fff;padding:.1rem}
table.matrix td.gap{background:var(--gap)}
table.matrix td.hit{background:var(--accent);color:#fff}
.intro{color:var(--accent);margin-top:-.3rem}
article{border-bottom:1px solid var(--rule);padding-bottom:.6rem}
.meta{color:var(--muted);font-size:.85rem;margin:.1rem 0}
.source{font-size:.85rem;word-break:break-all}
.versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1.2rem}
.version-label{font-size:.75rem;font-weight:bold;color:var(--muted);text-transform:uppercase}
.no{color:var(--muted);font-weight:normal;font-size:.8rem}
.legend{font-size:.8rem;color:var(--muted)}
#charts svg{width:100%;height:auto}
footer{margin-top:3rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}
@media print{section.major{break-before:page}article{break-inside:avoid-page}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _svg(drawing: Drawing) -> str:
    svg = renderSVG.drawToString(drawing)
    svg = svg[svg.find("<svg") :]
    return re.sub(
        r"font-family: ?NotoSans[-\w]*", "font-family: 'Noto Sans', Arial, sans-serif", svg
    )


def _is_lone(section: Section) -> bool:
    """A by-event section holding one article linked to no event."""
    blocks = section.blocks
    return len(blocks) == 1 and isinstance(blocks[0], EventBlock) and blocks[0].event.id < 0


def _section_id(section: Section) -> str:
    return f"sec-{section.key}" if _is_lone(section) else section.key


class _Html:
    def __init__(self, report: Report) -> None:
        self.r = report
        self.loc = ReportLocale(report.locale)
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

    def ref(self, article_id: int) -> str:
        n = self.numbers.get(article_id)
        return f'<a href="#art-{article_id}">{_e(self.loc.number(n))}</a>' if n else ""

    # Pieces --------------------------------------------------------------------
    def cover(self) -> str:
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
        out = [
            f'<header class="cover"><p class="meta">{_e(loc.t("Global Compact for Migration"))}'
            f"</p><h1>{_e(r.title)}</h1>"
        ]
        if r.subtitle:
            out.append(f'<p class="subtitle">{_e(r.subtitle)}</p>')
        out.append('<dl class="facts">')
        out += [f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts if v]
        out.append("</dl></header>")
        return "".join(out)

    def toc(self) -> str:
        loc = self.loc
        items = [("summary", loc.t("Summary"))]
        if self.r.options.charts:
            items.append(("charts", loc.t("Charts")))
        items += [(_section_id(s), s.heading) for s in self.r.sections]
        items += [
            ("actors", loc.t("Annex 1 — Index of actors")),
            ("sources", loc.t("Annex 2 — Sources")),
        ]
        lis = "".join(f'<li><a href="#{_e(k)}">{_e(t)}</a></li>' for k, t in items)
        return f'<nav class="toc"><h2>{_e(loc.t("Contents"))}</h2><ol>{lis}</ol></nav>'

    def summary(self) -> str:
        r, loc, s = self.r, self.loc, self.r.summary
        figures = [
            (s.total, loc.tn("article", "articles", s.total)),
            (len(s.by_language), loc.tn("language", "languages", len(s.by_language))),
            (s.outlets, loc.tn("outlet", "outlets", s.outlets)),
            (s.events, loc.tn("event", "events", s.events)),
            (s.actors, loc.tn("actor", "actors", s.actors)),
            (sum(1 for _, c in s.by_objective if c), loc.t("objectives covered")),
        ]
        out = [
            f'<section class="major" id="summary"><h2>{_e(loc.t("Summary"))}</h2>',
            '<div class="figures">',
        ]
        out += [f"<div><b>{_e(loc.number(n))}</b>{_e(label)}</div>" for n, label in figures]
        out.append("</div>")
        out.append(f"<h3>{_e(loc.t('Coverage of the GCM objectives over time'))}</h3>")
        if s.periods:
            heads = "".join(
                f"<th>{_e(period_label(loc, s.period_unit, p))}</th>" for p in s.periods
            )
            out.append(
                f'<table class="matrix"><tr><th>{_e(loc.t("Obj."))}</th>{heads}'
                f"<th>{_e(loc.t('Total'))}</th></tr>"
            )
            for number, row in s.coverage:
                cells = "".join(
                    f'<td class="hit">{_e(loc.number(c))}</td>' if c else '<td class="gap"></td>'
                    for c in row
                )
                title = _e(r.objective_title(number))
                out.append(
                    f'<tr><th title="{title}">{_e(loc.number(number))}</th>{cells}'
                    f"<th>{_e(loc.number(sum(row)))}</th></tr>"
                )
            out.append("</table>")
            legend = loc.t("No article on this objective in this period (gap).")
            out.append(f'<p class="legend">{_e(legend)}</p>')
        out.append(
            f"<h3>{_e(loc.t('Articles per GCM objective'))}</h3><table><tr><th>#</th>"
            f'<th>{_e(loc.t("GCM objective"))}</th><th class="num">'
            f"{_e(loc.t('Articles'))}</th></tr>"
        )
        for number, count in s.by_objective:
            out.append(
                f"<tr><td>{_e(loc.number(number))}</td><td>"
                f"{_e(r.objective_title(number))}</td>"
                f'<td class="num">{_e(loc.number(count))}</td></tr>'
            )
        out.append(
            f"</table><h3>{_e(loc.t('Articles per language'))}</h3><table><tr>"
            f'<th>{_e(loc.t("Language"))}</th><th class="num">{_e(loc.t("Articles"))}'
            "</th></tr>"
        )
        for code, count in s.by_language:
            out.append(
                f"<tr><td>{_e(loc.language_name(code))}</td>"
                f'<td class="num">{_e(loc.number(count))}</td></tr>'
            )
        out.append("</table></section>")
        return "".join(out)

    def charts(self) -> str:
        r, loc, s = self.r, self.loc, self.r.summary
        width = 600
        out = [f'<section class="major" id="charts"><h2>{_e(loc.t("Charts"))}</h2>']
        bars = [
            (f"{loc.number(n)}. {r.objective_title(n)}".rstrip(". "), c) for n, c in s.by_objective
        ]
        out.append(f"<h3>{_e(loc.t('Articles per GCM objective'))}</h3>")
        out.append(_svg(charts.horizontal_bars(bars, width, label_width=width * 0.5)))
        if s.periods:
            per = [
                (period_label(loc, s.period_unit, p), c)
                for p, c in zip(s.periods, s.by_period, strict=True)
            ]
            out.append(f"<h3>{_e(unit_title(loc, s.period_unit))}</h3>")
            out.append(_svg(charts.columns(per, width)))
        langs = [(loc.language_name(code), c) for code, c in s.by_language]
        out.append(f"<h3>{_e(loc.t('Articles per language'))}</h3>")
        out.append(_svg(charts.horizontal_bars(langs, width * 0.8, bar_height=11)))
        out.append("</section>")
        return "".join(out)

    def article(self, a: ReportArticle, *, tag: str = "h3", title: bool = True) -> str:
        loc = self.loc
        parts = []
        if a.outlet:
            parts.append(f"<b>{_e(a.outlet)}</b>")
        if a.published:
            parts.append(_e(loc.t("Published %(date)s", date=loc.date(a.published))))
        if a.event_date and a.event_date != a.published:
            parts.append(_e(loc.t("Event of %(date)s", date=loc.date(a.event_date))))
        parts.append(_e(loc.language_name(a.language)))
        lang = _e(a.language or "")
        out = [f'<article id="art-{a.id}" lang="{lang}">' if lang else f'<article id="art-{a.id}">']
        if title:
            no = self.numbers.get(a.id)
            number = f' <span class="no">[{_e(loc.number(no))}]</span>' if no else ""
            text = a.title.strip() or loc.t("Untitled article")
            out.append(f"<{tag}>{_e(text)}{number}</{tag}>")
        out.append(f'<p class="meta">{" · ".join(parts)}</p>')
        if a.actors:
            out.append(
                f'<p class="meta"><b>{_e(loc.t("Actors:"))}</b> {_e(", ".join(a.actors))}</p>'
            )
        if a.objectives:
            nums = ", ".join(loc.number(n) for n in sorted(set(a.objectives)))
            out.append(f'<p class="meta"><b>{_e(loc.t("GCM objectives:"))}</b> {_e(nums)}</p>')
        out += [f"<p>{_e(p)}</p>" for p in clean_paragraphs(a.text)]
        if a.source_url:
            url = safe_url(a.source_url)
            shown = _e(a.source_url)
            link = f'<a href="{_e(url)}" rel="noopener noreferrer">{shown}</a>' if url else shown
            out.append(f'<p class="source"><b>{_e(loc.t("Source:"))}</b> {link}</p>')
        out.append("</article>")
        return "".join(out)

    def section(self, section: Section) -> str:
        loc = self.loc
        major = ' class="major"' if self.r.options.template is Template.BY_OBJECTIVE else ""
        lone = _is_lone(section)
        ident = _section_id(section)
        out = [f'<section{major} id="{_e(ident)}"><h2>{_e(section.heading)}</h2>']
        if section.intro:
            out.append(f'<p class="intro">{_e(section.intro)}</p>')
        see_also = []
        for block in section.blocks:
            if isinstance(block, EventBlock):
                versions = block.event.articles
                if lone:
                    out.append(self.article(versions[0], title=False))
                    continue
                out.append('<div class="versions">' if len(versions) > 1 else "<div>")
                for i, a in enumerate(versions, 1):
                    label = loc.t(
                        "Version %(i)s of %(n)s", i=loc.number(i), n=loc.number(len(versions))
                    )
                    out.append(
                        f'<div><p class="version-label">{_e(label)} · '
                        f"{_e(loc.language_name(a.language))}</p>{self.article(a)}</div>"
                    )
                out.append("</div>")
            elif isinstance(block, ArticleBlock) and block.see_also:
                see_also.append(block.article)
            else:
                out.append(self.article(block.article))
        if see_also:
            out.append(f"<h3>{_e(loc.t('Also relevant to this objective'))}</h3><ul>")
            for a in see_also:
                text = a.title.strip() or loc.t("Untitled article")
                out.append(
                    f'<li><a href="#art-{a.id}">{_e(text)}</a> '
                    f'<span class="meta">({_e(a.outlet)}, '
                    f"{_e(loc.date(a.date, 'medium'))})</span></li>"
                )
            out.append("</ul>")
        out.append("</section>")
        return "".join(out)

    def annexes(self) -> str:
        loc = self.loc
        out = [
            f'<section class="major" id="actors"><h2>{_e(loc.t("Annex 1 — Index of actors"))}'
            f"</h2><table><tr><th>{_e(loc.t('Actor'))}</th>"
            f"<th>{_e(loc.t('Articles'))}</th></tr>"
        ]
        for name, ids in self.r.actor_index:
            refs = ", ".join(x for x in (self.ref(i) for i in ids) if x)
            out.append(f"<tr><td>{_e(name)}</td><td>{refs}</td></tr>")
        out.append("</table></section>")
        out.append(
            f'<section class="major" id="sources"><h2>{_e(loc.t("Annex 2 — Sources"))}'
            f"</h2><table><tr><th>{_e(loc.t('Article'))}</th><th>{_e(loc.t('Date'))}"
            "</th></tr>"
        )
        by_outlet: dict[str, list[ReportArticle]] = {}
        for a in self.r.articles:
            by_outlet.setdefault(a.outlet.strip() or loc.t("Outlet not recorded"), []).append(a)
        for outlet in sorted(by_outlet, key=lambda o: (fold(o), o)):
            out.append(f'<tr><th colspan="2">{_e(outlet)}</th></tr>')
            for a in by_outlet[outlet]:
                text = _e(a.title.strip() or loc.t("Untitled article"))
                cell = f'<a href="#art-{a.id}">{text}</a>'
                url = safe_url(a.source_url) if a.source_url else None
                if a.source_url:
                    shown = _e(a.source_url)
                    cell += (
                        '<br><span class="source">'
                        + (
                            f'<a href="{_e(url)}" rel="noopener noreferrer">{shown}</a>'
                            if url
                            else shown
                        )
                        + "</span>"
                    )
                out.append(f"<tr><td>{cell}</td><td>{_e(loc.date(a.date, 'medium'))}</td></tr>")
        out.append("</table></section>")
        return "".join(out)


def render_html(report: Report, state: TaskState | None = None) -> str:
    """The report as one HTML document (UTF-8 text, no external resources)."""
    page = _Html(report)
    r, loc = report, page.loc
    banner = (
        f'<div class="classification">{_e(r.classification.upper())}</div>'
        if r.classification
        else ""
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(loc.code.replace("_", "-"))}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="GCM Archive"><title>{_e(r.title)}</title>',
        f"<style>{_CSS}</style></head><body>",
        banner,
        page.cover(),
        page.toc(),
        page.summary(),
    ]
    if r.options.charts:
        parts.append(page.charts())
    total = len(r.sections)
    for i, section in enumerate(r.sections):
        if state is not None:
            state.check()
            state.progress(i, total, section.heading)
        parts.append(page.section(section))
    parts.append(page.annexes())
    generated = loc.t("Generated on %(date)s", date=loc.date(r.generated))
    parts += [f"<footer><p>{_e(generated)} · GCM Archive</p></footer>", banner, "</body></html>"]
    return "\n".join(parts) + "\n"


__all__ = ["render_html"]
