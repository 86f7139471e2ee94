from __future__ import annotations

from desktop.core.archive.articles import get_article


def test_metadata_dialog_edit_then_undo(window, qtbot):
    window.table.selectRow(0)
    article_id = window.current_id()
    before = get_article(window.archive, article_id)
    actions = window.article_actions
    actions._open_dialog(before)
    dialog = actions.dialog
    dialog.outlet.setText("Edited outlet <b>x</b>")
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        dialog.accept()
    assert get_article(window.archive, article_id).outlet == "Edited outlet <b>x</b>"
    assert window.ops.undo_stack.canUndo()
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        window.ops.undo_stack.undo()
    assert get_article(window.archive, article_id).outlet == before.outlet
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        window.ops.undo_stack.redo()
    assert get_article(window.archive, article_id).outlet == "Edited outlet <b>x</b>"


def test_mark_reviewed_applies_to_the_selection(window, qtbot):
    window.table.selectAll()
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.article_actions.set_status("reviewed")
    statuses = {window.model.row_at(i).review_status for i in range(window.model.rowCount())}
    assert statuses == {"reviewed"}


def test_archive_settings_dialog_saves(window, qtbot):
    from desktop.core.archive.settings import import_settings
    from desktop.ui.preferences import open_settings

    open_settings(window)
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None, timeout=5000)
    dialog = window.settings_dialog
    dialog.max_mb.setValue(12)
    dialog.keep_backups.setValue(3)
    with qtbot.waitSignal(window.ops.changed, timeout=5000):
        dialog.accept()
    assert import_settings(window.archive).max_bytes == 12 * 1024 * 1024
    from desktop.core.maintenance.backup import backup_keep

    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=5000)
    assert backup_keep(window.archive) == 3
