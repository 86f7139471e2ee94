"""The JSON export holds everything and reads back into a new archive, identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.archive.session import Archive, open_archive
from desktop.core.archive.settings import set_import_settings
from desktop.core.exports import ExportError
from desktop.core.exports.archive_json import export_json, import_export, tables
from desktop.core.linking.events import link_articles
from desktop.core.search.service import SearchSpec, search_ids
from desktop.core.tagging.edits import tag_articles
from desktop.db.models import Actor, Article


def _enrich(archive: Archive) -> None:
    """Tags, an event, a setting, audit entries: more than a fresh import has."""
    with archive.session() as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
        actor = session.scalars(select(Actor.id).order_by(Actor.id)).first()
    tag_articles(archive, ids[:2], objectives=[3, 23], actor_ids=[actor] if actor else [])
    link_articles(archive, ids[2:4], title="Một sự kiện — un événement")
    set_import_settings(archive, max_mb=12.5, languages=["vi", "fr"])


def _content(archive: Archive) -> dict[str, list[tuple]]:
    out = {}
    with archive.engine.connect() as conn:
        for table in tables():
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return out


def test_round_trip_gives_identical_tables(seeded_archive: Archive, tmp_path: Path):
    _enrich(seeded_archive)
    dump = export_json(seeded_archive, tmp_path / "archive.json")
    data = json.loads(dump.read_text("utf-8"))
    assert data["format"] == "gcm-archive-export" and data["counts"]["articles"] == 5
    assert data["tables"]["originals"][0]["data"]  # the files themselves, base64
    written = import_export(str(tmp_path / "copy.sqlite"), dump)
    assert written["articles"] == 5 and written["audit_log"] >= 3
    copy = open_archive(tmp_path / "copy.sqlite", curator="tester")
    try:
        before, after = _content(seeded_archive), _content(copy)
        for name in before:
            assert after[name] == before[name], name
        spec = SearchSpec(text="migra*")
        found = search_ids(copy, spec).ids
        assert found and sorted(found) == sorted(search_ids(seeded_archive, spec).ids)
    finally:
        copy.close()


def test_import_export_refuses_an_existing_archive_and_bad_files(
    seeded_sqlite: Archive, tmp_path: Path
):
    dump = export_json(seeded_sqlite, tmp_path / "a.json")
    with pytest.raises(ExportError, match="already exists"):
        import_export(seeded_sqlite.location, dump)
    with pytest.raises(ExportError, match="already exists"):
        export_json(seeded_sqlite, dump)
    with pytest.raises(ExportError, match="does not exist"):
        export_json(seeded_sqlite, tmp_path / "missing" / "a.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', "utf-8")
    with pytest.raises(ExportError, match="not a GCM Archive export"):
        import_export(str(tmp_path / "new.sqlite"), bad)
    assert not (tmp_path / "new.sqlite").exists()


def test_cli_export_and_import_export(capsys, seeded_sqlite: Archive, tmp_path: Path):
    out = tmp_path / "a.json"
    assert main(["--archive", seeded_sqlite.location, "export", "json", str(out)]) == 0
    target = str(tmp_path / "b.sqlite")
    capsys.readouterr()
    assert main(["--archive", target, "--json", "import-export", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 5
    assert main(["--archive", target, "--json", "articles"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


@pytest.mark.postgres
def test_import_into_postgresql_keeps_ids_and_sequences(
    seeded_sqlite: Archive, tmp_path: Path, pg_url: str
):
    _enrich(seeded_sqlite)
    dump = export_json(seeded_sqlite, tmp_path / "archive.json")
    import_export(pg_url, dump)
    team = open_archive(pg_url, curator="tester")
    try:
        before, after = _content(seeded_sqlite), _content(team)
        for name in before:
            assert after[name] == before[name], name
        link_articles(team, [1, 5], title="new event")  # ids continue after the imported ones
        with team.session() as session:
            from desktop.db.models import Event

            assert max(session.scalars(select(Event.id))) > max(r[0] for r in before["events"])
    finally:
        team.close()
