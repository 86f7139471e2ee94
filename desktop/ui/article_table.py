"""The article table of the main window: one row an article, sortable, with columns as
wide as their header or their widest value in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.article_model import ArticleTableModel


class ArticleTable(QTableView):
    def __init__(self, model: ArticleTableModel, row_height: int) -> None:
        super().__init__()
        self.article_model = model
        self.setObjectName("articleTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.size_columns()
        self.sortByColumn(2, Qt.SortOrder.DescendingOrder)

    def size_columns(self) -> None:
        """Columns as wide as their header (with room for the sort arrow) or their widest
        sample value in the interface language (a French header, a Vietnamese date)."""
        cell = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        margin = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin)
        for column, samples in self.article_model.column_samples().items():
            title = str(self.article_model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                header.horizontalAdvance(title) + margin + 14,
                *(cell.horizontalAdvance(sample) + 12 for sample in samples),
            )
            self.setColumnWidth(column, widest)
