"""Events in the GUI: the sidebar list (with languages), the Event tab of the detail pane
(members, roles, versions of the current article), link actions, suggestion review and
the side-by-side comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
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
    compare,
    event_members,
    get_event,
    list_events,
    review_article,
    review_links,
)
from desktop.core.linking.store import rebuild_features
from desktop.core.linking.suggest import explain_pair
from desktop.core.operations import changes as ch
from desktop.i18n import N_, _
from desktop.ui.context_menus import add, add_buttons, add_show_item, attach, copy_text
from desktop.ui.events_compare import CompareDialog
from desktop.ui.events_review import SuggestionTable
from desktop.ui.text import get_text, plain_label, plain_tip

if TYPE_CHECKING:
    from desktop.core.archive.session import Archive
    from desktop.ui.main_window import MainWindow

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


def event_text(row: EventRow) -> str:
    languages = ", ".join(row.languages) or "?"
    date = row.date_text or _("no date")
    return f"{row.title}\n{date} · {languages} ({row.size})"


class EventsList(QListWidget):
    """The sidebar's events: a click shows the event's articles in the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsList")
        self.setWordWrap(True)
        self.setMaximumHeight(260)

    def set_events(self, rows: list[EventRow]) -> None:
        current = self.current_event()
        self.clear()
        if not rows:
            item = QListWidgetItem(_("No events yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        for row in rows:
            item = QListWidgetItem(event_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.title)
            item.setToolTip(plain_tip(f"{row.title}\n{row.place}".strip()))
            self.addItem(item)
            if row.id == current:
                self.setCurrentItem(item)

    def current_event(self) -> int | None:
        item = self.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None


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


def _comparison(archive: Archive, a: int, b: int) -> tuple[Any, Any]:
    return compare(archive, a, b), explain_pair(archive, a, b)


class ReviewDialog(QDialog):
    """All suggestions of the archive, to accept or reject one by one."""

    def __init__(self, controller: EventsController, rows: list[Any]) -> None:
        super().__init__(controller.window)
        self.setObjectName("linkReviewDialog")
        self.setWindowTitle(_("Suggested event links"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.table = SuggestionTable()
        self.table.set_rows(rows)
        self.table.accept_requested.connect(controller.accept)
        self.table.reject_requested.connect(controller.reject)
        self.table.compare_requested.connect(controller.compare)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class EventsController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.list = EventsList()
        self.list.itemClicked.connect(self._event_clicked)
        self.tab = EventTab(self)
        self.review: ReviewDialog | None = None
        self.comparison: CompareDialog | None = None
        window.add_sidebar_section(_("Events"), self.list)
        window.add_detail_tab(_("Event"), self.tab)
        window.article_shown.connect(self.tab.show_article)
        window.ops.changed.connect(self.on_changes)
        attach(self.list, self._list_menu)
        attach(self.tab.members, self.tab.member_menu)
        self.refresh()

    # -- refresh -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.window.ops.query(list_events, on_done=self.list.set_events)

    def on_changes(self, changes: ch.Changes) -> None:
        if changes.touches(ch.EVENTS, ch.ARTICLES, ch.IMPORTS):
            self.refresh()

    def rename_event(self, event_id: int, title: str) -> None:
        new, ok = get_text(self.window, _("Rename event"), _("Event title"), text=title)
        if ok and new.strip():
            self.window.ops.run(_("Rename event"), ops.update_event, event_id, title=new.strip())

    def dissolve_event(self, event_id: int) -> None:
        self.window.ops.run(_("Dissolve event"), ops.delete_event, event_id)

    def _list_menu(self, menu: QMenu, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None or not add_show_item(menu, self.list, pos):
            return
        event_id = int(item.data(Qt.ItemDataRole.UserRole))
        title = item.data(Qt.ItemDataRole.UserRole + 1) or ""
        menu.addSeparator()
        add(menu, _("Rename event…"), lambda: self.rename_event(event_id, title))
        add(menu, _("Dissolve event"), lambda: self.dissolve_event(event_id))

    def _event_clicked(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if event_id is not None:
            self.window.ops.query(event_members, int(event_id), on_done=self._show_members)

    def _show_members(self, members: list[MemberRow]) -> None:
        self.window.set_filter(ids=[m.article_id for m in members])

    # -- actions -----------------------------------------------------------------------
    def accept(self, a: int, b: int) -> None:
        self.window.ops.run(
            _("Accept link"), ops.accept_suggestion, a, b, on_done=lambda _r: self._done(a, b)
        )

    def reject(self, a: int, b: int) -> None:
        self.window.ops.run(
            _("Reject link"), ops.reject_link, a, b, on_done=lambda _r: self._done(a, b)
        )

    def _done(self, a: int, b: int) -> None:
        self.tab.suggestions.remove(a, b)
        if self.review is not None:
            self.review.table.remove(a, b)

    def compare(self, a: int, b: int) -> None:
        self.window.ops.query(_comparison, a, b, on_done=self._show_comparison)

    def _show_comparison(self, result: tuple[Any, Any]) -> None:
        comparison, verdict = result
        if comparison is None:
            return
        self.comparison = CompareDialog(comparison, verdict, self.window)
        self.comparison.show()

    def compare_selected(self) -> None:
        ids = self.window.selected_ids()
        if len(ids) != 2:
            self.window.statusBar().showMessage(_("Select two articles to compare"), 4000)
            return
        self.compare(ids[0], ids[1])

    def link_selected(self) -> None:
        ids = self.window.selected_ids()
        if len(ids) < 2:
            self.window.statusBar().showMessage(_("Select two or more articles to link"), 4000)
            return
        title, ok = get_text(
            self.window, _("Link articles"), _("Event title (empty: the first article's title)")
        )
        if ok:
            self.window.ops.run(_("Link articles"), ops.link_articles, ids, title.strip() or None)

    def unlink_selected(self) -> None:
        for article_id in self.window.selected_ids():
            self.window.ops.run(_("Take out of event"), ops.unlink_article, article_id)

    def suggest_all(self) -> None:
        self.window.ops.run_task(
            _("Finding versions of the same events"), review_links, on_done=self._show_review
        )

    def _show_review(self, rows: list[Any]) -> None:
        self.review = ReviewDialog(self, rows)
        self.review.show()

    def rebuild(self) -> None:
        self.window.ops.run_task(_("Rebuilding link features"), rebuild_features)


def install(window: MainWindow) -> None:
    controller = EventsController(window)
    window.events = controller
    window.menu("article").addSeparator()
    window.add_action("article", _("&Link as One Event…"), controller.link_selected, "Ctrl+L")
    window.add_action("article", _("Take Out of Event"), controller.unlink_selected)
    window.add_action("article", _("Compare &Versions"), controller.compare_selected, "Ctrl+D")
    window.add_action("tools", _("Suggest Event &Links…"), controller.suggest_all)
    window.add_action("tools", _("Rebuild Link Features"), controller.rebuild)
