"""The command line answers alike for a missing article, refuses empty reports of
missing ids, names failures in the user's language and shows progress on a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli import common
from desktop.cli.main import main
from desktop.core.extract.model import ExtractSettings
from desktop.core.importing.pool import ExtractPool
from desktop.i18n import set_language
from tests.core.cli_helpers import run


@pytest.fixture
def location(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    where = str(tmp_path / "cli.sqlite")
    assert main(["--archive", where, "import", str(seeds_dir)]) == 0
    capsys.readouterr()
    return where


@pytest.fixture(autouse=True)
def english_after():
    yield
    set_language("en")


@pytest.mark.parametrize(
    "command",
    [
        ["show", "999"],
        ["tag", "999", "--objective", "2"],
        ["accept", "999", "--objective", "2"],
        ["reject", "999", "--objective", "2"],
        ["edit", "999", "--title", "x"],
        ["delete", "999"],
    ],
)
def test_a_missing_article_is_exit_1_and_named(location, capsys, command):
    code, _out, err = run(capsys, "--archive", location, *command)
    assert code == 1, err
    assert "999" in err


def test_delete_names_only_the_missing_ids(location, capsys):
    code, articles, _err = run(capsys, "--archive", location, "--json", "articles")
    first = articles[0]["id"]
    code, _out, err = run(capsys, "--archive", location, "delete", str(first), "998", "999")
    assert code == 1
    assert "998, 999" in err and f"{first}," not in err
    code, again, _err = run(capsys, "--archive", location, "--json", "articles")
    assert len(again) == len(articles)  # nothing deleted


def test_a_bad_objective_stays_a_usage_error(location, capsys):
    code, articles, _err = run(capsys, "--archive", location, "--json", "articles")
    code, _out, err = run(
        capsys, "--archive", location, "tag", str(articles[0]["id"]), "--objective", "99"
    )
    assert code == 2 and "23" in err


def test_report_refuses_ids_that_name_no_article(location, capsys, tmp_path):
    out = tmp_path / "r.pdf"
    code, _out, err = run(
        capsys, "--archive", location, "report", "--out", str(out), "--ids", "999"
    )
    assert code == 1 and "999" in err
    assert not out.exists()


def test_failed_import_reasons_follow_lang(tmp_path, capsys):
    where = str(tmp_path / "a.sqlite")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "c.pdf").write_bytes(b"\x00 not a pdf")
    code, report, _err = run(
        capsys,
        "--lang", "fr", "--archive", where, "--json", "import",
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert code == 1
    assert report["duplicates"] == []
    errors = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    assert errors["a.txt"] == errors["b.txt"] == "fichier vide"
    assert errors["c.pdf"].startswith("PDF corrompu")


def test_extraction_workers_speak_the_user_language():
    set_language("fr")
    with ExtractPool(ExtractSettings(languages=("en", "fr")), processes=1) as pool:
        results = list(pool.imap([(Path("vide.txt"), b"")]))
    assert [str(r) for r in results] == ["fichier vide"]


def test_progress_goes_to_a_terminal_only(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Tty()
    monkeypatch.setattr(common.sys, "stderr", screen)
    state = common.terminal_progress("Importing")
    state.progress(3, 10, "")
    state.progress(10, 10, "")
    common.end_progress(state)
    assert "Importing 3/10" in screen.getvalue() and screen.getvalue().endswith("\n")

    pipe = io.StringIO()
    monkeypatch.setattr(common.sys, "stderr", pipe)
    state = common.terminal_progress("Importing")
    state.progress(3, 10, "")
    common.end_progress(state)
    assert pipe.getvalue() == ""
