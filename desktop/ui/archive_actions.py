"""File ▸ Back Up Now…, File ▸ Restore…, and the daily backup while the window is open.

The work is :mod:`desktop.core.maintenance.backup`'s; this module only asks and reports.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.maintenance.backup import back_up, daily_backup, restore
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

HOUR_MS = 3600 * 1000


def _sqlite_only(window: MainWindow) -> bool:
    if window.archive.dialect == "sqlite":
        return True
    window.statusBar().showMessage(
        _("Team archives on PostgreSQL are backed up on the server (pg_dump)."), 8000
    )
    return False


def back_up_now(window: MainWindow, dest: str | None = None) -> None:
    if not _sqlite_only(window):
        return
    if dest is None:
        stamp = dt.date.today().isoformat()
        suggested = str(Path(window.archive.location).with_name(f"archive-backup-{stamp}.sqlite"))
        dest, _filter = QFileDialog.getSaveFileName(
            window, _("Back up the archive"), suggested, _("Archives (*.sqlite)")
        )
    if not dest:
        return
    window.ops.query(
        back_up,
        Path(dest),
        on_done=lambda path: window.statusBar().showMessage(
            _("Backup written to {path}").format(path=path), 8000
        ),
        on_error=window.ops.report_error,
    )


def restore_from(window: MainWindow, source: str | None = None, *, confirm: bool = True) -> None:
    if not _sqlite_only(window):
        return
    if source is None:
        source, _filter = QFileDialog.getOpenFileName(
            window,
            _("Restore the archive from a backup"),
            str(Path(window.archive.location).parent),
            _("Archives (*.sqlite);;All files (*)"),
        )
    if not source:
        return
    if confirm:
        answer = QMessageBox.question(
            window,
            _("Restore from a backup"),
            _(
                "Replace the archive by the backup {path}?\n"
                "The backup is checked first; the current archive is kept beside it."
            ).format(path=source),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

    def done(result: object) -> None:
        window.ops.undo_stack.clear()  # its edits belong to the replaced archive
        window.ops.emit_changes(result)
        report = getattr(result, "value", None)
        window.statusBar().showMessage(
            _("Archive restored from {path}").format(path=getattr(report, "restored_from", "")),
            10000,
        )

    window.ops.submit(
        lambda: restore(window.archive, Path(source)),
        on_done=done,
        on_error=window.ops.report_error,
    )


def daily(window: MainWindow) -> None:
    if window.archive.dialect != "sqlite":
        return

    def written(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                _("Daily backup written to {path}").format(path=path), 8000
            )

    window.ops.query(daily_backup, on_done=written, on_error=window.ops.report_error)


def install(window: MainWindow) -> None:
    menu = window.menu("file")
    quit_action = menu.actions()[-1]
    for text, slot in (
        (_("&Back Up Now…"), lambda: back_up_now(window)),
        (_("&Restore from Backup…"), lambda: restore_from(window)),
    ):
        action = window.add_action("file", text, slot)
        menu.removeAction(action)
        menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)
    timer = QTimer(window)
    timer.setInterval(HOUR_MS)
    timer.timeout.connect(lambda: daily(window))
    timer.start()
    QTimer.singleShot(60_000, window, lambda: daily(window))  # after start-up work
