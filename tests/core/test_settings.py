from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.archive.settings import SettingsError, import_settings, set_import_settings
from desktop.core.importing.run import import_paths
from desktop.core.operations.undo import UndoStack


def test_size_limit_setting_applies_to_import(archive, tmp_path: Path):
    set_import_settings(archive, max_mb=0.001)
    big = tmp_path / "big.txt"
    big.write_text("Titre\n\n" + "La migration sûre et régulière. " * 200, "utf-8")
    report = import_paths(archive, [big]).value
    assert report.imported == [] and "too large" in report.failed[0]["error"]
    set_import_settings(archive, max_mb=5)
    assert len(import_paths(archive, [big]).value.imported) == 1


def test_languages_setting_and_undo(archive):
    stack = UndoStack(archive)
    before = import_settings(archive).languages
    stack.push(set_import_settings(archive, languages=["fr", "vi", "ms"]))
    assert import_settings(archive).languages == ("fr", "vi", "ms")
    stack.undo()
    assert import_settings(archive).languages == before


def test_bad_settings_are_refused(archive):
    with pytest.raises(SettingsError):
        set_import_settings(archive, max_mb=-1)
    with pytest.raises(SettingsError):
        set_import_settings(archive, languages=["french!"])


def test_settings_cli(capsys, tmp_path: Path):
    db = str(tmp_path / "a.sqlite")
    assert (
        main(["--archive", db, "--json", "settings", "--max-mb", "10", "--languages", "fr,vi"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data == {"max_mb": 10.0, "languages": ["fr", "vi"], "keep_backups": 7}
    assert main(["--archive", db, "settings", "--languages", "??"]) == 2
