"""The Tags tab, sidebar trees and bulk tagging in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.archive.articles import articles_json, get_article
from desktop.core.tagging.model import ActorSuggestion, ObjectiveSuggestion
from desktop.core.util.textfold import fold_words


@pytest.fixture
def window(qtbot, seeded_sqlite, qsettings):
    """A main window of its own, closed only once its worker has gone quiet."""
    from desktop.ui.main_window import MainWindow

    win = MainWindow(seeded_sqlite, qsettings)
    win.ops.show_errors = False
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.show()
    yield win
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10000)
    win.ops.wait()
    qtbot.wait(50)
    win.close()
    win.deleteLater()
    qtbot.wait(10)


def ready(panel) -> bool:
    return panel.suggestions is not None


def select_seed(window, qtbot, name: str) -> int:
    ids = {Path(a["source_path"]).name: a["id"] for a in articles_json(window.archive)}
    article_id = ids[name]
    ui = window.tagging
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.select_ids([article_id])
    qtbot.waitUntil(lambda: ui.panel.suggestions is not None, timeout=10000)
    return article_id


def test_panel_shows_suggestions_with_evidence_and_accept_reject_undo(window, qtbot):
    article_id = select_seed(window, qtbot, "003_3a143d96d60b21d0.txt")
    panel = window.tagging.panel
    suggestions = panel.suggestions
    assert suggestions.objectives[0].number == 23
    # the seeds' people are not in the shipped registry: proposed as new actors, as written
    assert "ha kim ngoc" in [fold_words(a.name) for a in suggestions.actors]

    current = panel.current()
    assert isinstance(current, ObjectiveSuggestion) and current.number == 23
    ranges = panel.highlight(current)
    text = panel.text.toPlainText()
    assert ranges and all(text[s:e] for s, e in ranges)
    assert [text[s:e] for s, e in ranges] == [
        e.text for e in current.evidence
    ]  # offsets point at the phrases shown

    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.keyClick(panel.tree, Qt.Key.Key_A)
    assert get_article(window.archive, article_id).objectives == [23]
    qtbot.waitUntil(
        lambda: (
            ready(panel)
            and [o.tagged for o in panel.suggestions.objectives if o.number == 23] == [True]
        ),
        timeout=10000,
    )

    actor = next(
        i
        for i in panel._items()
        if isinstance(i.data(0, Qt.ItemDataRole.UserRole), ActorSuggestion)
        and i.data(0, Qt.ItemDataRole.UserRole).name == "Nenette Motus"
    )
    panel.tree.setCurrentItem(actor)
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.keyClick(panel.tree, Qt.Key.Key_R)
    qtbot.waitUntil(
        lambda: ready(panel) and "Nenette Motus" not in [a.name for a in panel.suggestions.actors],
        timeout=10000,
    )

    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        window.ops.undo_stack.undo()
    qtbot.waitUntil(
        lambda: ready(panel) and "Nenette Motus" in [a.name for a in panel.suggestions.actors],
        timeout=10000,
    )
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        window.ops.undo_stack.undo()
    assert get_article(window.archive, article_id).objectives == []


def test_article_text_is_never_markup(window, qtbot):
    select_seed(window, qtbot, "000_65e45b9f2491a3fb.txt")
    panel = window.tagging.panel
    article = get_article(window.archive, window.current_id())
    article.title = "<i>title</i>"
    article.body = '<b>bold</b> <img src="/etc/passwd"> ' + article.body
    panel.show_article(article)
    assert panel.text.toPlainText().startswith(
        '<i>title</i>\n\n<b>bold</b> <img src="/etc/passwd">'
    )


def test_sidebar_counts_filter_and_bulk_tag(window, qtbot, monkeypatch):
    ui = window.tagging
    window.table.selectAll()
    ids = window.selected_ids()
    assert len(ids) == 5

    from desktop.ui import tagging_dialogs

    def fake_exec(self):
        self.objectives.item(9).setCheckState(Qt.CheckState.Checked)  # objective 10
        return tagging_dialogs.BulkTagDialog.DialogCode.Accepted

    monkeypatch.setattr(tagging_dialogs.BulkTagDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        ui.bulk_tag()
        qtbot.waitUntil(lambda: window.ops.undo_stack.canUndo(), timeout=10000)
    assert all(get_article(window.archive, i).objectives == [10] for i in ids)

    tree = ui.objective_tree
    qtbot.waitUntil(
        lambda: tree.topLevelItemCount() == 25 and "(5)" in tree.topLevelItem(11).text(0),
        timeout=10000,
    )
    assert tree.topLevelItem(0).text(0).endswith("(0)")  # untagged

    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        with qtbot.waitSignal(window.ops.changed, timeout=10000):
            window.ops.undo_stack.undo()
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        tree.itemClicked.emit(tree.topLevelItem(11), 0)  # objective 10: none left
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        tree.itemClicked.emit(tree.topLevelItem(0), 0)  # untagged: all five
    assert window.model.rowCount() == 5


def test_actor_manager_lists_the_registry(window, qtbot):
    ui = window.tagging
    ui.open_manager()
    qtbot.waitUntil(lambda: ui.manager.table.rowCount() > 40, timeout=10000)
    names = [ui.manager.table.item(r, 0).text() for r in range(ui.manager.table.rowCount())]
    assert "IOM" in names and "Ministry of Foreign Affairs (Viet Nam)" in names
    ui.manager.filter.setText("Tổ chức Di cư")
    visible = [n for r, n in enumerate(names) if not ui.manager.table.isRowHidden(r)]
    assert visible == ["IOM"]
    ui.manager.close()


def test_a_new_person_is_listed_with_the_role_the_text_gives(qtbot):
    from desktop.core.tagging.model import Suggestions
    from desktop.ui.tagging_panel import TagPanel

    panel = TagPanel()
    qtbot.addWidget(panel)
    person = ActorSuggestion(
        "Jane Roe", 0.4, known=False, kind="person", role="Deputy Director <b>Test</b>"
    )
    body = ActorSuggestion("IOM", 0.9, actor_id=1)
    panel.show_suggestions(Suggestions(actors=(body, person)))
    items = {i.data(0, Qt.ItemDataRole.UserRole).name: i for i in panel._items()}
    assert items["IOM"].text(0) == "IOM"
    assert items["Jane Roe"].text(0) == "Jane Roe — Deputy Director <b>Test</b> (new actor)"
    tip = items["Jane Roe"].toolTip(0)
    assert "Role: Deputy Director &lt;b&gt;Test&lt;/b&gt;" in tip  # shown literally
