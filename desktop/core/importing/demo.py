"""The demo corpus: a new default archive starts with the articles in ``seeds/``.

The people of the demo articles are the demo's own data (``seeds/.actors.json``, a hidden
file that importing the folder skips): they join the archive's registry when the demo is
loaded, while the shipped registry (``resources/actors.json``) holds institutions only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.core.archive.session import Archive, default_location, open_archive
from desktop.core.util import paths
from desktop.db.engine import archive_url

if TYPE_CHECKING:
    from desktop.core.importing.store import ImportReport

DEMO_ACTORS = ".actors.json"


def is_new_sqlite(location: str) -> bool:
    url = archive_url(location)
    return url.startswith("sqlite") and not Path(url.removeprefix("sqlite:///")).exists()


def add_demo_actors(archive: Archive, seeds: Path | None = None) -> int:
    """Add the demo's people to the registry (those not there yet); returns how many."""
    from desktop.core.tagging.data import parse_actor_seeds
    from desktop.core.tagging.registry import forget
    from desktop.core.tagging.service import cache_key
    from desktop.core.tagging.vocab import add_actor_rows
    from desktop.db.models import Actor

    path = (seeds or paths.seeds_dir()) / DEMO_ACTORS
    if not path.is_file():
        return 0
    entries = parse_actor_seeds(json.loads(path.read_text(encoding="utf-8")))
    added = 0
    with archive.session() as session, session.begin():
        present = set(session.scalars(select(Actor.name)))
        for entry in entries:
            if entry.name not in present:
                add_actor_rows(session, entry)
                added += 1
    forget(cache_key(archive))
    return added


def load_demo(archive: Archive) -> ImportReport | None:
    # Imported here: opening an existing archive (every start but the first) never
    # needs the extraction pipeline.
    from desktop.core.importing.run import import_paths

    seeds = paths.seeds_dir()
    if not seeds.is_dir():
        return None
    add_demo_actors(archive, seeds)
    return import_paths(archive, [seeds]).value


def open_or_create(location: str | None, *, curator: str | None = None) -> Archive:
    """Open ``location``; the default archive, when created now, gets the demo corpus."""
    where = location or default_location()
    fill = location is None and is_new_sqlite(where)
    archive = open_archive(where, curator=curator)
    if fill:
        load_demo(archive)
    return archive
