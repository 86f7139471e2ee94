"""Every action and button of the window is an operation with a command-line twin (or only
changes the view), and every operation's place in the window exists."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QPushButton, QWidget

from desktop.core.operations.catalog import GUI_ONLY, OPERATIONS
from desktop.ui import app


def _menu_texts(menu: QMenu) -> set[str]:
    texts: set[str] = set()
    for action in menu.actions():
        if action.menu() is not None:
            texts |= _menu_texts(action.menu())
        elif not action.isSeparator() and action.text():
            texts.add(action.text())
    return texts


def _button_texts(widget: QWidget) -> set[str]:
    return {
        b.text()
        for b in widget.findChildren(QPushButton)
        if b.text() and not isinstance(b.parent(), QDialogButtonBox)
    }


def _window_texts(window, qtbot) -> set[str]:
    texts: set[str] = set()
    for action in window.menuBar().actions():
        texts |= _menu_texts(action.menu())
    texts |= {
        a.text()
        for a in window.findChildren(QAction)
        if a.text() and a.menu() is None and not a.isSeparator()
    }
    texts |= _button_texts(window)
    window.tagging.open_manager()  # a window of its own: its buttons count too
    texts |= _button_texts(window.tagging.manager)
    window.tagging.manager.close()
    return texts


def test_every_window_action_has_a_command_line_twin(window, qtbot):
    places = {place for op in OPERATIONS.values() for place in op.gui}
    orphans = _window_texts(window, qtbot) - places - GUI_ONLY
    assert orphans == set(), "window actions with no operation (and no CLI twin)"


def test_every_operation_is_in_the_window(window, qtbot):
    texts = _window_texts(window, qtbot)
    for op in OPERATIONS.values():
        for place in op.gui:
            kind, _sep, name = place.partition(":")
            if kind == "view" and name:
                assert getattr(window, name, None) is not None, (op.name, place)
            elif kind == "app" and name:
                assert callable(getattr(app, name, None)), (op.name, place)
            else:
                assert place in texts, (op.name, place)


def test_view_only_actions_are_really_there(window, qtbot):
    assert GUI_ONLY - _window_texts(window, qtbot) == set()


def test_tools_relearn_rebuilds_the_learned_terms(window, qtbot):
    from desktop.core.archive.articles import list_rows
    from desktop.core.tagging.edits import tag_articles
    from desktop.core.tagging.learning import MODEL_KEY
    from desktop.db.models import ArchiveSetting

    ids = sorted(r.id for r in list_rows(window.archive))[:2]
    tag_articles(window.archive, ids, [23])
    with window.archive.session() as session, session.begin():
        session.delete(session.get(ArchiveSetting, MODEL_KEY))
    action = next(a for a in window.findChildren(QAction) if a.text() == "Re&learn Tag Suggestions")
    action.trigger()
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=15000)
    with window.archive.session() as session:
        row = session.get(ArchiveSetting, MODEL_KEY)
        assert row is not None and row.value["total"] == 2
