"""The event commands that twin the window's Event tab and tools."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import run, seeded_cli_archive


@pytest.fixture
def w(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    return seeded_cli_archive(tmp_path, seeds_dir, capsys)


def _linked(capsys, w) -> tuple[int, list[int]]:
    _code, rows, _err = run(capsys, *w, "articles")
    ids = sorted(r["id"] for r in rows)[:2]
    code, data, _err = run(capsys, *w, "link", *map(str, ids), "--title", "First title")
    assert code == 0
    return data["event_id"], ids


def test_event_edit_renames_and_dates_an_event(capsys, w):
    event, _ids = _linked(capsys, w)
    code, data, _err = run(
        capsys, *w, "event-edit", str(event), "--title", "Better title", "--place", "Hà Nội",
        "--start", "2021-03-10", "--end", "2021-03-12",
    )  # fmt: skip
    assert code == 0 and data["changed"]["title"] == "Better title"
    _code, events, _err = run(capsys, *w, "events")
    assert [(e["id"], e["title"]) for e in events] == [(event, "Better title")]
    code, _out, err = run(capsys, *w, "event-edit", str(event), "--start", "2021-03-12",
                          "--end", "2021-03-01")  # fmt: skip
    assert code == 1 and "before it starts" in err
    assert run(capsys, *w, "event-edit", str(event))[0] == 2  # nothing to change


def test_event_delete_dissolves_and_keeps_the_articles(capsys, w):
    event, ids = _linked(capsys, w)
    code, data, _err = run(capsys, *w, "event-delete", str(event))
    assert code == 0 and data == {"deleted": event}
    assert run(capsys, *w, "events")[1] == []
    _code, rows, _err = run(capsys, *w, "articles")
    assert {r["id"]: r["event_id"] for r in rows if r["id"] in ids} == {i: None for i in ids}
    code, _out, err = run(capsys, *w, "event-delete", str(event))
    assert code == 1 and str(event) in err


def test_compare_marks_differences(capsys, w):
    _code, rows, _err = run(capsys, *w, "articles")
    a, b = sorted(r["id"] for r in rows)[:2]
    code, data, _err = run(capsys, *w, "compare", str(a), str(b))
    assert code == 0 and (data["left"], data["right"]) == (a, b)
    title = next(f for f in data["fields"] if f["field"] == "Title")
    assert title["same"] is False and title["left"] != title["right"]
    code, data, _err = run(capsys, *w, "compare", str(a), str(a))
    assert all(f["same"] for f in data["fields"])
    assert run(capsys, *w, "compare", str(a), "999999")[0] == 1


def test_link_features_recomputes_every_article(capsys, w):
    code, data, _err = run(capsys, *w, "link-features")
    assert code == 0 and data == {"articles": 5}
