"""The table shows each hit's relevance (a bar, relative to the best hit) and a
snippet with the matched words (tooltip of the title, status bar for the selection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtGui import Qt as GuiQt


def _shown(tip: str) -> str:
    document = QTextDocument()
    document.setHtml(tip) if GuiQt.mightBeRichText(tip) else document.setPlainText(tip)
    return document.toPlainText()


def test_hits_show_relevance_and_snippets(window, qtbot):
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        window.search_field.setText("migrations")
        window.search.apply_text()
    model = window.model
    assert model.rowCount() >= 2
    first = model.ids_between(0, 1)[0]
    assert model.relevance_of(first) == 1.0
    shares = [model.relevance_of(i) for i in model.ids_between(0, model.rowCount())]
    assert all(0.0 <= s <= 1.0 for s in shares)
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole), QPixmap)
    qtbot.waitUntil(lambda: bool(model.snippet_of(first)), timeout=10000)
    tip = _shown(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert "100%" in tip and "«migrations»" in tip.lower()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: "«" in window.statusBar().currentMessage(), timeout=5000)

    # Without a query, no bar and no snippet.
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        window.search_field.setText("")
        window.search.apply_text()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_snippets_are_read_for_the_rows_in_view_then_as_the_view_scrolls(window, qtbot):
    """A page's snippets are not read at once (200 bodies folded would hold the
    window): the rows shown get theirs, the rows scrolled to get theirs then."""
    window.resize(900, 300)
    window.table.verticalHeader().setDefaultSectionSize(30)
    window.table.setFixedHeight(window.table.horizontalHeader().height() + 2 * 30 + 4)
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        window.search_field.setText("migra* OR migran* OR cư")
        window.search.apply_text()
    model = window.model
    ids = model.ids_between(0, model.rowCount())
    assert len(ids) >= 4
    qtbot.waitUntil(lambda: bool(model.snippet_of(ids[0])), timeout=10000)
    window.ops.wait()
    assert not model.snippet_of(ids[-1])  # out of view: not read yet
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: bool(model.snippet_of(ids[-1])), timeout=10000)
