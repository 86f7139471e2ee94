"""File ▸ New Archive / Open Archive / Open Recent, and the title naming the archive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.core.importing.demo import open_or_create
from desktop.ui import archive_switch


def _switch(window, qtbot, location: str):
    switcher = window.archive_switcher
    switcher.replaced_by = None
    switcher.switch_to(location)
    qtbot.waitUntil(lambda: switcher.replaced_by is not None, timeout=20000)
    new = switcher.replaced_by
    qtbot.addWidget(new)
    new.ops.show_errors = False
    qtbot.waitUntil(lambda: not new.ops.busy(), timeout=20000)
    return new


def test_title_names_the_open_archive(window):
    name = Path(window.archive.location).name
    assert window.windowTitle().startswith(name + " — ")
    texts = [a.text() for a in window.menu("file").actions()]
    assert texts[:2] == ["&New Archive…", "&Open Archive…"]


def test_new_archive_replaces_the_window_and_is_remembered(window, qtbot, tmp_path: Path):
    old_location = window.archive.location
    target = tmp_path / "briefings.sqlite"
    new = _switch(window, qtbot, str(target))
    assert target.exists() and new.archive.location == str(target)
    assert new.windowTitle().startswith("briefings.sqlite — ")
    assert not window.isVisible() and new.isVisible()
    assert new.model.rowCount() == 0  # a new archive starts empty
    recent = archive_switch.recent_archives(new.settings)
    assert recent[:2] == [str(target), old_location]

    # Open Recent lists the other archive; choosing it brings the five seeds back.
    menu = new.archive_switcher.recent_menu
    new.archive_switcher.fill_recent()
    assert [a.text().endswith(old_location) for a in menu.actions()] == [True]
    back = new.archive_switcher
    back.replaced_by = None
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: back.replaced_by is not None, timeout=20000)
    again = back.replaced_by
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() == 5, timeout=20000)
    assert again.archive.location == old_location
    qtbot.waitUntil(lambda: not again.ops.busy(), timeout=20000)
    again.ops.wait()


def test_layout_carries_over_to_the_new_window(window, qtbot, tmp_path: Path):
    window.splitter.setSizes([150, 700, 400])
    qtbot.wait(20)
    width = window.splitter.sizes()[0]
    new = _switch(window, qtbot, str(tmp_path / "other.sqlite"))
    qtbot.wait(50)
    assert abs(new.splitter.sizes()[0] - width) <= 10
    new.ops.wait()


def test_a_file_that_is_no_archive_is_refused_and_the_window_stays(window, qtbot, tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    before = window.archive.location
    window.archive_switcher.switch_to(str(bogus))
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=20000)
    box = window.findChildren(QMessageBox)[-1]
    assert str(bogus) in box.text()
    box.close()
    assert window.archive.location == before and window.isVisible()
    assert bogus.read_text(encoding="utf-8") == "not a database"  # left untouched


def test_the_same_open_or_create_as_the_command_line(tmp_path: Path):
    # The switcher adds nothing of its own: a fresh path becomes an empty archive.
    archive = open_or_create(str(tmp_path / "cli.sqlite"))
    try:
        assert archive_switch.archive_name(archive.location) == "cli.sqlite"
    finally:
        archive.close()


def test_new_archive_from_an_export_opens_in_the_window(window, qtbot, tmp_path: Path):
    from desktop.core.exports.run import export

    source = export(window.archive, "json", tmp_path / "all.json")
    switcher = window.archive_switcher
    switcher.replaced_by = None
    switcher.from_export(str(source), str(tmp_path / "copy"))  # the same import-export as the CLI
    qtbot.waitUntil(lambda: switcher.replaced_by is not None, timeout=20000)
    new = switcher.replaced_by
    qtbot.addWidget(new)
    assert new.archive.location == str(tmp_path / "copy.sqlite")
    qtbot.waitUntil(lambda: new.model.rowCount() == window.model.rowCount() > 0, timeout=20000)
    qtbot.waitUntil(lambda: not new.ops.busy(), timeout=20000)
    new.ops.wait()
