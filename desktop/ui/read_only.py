"""A read-only archive: a banner above the table, and the actions that change data disabled.

The core refuses every write on such an archive anyway (:class:`ReadOnlyArchive`);
this keeps the curator from reaching for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import N_, _

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Menu entries that change the archive, by their untranslated text.
WRITING_ACTIONS = (
    N_("&Import Files…"),
    N_("Import &Folder…"),
    N_("&Restore from Backup…"),
    N_("&Undo"),
    N_("&Redo"),
    N_("Save &Search…"),
    N_("Rebuild Search &Index"),
    N_("Archive &Settings…"),
    N_("Suggest Event &Links…"),
    N_("Rebuild Link Features"),
    N_("&Actors…"),
)


def install(window: MainWindow) -> None:
    if not window.archive.read_only:
        return
    banner = QLabel(
        _(
            "This archive is on a read-only disk or folder: it is open for reading only. "
            "Copy it to a writable folder to edit it."
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel { background: #fff3cd; color: #533f03; padding: 6px; }")
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    central = window.takeCentralWidget()
    if central is not None:
        layout.addWidget(central)
    window.setCentralWidget(holder)
    window.read_only_banner = banner
    window.setAcceptDrops(False)
    disable = {_(text) for text in WRITING_ACTIONS}
    for name in ("file", "edit", "tools"):
        for action in window.menu(name).actions():
            if action.text() in disable:
                action.setEnabled(False)
    article = window.menu("article")
    article.menuAction().setEnabled(False)
    article.setEnabled(False)
