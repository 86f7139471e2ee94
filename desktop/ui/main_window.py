"""The main window: sidebar, article table, detail pane, menus, toolbar, status bar.

Features install themselves (the modules named in :mod:`desktop.ui.features`, in
their slots declared there); the window only offers places to put things and
refreshes views when operations report changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop import __version__
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
from desktop.core.search.pages import list_ids
from desktop.i18n import N_, SUPPORTED, _, ngettext
from desktop.ui import context_menus, features
from desktop.ui.archive_switch import archive_name
from desktop.ui.article_model import ArticleTableModel, LazyRows
from desktop.ui.article_table import ArticleTable
from desktop.ui.detail import DetailPane
from desktop.ui.operations import OperationRunner
from desktop.ui.sidebar import LibraryList, Sidebar
from desktop.ui.text import language_name, message_box, plain_label

# A list of rows, or a lazy id list (LazyRows) whose rows are fetched as they show.
RowLoader = Callable[[Archive, dict[str, Any]], "list[ArticleRow] | LazyRows"]
# How many articles a lazy list holds (counted after its first page is shown).
RowCounter = Callable[[Archive, dict[str, Any]], int]

# Sidebar, table, detail pane at 1360 px: the Event tab's French buttons need ~380 px.
DEFAULT_SPLIT = (260, 690, 410)

MENUS = (
    ("file", N_("&File")),
    ("edit", N_("&Edit")),
    ("view", N_("&View")),
    ("article", N_("&Article")),
    ("tools", N_("&Tools")),
    ("help", N_("&Help")),
)


class MainWindow(QMainWindow, features.FeatureSlots):
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
        self._menus: dict[str, QMenu] = {}
        # Select All on a list not read to its end: the whole list (its spec) is selected.
        self._whole_list: Any = None
        self._selecting = False  # the window itself is changing the selection

        self.model = ArticleTableModel(self)
        self.table = ArticleTable(self.model, row_height=self.fontMetrics().height() + 8)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(self._rows_read)

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
        self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.setCentralWidget(self.splitter)

        self._build_toolbar()
        self._build_menus()
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
        return self._menus[name]

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

    # -- building ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(_("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(_("Search articles (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self._spacer_action = self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_field)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in MENUS:
            self._menus[key] = bar.addMenu(_(title))
        self.add_action("file", _("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        undo = self.ops.undo_stack.createUndoAction(self, _("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, _("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.menu("edit").addAction(undo)
        self.menu("edit").addAction(redo)
        self.menu("edit").addSeparator()
        self.add_action(
            "edit", _("Select &All"), self.select_all, QKeySequence.StandardKey.SelectAll
        )
        self.add_action("edit", _("&Find…"), self._focus_search, QKeySequence.StandardKey.Find)
        self.add_action("view", _("&Refresh"), self.reload, QKeySequence.StandardKey.Refresh)
        self.add_action(
            "view", _("Show &All Articles"), lambda: self.replace_facets({}), "Ctrl+Shift+A"
        )
        toggle_sidebar = self.add_action(
            "view", _("Show &Sidebar"), self._toggle_sidebar, "Ctrl+Shift+S"
        )
        toggle_sidebar.setCheckable(True)
        toggle_sidebar.setChecked(True)
        self._toggle_sidebar_action = toggle_sidebar
        self.add_action("view", _("Reset &Layout"), self.reset_layout)
        self._build_language_menu()
        self.add_action("help", _("&About GCM Archive"), self._about)

    def _build_language_menu(self) -> None:
        menu = self.menu("view").addMenu(_("Interface &Language"))
        group = QActionGroup(self)
        saved = self.settings.value("ui/language") or ""
        for code in ("", *SUPPORTED):
            label = _("System default") if not code else language_name(code)
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == saved)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))

    def _choose_language(self, code: str) -> None:
        self.settings.setValue("ui/language", code)
        self.statusBar().showMessage(
            _("The interface language changes when GCM Archive is started again."), 8000
        )

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
        )
        if counts or self._counts is None:
            self.ops.read(library_counts, on_done=self._counts_arrived)

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
        whole = self._whole_list
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0 and header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._whole_list = None
        if whole is not None and self.model.spec == whole:
            self.select_all()  # the same list again (after an edit): still all of it
        else:
            self.select_ids(selected)
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

    # -- selection ---------------------------------------------------------------------
    def select_all(self) -> None:
        """Edit ▸ Select All: every article of the list, also those not read yet (the
        actions on a selection get their ids from the database, :meth:`with_selection`)."""
        self._selecting = True
        try:
            self.table.selectAll()
        finally:
            self._selecting = False
        self._whole_list = self.model.spec if self.model.more_to_come() else None

    def whole_list_selected(self) -> bool:
        """Whether the selection is the whole list, beyond the rows read so far."""
        return self._whole_list is not None

    def with_selection(self, use: Callable[[list[int]], Any]) -> None:
        """Call ``use`` with the ids of the selected articles: after Select All every
        article of the list, read as ids only (never as rows of the table), in the
        worker after the edits before it; else the selected rows at once."""
        spec = self._whole_list
        if spec is None:
            use(self.selected_ids())
            return
        self.statusBar().showMessage(_("Reading the selected articles…"))

        def arrived(ids: list[int]) -> None:
            self.statusBar().clearMessage()
            use(ids)

        self.ops.query(list_ids, spec, on_done=arrived)

    def _rows_read(self, _parent: Any, first: int, last: int) -> None:
        """More rows of the list were read: part of a whole-list selection, they show so."""
        if self._whole_list is None:
            return
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection(
            self.model.index(first, 0), self.model.index(last, self.model.columnCount() - 1)
        )
        self._selecting = True
        try:
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
        finally:
            self._selecting = False

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_ids(self, ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for article_id in ids:
            position = self.model.position_of(article_id)
            if position is not None:
                index = self.model.index(position, 0)
                selection.select(index, self.model.index(position, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def _selection_changed(self, *_args: Any) -> None:
        if not self._selecting:
            self._whole_list = None  # the user chose rows: only those
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

    # -- layout ------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        columns = self.settings.value("window/columns")
        if isinstance(columns, QByteArray):
            self.table.horizontalHeader().restoreState(columns)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/columns", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def reset_layout(self) -> None:
        self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.sidebar.show()
        self._toggle_sidebar_action.setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.ops.wait(30000)
        super().closeEvent(event)

    def _library_menu(self, menu: QMenu, pos: QPoint) -> None:
        context_menus.add_show_item(menu, self.library, pos)
        context_menus.add(menu, _("Show &All Articles"), lambda: self.replace_facets({}))

    # -- small actions -----------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _toggle_sidebar(self) -> None:
        self.sidebar.setVisible(not self.sidebar.isVisible())
        self._toggle_sidebar_action.setChecked(self.sidebar.isVisible())

    def _about(self) -> None:
        box = message_box(
            self,
            _("About GCM Archive"),
            _(
                "GCM Archive {version}\nNews articles on the Global Compact for Safe, Orderly "
                "and Regular Migration.\nArchive: {location}"
            ).format(version=__version__, location=self.archive.location),
            QMessageBox.Icon.Information,
        )
        box.exec()
