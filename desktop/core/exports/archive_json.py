"""The whole archive as one JSON document, and back into a new archive.

Every table of the schema is written, in dependency order, one object per row with
its column names: articles, their texts and original files (base64), objectives,
actors and aliases, tags, events, decisions, saved searches, import batches, the
audit log and the settings. Only the search index is left out: it is rebuilt from
the articles on import. The document names the schema revision it was made with;
:func:`import_export` reads it into a new, empty archive of the same revision so
that every table holds exactly what the exported one held.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.types import Date, DateTime, LargeBinary

from desktop import __version__
from desktop.core.archive.session import Archive
from desktop.core.exports import ExportError, atomic_file
from desktop.core.operations.progress import TaskState
from desktop.core.search.indexing import MERGED_KEY, rebuild
from desktop.db import engine as db
from desktop.db.models import ArchiveSetting, Base

FORMAT = "gcm-archive-export"
FORMAT_VERSION = 1
CHUNK = 500


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _decoder(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, LargeBinary):
            out[column.name] = base64.b64decode
        elif isinstance(column.type, DateTime):
            out[column.name] = dt.datetime.fromisoformat
        elif isinstance(column.type, Date):
            out[column.name] = dt.date.fromisoformat
    return out


def export_json(archive: Archive, dest: Path, state: TaskState | None = None) -> Path:
    """Write the archive to ``dest`` (a new file; its folder must exist)."""
    state = state or TaskState()
    with archive.engine.connect() as conn:
        counts = {
            t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()
        }
        total = sum(counts.values())
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema": db.current_revision(archive.engine),
            "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "counts": counts,
        }
        with atomic_file(dest) as part, part.open("w", encoding="utf-8") as out:
            out.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n"tables": {')
            done = 0
            for n, table in enumerate(tables()):
                out.write(("," if n else "") + f"\n{json.dumps(table.name)}: [")
                done = _write_rows(conn, table, out, state, done, total)
                out.write("\n]")
            out.write("\n}}\n")
    state.progress(total, total, "")
    return Path(dest).expanduser().absolute()


def _write_rows(
    conn: Connection, table: Table, out: IO[str], state: TaskState, done: int, total: int
) -> int:
    rows = conn.execution_options(yield_per=CHUNK).execute(select(table).order_by(*_order(table)))
    first = True
    for row in rows.mappings():
        record = {key: _encode(value) for key, value in row.items()}
        out.write(("\n" if first else ",\n") + json.dumps(record, ensure_ascii=False))
        first = False
        done += 1
        if done % CHUNK == 0:
            state.check()
            state.progress(done, total, table.name)
    return done


def read_export(source: Path) -> dict[str, Any]:
    try:
        with Path(source).open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportError(f"{source} is not a readable GCM Archive export: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportError(f"{source} is not a GCM Archive export")
    if data.get("format_version") != FORMAT_VERSION or not isinstance(data.get("tables"), dict):
        raise ExportError(f"{source} is an export format this version cannot read")
    return data


def import_export(location: str, source: Path, state: TaskState | None = None) -> dict[str, int]:
    """Create the archive at ``location`` (new, or empty) from the export ``source``.

    Returns the rows written per table. The export must come from the schema revision
    of this application (export again with a matching version otherwise).
    """
    state = state or TaskState()
    data = read_export(source)
    head = db.head_revision()
    if data.get("schema") != head:
        raise ExportError(
            f"the export has schema {data.get('schema')}, this application {head}: "
            "import it with the version that made it, then upgrade"
        )
    url = db.archive_url(location)
    if url.startswith("sqlite") and Path(url.removeprefix("sqlite:///")).exists():
        raise ExportError(f"{location} already exists; import into a new archive")
    engine = db.connect(location)
    try:
        with engine.begin() as conn:
            if any(conn.scalar(select(func.count()).select_from(t)) for t in tables()):
                raise ExportError(f"{location} is not empty; import into a new archive")
            written = _insert_all(conn, data["tables"], state)
            _reset_sequences(conn)
            rebuild(conn)
            _restore_index_record(conn, data["tables"].get("archive_settings") or [])
    finally:
        engine.dispose()
    return written


def _insert_all(
    conn: Connection, rows_by_table: dict[str, Any], state: TaskState
) -> dict[str, int]:
    total = sum(len(rows_by_table.get(t.name) or []) for t in tables())
    written: dict[str, int] = {}
    done = 0
    for table in tables():
        rows = rows_by_table.get(table.name) or []
        decode = _decoder(table)
        names = {c.name for c in table.columns}
        for start in range(0, len(rows), CHUNK):
            state.check()
            chunk = [
                {
                    k: (decode[k](v) if k in decode and v is not None else v)
                    for k, v in r.items()
                    if k in names
                }
                for r in rows[start : start + CHUNK]
            ]
            conn.execute(insert(table), chunk)
            done += len(chunk)
            state.progress(done, total, table.name)
        written[table.name] = len(rows)
    return written


def _restore_index_record(conn: Connection, settings: list[dict[str, Any]]) -> None:
    """The index's record of its last merge as exported (the rebuild wrote its own):
    the copy's settings are the archive's."""
    conn.execute(delete(ArchiveSetting).where(ArchiveSetting.key == MERGED_KEY))
    for row in settings:
        if row.get("key") == MERGED_KEY:
            conn.execute(insert(ArchiveSetting).values(key=MERGED_KEY, value=row.get("value")))


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: ids were given explicitly, so each sequence continues after the largest."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
            )
