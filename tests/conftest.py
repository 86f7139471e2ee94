"""Fixtures shared by the whole suite.

``archive`` runs a test on a SQLite file AND on PostgreSQL (a schema of its own in
the server named by ``GCM_TEST_POSTGRES_URL``). Outside CI an unreachable server
skips the PostgreSQL half with the reason; with ``CI=true`` it fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GCM_CURATOR", "tester")

from desktop.core.archive.session import Archive, open_archive
from desktop.core.importing.run import import_paths
from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.registry import registry_from_resources

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    return os.environ.get("GCM_TEST_POSTGRES_URL", DEFAULT_PG)


def _pg_available() -> str | None:
    """None when the server answers, else the reason."""
    import psycopg

    from desktop.db.engine import archive_url

    url = archive_url(postgres_url()).replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url, connect_timeout=3):
            return None
    except Exception as exc:  # any failure to reach the server
        return f"PostgreSQL not reachable at {postgres_url()}: {str(exc).splitlines()[0]}"


@pytest.fixture(scope="session")
def pg_server() -> str:
    reason = _pg_available()
    if reason is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    return postgres_url()


@contextmanager
def new_pg_schema(pg_server: str) -> Iterator[str]:
    """A URL whose connections use a fresh schema, dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = pg_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_server else "?"
    try:
        yield f"{pg_server}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL whose connections use a fresh schema, dropped afterwards."""
    with new_pg_schema(pg_server) as url:
        yield url


@pytest.fixture
def sqlite_archive(tmp_path: Path) -> Iterator[Archive]:
    archive = open_archive(tmp_path / "archive.sqlite", curator="tester")
    yield archive
    archive.close()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Archive]:
    if request.param == "sqlite":
        location = str(tmp_path / "archive.sqlite")
    else:
        location = request.getfixturevalue("pg_url")
    opened = open_archive(location, curator="tester")
    yield opened
    opened.close()


@pytest.fixture(scope="module", params=BACKENDS)
def module_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def module_archives(
    module_backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[], Archive]]:
    """Makes new archives on the module's backend that live as long as the module, for
    tests that only read what a module fixture put in them (that fixture holds each one
    :func:`unchanged` while the tests run)."""
    with ExitStack() as stack:

        def make() -> Archive:
            if module_backend == "sqlite":
                location = str(tmp_path_factory.mktemp("module_archive") / "archive.sqlite")
            else:
                location = stack.enter_context(new_pg_schema(request.getfixturevalue("pg_server")))
            opened = open_archive(location, curator="tester")
            stack.callback(opened.close)
            return opened

        yield make


@pytest.fixture(scope="module")
def module_archive(module_archives: Callable[[], Archive]) -> Archive:
    """One archive per test module and backend (see :func:`module_archives`)."""
    return module_archives()


@pytest.fixture(scope="module")
def module_seeded(
    module_archives: Callable[[], Archive], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Archive]:
    """The demo corpus imported once per module and backend, for tests that only read."""
    seeded = module_archives()
    seeds = tmp_path_factory.mktemp("module_seeds") / "seeds"
    shutil.copytree(SEEDS, seeds)
    import_like_the_app(seeded, [seeds])
    with unchanged(seeded):
        yield seeded


def _contents(archive: Archive) -> dict[str, list[str]]:
    """Every row of every table (the search index's included), in a comparable form."""
    from sqlalchemy import inspect, text

    names = inspect(archive.engine).get_table_names()
    shadow = ("_data", "_idx", "_content", "_docsize", "_config")  # SQLite FTS5's own
    out: dict[str, list[str]] = {}
    with archive.engine.connect() as conn:
        for name in names:
            if name.startswith("search_") and name.endswith(shadow):
                continue
            rows = conn.execute(text(f'SELECT * FROM "{name}"'))
            out[name] = sorted(repr(tuple(row)) for row in rows)
    return out


@contextmanager
def unchanged(archive: Archive) -> Iterator[None]:
    """Hold a shared archive read-only: every row is the same when the block ends, or the
    module's last test errors."""
    before = _contents(archive)
    yield
    after = _contents(archive)
    changed = sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
    assert not changed, f"a test changed the module's shared archive: {changed}"


@pytest.fixture(scope="session")
def registry() -> CompiledRegistry:
    """The shipped actor registry, compiled once per test process (read-only)."""
    return registry_from_resources()


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A private copy of the demo corpus."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


def import_like_the_app(archive: Archive, paths: list[Path]) -> None:
    """Import as the CLI and the GUI do (one operation: files, index, link features)."""
    result = import_paths(archive, paths)
    assert result.value is not None and not result.value.failed


@pytest.fixture
def seeded_archive(archive: Archive, seeds_dir: Path) -> Archive:
    import_like_the_app(archive, [seeds_dir])
    return archive


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus imported as the app imports it, once per test process, into a
    SQLite archive that :func:`seeded_sqlite` copies for each test."""
    folder = tmp_path_factory.mktemp("seeded_template")
    shutil.copytree(SEEDS, folder / "seeds")
    made = open_archive(folder / "archive.sqlite", curator="tester")
    try:
        import_like_the_app(made, [folder / "seeds"])
    finally:
        made.close()
    return folder / "archive.sqlite"


@pytest.fixture
def seeded_sqlite(tmp_path: Path, seeds_dir: Path, seeded_template: Path) -> Iterator[Archive]:
    """A seeded SQLite archive of the test's own: a copy of :func:`seeded_template`."""
    from desktop.db.backup import copy_sqlite

    copy_sqlite(seeded_template, tmp_path / "archive.sqlite")
    archive = open_archive(tmp_path / "archive.sqlite", curator="tester")
    yield archive
    archive.close()


@pytest.fixture(scope="session")
def dev_corpus_archive(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The development corpus imported once through the CLI: (archive path, report, rows)."""
    from tests.dev_corpus import import_corpus

    return import_corpus(tmp_path_factory.mktemp("dev_corpus"))


# Test files that share a session fixture too costly to make in two workers: under
# `pytest -n N --dist loadfile` (`make pytest`) they go to one worker together.
SHARED_SESSION = {"tests/core/test_dev_corpus_": "dev corpus"}


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Whole test files to a worker (a module's fixtures are made once), the files of
    :data:`SHARED_SESSION` to the same one."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FilesAndGroups(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            for prefix, group in SHARED_SESSION.items():
                if path.startswith(prefix):
                    return group
            return path

    return FilesAndGroups(config, log)
