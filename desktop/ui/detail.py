"""The right pane: one article's metadata and full text, always as plain text."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import ArticleDetail
from desktop.i18n import _
from desktop.ui.text import date_text, language_name, plain_label


class ArticleView(QWidget):
    """Metadata form above the article's cleaned text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("language", _("Language")),
            ("outlet", _("Outlet")),
            ("published", _("Published")),
            ("event_date", _("Event date")),
            ("source", _("Source")),
            ("objectives", _("Objectives")),
            ("actors", _("Actors")),
            ("status", _("Review")),
        ):
            value = plain_label()
            value.setWordWrap(True)
            form.addRow(plain_label(label), value)
            self.fields[key] = value
        layout.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setObjectName("articleBody")
        layout.addWidget(self.body, 1)

    def show_article(self, article: ArticleDetail | None) -> None:
        if article is None:
            self.title.setText("")
            for label in self.fields.values():
                label.setText("")
            self.body.setPlainText("")
            return
        self.title.setText(article.title)
        language = language_name(article.language) if article.language else _("unknown")
        if article.language_confidence is not None:
            language += f"  ({article.language_confidence:.0%})"
        self._set("language", language)
        self._set("outlet", article.outlet or "")
        self._set("published", _dated(article.published, article.published_confidence))
        event = _dated(article.event_date, article.event_date_confidence)
        if article.event_date is None and article.event_month and article.event_day:
            event = _("{day}/{month}, year unknown").format(
                day=article.event_day, month=article.event_month
            )
        evidence = (article.evidence or {}).get("event_date", {})
        if isinstance(evidence, dict) and evidence.get("evidence"):
            event += "\n" + _("Evidence: {text}").format(text=evidence["evidence"])
        self._set("event_date", event)
        self._set("source", article.source_url or article.source_path)
        self._set("objectives", ", ".join(str(n) for n in article.objectives))
        self._set("actors", ", ".join(article.actors))
        reasons = (article.evidence or {}).get("review_reasons") or []
        status = {"new": _("new"), "needs_review": _("needs review"), "reviewed": _("reviewed")}
        self._set(
            "status",
            status.get(article.review_status, article.review_status)
            + ("\n" + "; ".join(str(r) for r in reasons) if reasons else ""),
        )
        self.body.setPlainText(article.body)

    def _set(self, key: str, text: str) -> None:
        self.fields[key].setText(text)


def _dated(value: object, confidence: str) -> str:
    import datetime as dt

    if not isinstance(value, dt.date):
        return ""
    text = date_text(value, "long")
    if confidence == "inferred":
        text += " " + _("(year inferred)")
    return text


class DetailPane(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.article_view = ArticleView()
        self.addTab(self.article_view, _("Article"))

    def page_of(self, widget: QWidget) -> QWidget:
        """The tab page holding ``widget`` (feature tabs sit inside a scroll area)."""
        for i in range(self.count()):
            page = self.widget(i)
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                return page
        return widget

    def setCurrentWidget(self, widget: QWidget) -> None:
        super().setCurrentWidget(self.page_of(widget))

    def is_current(self, widget: QWidget) -> bool:
        return self.currentWidget() is self.page_of(widget)
