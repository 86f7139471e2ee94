"""The main window: sidebar, article table, detail pane, menus, toolbar, status bar.

Features install themselves (the modules named in :mod:`desktop.ui.features`, in
their slots declared there); the window only offers places to put things and
refreshes views when operations report changes.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop.core.archive.articles import (
    ArticleDetail,
    ArticleRow,
    LibraryCounts,
    filtered_rows,
    get_article,
    library_counts,
)
from desktop.core.archive.session import Archive
from desktop.core.operations import changes as ch
from desktop.i18n import _, ngettext
from desktop.ui import context_menus, features, window_chrome
from desktop.ui.archive_switch import archive_name
from desktop.ui.article_model import ArticleTableModel, LazyRows
from desktop.ui.article_table import ArticleTable
from desktop.ui.detail import DetailPane
from desktop.ui.operations import OperationRunner
from desktop.ui.sidebar import LibraryList, Sidebar
from desktop.ui.table_selection import TableSelection
from desktop.ui.text import plain_label

# A list of rows, or a lazy id list (LazyRows) whose rows are fetched as they show.
RowLoader = Callable[[Archive, dict[str, Any]], "list[ArticleRow] | LazyRows"]
# How many articles a lazy list holds (counted after its first page is shown).
RowCounter = Callable[[Archive, dict[str, Any]], int]


logger = logging.getLogger(__name__)


class MainWindow(QMainWindow, features.FeatureSlots):
    toolbar: QToolBar
    search_field: QLineEdit
    toggle_sidebar_action: QAction
    selection_changed = Signal(list)
    rows_loaded = Signal()
    count_known = Signal(int)  # how many articles the list shown holds
    article_shown = Signal(object)  # ArticleDetail | None

    def __init__(self, archive: Archive, settings: QSettings | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            _("{archive} — GCM Archive").format(archive=archive_name(archive.location))
        )
        self.setWindowFilePath(archive.location if "://" not in archive.location else "")
        self.ops = OperationRunner(archive, self)
        self.ops.changed.connect(self.on_changes)
        self.facets: dict[str, Any] = {}
        self.row_loader: RowLoader = filtered_rows
        self.row_counter: RowCounter | None = None
        self.matching: int | None = None  # articles in the list shown; None: being counted
        self._load_generation = 0
        self._counts: LibraryCounts | None = None
        self.menus: dict[str, QMenu] = {}
        # Start-up reads that would delay the table's first page (None: it is shown).
        self._after_first_page: list[Callable[[], Any]] | None = []

        self.model = ArticleTableModel(self)
        self.table = ArticleTable(self.model, row_height=self.fontMetrics().height() + 8)
        self.selection = TableSelection(self)

        self.sidebar = Sidebar()
        self.library = LibraryList()
        self.library.filter_chosen.connect(self.replace_facets)
        self.add_sidebar_section(_("Library"), self.library)
        context_menus.attach(self.library, self._library_menu)
        self.detail = DetailPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)  # extra width goes mostly to the table
        self.splitter.setSizes(list(window_chrome.DEFAULT_SPLIT))
        self.setCentralWidget(self.splitter)

        window_chrome.build_toolbar(self)
        window_chrome.build_menus(self)
        self.count_label = plain_label()
        self.statusBar().addPermanentWidget(self.count_label)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)
        self._detail_timer.timeout.connect(self._load_detail)

        for name in features.FEATURES:
            importlib.import_module(name).install(self)
        self.restore_layout()
        self.reload(counts=False)

    # -- places for features -----------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def add_sidebar_section(self, title: str, widget: QWidget) -> None:
        self.sidebar.add_section(title, widget)

    def add_detail_tab(self, title: str, widget: QWidget) -> None:
        # Scrolled, so one wide tab never forces its width on the whole pane.
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(widget)
        self.detail.addTab(holder, title)

    def add_action(
        self,
        menu: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        toolbar: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu(menu).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def after_first_page(self, fn: Callable[[], Any]) -> None:
        """Call ``fn`` once the table shows its first page (now if it does): a feature's
        start-up read (events, tag counts) then neither waits before nor slows it."""
        if self._after_first_page is None:
            fn()
        else:
            self._after_first_page.append(fn)

    def first_page_shown(self) -> None:
        """The table shows its first page, or could not: the start-up reads waiting for
        it go now (one that fails does not hold back the others)."""
        waiting, self._after_first_page = self._after_first_page, None
        for fn in waiting or ():
            try:
                fn()
            except Exception:
                logger.exception("a start-up read could not be started")

    # -- loading -----------------------------------------------------------------------
    def reload(self, counts: bool = True) -> None:
        """Reload the table's first page in the worker, then count its list on the reader
        lane; ``counts``: the sidebar's counts too (a scan of the whole archive, not
        needed when only the facets or the order changed)."""
        self._load_generation += 1
        generation = self._load_generation
        facets = dict(self.facets)
        loader = self.row_loader
        self.ops.query(
            lambda archive: loader(archive, facets),
            on_done=lambda rows: self._rows_arrived(generation, facets, rows),
            on_error=self._rows_failed,
        )
        if counts or self._counts is None:
            # At start-up, once the first page is shown (the counts scan the archive).
            self.after_first_page(
                lambda: self.ops.read(library_counts, on_done=self._counts_arrived)
            )

    def _rows_failed(self, message: str) -> None:
        self.first_page_shown()  # the sidebar and the filters are read all the same
        if message != "cancelled":
            self.ops.report_error(message)

    def _counts_arrived(self, counts: LibraryCounts) -> None:
        self._counts = counts
        self.library.set_counts(counts)
        self._show_count()

    def _show_count(self) -> None:
        n = self.matching
        total = self._counts.total if self._counts is not None else n
        shown = "…" if n is None else ngettext("{n} article", "{n} articles", n).format(n=n)
        self.count_label.setText(
            shown + (" / " + str(total) if total is not None and n != total else "")
        )

    def _rows_arrived(
        self, generation: int, facets: dict[str, Any], rows: list[ArticleRow] | LazyRows
    ) -> None:
        if generation != self._load_generation:
            return  # a newer load is on its way
        selected = self.selected_ids()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0 and header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.selection.list_replaced(selected)
        counter = self.row_counter
        if isinstance(rows, LazyRows) and rows.after is not None and counter is not None:
            self.matching = None

            def count(archive: Archive) -> int | None:
                if generation != self._load_generation:
                    return None  # another list is shown by now: not worth counting
                return counter(archive, facets)

            self.ops.read(count, on_done=lambda n: self._count_arrived(generation, n))
        else:
            self._count_arrived(generation, self.model.rowCount())
        self._show_count()
        self.first_page_shown()
        self.rows_loaded.emit()

    def _count_arrived(self, generation: int, n: int | None) -> None:
        if generation != self._load_generation or n is None:
            return
        self.matching = n
        self._show_count()
        self.count_known.emit(n)

    def set_filter(self, **facets: Any) -> None:
        """Add or change facets (a value of ``None`` removes one) and reload."""
        for key, value in facets.items():
            if value is None:
                self.facets.pop(key, None)
            else:
                self.facets[key] = value
        self.reload(counts=False)

    def replace_facets(self, facets: dict[str, Any]) -> None:
        self.facets = dict(facets)
        self.reload(counts=False)

    def on_changes(self, changes: ch.Changes) -> None:
        if changes.touches(ch.ARTICLES, ch.TAGS, ch.EVENTS, ch.ACTORS, ch.IMPORTS):
            self.reload()
            current = self.current_id()
            if current is not None and (current in changes.articles or not changes.articles):
                self._detail_timer.start()

    # -- selection (:mod:`desktop.ui.table_selection`) ----------------------------------
    def select_all(self) -> None:
        """Edit ▸ Select All: every article of the list, also those not read yet."""
        self.selection.select_all()

    def whole_list_selected(self) -> bool:
        """Whether the selection is the whole list, beyond the rows read so far."""
        return self.selection.whole_list is not None

    def with_selection(self, use: Callable[[list[int]], Any]) -> None:
        """Call ``use`` with the ids of the selected articles (all of the list's after
        Select All, read from the database when the action runs)."""
        self.selection.with_selection(use)

    def selected_ids(self) -> list[int]:
        return self.selection.selected_ids()

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_ids(self, ids: list[int]) -> None:
        self.selection.select_ids(ids)

    def selection_was_changed(self) -> None:
        self.selection_changed.emit(self.selected_ids())
        self._detail_timer.start()

    def _load_detail(self) -> None:
        article_id = self.current_id()
        if article_id is None:
            self._show_detail(None)
            return
        self.ops.query(get_article, article_id, on_done=self._show_detail)

    def _show_detail(self, article: ArticleDetail | None) -> None:
        if article is not None and article.id != self.current_id():
            return
        self.detail.article_view.show_article(article)
        self.article_shown.emit(article)

    # -- layout (:mod:`desktop.ui.window_chrome`) --------------------------------------
    def restore_layout(self) -> None:
        window_chrome.restore_layout(self)

    def save_layout(self) -> None:
        window_chrome.save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.ops.wait(30000)
        super().closeEvent(event)

    def _library_menu(self, menu: QMenu, pos: QPoint) -> None:
        context_menus.add_show_item(menu, self.library, pos)
        context_menus.add(menu, _("Show &All Articles"), lambda: self.replace_facets({}))
