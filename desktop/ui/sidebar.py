"""The left sidebar: collapsible sections that features add, plus the library section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import LibraryCounts
from desktop.i18n import _
from desktop.ui.text import language_name


class Section(QWidget):
    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.header = QToolButton()
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.toggled.connect(self._toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(body)

    def _toggle(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.header.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class Sidebar(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("sidebar")
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self.sections: dict[str, Section] = {}

    def add_section(self, title: str, widget: QWidget) -> Section:
        section = Section(title, widget)
        self._layout.insertWidget(self._layout.count() - 1, section)
        self.sections[title] = section
        return section


class LibraryList(QListWidget):
    """All articles, review states and languages, with counts; a click filters."""

    filter_chosen = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.itemClicked.connect(self._clicked)
        self.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_counts(self, counts: LibraryCounts) -> None:
        current = self.currentItem().data(Qt.ItemDataRole.UserRole) if self.currentItem() else {}
        self.clear()
        self._add(_("All articles"), counts.total, {})
        self._add(_("Needs review"), counts.needs_review, {"review_status": "needs_review"})
        for code, n in counts.languages:
            label = language_name(code) if code else _("Unknown language")
            self._add(label, n, {"language": code or ""})
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == current:
                self.setCurrentRow(i)
        self.setFixedHeight(self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 2)

    def _add(self, label: str, count: int, facets: dict[str, str]) -> None:
        item = QListWidgetItem(f"{label}  ({count})")
        item.setData(Qt.ItemDataRole.UserRole, facets)
        self.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.filter_chosen.emit(dict(item.data(Qt.ItemDataRole.UserRole)))
