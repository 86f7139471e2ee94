"""The search field, facets, sorting and saved searches in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.core.search import Filters
from desktop.ui.article_model import ArticleTableModel, LazyRows
from desktop.ui.main_window import MainWindow
from tests.core.search_corpus import build, tag


@pytest.fixture
def corpus(sqlite_archive, tmp_path: Path):
    ids = build(sqlite_archive, tmp_path / "corpus")
    tag(sqlite_archive, ids)
    return sqlite_archive, ids


def open_window(qtbot, archive, settings: QSettings) -> MainWindow:
    win = MainWindow(archive, settings)
    win.ops.show_errors = False
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.show()
    return win


@pytest.fixture
def win(qtbot, corpus, qsettings):
    window = open_window(qtbot, corpus[0], qsettings)
    yield window
    window.ops.wait()
    window.search.wait()


def shown(window) -> set[int]:
    return {window.model.id_at(i) for i in range(window.model.rowCount())}


def test_table_is_lazy_and_database_sorted(win, corpus):
    _archive, ids = corpus
    assert win.model.lazy and win.model.rowCount() == len(ids)
    assert all(win.model.is_loaded(i) for i in range(win.model.rowCount()))


def test_typing_is_debounced_and_finds_folded_matches(win, corpus, qtbot):
    _archive, ids = corpus
    calls = []
    loader = win.row_loader

    def counting(archive, facets):
        calls.append(dict(facets))
        return loader(archive, facets)

    win.row_loader = counting
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        qtbot.keyClicks(win.search_field, "phan chi thanh")
    assert len(calls) == 1 and calls[0]["text"] == "phan chi thanh"
    assert shown(win) == {ids["fr2"], ids["vi1"]}
    assert not win.table.horizontalHeader().isSortIndicatorShown()  # relevance order
    with qtbot.waitSignal(win.article_shown, timeout=5000) as info:
        win.table.selectRow(0)
    assert info.args[0] is not None
    body = win.detail.article_view.body
    marked = {s.cursor.selectedText() for s in body.extraSelections()}
    assert marked <= {"Phan", "Chí", "Thành", "Phan Chí Thành"} and marked


def test_exact_switch(win, corpus, qtbot):
    _archive, ids = corpus
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search_field.setText("ban")
    assert shown(win) == {ids["vi2"], ids["vi3"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search.exact_action.trigger()
    assert shown(win) == {ids["vi2"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search_field.setText("bán")
    assert shown(win) == {ids["vi3"]}


def test_facets_filter_with_text(win, corpus, qtbot):
    _archive, ids = corpus
    panel = win.search.filters
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        panel.language.setCurrentIndex(panel.language.findData("vi"))
    assert shown(win) == {ids["vi1"], ids["vi2"], ids["vi3"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        panel.untagged.setChecked(True)
    assert shown(win) == {ids["vi2"], ids["vi3"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search_field.setText("di cu")
    assert shown(win) == {ids["vi2"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        panel.clear()
    assert shown(win) == {ids["vi1"], ids["vi2"]}


def test_header_click_sorts_in_the_database(win, corpus, qtbot):
    _archive, ids = corpus
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [win.model.row_at(i).title for i in range(win.model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
    assert win.model.sort_key == ("title", False)


def test_saved_search_survives_a_restart(win, corpus, qtbot, qsettings, monkeypatch):
    archive, ids = corpus
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search_field.setText("di cư")
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search.filters.set_filters(Filters(languages=("vi",)))
        win.search.set_filters(Filters(languages=("vi",)))
    monkeypatch.setattr(
        "desktop.ui.search.get_text", lambda *a, **k: ("Vietnamese migration", True)
    )
    with qtbot.waitSignal(win.search.saved.list.model().rowsInserted, timeout=5000):
        win.search.save_current()
    win.ops.wait()
    win.close()
    second = open_window(qtbot, archive, qsettings)
    qtbot.waitUntil(lambda: second.search.saved.names() == ["Vietnamese migration"], timeout=5000)
    assert shown(second) == set(ids.values())
    with qtbot.waitSignal(second.rows_loaded, timeout=5000):
        second.search.saved.choose("Vietnamese migration")
    assert shown(second) == {ids["vi1"], ids["vi2"]}
    assert second.search_field.text() == "di cư"
    assert second.search.filters.language.currentData() == "vi"
    second.ops.wait()
    second.search.wait()


def test_library_click_clears_the_search(win, corpus, qtbot):
    _archive, ids = corpus
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.search_field.setText("migrasi")
    assert shown(win) == {ids["ms1"]}
    with qtbot.waitSignal(win.rows_loaded, timeout=5000):
        win.library.filter_chosen.emit({})
    assert win.search_field.text() == "" and shown(win) == set(ids.values())


def test_lazy_model_asks_for_missing_pages(qtbot):
    model = ArticleTableModel()
    model.set_rows(LazyRows(ids=list(range(1000, 0, -1)), rows=[], sort=("date", True)))
    assert model.rowCount() == 1000
    with qtbot.waitSignal(model.rows_wanted, timeout=1000) as asked:
        assert model.data(model.index(450, 0)) is None
    assert asked.args[0][0] == 1000 - 400 and len(asked.args[0]) == 200
    assert model.row_at(450).id == 550 and not model.is_loaded(450)
    from desktop.core.archive.articles import ArticleRow

    row = ArticleRow(550, "<b>Titre</b>", "fr", None, None, "unknown", None, "new", None)
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.provide_rows([row])
    assert model.data(model.index(450, 0)) == "<b>Titre</b>"  # shown as text, never markup
    model.sort(0, Qt.SortOrder.AscendingOrder)  # lazy: asks the database, changes nothing
    assert model.id_at(0) == 1000
