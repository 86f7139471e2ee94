"""Search and browse in the main window: the search field (debounced), the exact
diacritics switch, the facet panel, saved searches, matches highlighted in the
article text, and the lazy table fed by the database.

The window's loader becomes :meth:`SearchController.load` (run by the operation
worker); pages of light rows are read on the same runner's reader lane, so
scrolling stays fluid while the worker is busy with a long import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from desktop.core.archive.articles import ArticleDetail
from desktop.core.archive.session import Archive
from desktop.core.operations import changes as ch
from desktop.core.search import (
    Filters,
    SearchSpec,
    delete_saved_search,
    index_is_current,
    list_saved_searches,
    parse,
    reindex,
    save_search,
    snippets_for,
)
from desktop.core.search.browse import facet_choices, spec_from_facets
from desktop.core.search.pages import Page, page
from desktop.core.search.service import count
from desktop.core.search.snippets import find_matches
from desktop.i18n import _, ngettext
from desktop.ui.article_model import COLUMNS, PAGE, LazyRows
from desktop.ui.context_menus import add_buttons, add_show_item, attach
from desktop.ui.search_filters import SearchFilters
from desktop.ui.search_saved import SavedSearchList
from desktop.ui.text import get_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DEBOUNCE_MS = 250
COLUMN_KEYS = [key for key, _label in COLUMNS]


class SearchController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.text = ""
        self.exact = False
        self.relevance = False
        self.column_sort: tuple[str, bool] = ("date", True)

        window.row_loader = self.load
        window.row_counter = self.count
        window.model.more_wanted.connect(self.fetch_more)
        window.model.sort_wanted.connect(self.sort_by)
        self.header = window.table.horizontalHeader()
        self.header.sortIndicatorChanged.connect(self._indicator_changed)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply_text)
        field = window.search_field
        field.setPlaceholderText(_('Search: words, "a phrase", OR, NOT, migra* (Ctrl+F)'))
        field.textChanged.connect(lambda _text: self.timer.start())
        field.returnPressed.connect(self.apply_text)

        self.exact_action = QAction(_("Exact diacritics"), window)
        self.exact_action.setObjectName("exactDiacritics")
        self.exact_action.setCheckable(True)
        self.exact_action.setToolTip(
            _("Match accents and Vietnamese tone marks exactly (bàn is not bán)")
        )
        self.exact_action.toggled.connect(self.set_exact)
        window.toolbar.addAction(self.exact_action)

        self.filters = SearchFilters()
        self.filters.changed.connect(self.set_filters)
        window.add_sidebar_section(_("Filters"), self.filters)
        self.saved = SavedSearchList()
        self.saved.chosen.connect(self.restore)
        self.saved.save_requested.connect(self.save_current)
        self.saved.delete_requested.connect(self.delete_saved)
        window.add_sidebar_section(_("Saved searches"), self.saved)
        attach(self.saved.list, self._saved_menu)

        window.library.filter_chosen.connect(self._library_chosen)
        window.ops.changed.connect(self._on_changes)
        window.article_shown.connect(self.highlight)
        window.rows_loaded.connect(self._rows_loaded)
        window.count_known.connect(self._count_known)
        window.add_action("edit", _("Save &Search…"), self.save_current, "Ctrl+Shift+F")
        window.add_action("view", _("Sort by &Relevance"), self.sort_by_relevance)
        window.add_action("tools", _("Rebuild Search &Index"), self.rebuild_index)
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(1000)
        self._choices_timer.timeout.connect(self.refresh_choices)
        # The reader fills the table at once (the window's load replaces it when it
        # comes); the start-up reads of the sidebar (filter choices, library counts,
        # events, tag counts) wait until the first page is shown.
        self._early_fill()
        window.after_first_page(self.refresh_choices)
        self.refresh_saved()
        QTimer.singleShot(0, self._check_index)
        window.selection_changed.connect(lambda _ids: self._show_snippet())
        # Snippets are read for the rows in view (a page's 200 would hold the reader,
        # and Python's lock, for a fifth of a second), again as the view scrolls.
        self._snippet_timer = QTimer(self)
        self._snippet_timer.setSingleShot(True)
        self._snippet_timer.setInterval(120)
        self._snippet_timer.timeout.connect(self._read_visible_snippets)
        window.table.verticalScrollBar().valueChanged.connect(
            lambda _v: self._snippet_timer.start()
        )

    # -- reading off the GUI thread ------------------------------------------------------
    def read(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        """A read on the window's runner (its reader lane); a failure goes to the status bar."""
        self.window.ops.read(fn, *args, on_done=on_done, on_error=self._read_failed)

    def _read_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def wait(self, msecs: int = 10000) -> bool:
        return self.window.ops.wait(msecs)

    def fetch_more(self, list_number: int, after: Any) -> None:
        """The view scrolled near the end of the rows read: read the next page."""
        model = self.window.model
        spec = model.spec
        if spec is None:
            return

        def arrived(found: Page) -> None:
            model.append_page(list_number, found.rows, found.after, found.scores)
            if self.text and list_number == model.list_number and found.rows:
                self._snippet_timer.start()

        def failed(message: str) -> None:
            model.page_failed(list_number)
            self._read_failed(message)

        self.window.ops.read(page, spec, after, PAGE, on_done=arrived, on_error=failed)

    def _snippets(self, snippets: dict[int, str]) -> None:
        self.window.model.provide_snippets(snippets)
        self._show_snippet()

    def _show_snippet(self) -> None:
        """The selected hit's matched words, in the status bar."""
        current = self.window.current_id()
        snippet = self.window.model.snippet_of(current) if current is not None else ""
        if self.text and snippet:
            self.window.statusBar().showMessage(snippet, 15000)

    def _check_index(self) -> None:
        self.read(index_is_current, on_done=self._index_checked)

    def _index_checked(self, current: bool) -> None:
        if not current:  # indexed by older rules: rebuild once, with progress
            self.window.ops.run_task(_("Rebuilding the search index"), reindex, undoable=False)

    def refresh_choices(self) -> None:
        self.read(facet_choices, on_done=self.filters.set_choices)

    def refresh_saved(self) -> None:
        self.read(list_saved_searches, on_done=self.saved.set_searches)

    def _early_fill(self) -> None:
        facets = dict(self.window.facets)
        self.read(self.load, facets, on_done=self._early_rows)

    def _early_rows(self, rows: LazyRows) -> None:
        model = self.window.model
        if model.rowCount() == 0 and not model.lazy:
            model.set_rows(rows)
            self.window.first_page_shown()

    # -- the loader (runs in the operation worker) -------------------------------------
    def current_sort(self, text: str) -> tuple[str, bool] | None:
        return None if self.relevance and text.strip() else self.column_sort

    def spec(self, facets: dict[str, Any]) -> SearchSpec:
        return spec_from_facets(facets, self.current_sort(str(facets.get("text") or "")))

    def load(self, archive: Archive, facets: dict[str, Any]) -> LazyRows:
        """The first page of the list the facets describe (the rest comes on demand)."""
        spec = self.spec(facets)
        found = page(archive, spec, None, PAGE)
        note = ""
        if spec.text.strip() and found.capped:
            note = _("Too many matches to rank by relevance: newest first.")
        sort = None if spec.sort == "relevance" else (spec.sort, spec.descending)
        scores = found.scores if found.ranked else None
        return LazyRows(found.rows, found.after, sort=sort, scores=scores, note=note, spec=spec)

    def count(self, archive: Archive, facets: dict[str, Any]) -> int:
        """How many articles the facets' list holds (counted after its first page)."""
        return count(archive, self.spec(facets))

    # -- user actions ----------------------------------------------------------------------
    def apply_text(self) -> None:
        self.timer.stop()
        text = self.window.search_field.text().strip()
        if text == self.text:
            return
        if text and not self.text:
            self._set_relevance(True)
        elif not text:
            self._set_relevance(False)
        self.text = text
        self.window.set_filter(text=text or None, exact=self.exact or None)

    def set_exact(self, exact: bool) -> None:
        self.exact = exact
        if self.text:
            self.window.set_filter(exact=exact or None)

    def set_filters(self, filters: Filters) -> None:
        self.window.set_filter(filters=filters if filters.active else None)

    def sort_by(self, key: str, descending: bool) -> None:
        self.column_sort = (key, descending)
        self._set_relevance(False)
        self.window.reload(counts=False)

    def sort_by_relevance(self) -> None:
        if self.text:
            self._set_relevance(True)
            self.window.reload(counts=False)

    def _set_relevance(self, on: bool) -> None:
        self.relevance = on
        self.header.setSortIndicatorShown(not on)

    def _indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMN_KEYS):
            self.column_sort = (COLUMN_KEYS[section], order == Qt.SortOrder.DescendingOrder)

    def _library_chosen(self, _facets: dict[str, Any]) -> None:
        """The library list replaced every facet: show the search as cleared."""
        field = self.window.search_field
        field.blockSignals(True)
        field.clear()
        field.blockSignals(False)
        self.timer.stop()
        self.text = ""
        self._set_relevance(False)
        self.filters.set_filters(Filters())

    def current_spec(self) -> SearchSpec:
        sort = self.current_sort(self.text)
        key, descending = sort if sort is not None else ("relevance", True)
        return SearchSpec(self.text, self.exact, self.filters.filters(), key, descending)

    def restore(self, spec: SearchSpec) -> None:
        """Show a saved search: field, switch, facets and order, then one reload."""
        field = self.window.search_field
        field.blockSignals(True)
        field.setText(spec.text)
        field.blockSignals(False)
        self.timer.stop()
        self.text = spec.text.strip()
        self.exact_action.blockSignals(True)
        self.exact_action.setChecked(spec.exact)
        self.exact_action.blockSignals(False)
        self.exact = spec.exact
        self.filters.set_filters(spec.filters)
        if spec.sort in COLUMN_KEYS:
            self.column_sort = (spec.sort, spec.descending)
            self.header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if spec.descending else Qt.SortOrder.AscendingOrder
            self.header.setSortIndicator(COLUMN_KEYS.index(spec.sort), order)
            self.header.blockSignals(False)
            self._set_relevance(False)
        else:
            self._set_relevance(bool(self.text))
        facets: dict[str, Any] = {}
        if self.text:
            facets.update(text=self.text, exact=self.exact or None)
        if spec.filters.active:
            facets["filters"] = spec.filters
        self.window.replace_facets({k: v for k, v in facets.items() if v is not None})

    def save_current(self) -> None:
        name, ok = get_text(
            self.window, _("Save search"), _("Name:"), text=self.saved.current_name() or ""
        )
        if ok and name.strip():
            self.window.ops.run(_("Save search"), save_search, name.strip(), self.current_spec())

    def _saved_menu(self, menu: QMenu, pos: QPoint) -> None:
        if add_show_item(menu, self.saved.list, pos):
            menu.addSeparator()
        add_buttons(menu, [self.saved.save_button, self.saved.delete_button])

    def delete_saved(self, name: str) -> None:
        self.window.ops.run(_("Delete saved search"), delete_saved_search, name)

    def rebuild_index(self) -> None:
        self.window.ops.run_task(_("Rebuilding the search index"), reindex, undoable=False)

    # -- reacting ------------------------------------------------------------------------
    def _on_changes(self, changes: ch.Changes) -> None:
        if changes.touches(ch.SEARCHES):
            self.refresh_saved()
        if changes.touches(ch.ARTICLES, ch.IMPORTS, ch.ACTORS, ch.OBJECTIVES):
            self._choices_timer.start()

    def _rows_loaded(self) -> None:
        if self.text:  # the rows in view get their snippets now, the others when shown
            self._read_visible_snippets()

    def _read_visible_snippets(self) -> None:
        model, table = self.window.model, self.window.table
        if not self.text or model.rowCount() == 0:
            return
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        ids = [
            i
            for i in model.ids_between(first, min(last + 1, first + _SNIPPETS_AT_ONCE))
            if not model.snippet_of(i)
        ]
        current = self.window.current_id()
        if current is not None and current not in ids and not model.snippet_of(current):
            ids.append(current)
        if ids:
            self.read(_marked_snippets, ids, self.text, self.exact, on_done=self._snippets)
        if model.note:
            self.window.statusBar().showMessage(model.note, 6000)

    def _count_known(self, n: int) -> None:
        if self.text and not self.window.model.note:
            self.window.statusBar().showMessage(
                ngettext("{n} article matches", "{n} articles match", n).format(n=n), 4000
            )

    def highlight(self, article: ArticleDetail | None) -> None:
        """Mark the query's matches in the article text (character formats, no markup)."""
        body = self.window.detail.article_view.body
        if article is None or not self.text:
            body.setExtraSelections([])
            return
        phrases = parse(self.text, exact=self.exact).phrases()
        matches = find_matches(article.body, phrases, exact=self.exact)
        if not matches:
            body.setExtraSelections([])
            return
        text = article.body
        wide = any(ord(c) > 0xFFFF for c in text)

        def pos(i: int) -> int:  # Qt counts UTF-16 code units
            return len(text[:i].encode("utf-16-le")) // 2 if wide else i

        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe066"))
        fmt.setForeground(QColor("#000000"))
        selections = []
        for start, end in matches:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(body.document())
            cursor.setPosition(pos(start))
            cursor.setPosition(pos(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        body.setExtraSelections(selections)
        first = QTextCursor(body.document())
        first.setPosition(pos(matches[0][0]))
        body.setTextCursor(first)
        body.centerCursor()


_SNIPPETS_AT_ONCE = 60  # rows in view at most, and a few more


def _marked_snippets(archive: Archive, ids: list[int], text: str, exact: bool) -> dict[int, str]:
    found = snippets_for(archive, ids, text, exact=exact)
    return {i: s.marked("«", "»") for i, s in found.items() if s.spans}


def install(window: MainWindow) -> None:
    window.search = SearchController(window)
