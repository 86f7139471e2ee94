"""Two versions of an event side by side: each text in its own read-only plain-text pane,
scrolling kept roughly in step, metadata differences marked, and the link's reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import ArticleDetail
from desktop.core.linking.queries import Comparison
from desktop.core.linking.scoring import PairScore
from desktop.i18n import _
from desktop.ui.text import language_name, plain_label, plain_tip

DIFF_COLOUR = QColor(255, 236, 179)


def _pane(article: ArticleDetail) -> tuple[QWidget, QPlainTextEdit]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    language = language_name(article.language) if article.language else _("unknown language")
    head = plain_label(f"#{article.id} · {language}\n{article.title}")
    head.setWordWrap(True)
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlainText(article.body)
    layout.addWidget(head)
    layout.addWidget(text, 1)
    return box, text


class CompareDialog(QDialog):
    def __init__(
        self, comparison: Comparison, verdict: PairScore | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(
            _("Compare #{a} and #{b}").format(a=comparison.left.id, b=comparison.right.id)
        )
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left_box, self.left = _pane(comparison.left)
        right_box, self.right = _pane(comparison.right)
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        layout.addWidget(splitter, 3)

        self.sync = QCheckBox(_("Scroll together"))
        self.sync.setChecked(True)
        self._syncing = False
        self.left.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.left, self.right)
        )
        self.right.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.right, self.left)
        )

        self.fields = QTableWidget(len(comparison.fields), 3)
        self.fields.setObjectName("compareFields")
        self.fields.setHorizontalHeaderLabels(
            [_("Field"), f"#{comparison.left.id}", f"#{comparison.right.id}"]
        )
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, diff in enumerate(comparison.fields):
            for col, value in enumerate((diff.label, diff.left, diff.right)):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(value))
                if diff.differs and col:
                    item.setBackground(QBrush(DIFF_COLOUR))
                self.fields.setItem(row, col, item)
        layout.addWidget(self.fields, 1)

        reasons = verdict.reasons if verdict is not None else ()
        if verdict is not None and verdict.veto is None:
            head = _("Link score {score:.2f}").format(score=verdict.score)
        elif verdict is not None:
            head = _("Not the same event")
        else:
            head = ""
        self.reasons = plain_label("\n".join([head, *reasons]).strip())
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("compareReasons")
        layout.addWidget(self.reasons)

        bottom = QHBoxLayout()
        bottom.addWidget(self.sync)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _follow(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
        """Keep the other pane at the same relative position (texts differ in length)."""
        if self._syncing or not self.sync.isChecked():
            return
        src, dst = source.verticalScrollBar(), target.verticalScrollBar()
        if src.maximum() <= 0:
            return
        self._syncing = True
        try:
            dst.setValue(round(src.value() / src.maximum() * dst.maximum()))
        finally:
            self._syncing = False
