"""The steps of :mod:`check`: each one lean scan, most of it inside the database.

A step takes a connection and a :class:`StepContext` and returns its findings. Run
with ``ctx.repair`` (in a write transaction, after a plain run found something
repairable) it looks again and repairs what is safe in the same transaction.
Messages are translated when the finding is made, their numbers formatted after
translation; ``code`` stays the same in every language.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, text, update

from desktop.core.search.indexing import index_articles, rebuild, unindex_articles
from desktop.db.engine import error_reason as first_line
from desktop.db.models import Article, ImportBatch, Original
from desktop.i18n import _, ngettext

SAMPLE = 20  # ids listed per finding
FTS_TABLES = ("search_folded", "search_exact")
FIXITY_ROWS = 500  # originals hashed between two progress reports
LOOKUP_CACHE_KIB = 64 << 10  # SQLite page cache of a step made of lookups
_LOCK = threading.Lock()


@dataclass
class Finding:
    check: str  # integrity, foreign_keys, search_index, fixity, orphans, import_batches
    code: str  # stable, for programs: "fixity.mismatch", "search_index.missing", ...
    message: str  # translated
    count: int = 1
    ids: list[Any] = field(default_factory=list)  # a sample of the rows concerned
    repairable: bool = False
    repaired: bool = False


@dataclass
class StepContext:
    repair: bool
    thorough: bool
    checked: dict[str, int]
    advance: Callable[[int, str], None] = lambda _n, _step: None  # progress, thread-safe


# ---------------------------------------------------------------- integrity


def integrity(conn: Connection, ctx: StepContext) -> list[Finding]:
    if conn.dialect.name != "sqlite":
        return []  # the server guards its pages; pg_amcheck checks them
    problems = _integrity_rows(conn, "integrity_check" if ctx.thorough else "quick_check")
    ctx.checked["integrity"] = 1
    if not problems:
        return []
    detail = problems[0]
    finding = Finding(
        "integrity",
        "integrity.damaged",
        _("the database file is damaged: {detail}").format(detail=detail),
        len(problems),
        problems[:SAMPLE],
        repairable=True,
    )
    if ctx.repair:
        try:
            conn.execute(text("REINDEX"))
        except Exception as exc:  # the reason is reported
            finding.code = "integrity.reindex_failed"
            finding.message = _(
                "the database file is damaged: {detail}; REINDEX failed ({error}): restore a backup"
            ).format(detail=detail, error=first_line(exc))
            return [finding]
        finding.repaired = not _integrity_rows(conn, "integrity_check")
        if not finding.repaired:
            finding.code = "integrity.not_repaired"
            finding.message = _(
                "the database file is damaged: {detail}; REINDEX was not enough: restore a backup"
            ).format(detail=detail)
    return [finding]


def _integrity_rows(conn: Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    except Exception as exc:  # a file too damaged to check says why
        return [first_line(exc)]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def _page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache of ``conn`` set to ``kib`` for a step made of lookups, then put
    back. Beyond the 2 GB that SQLite maps, pages are read into this cache: one large
    enough to keep an index of a million keys (a lookup per article into the originals'
    checksums) reads each of its pages once, not once a lookup. Scans gain nothing from
    it (quick_check is slower with a large cache), so only lookups get it."""
    raw: Any = conn.connection.driver_connection
    cached = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(cached)}")


# ---------------------------------------------------------------- foreign keys


def foreign_keys(conn: Connection, ctx: StepContext) -> list[Finding]:
    if conn.dialect.name == "sqlite":
        with _page_cache(conn, LOOKUP_CACHE_KIB):
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        broken = [f"{r[0]} row {r[1]} -> {r[2]}" for r in rows]
    else:
        broken = _dangling_references(conn)
    ctx.checked["foreign_keys"] = 1
    if not broken:
        return []
    n = len(broken)
    message = ngettext(
        "{count} row refers to a row that does not exist",
        "{count} rows refer to rows that do not exist",
        n,
    ).format(count=n)
    return [Finding("foreign_keys", "foreign_keys.dangling", message, n, broken[:SAMPLE])]


def _dangling_references(conn: Connection) -> list[str]:
    """Rows whose foreign key names a missing row, for every foreign key of the schema."""
    from desktop.db.models import Base

    broken: list[str] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            child = fk.columns[0]
            parent = fk.elements[0].column
            ref = parent.table.alias("p")
            stmt = (
                select(child)
                .select_from(table.outerjoin(ref, child == ref.c[parent.name]))
                .where(child.is_not(None), ref.c[parent.name].is_(None))
                .limit(SAMPLE)
            )
            broken += [
                f"{table.name}.{child.name}={v} -> {parent.table.name}" for v in conn.scalars(stmt)
            ]
    return broken


# ---------------------------------------------------------------- search index

# FTS5 keeps one row per document in its ``_docsize`` table (id = rowid), and
# ``search_titles`` one per indexed article: an article is in the index when it is in
# all three (see desktop.core.search.sqlite_index). One pass over the articles finds
# those missing from a part and those indexed under a title they no longer have (an
# edit the index missed): (id, missing, stale), in the order of the ids.
_SQLITE_ROWS = (
    "SELECT a.id, s.article_id IS NULL OR "
    "NOT EXISTS (SELECT 1 FROM search_folded_docsize f WHERE f.id = a.id) OR "
    "NOT EXISTS (SELECT 1 FROM search_exact_docsize x WHERE x.id = a.id), "
    "s.article_id IS NOT NULL AND s.title IS NOT a.title "
    "FROM articles a LEFT JOIN search_titles s ON s.article_id = a.id WHERE "
    "s.article_id IS NULL OR s.title IS NOT a.title OR "
    "NOT EXISTS (SELECT 1 FROM search_folded_docsize f WHERE f.id = a.id) OR "
    "NOT EXISTS (SELECT 1 FROM search_exact_docsize x WHERE x.id = a.id) ORDER BY a.id"
)
_SQLITE_PARTS = ("search_titles", "search_folded_docsize", "search_exact_docsize")
_SQLITE_EXTRA = (
    "SELECT id FROM (SELECT id FROM search_folded_docsize UNION "
    "SELECT id FROM search_exact_docsize UNION SELECT article_id FROM search_titles) i "
    "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = i.id) ORDER BY 1"
)
_PG_MISSING = (
    "SELECT a.id FROM articles a LEFT JOIN search_index s ON s.article_id = a.id "
    "WHERE s.article_id IS NULL ORDER BY a.id"
)
_PG_EXTRA = (
    "SELECT s.article_id FROM search_index s LEFT JOIN articles a ON a.id = s.article_id "
    "WHERE a.id IS NULL ORDER BY 1"
)


def search_rows(conn: Connection, ctx: StepContext) -> list[Finding]:
    """Every article in every part of the index, and nothing else."""
    articles = int(conn.scalar(text("SELECT count(*) FROM articles")) or 0)
    ctx.checked["articles"] = articles
    if conn.dialect.name == "sqlite":
        missing, stale = [], []
        for article_id, absent, renamed in conn.execute(text(_SQLITE_ROWS)):
            if absent:
                missing.append(article_id)
            if renamed:
                stale.append(article_id)
        # A part that holds every article and no more rows than there are articles
        # holds nothing else (its ids are unique): the search for entries of deleted
        # articles (a sort of every part's ids) is made only when that is not so.
        parts = [conn.scalar(text(f"SELECT count(*) FROM {name}")) for name in _SQLITE_PARTS]
        whole = not missing and all(n == articles for n in parts)
        extra = [] if whole else list(conn.scalars(text(_SQLITE_EXTRA)))
    else:
        missing = list(conn.scalars(text(_PG_MISSING)))
        extra = list(conn.scalars(text(_PG_EXTRA)))
        stale = []

    def found(code: str, ids: list[int], message: str) -> Finding:
        n = len(ids)
        return Finding("search_index", code, message.format(count=n), n, ids[:SAMPLE], True)

    findings = []
    if missing:
        message = ngettext(
            "{count} article is missing from the search index",
            "{count} articles are missing from the search index",
            len(missing),
        )
        findings.append(found("search_index.missing", missing, message))
    if extra:
        message = ngettext(
            "{count} deleted article is still in the search index",
            "{count} deleted articles are still in the search index",
            len(extra),
        )
        findings.append(found("search_index.extra", extra, message))
    if stale:
        message = ngettext(
            "{count} article is in the search index under an older title",
            "{count} articles are in the search index under older titles",
            len(stale),
        )
        findings.append(found("search_index.stale", stale, message))
    if ctx.repair:
        if missing or extra or stale:
            unindex_articles(conn, missing + extra + stale)
        if missing or stale:
            index_articles(conn, missing + stale)
        for finding in findings:
            finding.repaired = True
    return findings


def search_fts(conn: Connection, ctx: StepContext) -> list[Finding]:
    """FTS5's own ``integrity-check`` of its index's structure (SQLite). The tables are
    contentless: there is no stored copy of the texts to compare the index with."""
    damaged = [name for name in FTS_TABLES if not _fts_intact(conn, name)]
    if not damaged:
        return []
    message = _("the full-text index is damaged ({tables})").format(tables=", ".join(damaged))
    finding = Finding(
        "search_index", "search_index.damaged", message, len(damaged), damaged, repairable=True
    )
    if ctx.repair:
        rebuild(conn)  # emptied ('delete-all' drops every page of it), then made again
        finding.repaired = all(_fts_intact(conn, name) for name in FTS_TABLES)
    return [finding]


def _fts_intact(conn: Connection, name: str) -> bool:
    try:
        with conn.begin_nested():
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))
    except Exception as exc:  # any failure is damage...
        reason = first_line(exc).lower()
        if "interrupt" in reason or "locked" in reason or "busy" in reason:
            raise  # ...except a cancellation, or a writer holding the archive
        return False
    return True


# ---------------------------------------------------------------- import batches

# (batch, article) pairs of articles that point at a batch whose summary does not list
# them; the summaries are read by the database's JSON functions, in one pass.
_SQLITE_UNLISTED = (
    "WITH listed(batch, id) AS (SELECT b.id, json_extract(j.value, '$.id') "
    "FROM import_batches b, json_each(CASE WHEN json_valid(b.summary) THEN b.summary "
    "ELSE '{}' END, '$.imported') j WHERE j.type = 'object') "
    "SELECT import_batch_id, id FROM articles WHERE import_batch_id IS NOT NULL "
    "EXCEPT SELECT batch, id FROM listed ORDER BY 1, 2"
)
_PG_UNLISTED = (
    "WITH listed AS (SELECT b.id AS batch, (j.value ->> 'id')::numeric AS id "
    "FROM import_batches b CROSS JOIN LATERAL json_array_elements(CASE WHEN "
    "json_typeof(b.summary -> 'imported') = 'array' THEN b.summary -> 'imported' "
    "ELSE '[]'::json END) AS j(value) "
    "WHERE json_typeof(j.value) = 'object' AND json_typeof(j.value -> 'id') = 'number') "
    "SELECT import_batch_id, id FROM articles WHERE import_batch_id IS NOT NULL "
    "EXCEPT SELECT batch, id FROM listed ORDER BY 1, 2"
)


def import_batches(conn: Connection, ctx: StepContext) -> list[Finding]:
    """A batch's summary must list every article that still points at the batch."""
    sql = _SQLITE_UNLISTED if conn.dialect.name == "sqlite" else _PG_UNLISTED
    unlisted: dict[int, list[int]] = {}
    for batch_id, article_id in conn.execute(text(sql)):
        unlisted.setdefault(int(batch_id), []).append(int(article_id))
    ctx.checked["import_batches"] = int(
        conn.scalar(text("SELECT count(*) FROM import_batches")) or 0
    )
    if not unlisted:
        return []
    n = len(unlisted)
    message = ngettext(
        "{count} import batch does not list all of its articles",
        "{count} import batches do not list all of their articles",
        n,
    ).format(count=n)
    wrong = sorted(unlisted)
    finding = Finding("import_batches", "import_batches.unlisted", message, n, wrong[:SAMPLE], True)
    if ctx.repair:
        for batch_id in wrong:
            summary = conn.scalar(select(ImportBatch.summary).where(ImportBatch.id == batch_id))
            fixed = dict(summary) if isinstance(summary, dict) else {}
            listed = fixed.get("imported")
            listed = listed if isinstance(listed, list) else []
            fixed["imported"] = [*listed, *_items(conn, unlisted[batch_id])]
            fixed.setdefault("duplicates", [])
            fixed.setdefault("failed", [])
            fixed["rebuilt"] = True
            conn.execute(
                update(ImportBatch).where(ImportBatch.id == batch_id).values(summary=fixed)
            )
        finding.repaired = True
    return [finding]


def _items(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 1000):
        rows = conn.execute(
            select(Article.id, Article.source_path)
            .where(Article.id.in_(ids[start : start + 1000]))
            .order_by(Article.id)
        )
        out += [{"id": i, "path": p} for i, p in rows]
    return out


# ---------------------------------------------------------------- orphans


_UNUSED = "SELECT sha256 FROM originals EXCEPT SELECT sha256 FROM articles ORDER BY 1"


def orphans(conn: Connection, ctx: StepContext) -> list[Finding]:
    # Both sides read in checksum order from their unique indexes and merged: no
    # lookup per original.
    unused = list(conn.scalars(text(_UNUSED)))
    textless = list(
        conn.scalars(
            text(
                "SELECT a.id FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM article_texts t WHERE t.article_id = a.id) ORDER BY a.id"
            )
        )
    )
    findings = []
    if unused:
        n = len(unused)
        message = ngettext(
            "{count} stored original belongs to no article",
            "{count} stored originals belong to no article",
            n,
        ).format(count=n)
        findings.append(Finding("orphans", "orphans.originals", message, n, unused[:SAMPLE]))
    if textless:
        n = len(textless)
        message = ngettext(
            "{count} article has no text", "{count} articles have no text", n
        ).format(count=n)
        findings.append(Finding("orphans", "orphans.textless", message, n, textless[:SAMPLE]))
    return findings


# ---------------------------------------------------------------- fixity


def fixity_parts(conn: Connection, parts: int) -> list[tuple[int, int] | None]:
    """Rowid ranges of ``originals`` to hash side by side (SQLite); one scan elsewhere."""
    if conn.dialect.name != "sqlite":
        return [None]
    low, high = conn.execute(text("SELECT min(rowid), max(rowid) FROM originals")).one()
    if low is None:
        return [(0, -1)]
    step = max(1, -(-(high - low + 1) // parts))
    return [(start, min(high, start + step - 1)) for start in range(low, high + 1, step)]


def fixity(conn: Connection, ctx: StepContext, part: tuple[int, int] | None) -> list[Finding]:
    """Every original of ``part`` hashed again; returns those that no longer match.

    Read in storage order (not by checksum: that would seek across the table), rows
    streamed from the driver, hashed by hashlib (which lets other threads run)."""
    bad: list[str] = []
    count = 0
    if part is None:
        rows: Any = conn.execution_options(yield_per=FIXITY_ROWS).execute(
            select(Original.sha256, Original.size, Original.data)
        )
    else:
        rows = conn.exec_driver_sql(
            "SELECT sha256, size, data FROM originals WHERE rowid BETWEEN ? AND ?", part
        )
    for sha, size, data in rows:
        count += 1
        if count % FIXITY_ROWS == 0:
            ctx.advance(FIXITY_ROWS, "fixity")
        if data is None or len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            bad.append(str(sha))
    ctx.advance(count % FIXITY_ROWS, "fixity")
    with _LOCK:
        ctx.checked["originals"] = ctx.checked.get("originals", 0) + count
    if not bad:
        return []
    n = len(bad)
    return [Finding("fixity", "fixity.mismatch", fixity_message(n), n, sorted(bad)[:SAMPLE])]


def fixity_message(n: int) -> str:
    return ngettext(
        "{count} stored original no longer matches its checksum: restore a backup",
        "{count} stored originals no longer match their checksum: restore a backup",
        n,
    ).format(count=n)
