"""File ▸ Back Up Archive…: a consistent copy while the archive stays open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from desktop.core.archive import Archive
from desktop.db.engine import backup_to
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def back_up(window: MainWindow) -> None:
    if window.archive.dialect != "sqlite":
        window.statusBar().showMessage(
            _("Team archives on PostgreSQL are backed up on the server (pg_dump)."), 8000
        )
        return
    stamp = dt.date.today().isoformat()
    suggested = str(Path(window.archive.location).with_name(f"archive-backup-{stamp}.sqlite"))
    dest, _filter = QFileDialog.getSaveFileName(
        window, _("Back up the archive"), suggested, _("Archives (*.sqlite)")
    )
    if not dest:
        return

    def job(archive: Archive) -> Path:
        return backup_to(archive.engine, Path(dest))

    window.ops.query(
        job,
        on_done=lambda path: window.statusBar().showMessage(
            _("Backup written to {path}").format(path=path), 8000
        ),
        on_error=lambda message: window.ops.report_error(message),
    )


def install(window: MainWindow) -> None:
    action = window.add_action("file", _("&Back Up Archive…"), lambda: back_up(window))
    menu = window.menu("file")
    quit_action = menu.actions()[-1]
    menu.removeAction(action)
    menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)
