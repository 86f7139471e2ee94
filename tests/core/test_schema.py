"""A new archive gets the head schema in one step (models, search index, browsing
indexes, stamp): the very schema an archive of the first revision has once migrated."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text

from desktop.db import engine as db
from tests.conftest import new_pg_schema

FIRST = "0001"


def _sql(statement: str | None) -> str:
    return " ".join((statement or "").split())


def schema_of(engine: Engine) -> dict[str, Any]:
    """Everything that makes the schema, in a form that compares: tables, columns in
    order, constraints and indexes by name, the DDL of what no model describes."""
    insp = inspect(engine)
    out: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table),
            "fks": sorted(
                (
                    fk["name"] or "",
                    fk["constrained_columns"],
                    fk["referred_table"],
                    fk["referred_columns"],
                    sorted(fk.get("options", {}).items()),
                )
                for fk in insp.get_foreign_keys(table)
            ),
            "unique": sorted(
                (u["name"] or "", u["column_names"]) for u in insp.get_unique_constraints(table)
            ),
        }
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(
                text(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type != 'table' "
                    "OR sql LIKE 'CREATE VIRTUAL%'"
                )
            )
            out["objects"] = sorted((r[0], r[1], r[2], _sql(r[3])) for r in rows)
        else:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
            indexes = conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :s"),
                {"s": schema},
            )
            out["objects"] = sorted((r[0], r[1].replace(f"{schema}.", "")) for r in indexes)
            constraints = conn.execute(
                text(
                    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                    "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE n.nspname = :s"
                ),
                {"s": schema},
            )
            out["constraints"] = sorted(tuple(r) for r in constraints)
        out["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return out


@contextmanager
def _two_locations(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[str, str]]:
    if backend == "sqlite":
        yield str(tmp_path / "migrated.sqlite"), str(tmp_path / "new.sqlite")
        return
    server = request.getfixturevalue("pg_server")
    with new_pg_schema(server) as migrated, new_pg_schema(server) as new:
        yield migrated, new


# SQLite reflection skips expression indexes: their DDL is compared in "objects".
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_new_archive_has_the_schema_of_a_migrated_one(backend, tmp_path, request):
    with _two_locations(backend, tmp_path, request) as (migrated, new):
        old = db.make_engine(db.archive_url(migrated))
        try:
            db.upgrade(old, FIRST)
            db.upgrade(old)  # every revision in turn, as an archive of 0001 goes
            expected = schema_of(old)
        finally:
            old.dispose()
        fresh = db.connect(new)
        try:
            made = schema_of(fresh)
        finally:
            fresh.dispose()
    assert made["revision"] == [(db.head_revision(),)]
    assert {"articles", "actor_aliases", "archive_settings"} <= set(made)
    assert any("ix_articles_sort_date" in str(row) for row in made["objects"])
    assert made == expected
