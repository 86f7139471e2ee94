"""The event commands and their JSON shapes."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli.main import main
from desktop.core.linking.scoring import DEFAULT_MIN_SCORE


def run(capsys, *args: str) -> tuple[int, object, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() and "--json" in args else out), err


def test_suggest_link_events_unlink(capsys, tmp_path: Path, seeds_dir: Path):
    db = str(tmp_path / "a.sqlite")
    code, imported, _ = run(capsys, "--archive", db, "--json", "import", str(seeds_dir))
    ids = {Path(i["path"]).name[:3]: i["id"] for i in imported["imported"]}
    code, found, _ = run(capsys, "--archive", db, "--json", "suggest-links")
    assert code == 0 and isinstance(found, list) and found
    for item in found:
        assert set(item) == {"articles", "score", "reasons", "dates_checked"}
        assert len(item["articles"]) == 2 and item["score"] >= DEFAULT_MIN_SCORE
        assert all(isinstance(r, str) for r in item["reasons"])
    assert [s["score"] for s in found] == sorted((s["score"] for s in found), reverse=True)
    assert sorted(found[0]["articles"]) == sorted([ids["000"], ids["002"]])
    code, everything, _ = run(
        capsys, "--archive", db, "--json", "suggest-links", "--min-score", "0"
    )
    assert len(everything) >= len(found)

    code, linked, _ = run(
        capsys, "--archive", db, "--json", "link", str(ids["000"]), str(ids["002"]), "--title", "T"
    )
    assert code == 0
    code, _out, _ = run(
        capsys, "--archive", db, "set-role", str(ids["000"]), "translation", "--from", "vi"
    )
    assert code == 0
    code, events, _ = run(capsys, "--archive", db, "--json", "events")
    (event,) = events
    assert {"id", "title", "date", "members"} <= set(event)
    assert event["id"] == linked["event_id"] and event["title"] == "T"
    assert event["date"] == "2021-03-10"  # the first day of "Từ ngày 10-12/3" in 002
    members = {m["article_id"]: m for m in event["members"]}
    assert set(members) == {ids["000"], ids["002"]}
    assert {"article_id", "role", "language"} <= set(members[ids["000"]])
    assert members[ids["000"]]["role"] == "translation"
    assert members[ids["000"]]["language"] == "fr"

    code, _out, _ = run(
        capsys, "--archive", db, "--json", "reject-link", str(ids["001"]), str(ids["004"])
    )
    assert code == 0
    code, _out, _ = run(capsys, "--archive", db, "unlink", str(ids["002"]))
    assert code == 0
    code, _out, err = run(capsys, "--archive", db, "unlink", str(ids["002"]))
    assert code == 1 and err.startswith("gcm-archive: ") and len(err.strip().splitlines()) == 1
    code, _out, _ = run(capsys, "--archive", db, "link", str(ids["001"]), str(ids["004"]))
    code, events, _ = run(capsys, "--archive", db, "--json", "events")
    assert len(events) == 2
    keep, other = sorted(e["id"] for e in events)
    code, _out, _ = run(capsys, "--archive", db, "merge-events", str(keep), str(other))
    assert code == 0
    code, events, _ = run(capsys, "--archive", db, "--json", "events")
    assert [e["id"] for e in events] == [keep] and len(events[0]["members"]) == 3
