"""The search commands of gcm-archive: JSON shapes, saved searches, reindex, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.archive.session import Archive
from tests.conftest import unchanged
from tests.core.search_corpus import build, tag


def run(capsys, *args: str) -> tuple[int, object]:
    code = main(list(args))
    out, _err = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith(("[", "{")) else out


def _filled(archive: Archive, folder: Path) -> tuple[str, dict[str, int]]:
    ids = build(archive, folder)
    ids["event"] = tag(archive, ids)["event"]
    return archive.location, ids


@pytest.fixture(scope="module")
def shared(module_archive: Archive, tmp_path_factory: pytest.TempPathFactory):
    """For the commands that only read: one archive per backend for the module."""
    filled = _filled(module_archive, tmp_path_factory.mktemp("corpus"))
    with unchanged(module_archive):
        yield filled


@pytest.fixture
def db(archive: Archive, tmp_path: Path) -> tuple[str, dict[str, int]]:
    """For the commands that write: an archive of the test's own."""
    return _filled(archive, tmp_path / "corpus")


def test_search_json_shape(capsys, shared):
    location, ids = shared
    code, data = run(capsys, "--archive", location, "search", "phan chi thanh", "--json")
    assert code == 0 and isinstance(data, list) and len(data) == 2
    for item in data:
        assert set(item) == {"id", "title", "rank", "relevance", "score", "snippet"}
        assert isinstance(item["id"], int) and isinstance(item["score"], float)
        assert isinstance(item["title"], str) and isinstance(item["snippet"], str)
    assert {item["id"] for item in data} == {ids["fr2"], ids["vi1"]}
    assert any("[Phan] [Chí] [Thành]" in item["snippet"] for item in data)


def test_search_options(capsys, shared):
    location, ids = shared
    base = ["--archive", location, "--json", "search"]
    _, data = run(capsys, *base, "di cư", "--exact", "--language", "vi", "--limit", "1")
    assert len(data) == 1 and data[0]["id"] in {ids["vi1"], ids["vi2"]}
    _, data = run(
        capsys,
        *base,
        "",
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
        "--date-field",
        "published",
        "--sort",
        "published",
        "--asc",
    )
    assert [d["id"] for d in data] == [ids["fr1"], ids["vi1"]]
    _, data = run(capsys, *base, "--objective", "23", "--actor", "Phan Chi Thanh")
    assert [d["id"] for d in data] == [ids["vi1"]]
    _, data = run(capsys, *base, "--outlet", "baoquocte.vn", "--status", "new", "--untagged")
    assert {d["id"] for d in data} == {ids["vi2"], ids["vi3"]}
    _, data = run(
        capsys,
        *base,
        "--has-translations",
        "--event",
        str(ids["event"]),
        "--sort",
        "title",
        "--asc",
    )
    assert [d["id"] for d in data] == [ids["vi1"], ids["fr1"]]


def test_search_human_output(capsys, shared):
    location, _ids = shared
    code, out = run(capsys, "--archive", location, "search", "kementerian")
    assert code == 0 and "Migrasi selamat" in out and "[Kementerian]" in out
    code, out = run(capsys, "--archive", location, "search", "zzzz")
    assert code == 0 and out.strip()


def test_saved_search_commands(capsys, db):
    location, ids = db
    base = ["--archive", location, "--json"]
    code, data = run(capsys, *base, "saved-search", "add", "vi", "di cu", "--language", "vi")
    assert code == 0 and data["name"] == "vi" and data["languages"] == ["vi"]
    code, data = run(capsys, *base, "saved-search", "list")
    assert [s["name"] for s in data] == ["vi"] and data[0]["query"] == "di cu"
    code, data = run(capsys, *base, "saved-search", "run", "vi")
    assert code == 0 and sorted(data["ids"]) == sorted([ids["vi1"], ids["vi2"]])
    code, data = run(capsys, *base, "saved-search", "delete", "vi")
    assert code == 0
    code, _ = run(capsys, *base, "saved-search", "run", "vi")
    assert code == 1


def test_reindex_command(capsys, db):
    location, ids = db
    code, data = run(capsys, "--archive", location, "reindex", "--json")
    assert code == 0 and data == {"indexed": len(ids) - 1}  # ids also holds the event


def test_bad_options_are_usage_errors(capsys, tmp_path: Path):
    with pytest.raises(SystemExit) as info:
        main(["--archive", str(tmp_path / "a.sqlite"), "search", "x", "--from", "12/03/2021"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--archive", str(tmp_path / "a.sqlite"), "search", "x", "--status", "bogus"])
    assert info.value.code == 2
