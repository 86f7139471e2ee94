"""The SQL of every list of articles, written as text with bound parameters.

A list (the table's pages, the command line's hits, a saved search's ids, how many
articles match) is one statement made here from a search spec and run on the
driver's connection (:func:`driver_cursor`). Writing it costs microseconds; building
and compiling the same statement with SQLAlchemy cost milliseconds, more than the
query itself on 100,000 articles. The text is the same on both backends but for the
full-text index and the parameter marks; values are always bound, never written in.

The statements are written for the plans they get, checked with EXPLAIN QUERY PLAN
on 100,000 articles (``bench/search_bench.py``): see :meth:`Sql.where`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.core.archive.session import Archive
from desktop.core.search.backends import BODY_WEIGHT, TITLE_WEIGHT
from desktop.core.search.filters import Filters
from desktop.core.search.folding import fast_fold
from desktop.core.search.query import And, Node, Not, Or, ParsedQuery, fts5, tsquery
from desktop.db.readers import Reading

# The columns of ArticleRow, in its order.
ROW = (
    "a.id, a.title, a.language, a.published, a.event_date, a.event_date_confidence, "
    "a.outlet, a.review_status, a.event_id, a.event_month, a.event_day"
)

# The value each column sort orders by ("added" and unknown keys: the id).
SORT_VALUES = {
    "date": "coalesce(a.event_date, a.published)",
    "objectives": (
        "(SELECT min(o.objective_number) FROM article_objectives o WHERE o.article_id = a.id)"
    ),
    "event": "a.event_id",
    "title": "lower(a.title)",
    "language": "a.language",
    "published": "a.published",
    "event_date": "a.event_date",
    "outlet": "lower(a.outlet)",
    "status": "a.review_status",
}


def driver_cursor(archive: Archive) -> Reading:
    """A cursor of the driver for reads only (``with driver_cursor(archive) as cursor``):
    on a kept read connection of a SQLite file archive, else on a pooled connection
    (:class:`desktop.db.readers.Reading`)."""
    return Reading(archive.engine)


def actor_ids_of(cursor: Any, dialect: str, filters: Filters) -> list[int] | None:
    """The actors the actor facet names (by a name or an alias, folded); None without it."""
    if not filters.actors:
        return None
    wanted = {fast_fold(n).strip() for n in filters.actors if n.strip()}
    if not wanted:
        return []
    sql = Sql(dialect)
    text = f"SELECT actor_id FROM actor_aliases WHERE {sql.in_('folded', sorted(wanted))}"
    ids = {row[0] for row in fetch(cursor, text, sql)}
    for actor_id, name in fetch(cursor, "SELECT id, name FROM actors", Sql(dialect)):
        if fast_fold(name).strip() in wanted:
            ids.add(actor_id)
    return sorted(ids)


def fetch(cursor: Any, text: str, sql: Sql) -> list[Any]:
    """Every row of ``text`` run with the parameters bound in ``sql``, as the driver gives them."""
    cursor.execute(text, sql.params)
    return cursor.fetchall()  # type: ignore[no-any-return]


class Sql:
    """The parameters of one statement being written, and the pieces it is made of."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.sqlite = dialect == "sqlite"
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        """A parameter mark for ``value`` (dates as SQLAlchemy stores them on SQLite)."""
        name = f"p{len(self.params)}"
        if self.sqlite and isinstance(value, dt.date):
            value = value.isoformat()
        self.params[name] = value
        return f":{name}" if self.sqlite else f"%({name})s"

    def in_(self, expression: str, values: Iterable[Any]) -> str:
        marks = ", ".join(self.bind(v) for v in values)
        return f"{expression} IN ({marks})" if marks else "1 = 0"

    # -- facets ------------------------------------------------------------------
    def where(
        self,
        filters: Filters,
        actors: Sequence[int] | None = None,
        *,
        broad_unindexed: bool = False,
        walk: bool = True,
    ) -> list[str]:
        """Conditions on ``articles a`` for ``filters`` (``actors``: the ids the actor
        names stand for, see :func:`desktop.core.search.filters.actor_ids`).

        ``broad_unindexed``: the language and review state facets (a third of the
        archive each; without statistics SQLite takes them for a few rows) are
        written so that SQLite does not read them from their index: a page in another
        order is then read along that order's index, not by sorting every article
        of the language. ``walk``: the statement reads a page along an order's index
        (else it counts): "has translations" is then asked of each article read, as
        it comes, rather than by grouping every event first.
        """
        out: list[str] = []
        plain = broad_unindexed and self.sqlite
        if filters.languages:
            column = "a.language || ''" if plain else "a.language"
            language = self.in_(column, [code for code in filters.languages if code])
            # "" stands for "language not known".
            if "" in filters.languages:
                language = f"({language} OR a.language IS NULL)"
            out.append(language)
        if filters.ids is not None:
            out.append(self.in_("a.id", filters.ids))
        column = "a.event_date" if filters.date_field == "event" else "a.published"
        if filters.date_from is not None:
            out.append(f"{column} >= {self.bind(filters.date_from)}")
        if filters.date_to is not None:
            out.append(f"{column} <= {self.bind(filters.date_to)}")
        # IN (subquery) rather than EXISTS: a selective facet then reads its few article
        # ids from its own index instead of probing once per article.
        if filters.objectives:
            numbers = self.in_("objective_number", filters.objectives)
            out.append(f"a.id IN (SELECT article_id FROM article_objectives WHERE {numbers})")
        if filters.actors:
            if not actors:
                out.append("1 = 0")
            else:
                ids = self.in_("actor_id", actors)
                out.append(f"a.id IN (SELECT article_id FROM article_actors WHERE {ids})")
        if filters.events:
            out.append(self.in_("a.event_id", filters.events))
        if filters.outlets:
            lowered = sorted({o.strip().lower() for o in filters.outlets})
            out.append(self.in_("lower(a.outlet)", lowered))
        if filters.statuses:
            column = "a.review_status || ''" if plain else "a.review_status"
            out.append(self.in_(column, filters.statuses))
        if filters.untagged:
            out.append("a.id NOT IN (SELECT article_id FROM article_objectives)")
        if filters.has_translations:
            # Another article of its event is in another language ("" for unknown).
            if walk:
                out.append(
                    "a.event_id IS NOT NULL AND EXISTS (SELECT 1 FROM articles o "
                    "WHERE o.event_id = a.event_id "
                    "AND coalesce(o.language, '') <> coalesce(a.language, ''))"
                )
            else:
                out.append(
                    "a.event_id IN (SELECT o.event_id FROM articles o "
                    "WHERE o.event_id IS NOT NULL GROUP BY o.event_id "
                    "HAVING count(DISTINCT coalesce(o.language, '')) > 1)"
                )
        return out

    # -- full text -----------------------------------------------------------------
    def _table(self, query: ParsedQuery) -> str:
        return "search_exact" if query.exact else "search_folded"

    def _vector(self, query: ParsedQuery) -> str:
        return "search_index.exact" if query.exact else "search_index.folded"

    def _tsquery(self, node: Node) -> str:
        return f"to_tsquery('simple', {self.bind(tsquery(node))})"

    def matching(self, query: ParsedQuery) -> str:
        """True for the articles matching ``query`` (not empty)."""
        assert query.root is not None
        if not self.sqlite:
            vector = self._vector(query)
            # OFFSET 0 keeps the planner from walking a date index (FIELD-NOTES).
            return (
                f"a.id IN (SELECT article_id FROM search_index "
                f"WHERE {vector} @@ {self._tsquery(query.root)} OFFSET 0)"
            )
        return self._fts_condition(self._table(query), query.root)

    def _fts_condition(self, table: str, node: Node) -> str:
        expr = fts5(node)
        if expr is not None:
            return f"a.id IN (SELECT rowid FROM {table} WHERE {table} MATCH {self.bind(expr)})"
        if isinstance(node, Not):
            return f"NOT ({self._fts_condition(table, node.item)})"
        joiner = " AND " if isinstance(node, And) else " OR "
        assert isinstance(node, And | Or)
        return "(" + joiner.join(self._fts_condition(table, item) for item in node.items) + ")"

    def ranked(self, query: ParsedQuery, top: int | None = None) -> str:
        """A subquery ``m(id, score)`` of a rankable ``query``'s matches, higher scores
        better; only the ``top`` best when given."""
        limit = f" ORDER BY score DESC, id DESC LIMIT {self.bind(top)}" if top is not None else ""
        if self.sqlite:
            table = self._table(query)
            return (
                f"(SELECT rowid AS id, -bm25({table}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score "
                f"FROM {table} WHERE {table} MATCH {self.bind(query.fts5)}{limit}) AS m"
            )
        assert query.root is not None
        vector = self._vector(query)
        tsq = self._tsquery(query.root)
        # ts_rank is a real; as a double its value comes back from the driver exactly,
        # so the next page can start after it (keyset pages compare scores).
        return (
            f"(SELECT article_id AS id, CAST(ts_rank({vector}, {tsq}) AS DOUBLE PRECISION) "
            f"AS score FROM search_index WHERE {vector} @@ {tsq}{limit} OFFSET 0) AS m"
        )

    def matches(self, query: ParsedQuery) -> str:
        """A subquery ``m(id)`` of a rankable ``query``'s matches, unranked (joined and
        ordered by id, the newest are read first and the rest never)."""
        if self.sqlite:
            table = self._table(query)
            return (
                f"(SELECT rowid AS id FROM {table} "
                f"WHERE {table} MATCH {self.bind(query.fts5)}) AS m"
            )
        assert query.root is not None
        vector = self._vector(query)
        return (
            f"(SELECT article_id AS id FROM search_index "
            f"WHERE {vector} @@ {self._tsquery(query.root)} OFFSET 0) AS m"
        )

    def count_matches(self, query: ParsedQuery, cap: int | None = None) -> str:
        """A statement counting a rankable ``query``'s matches (no further than ``cap``)."""
        limit = f" LIMIT {self.bind(cap)}" if cap is not None else ""
        if self.sqlite:
            table = self._table(query)
            inner = f"SELECT rowid FROM {table} WHERE {table} MATCH {self.bind(query.fts5)}"
        else:
            assert query.root is not None
            vector = self._vector(query)
            inner = (
                f"SELECT article_id FROM search_index WHERE {vector} @@ {self._tsquery(query.root)}"
            )
        return f"SELECT count(*) FROM ({inner}{limit}) AS c"


def conjunction(conditions: Sequence[str]) -> str:
    """``WHERE`` and the conditions, or nothing."""
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def order_by(key: str, descending: bool) -> str:
    """ORDER BY a column sort (no value last, ties by id in the same direction)."""
    direction = "DESC" if descending else "ASC"
    value = SORT_VALUES.get(key)
    if value is None:  # "added" and anything unknown: order of arrival
        return f" ORDER BY a.id {direction}"
    return f" ORDER BY {value} {direction} NULLS LAST, a.id {direction}"
