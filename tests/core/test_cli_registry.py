"""CLI commands keeping the actor registry and the learned terms: delete, unalias, relearn."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.archive.session import open_archive
from desktop.core.tagging.learning import MODEL_KEY
from desktop.db.models import ArchiveSetting
from tests.core.cli_helpers import run, seeded_cli_archive


@pytest.fixture
def w(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    return seeded_cli_archive(tmp_path, seeds_dir, capsys)


def _actor(capsys, w: list[str], name: str) -> dict[str, Any] | None:
    _code, actors, _err = run(capsys, *w, "actors")
    return next((a for a in actors if a["name"] == name), None)


def _ids(capsys, w: list[str]) -> list[int]:
    _code, rows, _err = run(capsys, *w, "articles")
    return sorted(r["id"] for r in rows)


def test_actor_delete_removes_the_actor_and_its_tags(capsys, w):
    ids = _ids(capsys, w)
    assert run(capsys, *w, "actor-add", "Short Lived Body", "--alias", "SLB")[0] == 0
    assert run(capsys, *w, "tag", str(ids[0]), str(ids[1]), "--actor", "SLB")[0] == 0
    _code, rows, _err = run(capsys, *w, "articles")
    assert sum("Short Lived Body" in r["actors"] for r in rows) == 2
    code, data, _err = run(capsys, *w, "actor-delete", "slb")
    assert code == 0 and data["deleted"] == "Short Lived Body"
    assert _actor(capsys, w, "Short Lived Body") is None
    _code, rows, _err = run(capsys, *w, "articles")
    assert not any("Short Lived Body" in r["actors"] for r in rows)
    code, _out, err = run(capsys, *w, "actor-delete", "Short Lived Body")
    assert code != 0 and err.startswith("gcm-archive: ")


def test_alias_removal(capsys, w):
    assert run(capsys, *w, "actor-alias", "IOM", "OIM Genève", "--language", "fr")[0] == 0
    aliases = {a["alias"] for a in _actor(capsys, w, "IOM")["aliases"]}  # type: ignore[index]
    assert "OIM Genève" in aliases
    code, data, _err = run(capsys, *w, "actor-alias", "IOM", "oim geneve", "--remove")
    assert code == 0 and data["removed"] is True
    after = {a["alias"] for a in _actor(capsys, w, "IOM")["aliases"]}  # type: ignore[index]
    assert after == aliases - {"OIM Genève"}
    code, _out, err = run(capsys, *w, "actor-alias", "IOM", "never was", "--remove")
    assert code == 1 and "never was" in err
    assert {a["alias"] for a in _actor(capsys, w, "IOM")["aliases"]} == after  # type: ignore[index]


def _learned(location: str) -> Any:
    archive = open_archive(location)
    try:
        with archive.session() as session:
            row = session.get(ArchiveSetting, MODEL_KEY)
            return None if row is None else json.loads(json.dumps(row.value))
    finally:
        archive.close()


def test_relearn_rebuilds_what_tagging_learned(capsys, w):
    location = w[1]
    ids = _ids(capsys, w)
    assert run(capsys, *w, "tag", *map(str, ids[:3]), "--objective", "23")[0] == 0
    assert run(capsys, *w, "tag", str(ids[3]), "--objective", "6")[0] == 0
    learned = _learned(location)
    assert learned is not None
    archive = open_archive(location)
    try:
        with archive.session() as session, session.begin():
            session.delete(session.get(ArchiveSetting, MODEL_KEY))
    finally:
        archive.close()
    code, data, _err = run(capsys, *w, "relearn")
    assert code == 0 and data == {"tagged_articles": 4}
    assert _learned(location) == learned
    code, out, _err = run(capsys, "--archive", location, "relearn")
    assert code == 0 and "4" in out
