"""Reviewing link suggestions: score, both articles, whether their dates could be
checked, the evidence they rest on; accept or reject."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.linking.queries import ArticleBrief, SuggestionView
from desktop.core.linking.scoring import dates_checked_text
from desktop.i18n import _
from desktop.ui.text import plain_label, plain_tip


def _brief(article: ArticleBrief) -> str:
    return f"#{article.id} [{article.language or '?'}] {article.title}"


class SuggestionTable(QWidget):
    """Suggestions with Accept / Reject / Compare; emits the chosen pair."""

    accept_requested = Signal(int, int)
    reject_requested = Signal(int, int)
    compare_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("linkSuggestions")
        self.table.setHorizontalHeaderLabels(
            [_("Score"), _("Article"), _("Article"), _("Dates"), _("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in (0, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self._emit(self.compare_requested))
        layout.addWidget(self.table, 1)
        self.empty = plain_label(_("No suggestions."))
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(_("&Accept"))
        self.reject_button = QPushButton(_("&Reject"))
        self.compare_button = QPushButton(_("&Compare"))
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        self.compare_button.clicked.connect(lambda: self._emit(self.compare_requested))
        for button in (self.accept_button, self.reject_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[SuggestionView] = []
        self.set_rows([])

    def set_rows(self, rows: list[SuggestionView]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for r, view in enumerate(self.rows):
            reasons = "; ".join(view.suggestion.reasons)
            values = [
                f"{view.suggestion.score:.2f}",
                _brief(view.left),
                _brief(view.right),
                dates_checked_text(view.suggestion.dates_checked),
                reasons,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)  # items show plain text, never markup
                item.setToolTip(plain_tip("\n".join(view.suggestion.reasons) if c == 4 else value))
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.selectRow(0)
        has = bool(self.rows)
        self.empty.setVisible(not has)
        for button in (self.accept_button, self.reject_button, self.compare_button):
            button.setEnabled(has)

    def current(self) -> SuggestionView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def remove(self, a: int, b: int) -> None:
        pair = (min(a, b), max(a, b))
        self.set_rows([v for v in self.rows if v.suggestion.articles != pair])

    def _emit(self, signal: SignalInstance) -> None:
        view = self.current()
        if view is not None:
            a, b = view.suggestion.articles
            signal.emit(a, b)
