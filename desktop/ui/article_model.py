"""The article table: a Qt model over plain :class:`ArticleRow` objects.

Rows are light (no bodies); every value is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.articles import ArticleRow
from desktop.i18n import N_, _, current_language
from desktop.ui.text import language_name

COLUMNS = (
    ("title", N_("Title")),
    ("language", N_("Language")),
    ("date", N_("Date")),
    ("outlet", N_("Outlet")),
    ("objectives", N_("Objectives")),
    ("event", N_("Event")),
)

Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleRow] = []
        self._positions: dict[int, int] = {}

    # -- data ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ArticleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._positions = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def add_rows(self, rows: Sequence[ArticleRow]) -> None:
        fresh = [r for r in rows if r.id not in self._positions]
        if not fresh:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        for offset, row in enumerate(fresh):
            self._positions[row.id] = start + offset
            self._rows.append(row)
        self.endInsertRows()

    def update_rows(self, rows: Sequence[ArticleRow]) -> None:
        for row in rows:
            position = self._positions.get(row.id)
            if position is not None:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(COLUMNS) - 1)
                )

    def remove_ids(self, ids: Sequence[int]) -> None:
        gone = set(ids)
        if gone & self._positions.keys():
            self.set_rows([r for r in self._rows if r.id not in gone])

    def row_at(self, position: int) -> ArticleRow:
        return self._rows[position]

    def position_of(self, article_id: int) -> int | None:
        return self._positions.get(article_id)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and key == "date":
            return _date_tooltip(row)
        return None

    def _display(self, row: ArticleRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "language":
            return language_name(row.language) if row.language else ""
        if key == "date":
            return _date_text(row)
        if key == "outlet":
            return row.outlet or ""
        if key == "objectives":
            return ", ".join(str(n) for n in row.objectives)
        if key == "event":
            return f"#{row.event_id}" if row.event_id else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        reverse = order == Qt.SortOrder.DescendingOrder

        def sort_key(row: ArticleRow) -> Any:
            if key == "date":
                value = row.event_date or row.published
                return (value is None, value.isoformat() if value else "")
            if key == "objectives":
                return (not row.objectives, row.objectives)
            if key == "event":
                return (row.event_id is None, row.event_id or 0)
            text = self._display(row, key)
            return (text == "", text.casefold())

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=sort_key, reverse=reverse)
        self._positions = {row.id: i for i, row in enumerate(self._rows)}
        self.layoutChanged.emit()


def _date_text(row: ArticleRow) -> str:
    value = row.event_date or row.published
    if value is None:
        return ""
    text = format_date(value, format="medium", locale=current_language())
    if row.event_date is not None and row.event_date_confidence == "inferred":
        text += " ?"
    return text


def _date_tooltip(row: ArticleRow) -> str:
    if row.event_date is not None:
        if row.event_date_confidence == "inferred":
            return _("Event date (year inferred)")
        return _("Event date")
    if row.published is not None:
        return _("Publication date")
    return _("No date known")
