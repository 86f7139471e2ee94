from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_and_articles_json(capsys, tmp_path: Path, seeds_dir: Path):
    db = str(tmp_path / "a.sqlite")
    code, out, _ = run(capsys, "--archive", db, "--json", "import", str(seeds_dir))
    assert code == 0
    data = json.loads(out)
    assert len(data["imported"]) == 5 and data["duplicates"] == [] and data["failed"] == []
    assert set(data["imported"][0]) == {"id", "path"}
    code, out, _ = run(capsys, "--archive", db, "--json", "import", str(seeds_dir))
    again = json.loads(out)
    assert code == 0 and again["imported"] == [] and len(again["duplicates"]) == 5
    code, out, _ = run(capsys, "--archive", db, "--json", "articles")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert {r["id"] for r in rows} == {i["id"] for i in data["imported"]}


def test_failed_files_exit_1_and_batch_goes_on(capsys, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Un titre\n\nLe texte de l'article.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    code, out, _ = run(
        capsys, "--archive", str(tmp_path / "a.sqlite"), "--json", "import", str(folder)
    )
    data = json.loads(out)
    assert code == 1
    assert [Path(i["path"]).name for i in data["imported"]] == ["good.txt"]
    assert [Path(f["path"]).name for f in data["failed"]] == ["empty.txt"]
    assert data["failed"][0]["error"]


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2


def test_clear_one_line_error_without_traceback(capsys, tmp_path: Path):
    code, out, err = run(capsys, "--archive", str(tmp_path), "articles")
    assert code == 3  # the archive cannot be opened: not 1, "some items failed"
    assert err.startswith("gcm-archive: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_version_and_init(capsys, tmp_path: Path):
    code, out, _ = run(capsys, "--json", "version")
    assert code == 0 and json.loads(out)["schema"]
    db = str(tmp_path / "new.sqlite")
    code, out, _ = run(capsys, "--archive", db, "--json", "init", "--demo")
    assert code == 0 and json.loads(out)["demo_imported"] == 5


def test_upgrade_reports_current(capsys, tmp_path: Path):
    db = str(tmp_path / "a.sqlite")
    run(capsys, "--archive", db, "init")
    code, out, _ = run(capsys, "--archive", db, "--json", "upgrade")
    data = json.loads(out)
    assert code == 0 and data["from"] == data["to"]


def test_backup_is_a_working_archive(capsys, tmp_path: Path, seeds_dir: Path):
    db = str(tmp_path / "a.sqlite")
    run(capsys, "--archive", db, "import", str(seeds_dir))
    copy = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "--archive", db, "--json", "backup", str(copy))
    assert code == 0 and json.loads(out)["backup"] == str(copy)
    code, out, _ = run(capsys, "--archive", str(copy), "--json", "articles")
    assert code == 0 and len(json.loads(out)) == 5
    code, _, err = run(capsys, "--archive", db, "backup", str(copy))
    assert code == 3 and "already exists" in err


def test_edit_and_delete_commands(capsys, tmp_path: Path, seeds_dir: Path):
    db = str(tmp_path / "a.sqlite")
    run(capsys, "--archive", db, "import", str(seeds_dir))
    code, out, _ = run(
        capsys,
        "--archive",
        db,
        "--json",
        "edit",
        "1",
        "--event-date",
        "2021-03-12",
        "--status",
        "reviewed",
    )
    assert code == 0 and json.loads(out)["changed"] == ["event_date", "review_status"]
    code, out, _ = run(capsys, "--archive", db, "--json", "articles")
    first = next(r for r in json.loads(out) if r["id"] == 1)
    assert (first["event_date"], first["date_confidence"], first["review_status"]) == (
        "2021-03-12",
        "curator",
        "reviewed",
    )
    code, _, err = run(capsys, "--archive", db, "edit", "1", "--published", "12 mars")
    assert code == 1 and "not a date" in err
    code, _, _ = run(capsys, "--archive", db, "edit", "1")
    assert code == 2
    code, out, _ = run(capsys, "--archive", db, "--json", "delete", "1", "2")
    assert code == 0 and json.loads(out) == {"deleted": [1, 2]}
    code, out, _ = run(capsys, "--archive", db, "--json", "articles")
    assert sorted(r["id"] for r in json.loads(out)) == [3, 4, 5]
    code, _, err = run(capsys, "--archive", db, "delete", "1")
    assert code == 1 and "no article with id 1" in err  # names the missing id


def test_import_log_lists_each_import_newest_first(capsys, tmp_path: Path, seeds_dir: Path):
    db = str(tmp_path / "a.sqlite")
    more = tmp_path / "more"
    more.mkdir()
    (more / "new.txt").write_text("Un titre\n\nLe texte de l'article.", encoding="utf-8")
    (more / "empty.txt").write_bytes(b"")
    assert run(capsys, "--archive", db, "import", str(seeds_dir))[0] == 0
    assert run(capsys, "--archive", db, "import", str(seeds_dir), str(more))[0] == 1
    code, out, _ = run(capsys, "--archive", db, "--json", "import-log")
    log = json.loads(out)
    assert code == 0 and len(log) == 2 and log[0]["id"] > log[1]["id"]
    latest, first = log[0]["summary"], log[1]["summary"]
    assert (len(first["imported"]), len(first["duplicates"]), len(first["failed"])) == (5, 0, 0)
    assert (len(latest["imported"]), len(latest["duplicates"]), len(latest["failed"])) == (1, 5, 1)
    code, out, _ = run(capsys, "--archive", db, "--json", "import-log", "--limit", "1")
    assert [b["id"] for b in json.loads(out)] == [log[0]["id"]]
    code, text, _ = run(capsys, "--archive", db, "import-log")
    lines = text.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"#{log[0]['id']} ")
    assert "1 imported, 5 duplicates, 1 failed" in lines[0]
