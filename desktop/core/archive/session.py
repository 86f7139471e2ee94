"""An open archive: its engine, sessions and the curator working on it.

There is no global archive: core functions receive the :class:`Archive` they work on.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.util import paths
from desktop.db.engine import ArchiveError, connect, is_read_only
from desktop.db.models import Curator

__all__ = ["Archive", "ArchiveError", "open_archive", "default_location"]


@dataclass
class Archive:
    engine: Engine
    location: str
    curator_id: int
    curator_name: str
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def read_only(self) -> bool:
        """Opened read-only (a read-only disk or folder): every write is refused."""
        return is_read_only(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def default_location() -> str:
    """``GCM_ARCHIVE`` if set, else the archive in the user's data folder."""
    return os.environ.get("GCM_ARCHIVE") or str(paths.default_archive_path())


def _curator_name(name: str | None) -> str:
    if name:
        return name
    env = os.environ.get("GCM_CURATOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "curator"


def _ensure_curator(session: Session, name: str) -> int:
    curator = session.scalar(select(Curator).where(Curator.name == name))
    if curator is None:
        curator = Curator(name=name, display_name=name)
        session.add(curator)
        session.flush()
    return curator.id


def open_archive(
    location: str | Path | None = None,
    *,
    curator: str | None = None,
    create: bool = True,
) -> Archive:
    """Open (and on first use create) the archive at ``location``.

    ``None`` means :func:`default_location`. Raises :class:`ArchiveError` with a
    message for the user when the archive cannot be opened.
    """
    where = str(location) if location is not None else default_location()
    engine = connect(where, create=create)
    name = _curator_name(curator)
    factory = sessionmaker(engine, expire_on_commit=False)
    if is_read_only(engine):
        with factory() as session:
            found = session.scalar(select(Curator.id).where(Curator.name == name))
        curator_id = found or 0  # nothing is written, so no curator row is needed
    else:
        with factory() as session, session.begin():
            curator_id = _ensure_curator(session, name)
            _prepare(session)
    return Archive(engine=engine, location=where, curator_id=curator_id, curator_name=name)


def _prepare(session: Session) -> None:
    """Bring the archive's shared vocabularies (objectives, actor registry) up to date;
    a new archive's search index is marked as built by the current rules."""
    # Deferred (both packages import this module), never guarded: a broken tagging
    # package must stop the archive from opening, not open it without objectives and actors.
    from desktop.core.search.indexing import adopt_if_empty
    from desktop.core.tagging.vocab import ensure_vocabularies

    ensure_vocabularies(session)
    adopt_if_empty(session.connection())
