"""Showing values in the UI language: language names, dates, plain-text widgets.

Text that comes from articles (titles, actor names, evidence, file names, error
messages quoting them) never reaches Qt's rich-text guess: labels, message boxes,
input and progress dialogs are built here in plain-text mode, and tooltips (which
have no plain-text mode) are escaped into rich text that shows the text literally.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QProgressDialog, QWidget

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


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt guesses markup in tooltips)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text is plain (call ``exec()`` or ``open()`` on it)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question in plain text; True for Yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(parent, title, text, QMessageBox.Icon.Question, yes | no)
    box.setDefaultButton(no)
    return box.exec() == yes


def _plain_input(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    return dialog


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """``QInputDialog.getText`` with a plain-text label."""
    dialog = _plain_input(parent, title, label)
    dialog.setTextValue(text)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def get_item(
    parent: QWidget | None, title: str, label: str, items: Sequence[str]
) -> tuple[str, bool]:
    """``QInputDialog.getItem`` (not editable) with a plain-text label."""
    dialog = _plain_input(parent, title, label)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(False)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def progress_dialog(label: str, cancel: str, parent: QWidget | None) -> QProgressDialog:
    """A progress dialog whose label (often a file name) is plain text."""
    dialog = QProgressDialog(parent)
    dialog.setLabel(plain_label())
    dialog.setCancelButtonText(cancel)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    return dialog
