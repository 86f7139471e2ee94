"""Fonts, colours and paragraph styles of the PDF report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from desktop.core.util.paths import resources_dir

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
FONT_BOLD_ITALIC = "NotoSans-BoldItalic"
_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
    FONT_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

INK = colors.HexColor("#1d2733")
NAVY = colors.HexColor("#16365c")
ACCENT = colors.HexColor("#1a7fc1")
MUTED = colors.HexColor("#5c6773")
RULE = colors.HexColor("#c9d1da")
PALE = colors.HexColor("#eef3f8")
GAP = colors.HexColor("#f7e6e1")
SERIES = [
    colors.HexColor(c)
    for c in ("#1a7fc1", "#e07b39", "#3a9d5d", "#8e5ea2", "#c9a227", "#d1495b", "#4f6d7a")
]

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose plain-text cells use the report font (not Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT), *commands])


@cache
def register_fonts() -> str:
    """Register the bundled Noto Sans family (embedded as subsets). Returns its name."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h1_intro: ParagraphStyle
    h2: ParagraphStyle
    article_title: ParagraphStyle
    see_also: ParagraphStyle
    url: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    cover_class: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    toc0_page: ParagraphStyle
    page_number: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_center: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=4,
        hyphenationLang="",
        splitLongWords=1,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    return Styles(
        body=body,
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        meta=derive("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=1),
        label=derive("label", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=MUTED),
        h1=derive(
            "h1",
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceBefore=0,
            spaceAfter=3,
        ),
        h1_intro=derive("h1_intro", fontSize=10.5, leading=14, textColor=ACCENT, spaceAfter=8),
        h2=derive(
            "h2",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
        ),
        article_title=derive(
            "article_title",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14.5,
            textColor=INK,
            spaceBefore=2,
            spaceAfter=3,
        ),
        see_also=derive("see_also", fontSize=9, leading=12, textColor=MUTED, leftIndent=10),
        url=derive("url", fontSize=8, leading=10.5, textColor=ACCENT, spaceBefore=2),
        cover_title=derive(
            "cover_title",
            fontName=FONT_BOLD,
            fontSize=28,
            leading=34,
            textColor=NAVY,
            spaceAfter=10,
        ),
        cover_subtitle=derive(
            "cover_subtitle", fontSize=15, leading=20, textColor=ACCENT, spaceAfter=18
        ),
        cover_meta=derive("cover_meta", fontSize=11, leading=16, textColor=INK),
        cover_class=derive(
            "cover_class",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        toc0=derive("toc0", fontName=FONT_BOLD, fontSize=10.5, leading=14, textColor=NAVY),
        toc0_page=derive(
            "toc0_page",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            alignment=TA_RIGHT,
        ),
        toc1=derive("toc1", fontSize=9.5, leading=13, leftIndent=12),
        page_number=derive("page_number", fontSize=9.5, leading=13, alignment=TA_RIGHT),
        cell=derive("cell", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_LEFT),
        cell_right=derive("cell_right", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT),
        cell_head=derive(
            "cell_head",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            textColor=NAVY,
        ),
        cell_head_right=derive(
            "cell_head_right",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            textColor=NAVY,
            alignment=TA_RIGHT,
        ),
        cell_center=derive(
            "cell_center", fontSize=7, leading=8.5, spaceAfter=0, alignment=TA_CENTER
        ),
    )
