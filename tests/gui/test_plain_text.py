"""Article-derived text shows literally in every kind of widget: no markup is guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox

from desktop.core.linking.queries import EventRow
from desktop.core.search import Filters, SearchSpec
from desktop.core.search.saved import SavedSearchInfo
from desktop.ui import text as ui_text
from desktop.ui.events import EventsList
from desktop.ui.search_saved import SavedSearchList

MARKUP = [
    '<img src="/etc/passwd"> title',
    "<b>bold</b> actor",
    '<a href="https://example.org">link</a> & co',
]


def shown_tooltip(tip: str) -> str:
    """What a tooltip displays: Qt renders it as rich text when it looks like markup."""
    if not GuiQt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def label_shows(label: QLabel, expected: str) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText and label.text() == expected


@pytest.mark.parametrize("markup", MARKUP)
def test_item_tooltips_show_article_text_literally(qtbot, markup):
    events = EventsList()
    qtbot.addWidget(events)
    events.set_events([EventRow(1, markup, dt.date(2024, 5, 1), None, "", "", ("en",), 2)])
    assert shown_tooltip(events.item(0).toolTip()) == markup

    saved = SavedSearchList()
    qtbot.addWidget(saved)
    saved.set_searches([SavedSearchInfo(1, "s", SearchSpec(markup, False, Filters()))])
    assert shown_tooltip(saved.list.item(0).toolTip()) == markup


def test_the_check_can_fail_on_raw_markup():
    assert shown_tooltip("<b>bold</b> actor") != "<b>bold</b> actor"


@pytest.mark.parametrize("markup", MARKUP)
def test_operation_error_box_shows_the_exception_text_literally(window, qtbot, markup):
    window.ops.show_errors = True

    def fails(_archive):
        raise ValueError(markup)

    window.ops.query(fails, on_done=lambda _r: None)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=5000)
    box = window.findChildren(QMessageBox)[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"ValueError: {markup}"
    box.close()


def _answer_modal(found: list[object], accept: bool) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, check)
            return
        found.append(dialog)
        labels = [lbl for lbl in dialog.findChildren(QLabel) if lbl.text()]
        found.append([(lbl.textFormat(), lbl.text()) for lbl in labels])
        if isinstance(dialog, QMessageBox):
            dialog.done(QMessageBox.StandardButton.No)
        else:
            dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, check)


@pytest.mark.parametrize("markup", MARKUP)
def test_confirmation_and_input_dialogs_show_names_literally(qtbot, markup):
    found: list[object] = []
    _answer_modal(found, accept=False)
    assert ui_text.ask(None, "Delete actor", f"Delete {markup}?") is False
    assert isinstance(found[0], QMessageBox)
    assert (Qt.TextFormat.PlainText, f"Delete {markup}?") in found[1]

    for ask in (
        lambda: ui_text.get_text(None, "Add alias", f"Alias of {markup}:"),
        lambda: ui_text.get_item(None, "Merge", f"Merge {markup} into:", ["a", "b"]),
    ):
        found.clear()
        _answer_modal(found, accept=True)
        _value, ok = ask()
        assert ok
        assert isinstance(found[0], QInputDialog)
        assert any(fmt == Qt.TextFormat.PlainText and markup in text for fmt, text in found[1]), (
            found[1]
        )


@pytest.mark.parametrize("markup", MARKUP)
def test_labels_and_progress_dialogs_show_file_names_literally(qtbot, markup):
    label = ui_text.plain_label(markup)
    qtbot.addWidget(label)
    assert label_shows(label, markup)
    dialog = ui_text.progress_dialog(markup, "Cancel", None)
    qtbot.addWidget(dialog)
    labels = [lbl for lbl in dialog.findChildren(QLabel) if lbl.text() == markup]
    assert labels and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in labels)


def test_every_tooltip_in_the_window_is_plain_or_escaped(window, qtbot):
    """Any item tooltip that Qt would read as rich text went through ``plain_tip``."""
    from PySide6.QtWidgets import QListWidget, QTableWidget, QTreeWidget

    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)  # the sidebar, read after
    seen = 0
    for view in window.findChildren(QListWidget):
        for i in range(view.count()):
            tip = view.item(i).toolTip()
            seen += bool(tip)
            assert not GuiQt.mightBeRichText(tip) or tip.startswith("<p style='white-space:pre")
    for tree in window.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for item in [top, *(top.child(j) for j in range(top.childCount()))]:
                tip = item.toolTip(0)
                seen += bool(tip)
                assert not GuiQt.mightBeRichText(tip) or tip.startswith("<p style='white-space:pre")
    for table in window.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                tip = item.toolTip() if item is not None else ""
                assert not GuiQt.mightBeRichText(tip) or tip.startswith("<p style='white-space:pre")
    assert seen  # the sidebar lists have tooltips to check
