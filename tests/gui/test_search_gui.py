"""The search field, facets, sorting and saved searches in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.core.search import Filters, SearchSpec, search_ids
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


def test_paged_model_fetches_more_pages_and_drops_late_ones(qtbot):
    from desktop.core.archive.articles import ArticleRow

    def rows(first: int, n: int) -> list[ArticleRow]:
        return [
            ArticleRow(i, f"<b>T{i}</b>", "fr", None, None, "unknown", None, "new", None)
            for i in range(first, first - n, -1)
        ]

    model = ArticleTableModel()
    model.set_rows(LazyRows(rows(1000, 200), after="cursor-1", sort=("date", True)))
    assert model.rowCount() == 200 and model.canFetchMore()
    with qtbot.waitSignal(model.more_wanted, timeout=1000) as asked:
        model.fetchMore()
    assert asked.args == [model.list_number, "cursor-1"]
    with qtbot.assertNotEmitted(model.more_wanted):
        model.fetchMore()  # asked once until the page arrives
    model.append_page(model.list_number, rows(800, 200), "cursor-2")
    assert model.rowCount() == 400 and model.id_at(399) == 601 and model.canFetchMore()
    assert model.data(model.index(399, 0)) == "<b>T601</b>"  # shown as text, never markup
    stale = model.list_number
    model.set_rows(LazyRows(rows(50, 10), after=None, sort=("title", False)))
    model.append_page(stale, rows(600, 200), None)  # a page of the previous list: dropped
    assert model.rowCount() == 10 and not model.canFetchMore()
    model.sort(2, Qt.SortOrder.DescendingOrder)  # lazy: asks the database, changes nothing
    assert model.id_at(0) == 50


def test_table_reads_pages_as_it_scrolls_and_counts_apart(corpus, qtbot, qsettings, monkeypatch):
    import desktop.ui.search as search_ui

    archive, ids = corpus
    monkeypatch.setattr(search_ui, "PAGE", 2)
    win = MainWindow(archive, qsettings)
    win.ops.show_errors = False
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.count_known, timeout=10000) as counted:
        win.show()
    assert counted.args == [len(ids)] and win.matching == len(ids)
    assert str(len(ids)) in win.count_label.text()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10000)  # every start-up load done
    for _ in range(10):
        if not win.model.canFetchMore():
            break
        before = win.model.rowCount()
        win.model.fetchMore()
        qtbot.waitUntil(
            lambda before=before: win.model.rowCount() > before or not win.model.canFetchMore(),
            timeout=5000,
        )
    order = [win.model.id_at(i) for i in range(win.model.rowCount())]
    expected = search_ids(archive, SearchSpec(sort="date", descending=True)).ids
    assert order == expected and not win.model.canFetchMore()
    # A new list: its first page, then its count (the view may have read its next page
    # by the time the count arrives).
    shown: list[int] = []
    win.rows_loaded.connect(lambda: shown.append(win.model.rowCount()))
    with qtbot.waitSignal(win.count_known, timeout=10000) as counted:
        win.set_filter(filters=Filters(languages=("vi",)))
    assert counted.args == [3] and shown == [2]
    win.ops.wait()
    win.search.wait()


def test_facets_shown_before_their_choices_arrive_stay_chosen(qtbot):
    """The filter choices are read after the first page: a saved search chosen before
    they come keeps its language and objective once they do."""
    from desktop.core.search.browse import FacetChoices
    from desktop.ui.search_filters import SearchFilters

    filters = SearchFilters()
    qtbot.addWidget(filters)
    filters.set_filters(Filters(languages=("vi",), objectives=(6,)))
    assert filters.filters().languages == ("vi",)
    filters.set_choices(FacetChoices([("fr", 3), ("vi", 2)], [], [(6, {"en": "Six"})], []))
    assert filters.language.currentData() == "vi" and filters.objective.currentData() == 6
    assert filters.language.count() == 3  # "any" and the two read: no placeholder left


def test_a_chosen_language_absent_from_the_choices_stays_shown(qtbot):
    """A saved search's language that no article has any more: the list is filtered by
    it, so the filter says so rather than "Any language"."""
    from desktop.core.search.browse import FacetChoices
    from desktop.ui.search_filters import SearchFilters

    filters = SearchFilters()
    qtbot.addWidget(filters)
    filters.set_filters(Filters(languages=("de",)))
    filters.set_choices(FacetChoices([("fr", 3), ("vi", 2)], [], [], []))
    assert filters.language.currentData() == "de"
    assert filters.filters().languages == ("de",)


def test_start_up_reads_go_even_when_the_first_page_fails(window, qtbot, monkeypatch):
    """The sidebar's counts and the filter choices wait for the first page; a first
    page that cannot be read must not leave them waiting for ever, and one that fails
    to start does not hold back the others."""
    errors: list[str] = []
    monkeypatch.setattr(window.ops, "report_error", errors.append)
    ran: list[str] = []
    window._after_first_page = []  # as at start-up, before the first page

    def broken() -> None:
        ran.append("broken")
        raise RuntimeError("a feature's read could not start")

    window.after_first_page(broken)
    window.after_first_page(lambda: ran.append("counts"))

    def failing_loader(_archive, _facets):
        raise OSError("disk I/O error")

    monkeypatch.setattr(window, "row_loader", failing_loader)
    window.reload(counts=False)
    qtbot.waitUntil(lambda: ran == ["broken", "counts"], timeout=10000)
    assert errors and "disk I/O error" in errors[0]
