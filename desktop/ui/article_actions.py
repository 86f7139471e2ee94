"""Article menu: edit metadata, review status, deletion — each undoable."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import ArticleDetail, get_article
from desktop.core.archive.editing import delete_articles, set_review_status, update_article
from desktop.i18n import _, ngettext
from desktop.ui.text import ask, language_name

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LANGUAGES = ("en", "fr", "vi", "ms", "id", "es", "pt", "de", "it", "zh", "th", "km", "lo", "tl")


class DateField(QWidget):
    """A date that may be unknown."""

    def __init__(self, value: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(_("known"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


class MetadataDialog(QDialog):
    def __init__(self, article: ArticleDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(_("Edit article metadata"))
        self.setObjectName("metadataDialog")
        self.resize(620, 460)
        form = QFormLayout()
        self.title = QLineEdit(article.title)
        self.language = QComboBox()
        codes = list(LANGUAGES)
        if article.language and article.language not in codes:
            codes.append(article.language)
        self.language.addItem(_("unknown"), None)
        for code in codes:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(article.language)))
        self.outlet = QLineEdit(article.outlet or "")
        self.source_url = QLineEdit(article.source_url or "")
        self.published = DateField(article.published)
        self.event_date = DateField(article.event_date)
        self.status = QComboBox()
        for code, label in (
            ("new", _("new")),
            ("needs_review", _("needs review")),
            ("reviewed", _("reviewed")),
        ):
            self.status.addItem(label, code)
        self.status.setCurrentIndex(max(0, self.status.findData(article.review_status)))
        self.notes = QPlainTextEdit(article.notes)
        form.addRow(_("Title"), self.title)
        form.addRow(_("Language"), self.language)
        form.addRow(_("Outlet"), self.outlet)
        form.addRow(_("Source URL"), self.source_url)
        form.addRow(_("Published"), self.published)
        form.addRow(_("Event date"), self.event_date)
        form.addRow(_("Review"), self.status)
        form.addRow(_("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changed_fields(self) -> dict[str, Any]:
        a = self.article
        new = {
            "title": self.title.text().strip(),
            "language": self.language.currentData(),
            "outlet": self.outlet.text().strip() or None,
            "source_url": self.source_url.text().strip() or None,
            "published": self.published.value(),
            "event_date": self.event_date.value(),
            "review_status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
        }
        return {k: v for k, v in new.items() if getattr(a, k) != v}


class ArticleActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: MetadataDialog | None = None

    def edit_metadata(self) -> None:
        article_id = self.window.current_id()
        if article_id is None:
            self.window.statusBar().showMessage(_("Select one article to edit"), 4000)
            return
        self.window.ops.query(get_article, article_id, on_done=self._open_dialog)

    def _open_dialog(self, article: ArticleDetail | None) -> None:
        if article is None:
            return
        self.dialog = MetadataDialog(article, self.window)
        self.dialog.accepted.connect(self._save)
        self.dialog.open()

    def _save(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        fields = dialog.changed_fields()
        if fields:
            self.window.ops.run(
                _("Edit article metadata"),
                update_article,
                dialog.article.id,
                dialog.article.version,
                **fields,
            )

    def set_status(self, status: str) -> None:
        def chosen(ids: list[int]) -> None:
            if ids:
                self.window.ops.run(_("Set review status"), set_review_status, ids, status)

        self.window.with_selection(chosen)

    def delete(self) -> None:
        self.window.with_selection(self._delete)

    def _delete(self, ids: list[int]) -> None:
        if not ids:
            return
        if ask(
            self.window,
            _("Delete articles"),
            ngettext(
                "Delete {n} article? Edit ▸ Undo brings it back.",
                "Delete {n} articles? Edit ▸ Undo brings them back.",
                len(ids),
            ).format(n=len(ids)),
        ):
            self.window.ops.run(_("Delete articles"), delete_articles, ids)


def install(window: MainWindow) -> None:
    actions = ArticleActions(window)
    window.article_actions = actions
    window.add_action("article", _("&Edit Metadata…"), actions.edit_metadata, "F2")
    window.add_action(
        "article", _("Mark as &Reviewed"), lambda: actions.set_status("reviewed"), "Ctrl+R"
    )
    window.add_action(
        "article",
        _("Mark as &Needing Review"),
        lambda: actions.set_status("needs_review"),
        "Ctrl+Shift+R",
    )
    window.menu("article").addSeparator()
    window.add_action(
        "article", _("&Delete"), actions.delete, QKeySequence(QKeySequence.StandardKey.Delete)
    )
