"""Feature UIs installed into the main window, in menu order.

Each module named here has ``install(window) -> None``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FEATURES = [
    "desktop.ui.importing",
    "desktop.ui.archive_switch",
    "desktop.ui.search",
    "desktop.ui.article_actions",
    "desktop.ui.archive_actions",
    "desktop.ui.check_actions",
    "desktop.ui.export_actions",
    "desktop.ui.preferences",
    "desktop.ui.report_actions",
    "desktop.ui.events",
    "desktop.ui.tagging",
    "desktop.ui.context_menus",
    "desktop.ui.read_only",  # last: it disables what the others installed
]


def install_all(window: MainWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
