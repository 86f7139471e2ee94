"""Tools ▸ Check Archive…: :func:`desktop.core.maintenance.check.check_archive` off the GUI thread.

The result is shown as plain text; when something can be repaired safely the
dialog offers to, and the repair runs as one more task with its own progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.maintenance.check import CheckReport, check_archive, check_summary
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def run_check(window: MainWindow, *, repair: bool = False, ask: bool = True) -> None:
    label = _("Repairing the archive…") if repair else _("Checking the archive…")

    def done(result: Any) -> None:
        report = result.value
        assert isinstance(report, CheckReport)
        window.last_check = report
        if ask:
            _show(window, report)

    window.ops.run_task(
        label, lambda archive, state: check_archive(archive, state, repair=repair), on_done=done
    )


def _show(window: MainWindow, report: CheckReport) -> None:
    box = QMessageBox(window)
    box.setWindowTitle(_("Check Archive"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
    box.setText(check_summary(report))
    repairable = [f for f in report.findings if f.repairable and not f.repaired]
    repair = box.addButton(_("Repair"), QMessageBox.ButtonRole.AcceptRole) if repairable else None
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if repair is not None and box.clickedButton() is repair:
        run_check(window, repair=True)


def install(window: MainWindow) -> None:
    window.add_action("tools", _("&Check Archive…"), lambda: run_check(window))
