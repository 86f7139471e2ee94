"""full-text search index

SQLite: FTS5 tables ``search_folded`` (text folded by the app: case, diacritics
and đ, tokenizer ``unicode61 remove_diacritics 2`` as a second net) and
``search_exact`` (diacritics kept, case folded by the tokenizer).

PostgreSQL: ``search_index`` with tsvectors ``folded`` and ``exact`` and a GIN
index on each. The text is folded by the application (the same function as on
SQLite), not by ``unaccent`` in the database: ``lower()`` and regular
expressions depend on the server's locale, and the two backends must see the
same words.

Articles already in the archive are indexed during the upgrade, by a frozen copy
(below) of what the application's folding and indexing did when this revision was
written: a migration never calls domain code, whose later changes would silently
change what an old upgrade does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:30:00
"""

import re
import unicodedata
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    _forget_index_rules()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_folded USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE search_exact USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 0')"
        )
    else:
        op.execute(
            "CREATE TABLE search_index ("
            "article_id INTEGER NOT NULL, "
            "folded TSVECTOR NOT NULL, "
            "exact TSVECTOR NOT NULL, "
            "CONSTRAINT pk_search_index PRIMARY KEY (article_id), "
            "CONSTRAINT fk_search_index_article_id_articles FOREIGN KEY (article_id) "
            "REFERENCES articles (id) ON DELETE CASCADE)"
        )
        op.execute("CREATE INDEX ix_search_index_folded ON search_index USING gin (folded)")
        op.execute("CREATE INDEX ix_search_index_exact ON search_index USING gin (exact)")
    _index_existing_articles(bind)


def downgrade() -> None:
    bind = op.get_bind()
    _forget_index_rules()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_exact")
        op.execute("DROP TABLE IF EXISTS search_folded")
    else:
        op.execute("DROP TABLE IF EXISTS search_index")


def _forget_index_rules() -> None:
    """The archive's record of the rules its index was built with goes with the index:
    an index this revision builds follows its frozen rules, not the application's, and
    the application rebuilds it once when it opens the archive."""
    op.execute("DELETE FROM archive_settings WHERE key = 'search_index'")


# ------------------------------------------------------------------ frozen copy
# Of desktop.core.util.textfold.fold, desktop.core.search.folding (fast_fold,
# index_text) and the backends' index() as of revision 0002. Do not "update" it.

_STROKES = {
    ord(pair[0]): pair[1:]
    for pair in "đd Đd ðd Ðd øo Øo łl Łl ıi æae Æae œoe Œoe ßss ’' ‘' ʼ'".split()
}
_WORDS = re.compile(r"[^\W_]+")
_MAX_INDEXED = 200_000
_BATCH = 2_000


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.translate(_STROKES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_STROKES)


def _exact_char(ch: str) -> str:
    return unicodedata.normalize("NFC", ch.lower())


class _Memo(dict[int, str]):
    """A ``str.translate`` table computing each character's form once."""

    def __init__(self, form: Callable[[str], str]) -> None:
        super().__init__()
        self.form = form

    def __missing__(self, code: int) -> str:
        value = self[code] = self.form(chr(code))
        return value


_FOLDED, _EXACT = _Memo(_fold_char), _Memo(_exact_char)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _words(text: str, table: _Memo) -> str:
    text = text[:_MAX_INDEXED]
    if table is _EXACT:
        text = _nfc(text)
    return " ".join(_WORDS.findall(text.translate(table)))


_SQLITE_INSERT = "INSERT INTO {table}(rowid, title, body) VALUES (:id, :title, :body)"
_PG_INSERT = (
    "INSERT INTO search_index (article_id, folded, exact) VALUES (:id, "
    "setweight(to_tsvector('simple', :ft), 'A') || setweight(to_tsvector('simple', :fb), 'D'), "
    "setweight(to_tsvector('simple', :xt), 'A') || setweight(to_tsvector('simple', :xb), 'D'))"
)


def _index_existing_articles(bind: sa.Connection) -> None:
    ids = list(bind.execute(sa.text("SELECT id FROM articles ORDER BY id")).scalars())
    select_rows = sa.text(
        "SELECT a.id, a.title, t.body FROM articles a "
        "LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))
    for start in range(0, len(ids), _BATCH):
        rows = [
            (int(r[0]), r[1] or "", r[2] or "")
            for r in bind.execute(select_rows, {"ids": ids[start : start + _BATCH]})
        ]
        if bind.dialect.name == "sqlite":
            folded = [
                {"id": i, "title": t.translate(_FOLDED), "body": b.translate(_FOLDED)}
                for i, t, b in rows
            ]
            exact = [{"id": i, "title": _nfc(t), "body": _nfc(b)} for i, t, b in rows]
            bind.execute(sa.text(_SQLITE_INSERT.format(table="search_folded")), folded)
            bind.execute(sa.text(_SQLITE_INSERT.format(table="search_exact")), exact)
        else:
            params = [
                {
                    "id": i,
                    "ft": _words(t, _FOLDED),
                    "fb": _words(b, _FOLDED),
                    "xt": _words(t, _EXACT),
                    "xb": _words(b, _EXACT),
                }
                for i, t, b in rows
            ]
            bind.execute(sa.text(_PG_INSERT), params)
