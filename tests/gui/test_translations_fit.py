"""At the default 1360×820, the longest French and Vietnamese labels fit: table
headers and dates, the Event tab's columns and buttons, with no horizontal scroll."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea

from desktop.i18n import set_language


@pytest.fixture(params=["fr", "vi", "en"])
def localized_window(request, qtbot, seeded_sqlite, qsettings):
    set_language(request.param, forced=True)
    from desktop.ui.main_window import MainWindow

    win = MainWindow(seeded_sqlite, qsettings)
    win.ops.show_errors = False
    qtbot.addWidget(win)
    win.resize(1360, 820)
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.show()
    yield win
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=30000)
    win.ops.wait()
    set_language("en")


def test_table_headers_and_dates_are_not_cut(localized_window):
    win = localized_window
    header = win.table.horizontalHeader()
    metrics = header.fontMetrics()
    cells = win.table.fontMetrics()
    for column in range(1, win.model.columnCount()):
        title = win.model.headerData(column, 1)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 14, title
    date_column = 2
    for row in range(win.model.rowCount()):
        text = win.model.data(win.model.index(row, date_column))
        assert cells.horizontalAdvance(text) + 8 <= header.sectionSize(date_column), text
    assert header.sectionSize(0) >= 200  # the title keeps room
    assert not win.sidebar.horizontalScrollBar().isVisible()  # the filter forms fit


def test_event_tab_fits_without_horizontal_scrolling(localized_window, qtbot):
    win = localized_window
    tab = win.events.tab
    holder = win.detail.page_of(tab)
    assert isinstance(holder, QScrollArea)
    win.detail.setCurrentWidget(tab)
    qtbot.wait(50)
    assert tab.minimumSizeHint().width() <= holder.viewport().width()
    assert not holder.horizontalScrollBar().isVisible()
    for button in tab.findChildren(QPushButton):
        if button.isVisibleTo(tab):
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= needed, button.text()
