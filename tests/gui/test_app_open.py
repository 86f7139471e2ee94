"""Opening the archive for the window: the upgrade offer, refusals, the first-run demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.archive.articles import list_rows
from desktop.core.importing.demo import DEMO_ACTORS
from desktop.core.tagging.queries import list_actors
from desktop.db import engine as db
from desktop.ui import app


@pytest.fixture
def old_team_archive(pg_url: str) -> str:
    engine = db.make_engine(db.archive_url(pg_url))
    db.upgrade(engine, "0001")
    engine.dispose()
    return pg_url


def _revision(location: str) -> str | None:
    engine = db.make_engine(db.archive_url(location))
    try:
        return db.current_revision(engine)
    finally:
        engine.dispose()


def test_older_team_archive_is_upgraded_when_the_user_agrees(qtbot, monkeypatch, old_team_archive):
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.windowTitle())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    archive = app.open_for_window(old_team_archive, curator="tester")
    assert archive is not None
    try:
        assert len(asked) == 1
        assert db.current_revision(archive.engine) == db.head_revision()
    finally:
        archive.close()


def test_older_team_archive_stays_closed_and_untouched_when_declined(
    qtbot, monkeypatch, old_team_archive
):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    assert app.open_for_window(old_team_archive, curator="tester") is None
    assert _revision(old_team_archive) == "0001"


def test_foreign_database_is_refused_with_a_message(qtbot, monkeypatch, tmp_path: Path):
    import sqlite3

    path = tmp_path / "notes.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (body TEXT)")
    con.close()
    before = path.read_bytes()
    shown: list[str] = []

    def show(box: QMessageBox) -> QMessageBox.StandardButton:
        assert box.icon() == QMessageBox.Icon.Critical, "no upgrade offered"
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", show)
    assert app.open_for_window(str(path), curator="tester") is None
    assert len(shown) == 1 and "not a GCM archive" in shown[0]
    assert path.read_bytes() == before


def test_first_run_fills_the_new_default_archive_with_the_demo(qtbot, monkeypatch, tmp_path: Path):
    default = tmp_path / "data" / "archive.sqlite"
    monkeypatch.setenv("GCM_ARCHIVE", str(default))
    archive = app.open_for_window(None, curator="tester")
    assert archive is not None
    try:
        folder = Path(__file__).parents[2] / "seeds"
        # The articles are the visible files; the hidden .actors.json holds the demo's people.
        seeds = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
        rows = list_rows(archive)
        assert len(rows) == len(seeds) == 5
        people = json.loads((folder / DEMO_ACTORS).read_text(encoding="utf-8"))["actors"]
        registry = {actor.name for actor in list_actors(archive, with_aliases=False)}
        assert people and {p["name"] for p in people} <= registry
    finally:
        archive.close()
    # Opened again, the default archive is not filled a second time.
    again = app.open_for_window(None, curator="tester")
    assert again is not None
    try:
        assert len(list_rows(again)) == 5
    finally:
        again.close()


def test_a_chosen_new_archive_starts_empty(qtbot, tmp_path: Path):
    archive = app.open_for_window(str(tmp_path / "mine.sqlite"), curator="tester")
    assert archive is not None
    try:
        assert list_rows(archive) == []
    finally:
        archive.close()
