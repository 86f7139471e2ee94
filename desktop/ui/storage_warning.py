"""Before opening: warn about an archive on a network drive or in a cloud-synced folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.maintenance.storage import StorageRisk, local_copy, storage_risk
from desktop.db.engine import ArchiveError
from desktop.i18n import _


def ask(risk: StorageRisk, parent: QWidget | None = None) -> str:
    """``"open"``, ``"copy"`` or ``"cancel"``: the curator's choice."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Archive on shared storage"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(risk.message)
    copy = box.addButton(_("Work on a Local Copy"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    return "copy" if clicked is copy else "open" if clicked is anyway else "cancel"


def checked_location(location: str, parent: QWidget | None = None) -> str | None:
    """The location to open after the warning (maybe a local copy), or None to stop."""
    risk = storage_risk(location)
    if risk is None:
        return location
    choice = ask(risk, parent)
    if choice == "open":
        return location
    if choice == "copy":
        try:
            copy = local_copy(location)
        except ArchiveError as exc:
            QMessageBox.critical(parent, _("Cannot copy the archive"), str(exc))
            return None
        QMessageBox.information(
            parent,
            _("Local copy"),
            _("You are working on a local copy: {path}").format(path=copy),
        )
        return str(copy)
    return None
