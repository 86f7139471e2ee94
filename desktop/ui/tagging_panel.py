"""The Tags tab of the detail pane: suggestions with their evidence highlighted in the text.

The article's text is shown with ``setPlainText`` and highlighted with extra
selections (character ranges), so nothing in it is ever read as markup. A suggestion
is accepted with the Accept button, Enter or ``A`` and rejected with Reject or ``R``;
every change goes through ``window.ops`` and so is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import ArticleDetail
from desktop.core.tagging.data import objective_label
from desktop.core.tagging.model import (
    TITLE,
    ActorSuggestion,
    Evidence,
    ObjectiveSuggestion,
    Suggestions,
)
from desktop.i18n import _
from desktop.ui.text import plain_tip

Item = ObjectiveSuggestion | ActorSuggestion
ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT = QColor(255, 226, 120)
CURRENT = QColor(255, 170, 60)


def actor_label(suggestion: ActorSuggestion) -> str:
    """How a suggested actor is listed: a new one says so, with the role the text gives."""
    if suggestion.known:
        return suggestion.name
    if suggestion.role:
        return _("{name} — {role} (new actor)").format(name=suggestion.name, role=suggestion.role)
    return _("{name} (new actor)").format(name=suggestion.name)


class TagPanel(QWidget):
    """Lists suggested objectives and actors; shows where each was found."""

    accept_requested = Signal(object)  # ObjectiveSuggestion | ActorSuggestion
    reject_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPanel")
        self.article: ArticleDetail | None = None
        self.suggestions: Suggestions | None = None
        self._title_offset = 0

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("tagSuggestions")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_("Suggestion"), _("Score"), _("State")])
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._emit(self.accept_requested))

        self.accept_button = QPushButton(_("&Accept"))
        self.reject_button = QPushButton(_("&Reject"))
        self.remove_button = QPushButton(_("Remove &tag"))
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.text = QPlainTextEdit()
        self.text.setObjectName("tagEvidenceText")
        self.text.setReadOnly(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.status)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.tree.installEventFilter(self)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A / Enter accepts and R rejects the current suggestion of the list."""
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            modifiers = event.modifiers()
            plain = modifiers in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and key in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._emit(self.accept_requested)
                return True
            if plain and key == Qt.Key.Key_R:
                self._emit(self.reject_requested)
                return True
        return super().eventFilter(watched, event)

    # -- content -------------------------------------------------------------------
    def show_article(self, article: ArticleDetail | None) -> None:
        same = article is not None and self.article is not None and article.id == self.article.id
        if same and article is not None and self.article is not None:
            unchanged = (article.title, article.body) == (self.article.title, self.article.body)
            self.article = article
            if unchanged:
                return  # the same article shown again after an edit: keep the list as it is
        self.article = article
        self.suggestions = None
        self.tree.clear()
        if article is None:
            self.text.setPlainText("")
            self.status.setText("")
        else:
            title = article.title or ""
            self._title_offset = len(title) + 2 if title else 0
            self.text.setPlainText(f"{title}\n\n{article.body}" if title else article.body)
            self.status.setText(_("Looking for suggestions…"))
        self._update_buttons()

    def show_suggestions(self, suggestions: Suggestions | None) -> None:
        current = self.current()
        current_key = (type(current).__name__, current.key) if current is not None else None
        self.suggestions = suggestions
        self.tree.clear()
        if suggestions is None:
            self.status.setText("")
            self._update_buttons()
            return
        objectives = QTreeWidgetItem([_("Objectives")])
        actors = QTreeWidgetItem([_("Actors")])
        for head in (objectives, actors):
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
        for o in suggestions.objectives:
            self._add(objectives, objective_label(o.number), o)
        for a in suggestions.actors:
            self._add(actors, actor_label(a), a)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
        everything: list[Item] = [*suggestions.objectives, *suggestions.actors]
        pending = sum(1 for x in everything if not x.tagged)
        self.status.setText(
            _("{n} suggestions to review; A or Enter accepts, R rejects.").format(n=pending)
        )
        target = self._find(current_key) or self._first_pending()
        if target is not None:
            self.tree.setCurrentItem(target)
        self._update_buttons()

    def _add(self, parent: QTreeWidgetItem, label: str, suggestion: Item) -> None:
        state = _("tagged") if suggestion.tagged else _("suggested")
        item = QTreeWidgetItem([label, f"{suggestion.score:.2f}", state])
        item.setData(0, ROLE, suggestion)
        quotes = "; ".join(dict.fromkeys(e.text for e in suggestion.evidence))
        tip = _("Evidence: {quotes}").format(quotes=quotes)
        if isinstance(suggestion, ActorSuggestion) and suggestion.role:
            tip = _("Role: {role}").format(role=suggestion.role) + "\n" + tip
        item.setToolTip(0, plain_tip(tip))
        if suggestion.tagged:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        parent.addChild(item)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount() if head is not None else 0):
                child = head.child(j) if head is not None else None
                if child is not None:
                    out.append(child)
        return out

    def _find(self, key: tuple[str, str] | None) -> QTreeWidgetItem | None:
        if key is None:
            return None
        for item in self._items():
            s = item.data(0, ROLE)
            if (type(s).__name__, s.key) == key:
                return item
        return None

    def _first_pending(self) -> QTreeWidgetItem | None:
        items = self._items()
        return next((i for i in items if not i.data(0, ROLE).tagged), items[0] if items else None)

    def current(self) -> Item | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, ObjectiveSuggestion | ActorSuggestion) else None

    def select_next(self) -> None:
        """Move to the next suggestion still to review (after an accept or reject)."""
        items = self._items()
        current = self.tree.currentItem()
        start = items.index(current) + 1 if current in items else 0
        for item in items[start:] + items[:start]:
            if not item.data(0, ROLE).tagged and item is not current:
                self.tree.setCurrentItem(item)
                return

    # -- evidence ------------------------------------------------------------------
    def _offset(self, evidence: Evidence) -> tuple[int, int]:
        shift = 0 if evidence.field == TITLE else self._title_offset
        return evidence.start + shift, evidence.end + shift

    def highlight(self, suggestion: Item | None) -> list[tuple[int, int]]:
        """Highlight ``suggestion``'s evidence; returns the highlighted ranges."""
        selections: list[QTextEdit.ExtraSelection] = []
        ranges: list[tuple[int, int]] = []
        if suggestion is not None:
            for n, evidence in enumerate(suggestion.evidence):
                start, end = self._offset(evidence)
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(CURRENT if n == 0 else HIGHLIGHT)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                ranges.append((start, end))
            if ranges:
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(ranges[0][0])
                self.text.setTextCursor(cursor)
                self.text.centerCursor()
        self.text.setExtraSelections(selections)
        return ranges

    def _current_changed(self, *_args: Any) -> None:
        self.highlight(self.current())
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current()
        self.accept_button.setEnabled(current is not None and not current.tagged)
        self.reject_button.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None and current.tagged)

    def _emit(self, signal: SignalInstance) -> None:
        current = self.current()
        if current is not None:
            signal.emit(current)
