"""Check an archive and repair what is safe to repair.

Checks, in order: database integrity (SQLite ``quick_check`` or ``integrity_check``),
foreign keys, the full-text index (FTS5 ``integrity-check`` and its rows against the
articles on SQLite, the tsvector rows against the articles on PostgreSQL), fixity
(every stored original still hashes to its sha256), orphans (originals no article
uses, articles without text) and import batches whose summary disagrees with their
articles.

Repairs that lose nothing are made when asked: REINDEX of SQLite indexes, the
full-text index rebuilt or completed, batch summaries rebuilt from the articles.
Everything else is reported for a person to decide (a changed original cannot be
repaired from inside the archive: restore it from a backup).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.core.archive.session import Archive
from desktop.core.operations.changes import ARTICLES, IMPORTS, Changes, OpResult
from desktop.core.operations.progress import TaskState
from desktop.core.search.indexing import index_articles, rebuild, unindex_articles
from desktop.db.engine import ReadOnlyArchive, is_read_only
from desktop.db.models import Article, ArticleText, Base, ImportBatch, Original
from desktop.i18n import _

SAMPLE = 20  # ids listed per finding
FTS_TABLES = ("search_folded", "search_exact")


@dataclass
class Finding:
    check: str  # integrity, foreign_keys, search_index, fixity, orphans, import_batches
    message: str
    count: int = 1
    ids: list[Any] = field(default_factory=list)  # a sample of the rows concerned
    repairable: bool = False
    repaired: bool = False


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    repair: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing is wrong any more (every finding was repaired)."""
        return all(f.repaired for f in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "repair": self.repair,
            "checked": self.checked,
            "findings": [asdict(f) for f in self.findings],
        }


Step = Callable[[Connection, CheckReport, bool, TaskState], None]


def check_archive(
    archive: Archive,
    state: TaskState | None = None,
    *,
    repair: bool = False,
    thorough: bool = False,
) -> OpResult[CheckReport]:
    """Check ``archive``; with ``repair``, repair what is safe in one transaction per step.

    ``thorough`` runs SQLite's full ``integrity_check`` instead of ``quick_check``
    (which skips the comparison of indexes with their tables) and FTS5's own
    ``integrity-check``, which re-reads every text (≈ 0.4 ms per article here: six
    minutes at a million articles, so not by default; the default compares the
    index's rows with the articles).
    """
    state = state or TaskState()
    if repair and archive.read_only:
        raise ReadOnlyArchive("this archive is open read-only: it can be checked, not repaired")
    report = CheckReport(repair=repair)
    steps: list[tuple[str, Step]] = [
        ("integrity", lambda c, r, fix, s: _integrity(c, r, fix, thorough)),
        ("foreign_keys", lambda c, r, fix, s: _foreign_keys(c, r)),
        ("search_index", lambda c, r, fix, s: _search_index(c, r, fix, thorough)),
        ("import_batches", lambda c, r, fix, s: _import_batches(c, r, fix)),
        ("orphans", lambda c, r, fix, s: _orphans(c, r)),
    ]
    with archive.session() as session:
        originals = int(session.scalar(select(func.count()).select_from(Original)) or 0)
    total = len(steps) + originals
    done = 0
    for name, step in steps:
        state.check()
        state.progress(done, total, name)
        with archive.engine.begin() as conn:
            step(conn, report, repair, state)
        done += 1
    _fixity(archive, report, state, done, total)
    state.progress(total, total, "")
    repaired = any(f.repaired for f in report.findings)
    changes = Changes.of(ARTICLES, IMPORTS) if repaired else Changes()
    return OpResult(changes=changes, undo=None, value=report)


def check_summary(report: CheckReport) -> str:
    """The report in lines for people (CLI and GUI)."""
    lines = [
        _("Checked: {articles} articles, {originals} originals, {batches} import batches").format(
            articles=report.checked.get("articles", 0),
            originals=report.checked.get("originals", 0),
            batches=report.checked.get("import_batches", 0),
        )
    ]
    for f in report.findings:
        if f.repaired:
            state = _("repaired")
        elif f.repairable:
            state = _("repairable with --repair")
        else:
            state = _("not repairable here")
        sample = ", ".join(str(i) for i in f.ids[:5])
        lines.append(f"[{f.check}] {f.message} ({state})" + (f": {sample}" if sample else ""))
    lines.append(_("No problems found.") if report.ok else _("Problems remain."))
    return "\n".join(lines)


# ---------------------------------------------------------------- steps


def _integrity(conn: Connection, report: CheckReport, repair: bool, thorough: bool) -> None:
    if conn.dialect.name != "sqlite":
        return  # the server guards its pages; pg_amcheck checks them
    pragma = "integrity_check" if thorough else "quick_check"
    problems = _integrity_rows(conn, pragma)
    report.checked["integrity"] = 1
    if not problems:
        return
    finding = Finding(
        "integrity",
        f"the database file is damaged: {problems[0]}",
        len(problems),
        problems[:SAMPLE],
        repairable=True,
    )
    report.findings.append(finding)
    if repair:
        try:
            conn.execute(text("REINDEX"))
        except DBAPIError as exc:
            finding.message += f" (REINDEX failed: {_first_line(exc)}; restore a backup)"
            return
        finding.repaired = not _integrity_rows(conn, "integrity_check")
        if not finding.repaired:
            finding.message += " (REINDEX was not enough: restore a backup)"


def _integrity_rows(conn: Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in conn.execute(text(f"PRAGMA {pragma}"))]
    except DBAPIError as exc:
        return [_first_line(exc)]
    return [] if rows == ["ok"] else rows


def _foreign_keys(conn: Connection, report: CheckReport) -> None:
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text("PRAGMA foreign_key_check")).all()
        broken = [f"{r[0]} row {r[1]} -> {r[2]}" for r in rows]
    else:
        broken = _dangling_references(conn)
    report.checked["foreign_keys"] = 1
    if broken:
        report.findings.append(
            Finding(
                "foreign_keys",
                f"{len(broken)} rows refer to rows that do not exist",
                len(broken),
                broken[:SAMPLE],
            )
        )


def _dangling_references(conn: Connection) -> list[str]:
    """Rows whose foreign key names a missing row, for every foreign key of the schema."""
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


def _search_index(conn: Connection, report: CheckReport, repair: bool, thorough: bool) -> None:

    if thorough and conn.dialect.name == "sqlite" and not is_read_only(conn.engine):
        # (FTS5 takes its integrity-check as an INSERT, which a read-only archive refuses.)
        damaged = [name for name in FTS_TABLES if not _fts_intact(conn, name)]
        if damaged:
            finding = Finding(
                "search_index",
                f"the full-text index is damaged ({', '.join(damaged)})",
                len(damaged),
                damaged,
                repairable=True,
            )
            report.findings.append(finding)
            if repair:
                for name in damaged:  # consistent with its stored rows again...
                    conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
                rebuild(conn)  # ...then rows and index from the articles
                finding.repaired = all(_fts_intact(conn, name) for name in FTS_TABLES)
                return
    in_all, in_any = _indexed_ids(conn)
    articles = set(conn.scalars(select(Article.id)))
    report.checked["articles"] = len(articles)
    missing = sorted(articles - in_all)
    extra = sorted(in_any - articles)
    for ids, what in ((missing, "articles missing from"), (extra, "deleted articles still in")):
        if not ids:
            continue
        finding = Finding(
            "search_index", f"{len(ids)} {what} the search index", len(ids), ids[:SAMPLE], True
        )
        report.findings.append(finding)
        if repair:
            unindex_articles(conn, ids)
            if ids is missing:
                index_articles(conn, ids)
            finding.repaired = True


def _fts_intact(conn: Connection, name: str) -> bool:
    try:
        with conn.begin_nested():
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('integrity-check')"))
    except DBAPIError:
        return False
    return True


def _indexed_ids(conn: Connection) -> tuple[set[int], set[int]]:
    """Ids in every part of the index, and ids in any part of it."""
    if conn.dialect.name == "sqlite":
        parts = [set(conn.scalars(text(f"SELECT rowid FROM {name}"))) for name in FTS_TABLES]
        return set.intersection(*parts), set.union(*parts)
    ids = set(conn.scalars(text("SELECT article_id FROM search_index")))
    return ids, ids


def _import_batches(conn: Connection, report: CheckReport, repair: bool) -> None:
    """A batch's summary must list every article that still points at the batch.

    One batch at a time, ids only (paths are read for the repair), so memory follows
    the largest batch, not the archive."""
    batch_ids = list(conn.scalars(select(ImportBatch.id).order_by(ImportBatch.id)))
    report.checked["import_batches"] = len(batch_ids)
    wrong: list[int] = []
    for batch_id in batch_ids:
        summary = conn.scalar(select(ImportBatch.summary).where(ImportBatch.id == batch_id))
        listed = {item.get("id") for item in (summary or {}).get("imported", [])}
        ids = conn.scalars(select(Article.id).where(Article.import_batch_id == batch_id))
        unlisted = sorted(set(ids) - listed)
        if not unlisted:
            continue
        wrong.append(batch_id)
        if repair:
            fixed = dict(summary or {})
            fixed["imported"] = [*fixed.get("imported", []), *_items(conn, unlisted)]
            fixed.setdefault("duplicates", [])
            fixed.setdefault("failed", [])
            fixed["rebuilt"] = True
            conn.execute(
                update(ImportBatch).where(ImportBatch.id == batch_id).values(summary=fixed)
            )
    if wrong:
        report.findings.append(
            Finding(
                "import_batches",
                f"{len(wrong)} import batches do not list all of their articles",
                len(wrong),
                wrong[:SAMPLE],
                repairable=True,
                repaired=repair,
            )
        )


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


def _orphans(conn: Connection, report: CheckReport) -> None:
    unused = list(
        conn.scalars(
            select(Original.sha256)
            .where(~select(Article.id).where(Article.sha256 == Original.sha256).exists())
            .limit(SAMPLE)
        )
    )
    if unused:
        count = conn.scalar(
            select(func.count())
            .select_from(Original)
            .where(~select(Article.id).where(Article.sha256 == Original.sha256).exists())
        )
        report.findings.append(
            Finding(
                "orphans", f"{count} stored originals belong to no article", int(count or 0), unused
            )
        )
    textless = list(
        conn.scalars(
            select(Article.id)
            .where(
                ~select(ArticleText.article_id).where(ArticleText.article_id == Article.id).exists()
            )
            .limit(SAMPLE)
        )
    )
    if textless:
        report.findings.append(
            Finding("orphans", f"articles without text: {len(textless)}", len(textless), textless)
        )


def _fixity(archive: Archive, report: CheckReport, state: TaskState, done: int, total: int) -> None:
    """Every original hashed again, streamed so memory holds one row at a time."""
    bad: list[str] = []
    count = 0
    with archive.engine.connect() as conn:
        rows = conn.execution_options(yield_per=200).execute(
            select(Original.sha256, Original.size, Original.data).order_by(Original.sha256)
        )
        for sha, size, data in rows:
            count += 1
            if count % 200 == 0:
                state.check()
                state.progress(done + count, total, "fixity")
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                bad.append(sha)
    report.checked["originals"] = count
    if bad:
        report.findings.append(
            Finding(
                "fixity",
                f"{len(bad)} stored originals no longer match their checksum: restore a backup",
                len(bad),
                bad[:SAMPLE],
            )
        )


def _first_line(exc: BaseException) -> str:
    body = str(getattr(exc, "orig", None) or exc).strip()
    return body.splitlines()[0] if body else type(exc).__name__
