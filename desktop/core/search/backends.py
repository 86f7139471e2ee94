"""The two full-text backends behind one interface.

SQLite: two FTS5 tables, ``search_folded`` (text folded by the app: case,
diacritics, đ) and ``search_exact`` (NFC text, only case folded by the tokenizer),
columns ``title`` and ``body``, rowid = article id.

PostgreSQL: one table ``search_index(article_id, folded, exact)`` of tsvectors
(title weighted A, body D) with a GIN index on each; the app folds the text and
cuts it into words before ``to_tsvector('simple', ...)``, so both backends see the
same words.

Both are written in the caller's transaction (see :mod:`desktop.core.search.indexing`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Double,
    Float,
    Integer,
    Select,
    Subquery,
    and_,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from desktop.core.search.body import indexable_body
from desktop.core.search.folding import fast_fold, index_text
from desktop.core.search.query import And, Node, Not, Or, ParsedQuery, fts5, tsquery
from desktop.db.models import Article

TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0
# An article's entry in either index: folded title and body, exact title and body.
IndexForms = tuple[str, str, str, str]


class SearchBackend(Protocol):
    name: str
    rank_cap: int  # above this many matches, results are not ranked (newest first)

    def condition(self, query: ParsedQuery) -> ColumnElement[bool]:
        """True for articles matching ``query`` (non-empty)."""
        ...

    def ranked(self, query: ParsedQuery, top: int | None = None) -> Subquery:
        """Columns ``id`` and ``score`` (higher is better) of the matches of a
        rankable ``query``; only the ``top`` best when given."""
        ...

    def matches(self, query: ParsedQuery) -> Subquery:
        """Column ``id`` of the matches of a rankable ``query``, unranked (joined and
        ordered by id, the newest are read first and the rest never)."""
        ...

    def count_upto(self, session: Session, query: ParsedQuery, cap: int) -> int:
        """How many articles match a rankable ``query``, counting no further than ``cap``."""
        ...

    def forms(self, title: str, body: str) -> IndexForms:
        """What the index stores of an article with this title and text (pure: the
        import computes it in its worker processes)."""
        ...

    def index(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        """Add entries computed by :meth:`forms` (their articles must not be in it yet)."""
        ...

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None: ...

    def clear(self, conn: Connection) -> None: ...

    def indexed_count(self, conn: Connection) -> int: ...


def _ids_param() -> Any:
    return bindparam("ids", expanding=True)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


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

    def _table(self, exact: bool) -> str:
        return "search_exact" if exact else "search_folded"

    def _match(self, query: ParsedQuery, expr: str) -> Select[Any]:
        name = self._table(query.exact)
        fts = table(name, column("rowid", Integer), column(name))
        return select(fts.c.rowid).where(fts.c[name].match(expr))

    def _condition(self, query: ParsedQuery, node: Node) -> ColumnElement[bool]:
        expr = fts5(node)
        if expr is not None:
            return Article.id.in_(self._match(query, expr))
        if isinstance(node, Not):
            return not_(self._condition(query, node.item))
        if isinstance(node, And):
            return and_(*(self._condition(query, item) for item in node.items))
        if isinstance(node, Or):
            return or_(*(self._condition(query, item) for item in node.items))
        raise AssertionError("a phrase always renders")  # pragma: no cover

    def condition(self, query: ParsedQuery) -> ColumnElement[bool]:
        assert query.root is not None
        return self._condition(query, query.root)

    def ranked(self, query: ParsedQuery, top: int | None = None) -> Subquery:
        name = self._table(query.exact)
        expr = query.fts5
        assert expr is not None
        fts = table(name, column("rowid", Integer), column(name))
        score = -func.bm25(literal_column(name), TITLE_WEIGHT, BODY_WEIGHT, type_=Float)
        stmt = select(fts.c.rowid.label("id"), score.label("score")).where(fts.c[name].match(expr))
        if top is not None:
            stmt = stmt.order_by(score.desc(), fts.c.rowid.desc()).limit(top)
        return stmt.subquery("m")

    def matches(self, query: ParsedQuery) -> Subquery:
        expr = query.fts5
        assert expr is not None
        name = self._table(query.exact)
        fts = table(name, column("rowid", Integer), column(name))
        return select(fts.c.rowid.label("id")).where(fts.c[name].match(expr)).subquery("m")

    def count_upto(self, session: Session, query: ParsedQuery, cap: int) -> int:
        expr = query.fts5
        assert expr is not None
        inner = self._match(query, expr).limit(cap + 1).subquery()
        return int(session.scalar(select(func.count()).select_from(inner)) or 0)

    def forms(self, title: str, body: str) -> IndexForms:
        # Both backends index the same text: the body without its metadata lines.
        body = indexable_body(title, body)
        return fast_fold(title), fast_fold(body), _nfc(title), _nfc(body)

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        self.store(conn, _entries(conn, ids, self))

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        if not entries:
            return
        # Plain tuples through the driver (sqlite3's own markers): nothing to compile.
        conn.exec_driver_sql(
            "INSERT INTO search_folded(rowid, title, body) VALUES (?, ?, ?)",
            [(i, ft, fb) for i, (ft, fb, _xt, _xb) in entries],
        )
        conn.exec_driver_sql(
            "INSERT INTO search_exact(rowid, title, body) VALUES (?, ?, ?)",
            [(i, xt, xb) for i, (_ft, _fb, xt, xb) in entries],
        )

    def unindex(self, conn: Connection, ids: Sequence[int]) -> None:
        for name in ("search_folded", "search_exact"):
            conn.execute(
                text(f"DELETE FROM {name} WHERE rowid IN :ids").bindparams(_ids_param()),
                {"ids": list(ids)},
            )

    def clear(self, conn: Connection) -> None:
        for name in ("search_folded", "search_exact"):
            conn.execute(text(f"DELETE FROM {name}"))

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

    def _vector(self, exact: bool) -> ColumnElement[Any]:
        return literal_column("search_index.exact" if exact else "search_index.folded")

    def _tsq(self, query: ParsedQuery, node: Node | None = None) -> ColumnElement[Any]:
        expr = tsquery(node if node is not None else query.root)  # type: ignore[arg-type]
        return func.to_tsquery(literal_column("'simple'"), expr)

    def condition(self, query: ParsedQuery) -> ColumnElement[bool]:
        si = table("search_index", column("article_id", Integer))
        match = select(si.c.article_id).where(self._vector(query.exact).op("@@")(self._tsq(query)))
        return Article.id.in_(match.offset(0))

    def ranked(self, query: ParsedQuery, top: int | None = None) -> Subquery:
        si = table("search_index", column("article_id", Integer))
        vector = self._vector(query.exact)
        tsq = self._tsq(query)
        # ts_rank is a real; as a double its value comes back from the driver exactly,
        # so the next page can start after it (keyset pages compare scores).
        score = cast(func.ts_rank(vector, tsq), Double)
        stmt = select(si.c.article_id.label("id"), score.label("score")).where(vector.op("@@")(tsq))
        if top is not None:
            stmt = stmt.order_by(score.desc(), si.c.article_id.desc()).limit(top)
        # OFFSET 0 keeps the planner from walking a date index (FIELD-NOTES).
        return stmt.offset(0).subquery("m")

    def matches(self, query: ParsedQuery) -> Subquery:
        si = table("search_index", column("article_id", Integer))
        vector = self._vector(query.exact)
        stmt = select(si.c.article_id.label("id")).where(vector.op("@@")(self._tsq(query)))
        return stmt.offset(0).subquery("m")

    def count_upto(self, session: Session, query: ParsedQuery, cap: int) -> int:
        si = table("search_index", column("article_id", Integer))
        inner = (
            select(si.c.article_id)
            .where(self._vector(query.exact).op("@@")(self._tsq(query)))
            .limit(cap + 1)
            .subquery()
        )
        return int(session.scalar(select(func.count()).select_from(inner)) or 0)

    def forms(self, title: str, body: str) -> IndexForms:
        body = indexable_body(title, body)
        return (
            index_text(title),
            index_text(body),
            index_text(title, exact=True),
            index_text(body, exact=True),
        )

    def index(self, conn: Connection, ids: Sequence[int]) -> None:
        self.store(conn, _entries(conn, ids, self))

    def store(self, conn: Connection, entries: Sequence[tuple[int, IndexForms]]) -> None:
        params = [
            {"id": article_id, "ft": ft, "fb": fb, "xt": xt, "xb": xb}
            for article_id, (ft, fb, xt, xb) in entries
        ]
        if params:
            conn.execute(_PG_INDEX, params)

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
