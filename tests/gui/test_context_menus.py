"""Right-click menus on the article table, the sidebar lists and the event members."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from desktop.core.archive.articles import get_article
from desktop.core.linking import events as link_ops
from desktop.core.linking.queries import list_events
from desktop.ui import context_menus
from desktop.ui.context_menus import menu_for


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"{text!r} not in {_texts(menu)}")


def _row_pos(window, row: int) -> QPoint:
    return window.table.visualRect(window.model.index(row, 0)).center()


def _settle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=20000)
    qtbot.wait(20)


def test_right_click_on_the_table_opens_a_menu(window, qtbot, monkeypatch):
    shown: list[list[str]] = []
    monkeypatch.setattr(context_menus, "show", lambda menu, _where: shown.append(_texts(menu)))
    window.table.viewport().customContextMenuRequested.emit(_row_pos(window, 1))
    assert shown and "Open Source" in shown[0]
    assert window.selected_ids() == [window.model.row_at(1).id]  # the clicked row


def test_table_menu_copies_and_offers_the_article_menu(window, qtbot):
    window.table.selectRow(0)
    menu = menu_for(window.table, _row_pos(window, 2))
    texts = _texts(menu)
    row = window.model.row_at(2)
    assert window.selected_ids() == [row.id]
    for expected in ("Open Source", "Copy", "Edit Metadata…", "Mark as Reviewed", "Delete"):
        assert expected in texts
    assert "Link as One Event…" in texts and "Tag selected articles…" in texts
    _action(menu, "Copy").trigger()
    assert QGuiApplication.clipboard().text() == f"#{row.id}\t{row.title}"

    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        _action(menu, "Mark as Reviewed").trigger()
    assert get_article(window.archive, row.id).review_status == "reviewed"
    _settle(window, qtbot)


def test_table_menu_opens_the_source(window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    menu = menu_for(window.table, _row_pos(window, 0))
    article = get_article(window.archive, window.selected_ids()[0])
    _action(menu, "Open Source").trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert article.source_url and opened == [article.source_url] or opened[0].startswith("file:")
    # two rows selected: one source to open is ambiguous
    window.table.selectAll()
    menu = menu_for(window.table, _row_pos(window, 0))
    assert not _action(menu, "Open Source").isEnabled()
    _settle(window, qtbot)


def test_library_menu_filters_like_a_click(window, qtbot):
    library = window.library
    row = next(i for i in range(library.count()) if "Needs review" in library.item(i).text())
    pos = library.visualItemRect(library.item(row)).center()
    menu = menu_for(library, pos)
    assert _texts(menu) == ["Show These Articles", "Show All Articles"]
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        _action(menu, "Show These Articles").trigger()
    assert window.facets == {"review_status": "needs_review"}
    _settle(window, qtbot)


def test_events_list_and_members_menus(window, qtbot):
    ids = [window.model.row_at(i).id for i in range(2)]
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        window.ops.run("Link", link_ops.link_articles, ids, "An <b>event</b>")
    events = window.events
    qtbot.waitUntil(
        lambda: events.list.item(0).data(Qt.ItemDataRole.UserRole) is not None, timeout=10000
    )
    pos = events.list.visualItemRect(events.list.item(0)).center()
    menu = menu_for(events.list, pos)
    assert _texts(menu) == ["Show These Articles", "Rename event…", "Dissolve event"]
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        _action(menu, "Show These Articles").trigger()
    assert {window.model.row_at(i).id for i in range(window.model.rowCount())} == set(ids)

    # the members of the event in the Event tab
    window.detail.setCurrentWidget(events.tab)
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.select_ids([ids[0]])
    qtbot.waitUntil(lambda: events.tab.members.rowCount() == 2, timeout=10000)
    members = events.tab.members
    pos = members.visualRect(members.model().index(1, 0)).center()
    menu = menu_for(members, pos)
    assert members.currentRow() == 1
    texts = _texts(menu)
    assert texts[0] == "Copy"
    assert {"Compare with current", "Set role…", "Take out of event", "Dissolve event"} <= set(
        texts
    )
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        _action(menu, "Dissolve event").trigger()
    window.ops.wait()
    assert list_events(window.archive) == []
    _settle(window, qtbot)


def test_sidebar_trees_and_saved_searches_have_menus(window, qtbot):
    tagging = window.tagging
    tree = tagging.objective_tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=10000)
    pos = tree.visualItemRect(tree.topLevelItem(0)).center()
    assert _texts(menu_for(tree, pos))[:2] == ["Show These Articles", "Tag selected articles…"]
    actors = tagging.actor_tree
    assert "Actors…" in _texts(menu_for(actors, QPoint(2, 2)))
    saved = window.search.saved.list
    assert _texts(menu_for(saved, QPoint(2, 2))) == ["Save current…", "Delete"]
    _settle(window, qtbot)
