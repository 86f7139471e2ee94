"""Right-click menus: the article table, the sidebar lists and the event members.

Each menu offers actions that already exist elsewhere (the Article menu's
``QAction``s, a list's click, a panel's buttons), so a right-click and the menu
bar always do the same thing. ``menu_for`` builds a menu without showing it, for
tests and for the keyboard's menu key alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QListWidget,
    QMenu,
    QTreeWidget,
    QWidget,
)

from desktop.core.archive.articles import get_article
from desktop.core.archive.session import Archive
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MenuBuilder = Callable[[QMenu, QPoint], None]
_BUILDERS: dict[int, MenuBuilder] = {}  # by the C++ address of the widget


def attach(widget: QWidget, build: MenuBuilder) -> None:
    """Give ``widget`` a context menu filled by ``build(menu, pos)`` (pos in widget
    coordinates, or in the viewport's for an item view)."""
    target = _target(widget)
    key = _key(target)
    _BUILDERS[key] = build
    target.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    target.customContextMenuRequested.connect(lambda pos: _popup(target, pos))
    target.destroyed.connect(lambda *_a: _BUILDERS.pop(key, None))


def _target(widget: QWidget) -> QWidget:
    return widget.viewport() if isinstance(widget, QAbstractItemView) else widget


def _key(widget: QWidget) -> int:
    # The C++ object, not the Python wrapper (which may be remade for the same widget).
    return int(shiboken6.getCppPointer(widget)[0])


def menu_for(widget: QWidget, pos: QPoint) -> QMenu | None:
    """The menu a right-click at ``pos`` opens (not shown), or None if it is empty."""
    target = _target(widget)
    build = _BUILDERS.get(_key(target))
    if build is None:
        return None
    menu = QMenu(target)
    build(menu, pos)
    if menu.isEmpty():
        menu.deleteLater()
        return None
    return menu


def _popup(target: QWidget, pos: QPoint) -> None:
    menu = menu_for(target, pos)
    if menu is not None:
        show(menu, target.mapToGlobal(pos))
        menu.deleteLater()


def show(menu: QMenu, where: QPoint) -> None:
    menu.exec(where)


def add(menu: QMenu, text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
    action = menu.addAction(text)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def add_buttons(menu: QMenu, buttons: list[QAbstractButton]) -> None:
    """The actions of a row of buttons: same text, same state, same effect."""
    for button in buttons:
        add(menu, button.text(), button.click, button.isEnabled())


def add_show_item(menu: QMenu, view: QListWidget | QTreeWidget, pos: QPoint) -> bool:
    """ "Show These Articles": the same as clicking the item under the pointer."""
    if isinstance(view, QTreeWidget):
        node = view.itemAt(pos)
        if node is None or not (node.flags() & Qt.ItemFlag.ItemIsEnabled):
            return False
        view.setCurrentItem(node)
        add(menu, _("Show These Articles"), lambda: view.itemClicked.emit(node, 0))
        return True
    item = view.itemAt(pos)
    if item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
        return False
    view.setCurrentItem(item)
    add(menu, _("Show These Articles"), lambda: view.itemClicked.emit(item))
    return True


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def source_address(url: str | None, path: str | None) -> QUrl | None:
    """Where an article came from, as something the desktop can open."""
    if url and QUrl(url).scheme() in ("http", "https"):
        return QUrl(url)
    if path and Path(path).exists():
        return QUrl.fromLocalFile(path)
    return None


class ArticleTableMenu:
    """Open source, copy, then every action of the Article menu."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        attach(window.table, self.build)

    def build(self, menu: QMenu, pos: QPoint) -> None:
        window = self.window
        index = window.table.indexAt(pos)
        if index.isValid() and not window.table.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            window.table.selectRow(index.row())
        ids = window.selected_ids()
        if not ids:
            return
        add(menu, _("Open Source"), self.open_source, len(ids) == 1)
        add(menu, _("Copy"), self.copy_selected)
        menu.addSeparator()
        for action in window.menu("article").actions():
            menu.addAction(action)

    def copy_selected(self) -> None:
        model = self.window.model
        lines = []
        for article_id in self.window.selected_ids():
            position = model.position_of(article_id)
            title = model.row_at(position).title if position is not None else ""
            lines.append(f"#{article_id}\t{title}")
        copy_text("\n".join(lines))

    def open_source(self) -> None:
        article_id = self.window.current_id()
        if article_id is None:
            return

        def where(archive: Archive, article_id: int) -> QUrl | None:
            article = get_article(archive, article_id)
            if article is None:
                return None
            return source_address(article.source_url, article.source_path)

        self.window.ops.query(where, article_id, on_done=self._open)

    def _open(self, address: QUrl | None) -> None:
        if address is None:
            self.window.statusBar().showMessage(_("This article has no source to open."), 5000)
        else:
            QDesktopServices.openUrl(address)


def install(window: MainWindow) -> None:
    window.context_menus = ArticleTableMenu(window)
