"""Saved searches in the sidebar: click to restore, save the current one, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.search import SavedSearchInfo, SearchSpec
from desktop.i18n import _
from desktop.ui.text import plain_tip


class SavedSearchList(QWidget):
    chosen = Signal(object)  # SearchSpec
    save_requested = Signal()
    delete_requested = Signal(str)  # name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearches")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.list = QListWidget()
        self.list.setObjectName("savedSearchList")
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.setMaximumHeight(160)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_("Save current…"))
        self.save_button.setObjectName("saveSearch")
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button = QPushButton(_("Delete"))
        self.delete_button.setObjectName("deleteSearch")
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._specs: dict[str, SearchSpec] = {}

    def set_searches(self, searches: list[SavedSearchInfo]) -> None:
        current = self.current_name()
        self.list.clear()
        self._specs = {s.name: s.spec for s in searches}
        for info in searches:
            item = QListWidgetItem(info.name)  # plain text: QListWidget never renders markup
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(plain_tip(info.spec.text))
            self.list.addItem(item)
            if info.name == current:
                self.list.setCurrentItem(item)
        self.delete_button.setEnabled(bool(searches))

    def names(self) -> list[str]:
        return list(self._specs)

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, name: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(item)
                self._clicked(item)
                return

    def _clicked(self, item: QListWidgetItem) -> None:
        spec = self._specs.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if spec is not None:
            self.chosen.emit(spec)

    def _delete(self) -> None:
        name = self.current_name()
        if name:
            self.delete_requested.emit(name)
