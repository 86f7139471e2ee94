"""Feature UIs installed into the main window, in menu order, and the slots they fill.

Each module named in :data:`FEATURES` has ``install(window) -> None``; the window runs
them in order. What a feature keeps on the window (its controller, the last dialog
it opened, its last result) goes in a slot declared by :class:`FeatureSlots`, which
the window inherits, so every use of it is type-checked. This module never imports
the window: it only names the features and their slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from desktop.core.maintenance.check import CheckReport
    from desktop.ui.archive_switch import ArchiveSwitcher
    from desktop.ui.article_actions import ArticleActions
    from desktop.ui.context_menus import ArticleTableMenu
    from desktop.ui.events import EventsController
    from desktop.ui.importing import ImportController
    from desktop.ui.preferences import SettingsDialog
    from desktop.ui.report_actions import ReportController
    from desktop.ui.search import SearchController
    from desktop.ui.tagging import TaggingUI

FEATURES = (
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
)


class FeatureSlots:
    """The window's slots for its features: controllers are set by their feature's
    ``install()``; the others stay ``None`` until the feature fills them."""

    importer: ImportController
    archive_switcher: ArchiveSwitcher
    search: SearchController
    article_actions: ArticleActions
    reports: ReportController
    events: EventsController
    tagging: TaggingUI
    context_menus: ArticleTableMenu
    settings_dialog: SettingsDialog | None = None  # the last one opened
    last_check: CheckReport | None = None  # the report of the last Check Archive
    read_only_banner: QLabel | None = None  # shown when the archive is read-only
