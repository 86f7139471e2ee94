"""The two full-text backends behind one interface.

SQLite: two contentless FTS5 tables, ``search_folded`` (text folded by the app:
case, diacritics, đ) and ``search_exact`` (NFC text, only case folded by the
tokenizer), columns ``title`` and ``body``, rowid = article id; written by
:mod:`desktop.core.search.sqlite_index`.

PostgreSQL: one table ``search_index(article_id, folded, exact)`` of tsvectors
(title weighted A, body D) with a GIN index on each; the app folds the text and
cuts it into words before ``to_tsvector('simple', ...)``, so both backends see the
same words.

Both are written in the caller's transaction (see :mod:`desktop.core.search.indexing`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    bindparam,
    text,
)

from desktop.core.search import sqlite_index
from desktop.core.search.body import indexable_body
from desktop.core.search.folding import index_text

TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0
# An article's entry in either index: folded title and body, exact title and body; on
# SQLite also the title it was made from, the digest of its source and that of the
# four forms (the ledger of :mod:`desktop.core.search.sqlite_index`), empty on PostgreSQL.
IndexForms = tuple[str, str, str, str, str, bytes, bytes]


class SearchBackend(Protocol):
    name: str
    rank_cap: int  # above this many matches, results are not ranked (newest first)

    def forms(self, title: str, body: str, folded: tuple[str, str] | None = None) -> IndexForms:
        """What the index stores of an article with this title and text (pure: the
        import computes it in its worker processes); ``folded``: the title and text
        folded (:func:`desktop.core.util.textfold.fold`), when already known."""
        ...

    def index(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        """Add entries computed by :meth:`forms` (their articles must not be in it yet)."""
        ...

    def reindex(self, conn: Connection, ids: Sequence[int]) -> None:
        """Bring the entries of ``ids`` up to date with their articles."""
        ...

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def clear(self, conn: Connection) -> None: ...

    def merge(self, conn: Connection) -> Iterator[tuple[int, int]]:
        """Make the index as fast to read as it can be (after many articles were added),
        in steps: after each, yields (work done, work in all); the index is whole
        between steps (the caller may commit there, or stop)."""
        ...

    def indexed_count(self, conn: Connection) -> int: ...


def _ids_param() -> Any:
    return bindparam("ids", expanding=True)


# ---------------------------------------------------------------- SQLite


def _entries(
    conn: Connection, ids: Sequence[int], backend: SearchBackend
) -> list[tuple[int, IndexForms]]:
    rows = conn.execute(
        text(
            "SELECT a.id, a.title, t.body FROM articles a "
            "LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id IN :ids"
        ).bindparams(_ids_param()),
        {"ids": list(ids)},
    ).all()
    return [(int(r[0]), backend.forms(r[1] or "", r[2] or "")) for r in rows]


class SqliteBackend:
    name = "sqlite"
    rank_cap = 10_000  # bm25 costs ~2-4 µs per matching article

    def forms(self, title: str, body: str, folded: tuple[str, str] | None = None) -> IndexForms:
        return sqlite_index.entry_of(title, body, folded)

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.index(conn, ids)

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        sqlite_index.store(conn, entries)

    def reindex(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.reindex(conn, ids)

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.unindex(conn, ids)

    def clear(self, conn: Connection) -> None:
        sqlite_index.clear(conn)

    def merge(self, conn: Connection) -> Iterator[tuple[int, int]]:
        return sqlite_index.merge(conn)

    def indexed_count(self, conn: Connection) -> int:
        return int(conn.execute(text("SELECT count(*) FROM search_folded")).scalar() or 0)


# ---------------------------------------------------------------- PostgreSQL

_PG_INDEX = text(
    "INSERT INTO search_index (article_id, folded, exact) VALUES (:id, "
    "setweight(to_tsvector('simple', :ft), 'A') || setweight(to_tsvector('simple', :fb), 'D'), "
    "setweight(to_tsvector('simple', :xt), 'A') || setweight(to_tsvector('simple', :xb), 'D')) "
    "ON CONFLICT (article_id) DO UPDATE SET folded = EXCLUDED.folded, exact = EXCLUDED.exact"
)


class PostgresBackend:
    name = "postgresql"
    rank_cap = 5_000  # ts_rank reads every matching tsvector

    def forms(self, title: str, body: str, folded: tuple[str, str] | None = None) -> IndexForms:
        body = indexable_body(title, body)  # (its words are cut from its own fold)
        return (
            index_text(title),
            index_text(body),
            index_text(title, exact=True),
            index_text(body, exact=True),
            "",
            b"",
            b"",
        )

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        self.store(conn, _entries(conn, ids, self))

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        params = [
            {"id": article_id, "ft": ft, "fb": fb, "xt": xt, "xb": xb}
            for article_id, (ft, fb, xt, xb, _title, _source, _forms) in entries
        ]
        if params:
            conn.execute(_PG_INDEX, params)

    def reindex(self, conn: Connection, ids: Sequence[int]) -> None:
        self.unindex(conn, ids)
        self.index(conn, ids)

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None:
        conn.execute(
            text("DELETE FROM search_index WHERE article_id IN :ids").bindparams(_ids_param()),
            {"ids": list(ids)},
        )

    def clear(self, conn: Connection) -> None:
        conn.execute(text("DELETE FROM search_index"))

    def merge(self, conn: Connection) -> Iterator[tuple[int, int]]:
        """Nothing to do: GIN indexes merge their pending entries themselves."""
        return iter(())

    def indexed_count(self, conn: Connection) -> int:
        return int(conn.execute(text("SELECT count(*) FROM search_index")).scalar() or 0)


def backend_for(dialect: str) -> SearchBackend:
    if dialect == "sqlite":
        return SqliteBackend()
    if dialect == "postgresql":
        return PostgresBackend()
    raise ValueError(f"no search backend for {dialect!r}")
