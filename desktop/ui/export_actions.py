"""File ▸ Export ▸ JSON / CSV / BagIt with progress and Cancel; the work is core's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from desktop.core.exports.run import export
from desktop.i18n import N_, _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

KINDS = (
    ("json", N_("Complete Archive (&JSON)…"), N_("JSON files (*.json)")),
    ("csv", N_("Articles and Tags (&CSV)…"), N_("CSV files (*.csv)")),
    ("bagit", N_("Preservation Package (&BagIt)…"), ""),
)


def start_export(window: MainWindow, kind: str, dest: str | None = None) -> None:
    if dest is None:
        dest = _ask(window, kind)
    if not dest:
        return

    def done(path: Any) -> None:
        window.statusBar().showMessage(_("Export written to {path}").format(path=path), 10000)

    window.ops.run_task(
        _("Exporting…"),
        lambda archive, state: export(archive, kind, Path(dest), state),
        on_done=done,
        undoable=False,
    )


def _ask(window: MainWindow, kind: str) -> str:
    stamp = dt.date.today().isoformat()
    base = (
        Path(window.archive.location).parent if window.archive.dialect == "sqlite" else Path.home()
    )
    if kind == "bagit":
        folder = QFileDialog.getExistingDirectory(
            window, _("Folder in which to create the package"), str(base)
        )
        return str(Path(folder) / f"gcm-archive-bag-{stamp}") if folder else ""
    pattern = next(p for k, _label, p in KINDS if k == kind)
    dest, _filter = QFileDialog.getSaveFileName(
        window, _("Export"), str(base / f"gcm-archive-{stamp}.{kind}"), _(pattern)
    )
    return dest


def install(window: MainWindow) -> None:
    file_menu = window.menu("file")
    menu = file_menu.addMenu(_("&Export"))
    for kind, label, _pattern in KINDS:
        action = menu.addAction(_(label))
        action.triggered.connect(lambda _checked=False, k=kind: start_export(window, k))
    file_menu.removeAction(menu.menuAction())
    file_menu.insertAction(file_menu.actions()[-1], menu.menuAction())
