"""The Event tab of the detail pane: the event of the current article, its members and
their roles, and the possible versions of the article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import ArticleDetail
from desktop.core.linking import events as ops
from desktop.core.linking.queries import (
    EventRow,
    MemberRow,
    event_members,
    get_event,
    review_article,
)
from desktop.i18n import N_, _
from desktop.ui.context_menus import add, add_buttons, copy_text
from desktop.ui.events_review import SuggestionTable
from desktop.ui.text import plain_label, plain_tip

if TYPE_CHECKING:
    from desktop.core.archive.session import Archive
    from desktop.ui.events import EventsController

ROLE_CHOICES: list[tuple[str, str | None, str | None]] = [
    # (label, role, translation kind)
    ("—", None, None),
    (N_("original"), "original", None),
    (N_("translation (human)"), "translation", "human"),
    (N_("translation (machine)"), "translation", "machine"),
    (N_("independent report"), "report", None),
]


def role_text(member: MemberRow) -> str:
    if member.role == "original":
        return _("original")
    if member.role == "translation":
        kind = _("machine") if member.translation_kind == "machine" else _("human")
        source = f" ← {member.translated_from}" if member.translated_from else ""
        return _("translation ({kind})").format(kind=kind) + source
    if member.role == "report":
        return _("independent report")
    return "—"


class RoleDialog(QDialog):
    def __init__(self, member: MemberRow, languages: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Role of article #{id}").format(id=member.article_id))
        layout = QVBoxLayout(self)
        self.role = QComboBox()
        for label, role, kind in ROLE_CHOICES:
            self.role.addItem(_(label), (role, kind))
            if role == member.role and kind == member.translation_kind:
                self.role.setCurrentIndex(self.role.count() - 1)
        self.source = QComboBox()
        self.source.addItem(_("source language unknown"), None)
        for code in languages:
            self.source.addItem(code, code)
        self.source.setCurrentIndex(max(0, self.source.findData(member.translated_from)))
        layout.addWidget(plain_label(member.title))
        layout.addWidget(self.role)
        layout.addWidget(self.source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.source.setEnabled(self.role.currentData()[0] == "translation")

    def choice(self) -> tuple[str | None, str | None, str | None]:
        role, kind = self.role.currentData()
        source = self.source.currentData() if role == "translation" else None
        return role, kind, source


class EventTab(QWidget):
    """The detail pane's Event tab for the current article."""

    def __init__(self, controller: EventsController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("eventTab")
        layout = QVBoxLayout(self)
        self.heading = plain_label()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("eventHeading")
        layout.addWidget(self.heading)
        self.members = QTableWidget(0, 4)
        self.members.setObjectName("eventMembers")
        self.members.setHorizontalHeaderLabels([_("Article"), _("Language"), _("Role"), _("Title")])
        self.members.verticalHeader().hide()
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.members.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.members.itemDoubleClicked.connect(lambda _i: self.compare_member())
        layout.addWidget(self.members, 1)
        row = QGridLayout()
        self.compare_button = QPushButton(_("Compare with current"))
        self.role_button = QPushButton(_("Set role…"))
        self.unlink_button = QPushButton(_("Take out of event"))
        self.rename_button = QPushButton(_("Rename event…"))
        self.dissolve_button = QPushButton(_("Dissolve event"))
        self.compare_button.clicked.connect(self.compare_member)
        self.role_button.clicked.connect(self.set_role)
        self.unlink_button.clicked.connect(self.unlink_member)
        self.rename_button.clicked.connect(self.rename_event)
        self.dissolve_button.clicked.connect(self.dissolve_event)
        # The long "compare" on a row of its own, then two a row: the longest French
        # and Vietnamese labels fit the pane at its default width.
        row.addWidget(self.compare_button, 0, 0, 1, 2)
        for i, button in enumerate(self._event_buttons()[1:]):
            row.addWidget(button, 1 + i // 2, i % 2)
        layout.addLayout(row)
        layout.addWidget(plain_label(_("Possible versions of this article:")))
        self.suggestions = SuggestionTable()
        self.suggestions.accept_requested.connect(controller.accept)
        self.suggestions.reject_requested.connect(controller.reject)
        self.suggestions.compare_requested.connect(controller.compare)
        layout.addWidget(self.suggestions, 1)
        self.article: ArticleDetail | None = None
        self._stale = False
        self.shown_event: EventRow | None = None
        self.rows: list[MemberRow] = []
        self.show_article(None)

    def show_article(self, article: ArticleDetail | None) -> None:
        """Show the event of ``article``; loaded only while the tab is visible."""
        self.article = article
        self._stale = not self.isVisible()
        if self._stale:
            return
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._load()

    def _load(self) -> None:
        article = self.article
        if article is None:
            self.heading.setText(_("Select one article to see its event."))
            self._set_members(None, [])
            self.suggestions.set_rows([])
            return
        window = self.controller.window
        if article.event_id is None:
            self.heading.setText(_("This article is in no event."))
            self._set_members(None, [])
        else:
            window.ops.query(_event_and_members, article.event_id, on_done=self._event_loaded)
        window.ops.query(review_article, article.id, on_done=self._suggestions_loaded)

    def _event_loaded(self, result: tuple[EventRow | None, list[MemberRow]]) -> None:
        event, members = result
        if self.article is None or event is None or event.id != self.article.event_id:
            return
        self._set_members(event, members)

    def _suggestions_loaded(self, rows: list[Any]) -> None:
        if self.article is not None and all(self.article.id in v.suggestion.articles for v in rows):
            self.suggestions.set_rows(rows)

    def _set_members(self, event: EventRow | None, members: list[MemberRow]) -> None:
        if event is not None:
            place = f" · {event.place}" if event.place else ""
            self.heading.setText(f"{event.title}\n{event.date_text or _('no date')}{place}")
        self.rows = members
        self.members.setRowCount(len(members))
        for r, m in enumerate(members):
            values = [f"#{m.article_id}", m.language or "?", role_text(m), m.title]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(value))
                self.members.setItem(r, c, item)
        self.shown_event = event
        for button in self._event_buttons():
            button.setEnabled(bool(members))

    def _event_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.compare_button,
            self.role_button,
            self.unlink_button,
            self.rename_button,
            self.dissolve_button,
        )

    def rename_event(self) -> None:
        if self.shown_event is not None:
            self.controller.rename_event(self.shown_event.id, self.shown_event.title)

    def dissolve_event(self) -> None:
        if self.shown_event is not None:
            self.controller.dissolve_event(self.shown_event.id)

    def member_menu(self, menu: QMenu, pos: QPoint) -> None:
        index = self.members.indexAt(pos)
        if index.isValid():
            self.members.selectRow(index.row())
        member = self.selected_member()
        if member is not None:
            add(menu, _("Copy"), lambda: copy_text(f"#{member.article_id}\t{member.title}"))
            menu.addSeparator()
        add_buttons(menu, list(self._event_buttons()))

    def selected_member(self) -> MemberRow | None:
        row = self.members.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def compare_member(self) -> None:
        member = self.selected_member()
        if member is None or self.article is None:
            return
        others = [m.article_id for m in self.rows if m.article_id != self.article.id]
        other = member.article_id if member.article_id != self.article.id else None
        other = other or (others[0] if others else None)
        if other is not None:
            self.controller.compare(self.article.id, other)

    def set_role(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        languages = sorted({m.language for m in self.rows if m.language})
        dialog = RoleDialog(member, languages, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            role, kind, source = dialog.choice()
            self.controller.window.ops.run(
                _("Set role"), ops.set_role, member.article_id, role, kind, source
            )

    def unlink_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.controller.window.ops.run(
                _("Take out of event"), ops.unlink_article, member.article_id
            )


def _event_and_members(archive: Archive, event_id: int) -> tuple[EventRow | None, list[MemberRow]]:
    return get_event(archive, event_id), event_members(archive, event_id)
