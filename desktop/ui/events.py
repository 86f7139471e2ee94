"""Events in the GUI: the sidebar list (with languages), the Event tab of the detail pane
(:mod:`desktop.ui.events_tab`: members, roles, versions of the current article), link
actions, suggestion review and the side-by-side comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.core.linking import events as ops
from desktop.core.linking.queries import (
    EventRow,
    MemberRow,
    compare,
    event_members,
    list_events,
    review_links,
)
from desktop.core.linking.store import rebuild_features
from desktop.core.linking.suggest import explain_pair
from desktop.core.operations import changes as ch
from desktop.i18n import _
from desktop.ui.context_menus import add, add_show_item, attach
from desktop.ui.events_compare import CompareDialog
from desktop.ui.events_review import SuggestionTable
from desktop.ui.events_tab import EventTab
from desktop.ui.text import get_text, plain_tip

if TYPE_CHECKING:
    from desktop.core.archive.session import Archive
    from desktop.ui.main_window import MainWindow


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
        # Thousands of events: laid out a batch at a time between events, not all at once.
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(200)

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
        window.after_first_page(self.refresh)

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
