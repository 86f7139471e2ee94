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

from collections.abc import Sequence
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


class SearchBackend(Protocol):
    name: str
    rank_cap: int  # above this many matches, results are not ranked (newest first)

    def index(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def reindex(self, conn: Connection, ids: Sequence[int]) -> None:
        """Bring the entries of ``ids`` up to date with their articles."""
        ...

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def clear(self, conn: Connection) -> None: ...

    def indexed_count(self, conn: Connection) -> int: ...


def _ids_param() -> Any:
    return bindparam("ids", expanding=True)


# ---------------------------------------------------------------- SQLite


def _rows(conn: Connection, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    rows = conn.execute(
        text(
            "SELECT a.id, a.title, t.body FROM articles a "
            "LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id IN :ids"
        ).bindparams(_ids_param()),
        {"ids": list(ids)},
    ).all()
    # Both backends index the same text: the body without its metadata lines.
    return [(int(r[0]), r[1] or "", indexable_body(r[1] or "", r[2] or "")) for r in rows]


class SqliteBackend:
    name = "sqlite"
    rank_cap = 10_000  # bm25 costs ~2-4 µs per matching article

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.index(conn, ids)

    def reindex(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.reindex(conn, ids)

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None:
        sqlite_index.unindex(conn, ids)

    def clear(self, conn: Connection) -> None:
        sqlite_index.clear(conn)

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

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        params = [
            {
                "id": article_id,
                "ft": index_text(title),
                "fb": index_text(body),
                "xt": index_text(title, exact=True),
                "xb": index_text(body, exact=True),
            }
            for article_id, title, body in _rows(conn, ids)
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

    def indexed_count(self, conn: Connection) -> int:
        return int(conn.execute(text("SELECT count(*) FROM search_index")).scalar() or 0)


def backend_for(dialect: str) -> SearchBackend:
    if dialect == "sqlite":
        return SqliteBackend()
    if dialect == "postgresql":
        return PostgresBackend()
    raise ValueError(f"no search backend for {dialect!r}")
