"""Tools ▸ Check Archive, File ▸ Back Up Now and File ▸ Restore in the window."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.backup import verify_backup


def test_check_archive_runs_off_the_gui_thread_and_repairs(qtbot, window):
    with window.archive.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_exact"))
    actions = {a.text(): a for a in window.menu("tools").actions()}
    assert "&Check Archive…" in actions
    from desktop.ui.check_actions import run_check

    run_check(window, ask=False)
    qtbot.waitUntil(lambda: hasattr(window, "last_check"), timeout=30000)
    assert not window.last_check.ok
    del window.last_check
    run_check(window, repair=True, ask=False)
    qtbot.waitUntil(lambda: hasattr(window, "last_check"), timeout=30000)
    assert window.last_check.ok


def test_back_up_now_and_restore(qtbot, window, tmp_path: Path):
    from desktop.ui.archive_actions import back_up_now, restore_from

    copy = tmp_path / "copy.sqlite"
    back_up_now(window, str(copy))
    qtbot.waitUntil(lambda: copy.exists() and not window.ops.busy(), timeout=30000)
    assert verify_backup(copy).articles == 5
    with window.archive.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)"))
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=30000)
    restore_from(window, str(copy), confirm=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=30000)
