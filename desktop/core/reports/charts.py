"""Vector charts of a report (ReportLab graphics): drawn in the PDF, SVG in HTML."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core.reports.pdf_theme import ACCENT, FONT, INK, MUTED, RULE, register_fonts

Bars = Sequence[tuple[str, int]]


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the renderer starts with Helvetica
    return drawing


def _nice_step(maximum: int, ticks: int = 5) -> int:
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 5, 10):
        if raw <= mult * power:
            return int(mult * power)
    return int(10 * power)


def _fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def horizontal_bars(
    bars: Bars,
    width: float,
    *,
    number: Sequence[str] | None = None,
    color: Color = ACCENT,
    bar_height: float = 9,
    gap: float = 4,
    label_width: float | None = None,
    font_size: float = 7.5,
) -> Drawing:
    """One bar per ``(label, value)``, labels on the left and values at the bars' ends.

    ``number`` gives the value labels as formatted in the report locale.
    """
    register_fonts()
    n = max(len(bars), 1)
    if label_width is None:
        widest = max((stringWidth(lbl, FONT, font_size) for lbl, _ in bars), default=20)
        label_width = min(widest + 12, width * 0.45)
    top_pad, bottom_pad = 4, 16
    height = top_pad + bottom_pad + n * (bar_height + gap)
    drawing = _drawing(width, height)
    plot_x = label_width
    plot_w = width - label_width - 24
    maximum = max((v for _, v in bars), default=0) or 1
    step = _nice_step(maximum)
    top = math.ceil(maximum / step) * step
    scale = plot_w / top
    for tick in range(0, top + 1, step):
        x = plot_x + tick * scale
        drawing.add(Line(x, bottom_pad - 2, x, height - top_pad, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                x,
                bottom_pad - 11,
                str(tick),
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for i, (label, value) in enumerate(bars):
        y = height - top_pad - (i + 1) * (bar_height + gap) + gap / 2
        drawing.add(
            String(
                plot_x - 4,
                y + bar_height / 2 - font_size / 3,
                _fit(label, label_width - 8, font_size),
                fontName=FONT,
                fontSize=font_size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        if value:
            drawing.add(
                Rect(plot_x, y, value * scale, bar_height, fillColor=color, strokeColor=None)
            )
        shown = number[i] if number is not None else str(value)
        drawing.add(
            String(
                plot_x + value * scale + 3,
                y + bar_height / 2 - font_size / 3,
                shown,
                fontName=FONT,
                fontSize=font_size - 0.5,
                fillColor=MUTED,
            )
        )
    return drawing


def columns(
    bars: Bars,
    width: float,
    *,
    height: float = 150,
    color: Color = ACCENT,
    font_size: float = 7,
) -> Drawing:
    """Vertical columns, e.g. articles per month; labels are slanted when crowded."""
    register_fonts()
    drawing = _drawing(width, height)
    n = max(len(bars), 1)
    widest = max((stringWidth(lbl, FONT, font_size) for lbl, _ in bars), default=10)
    left, right, top_pad = 24, 6, 12
    plot_w = width - left - right
    slot = plot_w / n
    slanted = widest > slot - 4
    bottom = 14 + (widest * 0.71 if slanted else 0)
    plot_h = height - bottom - top_pad
    maximum = max((v for _, v in bars), default=0) or 1
    step = _nice_step(maximum, 4)
    top = math.ceil(maximum / step) * step
    scale = plot_h / top
    for tick in range(0, top + 1, step):
        y = bottom + tick * scale
        drawing.add(Line(left, y, width - right, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                str(tick),
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    bar_w = min(slot * 0.7, 28)
    for i, (label, value) in enumerate(bars):
        cx = left + slot * (i + 0.5)
        if value:
            drawing.add(
                Rect(
                    cx - bar_w / 2, bottom, bar_w, value * scale, fillColor=color, strokeColor=None
                )
            )
            drawing.add(
                String(
                    cx,
                    bottom + value * scale + 2,
                    str(value),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        if slanted:
            text = String(
                0, 0, label, fontName=FONT, fontSize=font_size, fillColor=INK, textAnchor="end"
            )
            group = Group(text)
            group.translate(cx + 2, bottom - 5)
            group.rotate(45)
            drawing.add(group)
        else:
            drawing.add(
                String(
                    cx,
                    bottom - 10,
                    label,
                    fontName=FONT,
                    fontSize=font_size,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    return drawing
