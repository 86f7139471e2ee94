from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.core.archive.session import Archive


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, seeded_sqlite: Archive, qsettings: QSettings) -> Iterator[object]:
    from desktop.ui.main_window import MainWindow

    win = MainWindow(seeded_sqlite, qsettings)
    win.ops.show_errors = False
    # pytest-qt closes and deletes the window before fixtures are torn down: let
    # queued jobs report back first, or their results would find no window.
    qtbot.addWidget(win, before_close_func=lambda w: settle(qtbot, w))
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.show()
    settle(qtbot, win)  # the start-up reads that follow the first page are done too
    yield win


def settle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=30000)
    win.ops.wait()
