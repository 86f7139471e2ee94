"""The article table's selection: the rows chosen, or the whole list after Select All.

The table holds the pages read so far; Select All on a list not read to its end
selects the whole list (its spec), and an action on the selection gets every id of
it from the database when it runs (:meth:`TableSelection.with_selection`), never by
reading its rows into the table. A click or any other choice of rows ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject

from desktop.core.search.pages import list_ids
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class TableSelection(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.whole_list: Any = None  # the spec of a whole-list selection
        self._selecting = False  # the selection is being changed here, not by the user
        window.table.selectionModel().selectionChanged.connect(self._changed)
        window.model.rowsInserted.connect(self._rows_read)

    def select_all(self) -> None:
        """Every article of the list, also those not read yet."""
        window = self.window
        self._selecting = True
        try:
            window.table.selectAll()
        finally:
            self._selecting = False
        self.whole_list = window.model.spec if window.model.more_to_come() else None

    def with_selection(self, use: Callable[[list[int]], Any]) -> None:
        """Call ``use`` with the ids of the selected articles: after Select All every
        article of the list, read as ids only, in the worker after the edits before
        it; else the selected rows at once."""
        window = self.window
        spec = self.whole_list
        if spec is None:
            use(self.selected_ids())
            return
        window.statusBar().showMessage(_("Reading the selected articles…"))

        def arrived(ids: list[int]) -> None:
            window.statusBar().clearMessage()
            use(ids)

        window.ops.query(list_ids, spec, on_done=arrived)

    def list_replaced(self, selected: list[int]) -> None:
        """A new first page is shown: the same list again stays wholly selected, else
        the rows selected before are selected again where they still are."""
        whole, self.whole_list = self.whole_list, None
        if whole is not None and self.window.model.spec == whole:
            self.select_all()  # the same list again (after an edit): still all of it
        else:
            self.select_ids(selected)

    def selected_ids(self) -> list[int]:
        model = self.window.model
        rows = sorted({i.row() for i in self.window.table.selectionModel().selectedRows()})
        return [model.row_at(r).id for r in rows if r < model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        model = self.window.model
        selection = QItemSelection()
        for article_id in ids:
            position = model.position_of(article_id)
            if position is not None:
                index = model.index(position, 0)
                selection.select(index, model.index(position, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.window.table.selectionModel().select(selection, flags)

    def _rows_read(self, _parent: Any, first: int, last: int) -> None:
        """More rows of the list were read: part of a whole-list selection, they show so."""
        if self.whole_list is None:
            return
        model = self.window.model
        selection = QItemSelection(
            model.index(first, 0), model.index(last, model.columnCount() - 1)
        )
        self._selecting = True
        try:
            self.window.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.Select
            )
        finally:
            self._selecting = False

    def _changed(self, *_args: Any) -> None:
        if not self._selecting:
            self.whole_list = None  # the user chose rows: only those
        self.window.selection_was_changed()
