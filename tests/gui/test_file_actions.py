"""File menu work of the window: files dropped on it, File ▸ Back Up Now…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core.archive.articles import list_rows
from desktop.core.archive.session import open_archive


def _mime(*urls: QUrl) -> QMimeData:
    data = QMimeData()
    data.setUrls(list(urls))
    return data


def _drop(target, data: QMimeData) -> QDropEvent:
    point = QPointF(target.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop


def _article(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\nMigration sûre, ordonnée et régulière à {title}.", "utf-8")
    return path


def test_files_dropped_on_the_window_are_imported(window, qtbot, tmp_path: Path):
    window.importer.show_summary = False
    one = _article(tmp_path, "one.txt", "Premier article déposé")
    folder = tmp_path / "folder"
    folder.mkdir()
    _article(folder, "two.txt", "Deuxième article déposé")
    with qtbot.waitSignal(window.rows_loaded, timeout=15000):
        drop = _drop(window, _mime(QUrl.fromLocalFile(str(one)), QUrl.fromLocalFile(str(folder))))
        assert drop.isAccepted()
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=15000)
    titles = {row.title for row in list_rows(window.archive)}
    assert {"Premier article déposé", "Deuxième article déposé"} <= titles
    assert window.model.rowCount() == 7


def test_files_dropped_on_the_table_are_imported(window, qtbot, tmp_path: Path):
    window.importer.show_summary = False
    one = _article(tmp_path, "three.txt", "Troisième article déposé")
    with qtbot.waitSignal(window.rows_loaded, timeout=15000):
        _drop(window.table.viewport(), _mime(QUrl.fromLocalFile(str(one))))
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=15000)
    assert "Troisième article déposé" in {row.title for row in list_rows(window.archive)}


def test_a_web_address_dropped_imports_nothing(window, qtbot):
    drop = _drop(window, _mime(QUrl("https://example.org/article.html")))
    assert not drop.isAccepted()
    assert not window.ops.busy()
    assert len(list_rows(window.archive)) == 5


def test_back_up_archive_from_the_file_menu(window, qtbot, monkeypatch, tmp_path: Path):
    dest = tmp_path / "copies" / "backup.sqlite"
    dest.parent.mkdir()  # the file dialog only offers folders that exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    action = next(a for a in window.menu("file").actions() if a.text() == "&Back Up Now…")
    action.trigger()
    qtbot.waitUntil(lambda: dest.exists() and not window.ops.busy(), timeout=15000)
    assert "backup.sqlite" in window.statusBar().currentMessage()
    copy = open_archive(dest, create=False)
    try:
        assert {r.title for r in list_rows(copy)} == {r.title for r in list_rows(window.archive)}
    finally:
        copy.close()

    # A second copy under the same name is refused, clearly, and the first one stays.
    before = dest.read_bytes()
    window.ops.show_errors = False
    with qtbot.waitSignal(window.ops.error, timeout=15000) as error:
        action.trigger()
    assert "already exists" in error.args[0]
    assert dest.read_bytes() == before
