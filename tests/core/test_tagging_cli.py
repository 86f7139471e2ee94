"""The tagging commands of ``gcm-archive``: JSON shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out)


@pytest.fixture
def location(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    where = str(tmp_path / "cli.sqlite")
    assert main(["--archive", where, "import", str(seeds_dir)]) == 0
    capsys.readouterr()
    return where


def seed_id(capsys: pytest.CaptureFixture[str], where: str, name: str) -> int:
    code, articles = run(capsys, "--archive", where, "--json", "articles")
    assert code == 0
    return next(a["id"] for a in articles if Path(a["source_path"]).name == name)


def test_objectives_and_actors_json(location: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, objectives = run(capsys, "--archive", location, "objectives", "--json")
    assert code == 0 and [o["number"] for o in objectives] == list(range(1, 24))
    assert objectives[9]["label"].startswith("Objective 10 — Prevent, combat and eradicate")
    assert objectives[9]["titles"]["fr"].startswith("Prévenir")
    code, actors = run(capsys, "--archive", location, "actors", "--json")
    assert code == 0
    iom = next(a for a in actors if a["name"] == "IOM")
    assert {"Tổ chức Di cư Quốc tế", "OIM"} <= {a["alias"] for a in iom["aliases"]}


def test_suggest_tag_and_reject(location: str, capsys: pytest.CaptureFixture[str]) -> None:
    article = seed_id(capsys, location, "004_5b85843a97cbeb94.txt")
    code, data = run(capsys, "--archive", location, "suggest-tags", str(article), "--json")
    assert code == 0 and set(data) == {"objectives", "actors"}
    scores = [o["score"] for o in data["objectives"]]
    assert scores == sorted(scores, reverse=True)
    for o in data["objectives"]:
        assert {"number", "score", "evidence"} <= set(o) and o["evidence"]
        assert {"text", "start", "end"} <= set(o["evidence"][0])
    for a in data["actors"]:
        assert {"name", "score", "evidence", "known"} <= set(a) and isinstance(a["known"], bool)
    assert {23, 1, 6} <= {o["number"] for o in data["objectives"][:5]}
    assert "Vietnam Women's Union" in [a["name"] for a in data["actors"]]

    code, out = run(
        capsys,
        "--archive",
        location,
        "--json",
        "tag",
        str(article),
        "--objective",
        "23",
        "--objective",
        "6",
        "--actor",
        "Kesatuan Wanita Vietnam",
    )
    assert code == 0 and out["changed"] == 1 and out["actors"] == ["Vietnam Women's Union"]
    code, shown = run(capsys, "--archive", location, "--json", "articles")
    tagged = next(a for a in shown if a["id"] == article)
    assert tagged["objectives"] == [6, 23] and tagged["actors"] == ["Vietnam Women's Union"]

    assert run(capsys, "--archive", location, "reject", str(article), "--objective", "7")[0] == 0
    code, data = run(capsys, "--archive", location, "suggest-tags", str(article), "--json")
    assert 7 not in [o["number"] for o in data["objectives"]]

    code, out = run(
        capsys, "--archive", location, "tag", str(article), "--objective", "6", "--remove", "--json"
    )
    assert code == 0 and out["removed"] is True and out["changed"] == 1


def test_actor_admin_and_errors(location: str, capsys: pytest.CaptureFixture[str]) -> None:
    w = ["--archive", location]
    assert run(capsys, *w, "actor-add", "Test NGO", "--alias", "TNGO", "--country", "vn")[0] == 0
    assert run(capsys, *w, "actor-alias", "Test NGO", "Tổ chức Thử")[0] == 0
    assert run(capsys, *w, "actor-edit", "tngo", "--name", "Test NGO Viet Nam")[0] == 0
    assert run(capsys, *w, "actor-merge", "Test NGO Viet Nam", "IOM")[0] == 0
    code, actors = run(capsys, *w, "actors", "--json")
    iom = next(a for a in actors if a["name"] == "IOM")
    assert {"Test NGO Viet Nam", "Tổ chức Thử", "TNGO"} <= {a["alias"] for a in iom["aliases"]}
    assert "Test NGO Viet Nam" not in [a["name"] for a in actors]
    assert run(capsys, *w, "tag", "1", "--actor", "No Such Body")[0] == 2
    assert run(capsys, *w, "tag", "1", "--objective", "24")[0] == 2
    assert run(capsys, *w, "tag", "1")[0] == 2
    assert run(capsys, *w, "suggest-tags", "999999")[0] == 1


def test_new_people_show_their_role_and_keep_it_when_accepted(
    location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    w = ["--archive", location]
    article = seed_id(capsys, location, "003_3a143d96d60b21d0.txt")
    code, data = run(capsys, *w, "suggest-tags", str(article), "--json")
    person = next(a for a in data["actors"] if not a["known"] and a["role"])
    code, text = run(capsys, *w, "suggest-tags", str(article))
    assert code == 0 and f"{person['name']}  (new)\n        {person['role']}" in text
    assert run(capsys, *w, "accept", str(article), "--new-actor", person["name"])[0] == 0
    code, actors = run(capsys, *w, "actors", "--json")
    accepted = next(a for a in actors if a["name"] == person["name"])
    assert accepted["role"] == person["role"]
    code, _out = run(
        capsys, *w, "accept", "1", "--new-actor", "Trần Văn Khác", "--role", "Vụ trưởng"
    )
    code, actors = run(capsys, *w, "actors", "--json")
    assert next(a for a in actors if a["name"] == "Trần Văn Khác")["role"] == "Vụ trưởng"
