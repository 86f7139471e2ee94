"""Showing values in the UI language: language names, dates, plain-text widgets."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.i18n import current_language


@cache
def _language_name(code: str, ui: str) -> str:
    try:
        name = Locale.parse(code).get_display_name(ui)
    except (ValueError, UnknownLocaleError):
        return code
    return (name or code)[:1].upper() + (name or code)[1:]


def language_name(code: str) -> str:
    """``vi`` as "Vietnamese" / "vietnamien" / "Tiếng Việt", per the UI language."""
    return _language_name(code, current_language())


def date_text(value: dt.date | None, fmt: str = "medium") -> str:
    return format_date(value, format=fmt, locale=current_language()) if value else ""


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets article text as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
