"""Starting the GUI: the QApplication, the archive, the window (or a screenshot of it)."""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.demo import open_or_create
from desktop.db.engine import ArchiveError
from desktop.i18n import _, language_forced, set_language

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
        from desktop.core.archive import default_location
        from desktop.ui.storage_warning import checked_location

        where = location or default_location()
        chosen_location = checked_location(where)
        if chosen_location is None:
            return 0
        if chosen_location != where:
            location = chosen_location
    try:
        archive = open_or_create(location, curator=curator)
    except ArchiveError as exc:
        if screenshot:
            raise
        QMessageBox.critical(None, _("Cannot open the archive"), str(exc))
        return 1
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
