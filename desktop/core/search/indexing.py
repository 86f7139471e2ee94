"""Keeping the full-text index in step with the articles, in the same transaction.

The functions ``on_articles_*`` are listed in :mod:`desktop.core.operations.hooks`: whoever
adds, edits or deletes articles calls the hooks inside its transaction, so the
index is never stale and a rolled-back change leaves no trace in it either.
A batch of ids is indexed with one ``executemany`` per table, never row by row
with triggers. What the index stores of an article (:func:`entry_forms`) depends only
on its title and text: the importer computes it in its worker processes and hands it
over (:func:`provide_forms`), so that indexing its articles reads nothing back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations.changes import ARTICLES, Changes, OpResult
from desktop.core.operations.progress import TaskState
from desktop.core.search.backends import IndexForms, SearchBackend, backend_for
from desktop.core.search.body import INDEX_VERSION
from desktop.core.search.quick import index_changed
from desktop.db.models import ArchiveSetting, Article

REINDEX_BATCH = 2_000
VERSION_KEY = "search_index"
MERGED_KEY = "search_index_merged"  # {"articles": how many the index held when merged}
# The index is merged again once it holds this share more articles than when it was
# last merged (and at least MERGE_MIN_ADDED more): each merge rewrites the whole index,
# so merging after a geometric growth costs a bounded time per article added.
MERGE_GROWTH = 0.1
MERGE_MIN_ADDED = 2_000


def backend_of(conn: Connection | Session) -> SearchBackend:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return backend_for(bind.dialect.name)


def _chunks(ids: Sequence[int], size: int = REINDEX_BATCH) -> list[list[int]]:
    unique = sorted(set(ids))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


def entry_forms(
    dialect: str, title: str, body: str, folded: tuple[str, str] | None = None
) -> IndexForms:
    """What the index of a ``dialect`` archive stores of an article with this title
    (as stored: at most 1,000 characters) and text; ``folded``: the title and text
    folded (:func:`desktop.core.util.textfold.fold`), when already known."""
    return backend_for(dialect).forms(title, body, folded)


_GIVEN = "search_index_forms"  # key of Session.info: {article id: IndexForms}


def provide_forms(session: Session, forms: dict[int, IndexForms]) -> None:
    """Hand over the index entries of articles about to be announced as added
    (computed by :func:`entry_forms` from what was stored); the hook then indexes them
    without reading their texts back."""
    session.info.setdefault(_GIVEN, {}).update(forms)


def index_articles(
    conn: Connection, ids: Sequence[int], given: dict[int, IndexForms] | None = None
) -> None:
    """Add ``ids`` to the index (they must not be in it yet); the entries in ``given``
    are stored as they are, the others computed from the stored articles."""
    backend = backend_of(conn)
    index_changed()
    given = given or {}
    missing = [i for i in ids if i not in given]
    entries = [(i, given[i]) for i in sorted(set(ids)) if i in given]
    for start in range(0, len(entries), REINDEX_BATCH):
        backend.store(conn, entries[start : start + REINDEX_BATCH])
    for chunk in _chunks(missing):
        backend.index(conn, chunk)


def reindex_articles(conn: Connection, ids: Sequence[int]) -> None:
    """Replace the index entries of ``ids`` by their current text (on SQLite, only
    those whose title or body changed)."""
    backend = backend_of(conn)
    index_changed()
    for chunk in _chunks(ids):
        backend.reindex(conn, chunk)


def unindex_articles(conn: Connection, ids: Sequence[int]) -> None:
    backend = backend_of(conn)
    index_changed()
    for chunk in _chunks(ids):
        backend.unindex(conn, chunk)


# Hook entry points (see desktop.core.operations.hooks).


def on_articles_added(session: Session, ids: Sequence[int]) -> None:
    given: dict[int, IndexForms] = session.info.pop(_GIVEN, {})
    index_articles(session.connection(), ids, given)


def on_articles_changed(session: Session, ids: Sequence[int]) -> None:
    session.flush()
    reindex_articles(session.connection(), ids)


def on_articles_deleting(session: Session, ids: Sequence[int]) -> None:
    unindex_articles(session.connection(), ids)


def on_archive_opened(session: Session) -> None:
    adopt_if_empty(session.connection())


def index_version(conn: Connection) -> int:
    """The rules the index was built with (0: unknown, an archive older than them)."""
    value = conn.execute(
        select(ArchiveSetting.value).where(ArchiveSetting.key == VERSION_KEY)
    ).scalar()
    return int((value or {}).get("version", 0))


def _set_version(conn: Connection) -> None:
    conn.execute(delete(ArchiveSetting).where(ArchiveSetting.key == VERSION_KEY))
    conn.execute(insert(ArchiveSetting).values(key=VERSION_KEY, value={"version": INDEX_VERSION}))


def adopt_if_empty(conn: Connection) -> None:
    """An archive without articles is indexed by the current rules from its first one:
    record them, so that a new archive is not taken for one indexed by older rules."""
    if index_version(conn) == 0 and conn.execute(select(Article.id).limit(1)).first() is None:
        _set_version(conn)


def index_is_current(archive: Archive) -> bool:
    with archive.session() as session:
        return index_version(session.connection()) == INDEX_VERSION


def ensure_current_index(archive: Archive, state: TaskState | None = None) -> OpResult[int] | None:
    """Rebuild the index if it was built by older rules (what is indexed changed)."""
    if index_is_current(archive):
        return None
    return reindex(archive, state)


def _merged_count(conn: Connection) -> int | None:
    value = conn.execute(
        select(ArchiveSetting.value).where(ArchiveSetting.key == MERGED_KEY)
    ).scalar()
    return None if value is None else int(value.get("articles", 0))


def _set_merged_count(conn: Connection, articles: int) -> None:
    conn.execute(delete(ArchiveSetting).where(ArchiveSetting.key == MERGED_KEY))
    conn.execute(insert(ArchiveSetting).values(key=MERGED_KEY, value={"articles": articles}))


def _merge(
    conn: Connection,
    backend: SearchBackend,
    articles: int,
    state: TaskState,
    commit: bool = False,
) -> None:
    """Merge the index in steps, checking ``state`` for a cancel between them (with
    ``commit``, each step is committed: a cancel keeps the steps done)."""
    from desktop.i18n import _

    message = _("Merging the search index…")
    for done, total in backend.merge(conn):
        if commit:
            conn.commit()
        state.check()
        state.progress(done, total, message)
    _set_merged_count(conn, articles)
    if commit:
        conn.commit()


def merge_if_grown(archive: Archive, added: int, state: TaskState | None = None) -> bool:
    """Merge the index if it grew enough since it was last merged (after an import
    that ``added`` articles); whether it was merged.

    The merge is done in committed steps, with progress and a cancel (:class:`Cancelled`,
    raised through) checked between them; a cancelled merge leaves a whole index,
    merged in part, and is taken up again after the next import."""
    with archive.session() as session, session.begin():
        conn = session.connection()
        articles = int(session.scalar(select(func.count(Article.id))) or 0)
        last = _merged_count(conn)
        if last is None:  # never merged: a new archive, or one from before merges
            last = max(0, articles - added)
            if last:  # an older archive's growth is counted from this import on
                _set_merged_count(conn, last)
        if articles - last < max(MERGE_MIN_ADDED, MERGE_GROWTH * last):
            return False
    try:
        with archive.engine.connect() as conn:
            _merge(conn, backend_of(conn), articles, state or TaskState(), commit=True)
    finally:
        if archive.dialect == "sqlite":  # the rewrite went through the write-ahead log
            with archive.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return True


def rebuild(conn: Connection, state: TaskState | None = None) -> int:
    """Empty the index and index every article again; returns how many."""
    state = state or TaskState()
    _set_version(conn)
    backend = backend_of(conn)
    index_changed()
    backend.clear(conn)
    ids = list(conn.execute(select(Article.id).order_by(Article.id)).scalars())
    done = 0
    for chunk in _chunks(ids):
        state.check()
        backend.index(conn, chunk)
        done += len(chunk)
        state.progress(done, len(ids), "")
    _merge(conn, backend, len(ids), state)
    return len(ids)


def reindex(archive: Archive, state: TaskState | None = None) -> OpResult[int]:
    """Rebuild the whole index in one transaction (cancelling leaves the old one)."""
    with archive.session() as session, session.begin():
        count = rebuild(session.connection(), state)
    return OpResult(changes=Changes.of(ARTICLES), undo=None, value=count)


@dataclass(frozen=True)
class IndexStatus:
    articles: int
    indexed: int

    @property
    def consistent(self) -> bool:
        return self.articles == self.indexed


def index_status(archive: Archive) -> IndexStatus:
    with archive.session() as session:
        conn = session.connection()
        articles = int(session.scalar(select(func.count(Article.id))) or 0)
        return IndexStatus(articles=articles, indexed=backend_of(conn).indexed_count(conn))
