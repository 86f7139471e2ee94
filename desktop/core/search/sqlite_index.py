"""Writing the SQLite full-text index: two contentless FTS5 tables and their ledger.

``search_folded`` and ``search_exact`` keep no copy of the text they index
(``content=''``): an article's text is stored once, in ``article_texts`` (and its
original bytes in ``originals``). A contentless FTS5 table forgets a document only
when it is given again the very texts it indexed, so ``search_titles`` records, per
indexed article, the title it was indexed with and two digests: of the title and
body the entry was made from (``source``), and of the four texts given to FTS5
(``forms``).

To forget an article, its texts are made again from the recorded title and its
body; when their digest is the recorded one they are given back. Otherwise (its
body was changed before the index was told, the article is gone, or the indexing
rules changed) the document's words are read back from the index itself
(``fts5vocab``, a scan of the whole index: only in those rare cases). Either way a
document is removed exactly, and the index stays sound.

(SQLite 3.43 can delete from a contentless table by rowid, ``contentless_delete=1``;
the archives must open with the SQLite of any supported system, 3.40 for one.)
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from desktop.core.search.body import indexable_lines
from desktop.core.search.folding import fast_fold

TABLES = ("search_folded", "search_exact")
LEDGER = "search_titles"
DIGEST_BYTES = 16

Forms = tuple[str, str, str, str]  # folded title, folded body, exact title, exact body


def _digest(*parts: str) -> bytes:
    data = "\x00".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=DIGEST_BYTES).digest()


def source_digest(title: str, body: str) -> bytes:
    """What an entry was made from: the article's title and body."""
    return _digest(title, body)


def forms_of(title: str, body: str, folded: tuple[str, str] | None = None) -> Forms:
    """The texts the index is given for an article: its title and the prose of its
    body (:func:`indexable_body`), folded and exact (NFC). ``folded``: the title and
    body folded (:func:`fast_fold`), when already known."""
    lines = body.split("\n")
    kept = indexable_lines(title, lines)
    prose = "\n".join([lines[i] for i in kept])
    exact = unicodedata.normalize("NFC", title), unicodedata.normalize("NFC", prose)
    if folded is not None:
        # folding maps a line break to itself and no other character to one: the
        # folded body's lines are the body's lines folded
        folded_lines = folded[1].split("\n")
        if len(folded_lines) == len(lines):
            return folded[0], "\n".join([folded_lines[i] for i in kept]), *exact
    return fast_fold(title), fast_fold(prose), *exact


def forms_digest(forms: Forms) -> bytes:
    return _digest(*forms)


def _ids(sql: str) -> Any:
    return text(sql).bindparams(bindparam("ids", expanding=True))


_SOURCES = _ids(
    "SELECT a.id, a.title, t.body FROM articles a "
    "LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id IN :ids"
)
_RECORDED = _ids(
    f"SELECT s.article_id, s.title, s.forms, t.body FROM {LEDGER} s "
    "LEFT JOIN article_texts t ON t.article_id = s.article_id WHERE s.article_id IN :ids"
)
_INSERT = "INSERT INTO {t}(rowid, title, body) VALUES (:id, :title, :body)"
_DELETE = "INSERT INTO {t}({t}, rowid, title, body) VALUES ('delete', :id, :title, :body)"
_RECORD = text(
    f"INSERT INTO {LEDGER} (article_id, title, source, forms) VALUES (:id, :title, :source, :forms)"
)


def entries(
    rows: Iterable[tuple[int, str | None, str | None]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``search_folded``, ``search_exact`` and the ledger for articles
    given as (id, title, body)."""
    folded, exact, ledger = [], [], []
    for article_id, title, body in rows:
        title, body = title or "", body or ""
        forms = forms_of(title, body)
        folded.append({"id": article_id, "title": forms[0], "body": forms[1]})
        exact.append({"id": article_id, "title": forms[2], "body": forms[3]})
        ledger.append(
            {
                "id": article_id,
                "title": title,
                "source": source_digest(title, body),
                "forms": forms_digest(forms),
            }
        )
    return folded, exact, ledger


Entry = tuple[str, str, str, str, str, bytes, bytes]


def entry_of(title: str, body: str, folded: tuple[str, str] | None = None) -> Entry:
    """An article's whole entry (its four forms, its title, the digests of its source
    and of its forms), pure: the import computes it in its worker processes (``folded``:
    see :func:`forms_of`)."""
    forms = forms_of(title, body, folded)
    return (*forms, title, source_digest(title, body), forms_digest(forms))


def store(conn: Connection, entries: Sequence[tuple[int, Entry]]) -> None:
    """Add entries made by :func:`entry_of` (their articles must not be in the index)."""
    if not entries:
        return
    # Plain tuples through the driver (sqlite3's own markers): nothing to compile.
    conn.exec_driver_sql(
        "INSERT INTO search_folded(rowid, title, body) VALUES (?, ?, ?)",
        [(i, e[0], e[1]) for i, e in entries],
    )
    conn.exec_driver_sql(
        "INSERT INTO search_exact(rowid, title, body) VALUES (?, ?, ?)",
        [(i, e[2], e[3]) for i, e in entries],
    )
    conn.exec_driver_sql(
        f"INSERT INTO {LEDGER} (article_id, title, source, forms) VALUES (?, ?, ?, ?)",
        [(i, e[4], e[5], e[6]) for i, e in entries],
    )


def index(conn: Connection, ids: Sequence[int]) -> None:
    """Add articles ``ids`` (not in the index yet)."""
    rows = [(int(r[0]), r[1], r[2]) for r in conn.execute(_SOURCES, {"ids": list(ids)})]
    if not rows:
        return
    folded, exact, ledger = entries(rows)
    conn.execute(text(_INSERT.format(t="search_folded")), folded)
    conn.execute(text(_INSERT.format(t="search_exact")), exact)
    conn.execute(_RECORD, ledger)


def reindex(conn: Connection, ids: Sequence[int]) -> None:
    """Bring the entries of ``ids`` up to date: only those whose title or body changed
    (a change of dates or review status leaves the index alone)."""
    recorded = dict(
        conn.execute(
            _ids(f"SELECT article_id, source FROM {LEDGER} WHERE article_id IN :ids"),
            {"ids": list(ids)},
        ).all()
    )
    current = conn.execute(_SOURCES, {"ids": list(ids)}).all()
    stale = [
        int(i)
        for i, title, body in current
        if recorded.get(i) != source_digest(title or "", body or "")
    ]
    gone = set(ids) - {int(r[0]) for r in current}
    if stale or gone:
        unindex(conn, stale + sorted(gone))
    if stale:
        index(conn, stale)


def unindex(conn: Connection, ids: Sequence[int]) -> None:
    """Remove articles ``ids`` from the index (those not in it are left alone)."""
    wanted = sorted(set(ids))
    present = {
        name: set(
            conn.execute(_ids(f"SELECT id FROM {name}_docsize WHERE id IN :ids"), {"ids": wanted})
            .scalars()
            .all()
        )
        for name in TABLES
    }
    known: dict[int, Forms] = {}
    for article_id, title, forms_sha, body in conn.execute(_RECORDED, {"ids": wanted}):
        forms = forms_of(title, body or "")  # checked: a body changed or gone differs
        if forms_digest(forms) == forms_sha:
            known[int(article_id)] = forms
    for n, name in enumerate(TABLES):
        given = [
            {"id": i, "title": known[i][2 * n], "body": known[i][2 * n + 1]}
            for i in sorted(present[name] & known.keys())
        ]
        unknown = sorted(present[name] - known.keys())
        if unknown:
            given += _words_of(conn, name, unknown)
        if given:
            conn.execute(text(_DELETE.format(t=name)), given)
    conn.execute(_ids(f"DELETE FROM {LEDGER} WHERE article_id IN :ids"), {"ids": wanted})


def _words_of(conn: Connection, name: str, ids: list[int]) -> list[dict[str, Any]]:
    """What ``name`` indexed for ``ids``, read back from the index: each column's words
    in their order (given back to FTS5, they are the same words at the same places)."""
    vocab = f"{name}_words"
    conn.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocab} "
            f"USING fts5vocab(main, {name}, instance)"
        )
    )
    words: dict[tuple[int, str], list[tuple[int, str]]] = {}
    rows = conn.execute(
        _ids(f"SELECT doc, col, offset, term FROM temp.{vocab} WHERE doc IN :ids"), {"ids": ids}
    )
    for doc, col, offset, term in rows:
        words.setdefault((int(doc), str(col)), []).append((int(offset), str(term)))

    def column(doc: int, col: str) -> str:
        return " ".join(term for _offset, term in sorted(words.get((doc, col), [])))

    return [{"id": i, "title": column(i, "title"), "body": column(i, "body")} for i in ids]


# FTS5 writes each table's pages as rows of its ``_data`` table, with rowid
# (segment << 37) + (height << 31) + page for a segment's pages (leaves: height 0),
# numbered from 1; a merge in progress trims the pages it has read off its inputs.
_SEGMENT_SHIFT = 37
_LEAVES = 1 << 31
MERGE_STEP_PAGES = 2_000  # pages written per step: about 8 MB, a fraction of a second


def _segments(conn: Connection, name: str) -> dict[int, int]:
    """Each segment of ``name``'s index and how many leaf pages it has left (two look-ups
    along the rowids per segment)."""
    out: dict[int, int] = {}
    segment = 1
    while True:
        first = conn.exec_driver_sql(
            f"SELECT min(rowid) FROM {name}_data WHERE rowid >= ?", (segment << _SEGMENT_SHIFT,)
        ).scalar()
        if first is None:
            return out
        segment = int(first) >> _SEGMENT_SHIFT
        base = segment << _SEGMENT_SHIFT
        leaves = (base, base + _LEAVES)
        # Two statements: SQLite reads a lone min() or max() off the b-tree's end, but
        # scans the range for both at once.
        low = conn.exec_driver_sql(
            f"SELECT min(rowid) FROM {name}_data WHERE rowid > ? AND rowid < ?", leaves
        ).scalar()
        if low is not None:
            high = conn.exec_driver_sql(
                f"SELECT max(rowid) FROM {name}_data WHERE rowid > ? AND rowid < ?", leaves
            ).scalar_one()
            out[segment] = int(high) - int(low) + 1
        segment += 1


def _total_changes(conn: Connection) -> int:
    driver = conn.connection.driver_connection
    assert driver is not None
    return int(driver.total_changes)


def merge(conn: Connection) -> Iterator[tuple[int, int]]:
    """Merge each table's segments into one: a query then reads each word's list of
    articles from one segment instead of one per segment (written as batches came
    in, merged by levels), two to four times faster at 100,000 articles.

    It rewrites the whole index (a few seconds at 100,000 articles, a minute at a
    million), in steps of FTS5's incremental ``merge`` (each writes about
    :data:`MERGE_STEP_PAGES` pages): after each one, yields (pages of the segments
    read so far, pages of the segments to read). The index is whole between steps:
    the caller may commit, or stop (the next merge goes on from there)."""
    before = {name: _segments(conn, name) for name in TABLES}
    total = sum(sum(pages.values()) for pages in before.values())
    read = 0
    for name in TABLES:
        inputs = before[name]
        # A negative step first puts every segment on one level, to be merged into one
        # (nothing to do with a single segment).
        pages = -MERGE_STEP_PAGES
        done = 0
        while len(inputs) > 1:
            changes = _total_changes(conn)
            conn.exec_driver_sql(f"INSERT INTO {name}({name}, rank) VALUES ('merge', {pages})")
            if _total_changes(conn) - changes < 2:  # FTS5's sign that nothing was left
                break
            pages = MERGE_STEP_PAGES
            left = _segments(conn, name)
            done = max(done, sum(max(0, n - left.get(i, 0)) for i, n in inputs.items()))
            yield read + done, total
        read += sum(inputs.values())
    yield total, total


def clear(conn: Connection) -> None:
    for name in TABLES:
        conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('delete-all')"))
    conn.execute(text(f"DELETE FROM {LEDGER}"))
