"""Opening an archive database: URL resolution, pragmas, schema revision checks.

A local SQLite archive is backed up and upgraded automatically when its schema is
older than the app's; a PostgreSQL archive is never upgraded behind a team's back:
the user is told to run ``gcm-archive upgrade``. A schema newer than the app knows
is refused untouched.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class ArchiveError(Exception):
    """The archive cannot be opened as asked; the message says why and what to do."""


def archive_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL given by the user."""
    text = str(location)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ArchiveError(f"unsupported database {url.get_backend_name()!r}")
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class ReadOnlyArchive(ArchiveError):
    """A change was asked of an archive opened read-only."""


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "REINDEX", "VACUUM")


def _refuse_writes(
    _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    if statement.lstrip().upper().startswith(_WRITES):
        raise ReadOnlyArchive(
            "this archive is open read-only (its disk or folder cannot be written): "
            "nothing was changed; copy it to a writable place to edit it"
        )


def read_only_reason(path: Path) -> str | None:
    """Why the SQLite file at ``path`` must be opened read-only, or None if it need not."""
    if not path.exists():
        return None
    if not os.access(path.parent, os.W_OK):
        return "folder"  # WAL side files cannot be made: open immutable
    if not os.access(path, os.W_OK):
        return "file"
    return None


def read_only_url(path: Path, reason: str) -> str:
    """A SQLite URI URL; the path is quoted twice (the URL parser takes one level off,
    SQLite's URI parser the other), so spaces, ``#`` and ``?`` in names survive."""
    query = "mode=ro&uri=true" + ("&immutable=1" if reason == "folder" else "")
    return f"sqlite:///file:{quote(quote(str(path.resolve())))}?{query}"


def is_read_only(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.query.get("mode") == "ro"


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        if is_read_only(engine):
            event.listen(engine, "connect", _read_only_pragmas)
            event.listen(engine, "before_cursor_execute", _refuse_writes)
        else:
            event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


# Opening an archive only compares its revision with the migration files' own: they are
# read as text, without Alembic (a third of a second of imports, needed to upgrade only).
_REVISION = re.compile(
    r"""^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:"([^"]*)"|'([^']*)'|None)\s*$""", re.M
)


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it revises (None: the first)."""
    graph: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, str | None] = {}
        for match in _REVISION.finditer(file.read_text(encoding="utf-8")):
            values[match.group(1)] = match.group(2) or match.group(3)
        if values.get("revision"):
            graph[str(values["revision"])] = values.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    revised = set(graph.values())
    heads = [revision for revision in graph if revision not in revised]
    if len(heads) != 1:  # a merge or an unusual file: Alembic knows
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
        assert head is not None
        return head
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


@cache
def _scripts() -> ScriptDirectory:
    """Alembic's view of the migrations, read once per process (for new archives)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def current_revision(engine: Engine) -> str | None:
    """The archive's schema revision (Alembic's table), None for an empty database."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            table = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).scalar()
        else:
            table = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
        if table is None:
            return None
        versions = [
            row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
        ]
    if len(versions) > 1:
        raise ArchiveError(f"this archive has several schema revisions: {', '.join(versions)}")
    return versions[0] if versions else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema of ``engine``'s database up to ``revision``."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def backup_sqlite(engine: Engine, reason: str) -> Path:
    """Copy a SQLite archive beside itself with the backup API; returns the copy's path."""
    from desktop.db.backup import BackupError, backup_beside

    database = engine.url.database
    if not database:
        raise ArchiveError("cannot back up an in-memory archive")
    try:
        return backup_beside(Path(database), reason)
    except BackupError as exc:
        raise ArchiveError(str(exc)) from exc


class UpgradeNeeded(ArchiveError):
    """The archive's schema is older than the application's and was not upgraded
    automatically (PostgreSQL, or ``auto_upgrade=False``): :func:`upgrade_archive`."""


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None  # None: the database was empty
    after: str
    backup: Path | None  # the copy made beside a SQLite archive before upgrading


def _open_engine(location: str | Path, *, create: bool) -> tuple[Engine, str | None]:
    """An engine on ``location`` and its archive revision, after the refusals every
    way in shares: no file created unless ``create``, a folder, an unreachable
    database, a database that is not a GCM archive, a schema newer than the app's."""
    url = archive_url(location)
    if url.startswith("sqlite"):
        path = Path(make_url(url).database or "")
        if not path.exists():
            if not create:
                raise ArchiveError(f"no archive at {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise ArchiveError(f"{path} is a folder, not an archive file")
    # Checked on a plain connection: the pragmas (WAL) would change a foreign file.
    probe = create_engine(url, poolclass=NullPool)
    try:
        revision = current_revision(probe)
        if revision is not None and revision not in known_revisions():
            raise ArchiveError(
                f"this archive has schema {revision}, newer than this version of GCM Archive "
                "knows; it was left untouched: update the application"
            )
        if revision is None and _has_foreign_tables(probe):
            raise ArchiveError(f"{location} is a database, but not a GCM archive; left untouched")
    except ArchiveError:
        raise
    except Exception as exc:  # driver errors: bad server, bad file
        raise ArchiveError(f"cannot open archive {location}: {_first_line(exc)}") from exc
    finally:
        probe.dispose()
    return make_engine(url), revision


def _upgrade_from(engine: Engine, revision: str | None) -> UpgradeResult:
    """Back up an existing SQLite archive beside itself, then migrate it to head; an
    empty database is given the head schema at once."""
    if revision is None:
        from desktop.db.schema import create_head

        with engine.begin() as conn:
            head = create_head(conn, _scripts())
        return UpgradeResult(before=None, after=head, backup=None)
    backup = None
    if engine.dialect.name == "sqlite":
        backup = backup_sqlite(engine, f"pre-upgrade-{revision}")
    upgrade(engine)
    return UpgradeResult(before=revision, after=head_revision(), backup=backup)


def upgrade_archive(location: str | Path) -> UpgradeResult:
    """Bring the existing archive at ``location`` to the application's schema.

    The refusals of :func:`connect` hold (a mistyped path creates nothing, a
    foreign database or a newer schema is left untouched); a SQLite archive is
    backed up beside itself first. Already current: nothing is done.
    """
    engine, revision = _open_engine(location, create=False)
    try:
        if revision == head_revision():
            return UpgradeResult(before=revision, after=revision, backup=None)
        return _upgrade_from(engine, revision)
    finally:
        engine.dispose()


def connect(location: str | Path, *, create: bool = True, auto_upgrade: bool = True) -> Engine:
    """Open the archive at ``location`` (a path or a SQLAlchemy URL) with a current schema.

    - new SQLite file: created (if ``create``) with the head schema;
    - older SQLite schema: backed up beside itself, then upgraded;
    - older PostgreSQL schema: :class:`UpgradeNeeded` telling to run ``gcm-archive upgrade``;
    - newer schema than this app knows, or not a GCM archive: :class:`ArchiveError`,
      nothing touched.
    """
    read_only = _read_only_engine(location)
    if read_only is not None:
        return read_only
    engine, revision = _open_engine(location, create=create)
    head = head_revision()
    if revision == head:
        return engine
    if revision is not None and (engine.dialect.name != "sqlite" or not auto_upgrade):
        engine.dispose()
        if auto_upgrade or engine.dialect.name != "sqlite":
            raise UpgradeNeeded(
                f"this archive's schema ({revision}) is older than the application's ({head}); "
                "run `gcm-archive --archive URL upgrade` once for the team"
            )
        raise UpgradeNeeded(f"archive schema {revision} needs an upgrade to {head}")
    try:
        _upgrade_from(engine, revision)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _read_only_engine(location: str | Path) -> Engine | None:
    """A read-only engine when ``location`` is an existing SQLite archive that cannot be
    written (read-only file, folder or disk), else None."""
    url = archive_url(location)
    if not url.startswith("sqlite"):
        return None
    path = Path(make_url(url).database or "")
    if not path.is_file():
        return None
    reason = read_only_reason(path)
    return None if reason is None else _connect_read_only(path, reason, location)


def _connect_read_only(path: Path, reason: str, location: str | Path) -> Engine:
    engine = make_engine(read_only_url(path, reason))
    try:
        revision = current_revision(engine)
    except Exception as exc:
        engine.dispose()
        raise ArchiveError(f"cannot open archive {location}: {_first_line(exc)}") from exc
    if revision != head_revision():
        engine.dispose()
        raise ArchiveError(
            f"{location} is read-only and its schema ({revision}) is not this application's "
            f"({head_revision()}); copy it to a writable place to open it"
        )
    return engine


def _has_foreign_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


def error_reason(exc: BaseException) -> str:
    """The first line of a database error's message, also when the message quotes
    bytes of a damaged file that are not UTF-8 (the driver then raises a decoding
    error that holds the message's bytes)."""
    for err in (exc, getattr(exc, "orig", None), exc.__cause__, exc.__context__):
        if isinstance(err, UnicodeDecodeError) and isinstance(err.object, bytes):
            text = err.object.decode("utf-8", "replace").strip()
            return text.splitlines()[0] if text else type(err).__name__
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


_first_line = error_reason
