"""File ▸ New Archive… / Open Archive… / Open Recent / New Archive from Export…: another
archive in the window.

The archive is opened by the same ``open_or_create`` the command line uses (with
its checks, backup and upgrade), off the GUI thread; then a fresh main window on
it takes the place of the old one, with the layout the old one just saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.core.archive.session import Archive
from desktop.core.importing.demo import open_or_create
from desktop.i18n import _
from desktop.ui.text import message_box

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

RECENT_KEY = "archives/recent"
RECENT_MAX = 8
FILTER = "*.sqlite *.db"
_OPEN_WINDOWS: set[MainWindow] = set()  # windows made here, kept alive until closed


def archive_name(location: str) -> str:
    """What the title bar calls an archive: its file name, or the database of a URL."""
    if "://" in location:
        from sqlalchemy.engine import make_url

        url = make_url(location)
        return f"{url.database or ''} @ {url.host or 'localhost'}"
    return Path(location).name


def recent_archives(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY) or []
    items = [value] if isinstance(value, str) else list(value)
    return [str(v) for v in items if v]


def remember(settings: QSettings, location: str) -> None:
    items = [location, *(v for v in recent_archives(settings) if v != location)]
    settings.setValue(RECENT_KEY, items[:RECENT_MAX])


class ArchiveSwitcher:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        remember(window.settings, window.archive.location)
        menu = window.menu("file")
        first = menu.actions()[0]  # File ▸ Quit at least is there
        new = window.add_action("file", _("&New Archive…"), self.new_archive, "Ctrl+Shift+N")
        opened = window.add_action("file", _("&Open Archive…"), self.open_archive, "Ctrl+O")
        restored = window.add_action("file", _("New Archive from &Export…"), self.from_export)
        self.recent_menu = QMenu(_("Open &Recent"), window)
        self.recent_menu.setObjectName("recentArchives")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        for action in (new, opened):
            menu.removeAction(action)
            menu.insertAction(first, action)
        menu.insertMenu(first, self.recent_menu)
        menu.removeAction(restored)
        menu.insertAction(first, restored)
        menu.insertSeparator(first)
        self.fill_recent()

    # -- choosing ----------------------------------------------------------------------
    def _folder(self) -> str:
        location = self.window.archive.location
        return str(Path(location).parent) if "://" not in location else str(Path.home())

    def new_archive(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            _("New archive"),
            str(Path(self._folder()) / "archive.sqlite"),
            _("Archives ({patterns})").format(patterns=FILTER),
        )
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            if Path(path).exists():
                message_box(
                    self.window,
                    _("New archive"),
                    _("{path} already exists: use File ▸ Open Archive… to open it.").format(
                        path=path
                    ),
                ).exec()
                return
            self.switch_to(path)

    def open_archive(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            _("Open archive"),
            self._folder(),
            _("Archives ({patterns})").format(patterns=FILTER),
        )
        if path:
            self.switch_to(path)

    def from_export(self, source: str | None = None, dest: str | None = None) -> None:
        """A new archive filled from a JSON export (``gcm-archive import-export``)."""
        if source is None:
            source, _filter = QFileDialog.getOpenFileName(
                self.window, _("Open an export"), self._folder(), _("JSON files (*.json)")
            )
        if source and dest is None:
            dest, _filter = QFileDialog.getSaveFileName(
                self.window,
                _("New archive"),
                str(Path(self._folder()) / "archive.sqlite"),
                _("Archives ({patterns})").format(patterns=FILTER),
            )
        if not source or not dest:
            return
        if not Path(dest).suffix:
            dest += ".sqlite"
        export = Path(source)

        def prepare() -> object:
            from desktop.core.exports.archive_json import import_export  # only when asked

            return import_export(dest, export)

        self.switch_to(dest, prepare)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.window.archive.location
        others = [loc for loc in recent_archives(self.window.settings) if loc != current]
        for location in others:
            action = self.recent_menu.addAction(f"{archive_name(location)}  —  {location}")
            action.triggered.connect(lambda _checked=False, loc=location: self.switch_to(loc))
        self.recent_menu.setEnabled(bool(others))

    # -- switching ---------------------------------------------------------------------
    def switch_to(self, location: str, prepare: Callable[[], object] | None = None) -> None:
        """Open ``location`` in the worker (after ``prepare``, there too); the new window
        replaces this one."""
        if location == self.window.archive.location:
            return
        self.window.statusBar().showMessage(_("Opening {path}…").format(path=location))

        def work() -> Archive:
            if prepare is not None:
                prepare()
            return open_or_create(location)

        self.window.ops.submit(
            work,
            on_done=self._opened,
            on_error=lambda message: self._failed(location, message),
        )

    def _failed(self, location: str, message: str) -> None:
        self.window.statusBar().clearMessage()
        box = message_box(
            self.window,
            _("Cannot open the archive"),
            f"{location}\n\n{message}",
            QMessageBox.Icon.Critical,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _opened(self, archive: Archive) -> None:
        old = self.window
        old.save_layout()
        remember(old.settings, archive.location)
        new = type(old)(archive, old.settings)  # a window like this one, on the new archive
        _OPEN_WINDOWS.add(new)
        new.show()
        self.replaced_by = new
        old.close()
        old.ops.wait()
        old.archive.close()
        _OPEN_WINDOWS.discard(old)  # a window made here goes with its last reference


def install(window: MainWindow) -> None:
    window.archive_switcher = ArchiveSwitcher(window)
