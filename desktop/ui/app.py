"""Starting the GUI: the QApplication, the archive, the window (or a screenshot of it)."""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.archive.session import Archive, default_location
from desktop.core.importing.demo import open_or_create
from desktop.db.engine import ArchiveError, UpgradeNeeded, upgrade_archive
from desktop.i18n import _, language_forced, set_language
from desktop.ui.text import ask, message_box

ORGANISATION = "GCM Archive"
APPLICATION = "gcm-archive"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("GCM Archive")
    return QApplication(argv if argv is not None else sys.argv[:1])


def open_for_window(location: str | None, *, curator: str | None = None) -> Archive | None:
    """Open the archive for the window; an older team archive is upgraded if the user
    agrees (:func:`desktop.db.engine.upgrade_archive`, as ``gcm-archive upgrade``).
    None when it stays closed (the user was told why)."""
    try:
        return open_or_create(location, curator=curator)
    except UpgradeNeeded:
        question = _(
            "This archive was made by an older version of GCM Archive. Upgrade it now? "
            "Everyone who works on it will need this version or a newer one."
        )
        if not ask(None, _("Upgrade the archive?"), question):
            return None
        try:
            upgrade_archive(location or default_location())
            return open_or_create(location, curator=curator)
        except ArchiveError as exc:
            _cannot_open(exc)
            return None
    except ArchiveError as exc:
        _cannot_open(exc)
        return None


def _cannot_open(exc: Exception) -> None:
    message_box(None, _("Cannot open the archive"), str(exc), QMessageBox.Icon.Critical).exec()


def run_gui(
    location: str | None,
    *,
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
    curator: str | None = None,
) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    chosen = QSettings().value("ui/language")
    if isinstance(chosen, str) and chosen and not language_forced():
        set_language(chosen)
    if not screenshot:
        from desktop.ui.storage_warning import checked_location

        where = location or default_location()
        chosen_location = checked_location(where)
        if chosen_location is None:
            return 0
        if chosen_location != where:
            location = chosen_location
    if screenshot:
        archive = open_or_create(location, curator=curator)
    else:
        opened = open_for_window(location, curator=curator)
        if opened is None:
            return 3  # the command line's status for an archive that cannot be opened
        archive = opened
    from desktop.ui.main_window import MainWindow

    if screenshot:
        # A screenshot shows the default layout, whatever the user's saved one.
        with tempfile.TemporaryDirectory() as scratch:
            fresh = QSettings(os.path.join(scratch, "layout.ini"), QSettings.Format.IniFormat)
            window = MainWindow(archive, fresh)
            return _screenshot(app, window, screenshot, size or (1360, 820))
    window = MainWindow(archive, QSettings())
    window.show()
    code = app.exec()
    archive.close()
    return code


def _screenshot(app: QApplication, window: object, path: str, size: tuple[int, int]) -> int:
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    window.rows_loaded.connect(loop.quit)
    QTimer.singleShot(15000, loop.quit)
    loop.exec()
    if window.model.rowCount():
        window.table.selectRow(0)
        shown = QEventLoop()
        window.article_shown.connect(shown.quit)
        QTimer.singleShot(5000, shown.quit)
        shown.exec()
    for _round in range(5):
        app.processEvents()
    ok = window.grab().save(path)
    window.ops.wait()
    window.archive.close()
    if not ok:
        print(f"gcm-archive: could not write {path}", file=sys.stderr)
        return 1
    return 0
