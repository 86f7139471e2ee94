"""The main window's toolbar, menus and layout (kept between sessions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QToolBar, QWidget

from desktop import __version__
from desktop.i18n import N_, SUPPORTED, _
from desktop.ui.text import language_name, message_box

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

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


def build_toolbar(window: MainWindow) -> None:
    window.toolbar = QToolBar(_("Main toolbar"))
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setMovable(False)
    window.addToolBar(window.toolbar)
    window.search_field = QLineEdit()
    window.search_field.setObjectName("searchField")
    window.search_field.setPlaceholderText(_("Search articles (Ctrl+F)"))
    window.search_field.setClearButtonEnabled(True)
    window.search_field.setMaximumWidth(420)
    spacer = QWidget()
    spacer.setSizePolicy(
        spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
    )
    window.toolbar.addWidget(spacer)
    window.toolbar.addWidget(window.search_field)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    for key, title in MENUS:
        window.menus[key] = bar.addMenu(_(title))
    window.add_action("file", _("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    undo = window.ops.undo_stack.createUndoAction(window, _("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.ops.undo_stack.createRedoAction(window, _("&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    window.menu("edit").addAction(undo)
    window.menu("edit").addAction(redo)
    window.menu("edit").addSeparator()
    window.add_action(
        "edit", _("Select &All"), window.select_all, QKeySequence.StandardKey.SelectAll
    )
    window.add_action(
        "edit", _("&Find…"), lambda: focus_search(window), QKeySequence.StandardKey.Find
    )
    window.add_action("view", _("&Refresh"), window.reload, QKeySequence.StandardKey.Refresh)
    window.add_action(
        "view", _("Show &All Articles"), lambda: window.replace_facets({}), "Ctrl+Shift+A"
    )
    toggle = window.add_action(
        "view", _("Show &Sidebar"), lambda: toggle_sidebar(window), "Ctrl+Shift+S"
    )
    toggle.setCheckable(True)
    toggle.setChecked(True)
    window.toggle_sidebar_action = toggle
    window.add_action("view", _("Reset &Layout"), lambda: reset_layout(window))
    _build_language_menu(window)
    window.add_action("help", _("&About GCM Archive"), lambda: about(window))


def _build_language_menu(window: MainWindow) -> None:
    menu = window.menu("view").addMenu(_("Interface &Language"))
    group = QActionGroup(window)
    saved = window.settings.value("ui/language") or ""
    for code in ("", *SUPPORTED):
        label = _("System default") if not code else language_name(code)
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == saved)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _choose_language(window, c))


def _choose_language(window: MainWindow, code: str) -> None:
    window.settings.setValue("ui/language", code)
    window.statusBar().showMessage(
        _("The interface language changes when GCM Archive is started again."), 8000
    )


def focus_search(window: MainWindow) -> None:
    window.search_field.setFocus()
    window.search_field.selectAll()


def toggle_sidebar(window: MainWindow) -> None:
    window.sidebar.setVisible(not window.sidebar.isVisible())
    window.toggle_sidebar_action.setChecked(window.sidebar.isVisible())


def about(window: MainWindow) -> None:
    box = message_box(
        window,
        _("About GCM Archive"),
        _(
            "GCM Archive {version}\nNews articles on the Global Compact for Safe, Orderly "
            "and Regular Migration.\nArchive: {location}"
        ).format(version=__version__, location=window.archive.location),
        QMessageBox.Icon.Information,
    )
    box.exec()


# -- layout ------------------------------------------------------------------------------
def restore_layout(window: MainWindow) -> None:
    settings = window.settings
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1360, 820)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
    columns = settings.value("window/columns")
    if isinstance(columns, QByteArray):
        window.table.horizontalHeader().restoreState(columns)


def save_layout(window: MainWindow) -> None:
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/columns", window.table.horizontalHeader().saveState())
    settings.sync()


def reset_layout(window: MainWindow) -> None:
    window.splitter.setSizes(list(DEFAULT_SPLIT))
    window.sidebar.show()
    window.toggle_sidebar_action.setChecked(True)
