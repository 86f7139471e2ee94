"""The article table: a Qt model over one page after another of a database list.

The database filters and sorts; the model holds the light rows
(:class:`ArticleRow`, never the body) of the pages read so far. When the view
scrolls near their end it asks for more (``canFetchMore``/``fetchMore``): the
model says where the next page starts (``more_wanted`` with its cursor) and whoever
owns it reads that page off the GUI thread and hands it back with
:meth:`append_page`. How many articles match the whole list is counted apart. A
click on a column header asks for a new order (``sort_wanted``) instead of sorting
in memory.

A plain list of rows (:meth:`set_rows`) still works, sorted in memory: small
lists and tests need nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core.archive.articles import ArticleRow
from desktop.core.search.service import relevance, relevance_bar
from desktop.i18n import N_, _
from desktop.ui.article_cells import date_text, date_tooltip, relevance_icon
from desktop.ui.text import language_name, plain_tip

COLUMNS = (
    ("title", N_("Title")),
    ("language", N_("Language")),
    ("date", N_("Date")),
    ("outlet", N_("Outlet")),
    ("objectives", N_("Objectives")),
    ("event", N_("Event")),
)
SAMPLE_LANGUAGES = ("en", "fr", "vi", "ms", "id")  # the archive's usual ones
PAGE = 200  # rows per page read from the database

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.UserRole,
    }
)


@dataclass
class LazyRows:
    """The first page of a database list, and where its next page starts."""

    rows: list[ArticleRow] = field(default_factory=list)
    after: Any = None  # the cursor of the next page; None: the list ends here
    sort: tuple[str, bool] | None = None  # the order the rows are in; None: relevance
    scores: list[float] | None = None  # aligned with rows, when ranked
    note: str = ""  # e.g. "too many matches to rank"
    spec: Any = None  # what the list is (to read its next pages and count it)

    def __len__(self) -> int:
        return len(self.rows)


def _placeholder(
    article_id: int,
    event_date: dt.date | None = None,
    confidence: str = "unknown",
    event_month: int | None = None,
    event_day: int | None = None,
) -> ArticleRow:
    return ArticleRow(
        id=article_id,
        title="",
        language=None,
        published=None,
        event_date=event_date,
        event_date_confidence=confidence,
        outlet=None,
        review_status="",
        event_id=None,
        event_month=event_month,
        event_day=event_day,
    )


class ArticleTableModel(QAbstractTableModel):
    more_wanted = Signal(int, object)  # list number, cursor of the next page
    sort_wanted = Signal(str, bool)  # column key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, ArticleRow] = {}
        self._positions: dict[int, int] | None = {}
        self._after: Any = None  # where the next page starts; None: no more
        self._asking = False  # the next page is asked for and has not arrived
        self.list_number = 0  # which list the model shows (a late page of another is dropped)
        self._best = 0.0  # the best score of a ranked list
        self.spec: Any = None  # what the list is (a lazy list's SearchSpec)
        self.lazy = False
        self.sort_key: tuple[str, bool] | None = ("date", True)
        self.note = ""
        self._relevance: dict[int, float] = {}  # id -> share of the best hit's score
        self._snippets: dict[int, str] = {}  # id -> snippet, matches between « »

    # -- filling -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ArticleRow] | LazyRows) -> None:
        """Show ``rows``: a list of rows, or the first page of a :class:`LazyRows` list."""
        self.beginResetModel()
        self.list_number += 1
        self._asking = False
        self._after = None
        self._relevance = {}
        if isinstance(rows, LazyRows):
            self.lazy = True
            self._ids = [row.id for row in rows.rows]
            self._rows = {row.id: row for row in rows.rows}
            self._after = rows.after
            self.spec = rows.spec
            self.sort_key = rows.sort
            self.note = rows.note
            ranked = rows.scores is not None and rows.sort is None
            self._best = max(rows.scores, default=0.0) if ranked and rows.scores else 0.0
            if ranked and rows.scores:
                self._relevance = dict(zip(self._ids, relevance(rows.scores), strict=False))
        else:
            self.lazy = False
            self.spec = None
            self._ids = [row.id for row in rows]
            self._rows = {row.id: row for row in rows}
            self.note = ""
        self._snippets = {}
        self._positions = None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and not self._asking:
            self._asking = True
            self.more_wanted.emit(self.list_number, self._after)

    def append_page(
        self,
        list_number: int,
        rows: Sequence[ArticleRow],
        after: Any,
        scores: Sequence[float] | None = None,
    ) -> None:
        """The next page of list ``list_number`` arrived (dropped if the list changed)."""
        if list_number != self.list_number:
            return
        self._asking = False
        self._after = after
        if scores is not None and self._best > 0:
            for row, score in zip(rows, scores, strict=False):
                self._relevance[row.id] = max(0.0, score) / self._best
        self.add_rows(rows)

    def page_failed(self, list_number: int) -> None:
        """Reading the next page failed: the view may ask again."""
        if list_number == self.list_number:
            self._asking = False

    def more_to_come(self) -> bool:
        """Whether pages of the list are still unread."""
        return self._after is not None

    def provide_snippets(self, snippets: dict[int, str]) -> None:
        """Snippets of the query's matches arrived; they show in the title's tooltip."""
        self._snippets.update(snippets)

    def ids_between(self, start: int, stop: int) -> list[int]:
        return self._ids[start:stop]

    def relevance_of(self, article_id: int) -> float | None:
        return self._relevance.get(article_id)

    def snippet_of(self, article_id: int) -> str:
        return self._snippets.get(article_id, "")

    def provide_rows(self, rows: Sequence[ArticleRow]) -> None:
        """New versions of rows on the list arrived; repaint them."""
        positions = self._position_map()
        touched: list[int] = []
        for row in rows:
            position = positions.get(row.id)
            if position is not None:
                self._rows[row.id] = row
                touched.append(position)
        if touched:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(min(touched), 0), self.index(max(touched), last))

    def add_rows(self, rows: Sequence[ArticleRow]) -> None:
        """Rows not on the list yet go at its end."""
        positions = self._position_map()
        fresh = [r for r in rows if r.id not in positions]
        if not fresh:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        for offset, row in enumerate(fresh):
            positions[row.id] = start + offset
            self._ids.append(row.id)
            self._rows[row.id] = row
        self.endInsertRows()

    def update_rows(self, rows: Sequence[ArticleRow]) -> None:
        self.provide_rows([r for r in rows if r.id in self._position_map()])

    def remove_ids(self, ids: Sequence[int]) -> None:
        gone = set(ids)
        if not gone & self._position_map().keys():
            return
        self.beginResetModel()
        self._ids = [i for i in self._ids if i not in gone]
        for article_id in gone:
            self._rows.pop(article_id, None)
        self._positions = None
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------------
    def _position_map(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {article_id: i for i, article_id in enumerate(self._ids)}
        return self._positions

    def id_at(self, position: int) -> int:
        return self._ids[position]

    def row_at(self, position: int) -> ArticleRow:
        """The light row at ``position`` (only its id is known while it loads)."""
        article_id = self._ids[position]
        return self._rows.get(article_id) or _placeholder(article_id)

    def is_loaded(self, position: int) -> bool:
        return 0 <= position < len(self._ids) and self._ids[position] in self._rows

    def position_of(self, article_id: int) -> int | None:
        return self._position_map().get(article_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def column_samples(self) -> dict[int, list[str]]:
        """The widest values each column (but the title) shows, for sizing it."""
        dates = [  # every month's name, a two-digit day, the "?" of an inferred year
            _placeholder(0, event_date=dt.date(2025, month, 28), confidence="inferred")
            for month in range(1, 13)
        ] + [_placeholder(0, event_month=month, event_day=28) for month in range(1, 13)]
        samples = {
            "language": [language_name(code) for code in SAMPLE_LANGUAGES],
            "date": [date_text(row) for row in dates],
            "outlet": ["vnexpress.net"],
            "objectives": ["10, 17, 23"],
            "event": ["#99999"],
        }
        return {i: samples[key] for i, (key, _label) in enumerate(COLUMNS) if key in samples}

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None  # the view asks for a dozen roles per cell while it paints
        article_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return article_id
        row = self._rows.get(article_id)
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "date":
            return plain_tip(date_tooltip(row))
        if key == "title" and article_id in self._relevance:
            share = self._relevance[article_id]
            if role == Qt.ItemDataRole.DecorationRole:
                return relevance_icon(share)
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [row.title, _("Relevance: {bar}").format(bar=relevance_bar(share))]
                return plain_tip("\n".join([*lines, self._snippets.get(article_id, "")]).strip())
        return None

    def _display(self, row: ArticleRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "language":
            return language_name(row.language) if row.language else ""
        if key == "date":
            return date_text(row)
        if key == "outlet":
            return row.outlet or ""
        if key == "objectives":
            return ", ".join(str(n) for n in row.objectives)
        if key == "event":
            return f"#{row.event_id}" if row.event_id else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if self.lazy:
            if self.sort_key != (key, descending):
                self.sort_key = (key, descending)
                self.sort_wanted.emit(key, descending)
            return
        self.sort_key = (key, descending)
        self._sort_in_memory(key, descending)

    def _sort_in_memory(self, key: str, reverse: bool) -> None:
        def sort_key(article_id: int) -> Any:
            row = self._rows.get(article_id) or _placeholder(article_id)
            if key == "date":
                value: dt.date | None = row.event_date or row.published
                return (value is None, value.isoformat() if value else "")
            if key == "objectives":
                return (not row.objectives, row.objectives)
            if key == "event":
                return (row.event_id is None, row.event_id or 0)
            text = self._display(row, key)
            return (text == "", text.casefold())

        self.layoutAboutToBeChanged.emit()
        self._ids.sort(key=sort_key, reverse=reverse)
        self._positions = None
        self.layoutChanged.emit()
