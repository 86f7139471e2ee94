"""The demo corpus: a new default archive starts with the articles in ``seeds/``."""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths
from desktop.core.archive import Archive, default_location, open_archive
from desktop.core.importer import ImportReport, import_paths
from desktop.db.engine import archive_url


def is_new_sqlite(location: str) -> bool:
    url = archive_url(location)
    return url.startswith("sqlite") and not Path(url.removeprefix("sqlite:///")).exists()


def load_demo(archive: Archive) -> ImportReport | None:
    seeds = paths.seeds_dir()
    if not seeds.is_dir():
        return None
    return import_paths(archive, [seeds]).value


def open_or_create(location: str | None, *, curator: str | None = None) -> Archive:
    """Open ``location``; the default archive, when created now, gets the demo corpus."""
    where = location or default_location()
    fill = location is None and is_new_sqlite(where)
    archive = open_archive(where, curator=curator)
    if fill:
        load_demo(archive)
    return archive
