"""Tools ▸ Check Archive, File ▸ Back Up Now and File ▸ Restore in the window."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.maintenance.backup import verify_backup


def test_check_archive_runs_off_the_gui_thread_and_repairs(qtbot, window):
    with window.archive.engine.begin() as conn:
        conn.execute(text("INSERT INTO search_exact(search_exact) VALUES ('delete-all')"))
    actions = {a.text(): a for a in window.menu("tools").actions()}
    assert "&Check Archive…" in actions
    from desktop.ui.check_actions import run_check

    run_check(window, ask=False)
    qtbot.waitUntil(lambda: window.last_check is not None, timeout=30000)
    assert not window.last_check.ok
    window.last_check = None
    run_check(window, repair=True, ask=False)
    qtbot.waitUntil(lambda: window.last_check is not None, timeout=30000)
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


def test_export_menu_writes_each_kind(qtbot, window, tmp_path: Path):
    import bagit

    from desktop.ui.export_actions import start_export

    titles = [a.text() for a in window.menu("file").actions()]
    assert "&Export" in titles
    for kind in ("json", "csv", "bagit"):
        start_export(window, kind, str(tmp_path / f"out-{kind}"))
    qtbot.waitUntil(lambda: (tmp_path / "out-bagit").exists(), timeout=60000)
    assert (tmp_path / "out-json").stat().st_size > 0
    assert (tmp_path / "out-csv").read_text("utf-8-sig").startswith("id,title")
    assert bagit.Bag(str(tmp_path / "out-bagit")).is_valid()


def test_read_only_archive_shows_a_banner_and_disables_edits(
    qtbot, seeded_sqlite, tmp_path, qsettings
):
    from desktop.core.archive.session import open_archive
    from desktop.ui.main_window import MainWindow
    from tests.core.readonly_mount import read_only_copy

    seeded_sqlite.close()
    with read_only_copy(Path(seeded_sqlite.location).parent, tmp_path / "ro") as folder:
        archive = open_archive(folder / "archive.sqlite", curator="tester")
        try:
            win = MainWindow(archive, qsettings)
            win.ops.show_errors = False
            qtbot.addWidget(win)
            with qtbot.waitSignal(win.rows_loaded, timeout=10000):
                win.show()
            assert win.read_only_banner.isVisible()
            assert "read-only" in win.read_only_banner.text()
            actions = {a.text(): a for a in win.menu("file").actions()}
            assert not actions["&Import Files…"].isEnabled()
            assert not actions["&Restore from Backup…"].isEnabled()
            assert actions["&Back Up Now…"].isEnabled()
            assert not win.menu("article").isEnabled()
            assert win.model.rowCount() == 5
            win.close()
            win.ops.wait()
        finally:
            archive.close()


def test_storage_warning_offers_a_local_copy(qtbot, monkeypatch, seeded_sqlite, tmp_path):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from desktop.core.util import paths
    from desktop.ui import storage_warning

    synced = tmp_path / "Dropbox"
    synced.mkdir()
    seeded_sqlite.close()
    shutil.copy(seeded_sqlite.location, synced / "a.sqlite")
    monkeypatch.setattr(paths, "default_archive_path", lambda: tmp_path / "data" / "x.sqlite")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    asked = []
    monkeypatch.setattr(
        storage_warning, "ask", lambda risk, parent=None: asked.append(risk) or "copy"
    )
    chosen = storage_warning.checked_location(str(synced / "a.sqlite"))
    assert asked and asked[0].detail == "Dropbox"
    assert chosen is not None and Path(chosen).parent == tmp_path / "data"
    from desktop.core.maintenance.backup import verify_backup

    assert verify_backup(Path(chosen)).articles == 5
    monkeypatch.setattr(storage_warning, "ask", lambda risk, parent=None: "cancel")
    assert storage_warning.checked_location(str(synced / "a.sqlite")) is None
    assert storage_warning.checked_location(str(tmp_path / "plain.sqlite")) == str(
        tmp_path / "plain.sqlite"
    )


def test_daily_backup_from_the_window(qtbot, window):
    from desktop.db.backup import backups_of
    from desktop.ui.archive_actions import daily

    src = Path(window.archive.location)
    daily(window)
    qtbot.waitUntil(lambda: len(backups_of(src, "daily")) == 1, timeout=30000)
    daily(window)  # the same day: no second copy
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=30000)
    assert len(backups_of(src, "daily")) == 1
