"""How the article table shows a cell: dates in the interface language, relevance bars."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from babel.dates import format_date, format_skeleton
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from desktop.core.archive.articles import ArticleRow
from desktop.i18n import _, current_language


def date_text(row: ArticleRow) -> str:
    value = row.event_date or row.published
    if value is None:
        if row.event_month and row.event_day:
            # The day is known, the year is not: say so rather than show nothing.
            day = format_skeleton(
                "MMMd", dt.date(2000, row.event_month, row.event_day), locale=current_language()
            )
            return _("{day}, year?").format(day=day)
        return ""
    text = _medium_date(value, current_language())
    if row.event_date is not None and row.event_date_confidence == "inferred":
        text += " ?"
    return text


@lru_cache(maxsize=8192)
def _medium_date(value: dt.date, language: str) -> str:
    """A date as the table shows it (formatting costs more than painting a row)."""
    return format_date(value, format="medium", locale=language)


def date_tooltip(row: ArticleRow) -> str:
    if row.event_date is not None:
        if row.event_date_confidence == "inferred":
            return _("Event date (year inferred)")
        return _("Event date")
    if row.published is not None:
        return _("Publication date")
    return _("No date known")


@cache
def _relevance_pixmap(tenths: int, width: int = 30, height: int = 8) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d8dee6"))
    painter.drawRoundedRect(0, 0, width, height, 2, 2)
    painter.setBrush(QColor("#2f6db5"))
    painter.drawRoundedRect(0, 0, max(2, round(width * tenths / 10)), height, 2, 2)
    painter.end()
    return pixmap


def relevance_icon(share: float) -> QPixmap:
    """A small bar: how relevant a hit is compared with the best one."""
    return _relevance_pixmap(round(max(0.0, min(1.0, share)) * 10))
