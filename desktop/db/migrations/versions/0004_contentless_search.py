"""full-text index without copies of the text (SQLite)

Until this revision each SQLite FTS5 table kept its own copy of every article's
text (folded, exact) beside ``article_texts``: three copies of each text, two of
them nearly half of the file, read by every integrity check and backup. The FTS5
tables become contentless (``content=''``): the index alone, no text. A contentless
table forgets a document only when given again the texts it indexed, so the new
table ``search_titles`` records, per indexed article, the title it was indexed
with and two digests: of the title and body it was made from (``source``) and of
the four texts given to FTS5 (``forms``).

The upgrade keeps the index as it is: its pages (FTS5's ``_data``, ``_idx``,
``_docsize`` and ``_config`` tables, whose format does not depend on where the
text is kept) are copied into the new tables before anything reads them, and the
record of each entry is made from the texts the old tables held. No text is
tokenized again and no domain code runs: what was indexed under the archive's
recorded rules stays indexed under them. An entry that was incomplete (in one
table only) or whose article is gone gets no record: ``gcm-archive check`` reports
it and ``--repair`` mends it.

The space of the old copies becomes free pages of the file (``VACUUM`` gives it
back to the disk). PostgreSQL keeps tsvectors only: nothing changes there.

Downgrade: the 0003 tables come back empty and the index's rules are forgotten, so
the application rebuilds the index when it opens the archive.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-10 09:00:00
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 2_000
_TOKENIZERS = {"search_folded": "remove_diacritics 2", "search_exact": "remove_diacritics 0"}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name in _TOKENIZERS:
        op.execute(f"ALTER TABLE {name} RENAME TO {name}_0003")
    op.execute(
        "CREATE TABLE search_titles ("
        "article_id INTEGER NOT NULL, "
        "title TEXT NOT NULL, "
        "source BLOB NOT NULL, "
        "forms BLOB NOT NULL, "
        "CONSTRAINT pk_search_titles PRIMARY KEY (article_id))"
    )
    _record_entries(bind)
    for name, tokenizer in _TOKENIZERS.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5("
            f"title, body, content='', tokenize = 'unicode61 {tokenizer}')"
        )
        # Before FTS5 reads the new table's structure (it caches it on first use).
        for shadow in ("data", "idx", "docsize", "config"):
            op.execute(f"DELETE FROM {name}_{shadow}")
            op.execute(f"INSERT INTO {name}_{shadow} SELECT * FROM {name}_0003_{shadow}")
    for name in _TOKENIZERS:
        op.execute(f"DROP TABLE {name}_0003")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_titles")
    for name, tokenizer in _TOKENIZERS.items():
        op.execute(f"DROP TABLE IF EXISTS {name}")
        op.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5(title, body, tokenize = 'unicode61 {tokenizer}')"
        )
    op.execute("DELETE FROM archive_settings WHERE key = 'search_index'")


# ------------------------------------------------------------------ frozen copy
# Of desktop.core.search.sqlite_index's digests as of revision 0004. Do not "update" it:
# an entry whose digest the application no longer recognises is still removed exactly
# (its words are read back from the index), only more slowly.


def _digest(*parts: str) -> bytes:
    data = "\x00".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


# Read in the articles' order, the order of every table joined (a page at a time).
_OLD_ENTRIES = sa.text(
    "SELECT a.id, f.c0, f.c1, x.c0, x.c1, a.title, t.body FROM articles a "
    "JOIN search_folded_0003_content f ON f.id = a.id "
    "JOIN search_exact_0003_content x ON x.id = a.id "
    "LEFT JOIN article_texts t ON t.article_id = a.id "
    "WHERE a.id > :after ORDER BY a.id LIMIT :batch"
)
_RECORD = sa.text(
    "INSERT INTO search_titles (article_id, title, source, forms) "
    "VALUES (:id, :title, :source, :forms)"
)


def _record_entries(bind: sa.Connection) -> None:
    after = -1
    while True:
        rows = bind.execute(_OLD_ENTRIES, {"after": after, "batch": _BATCH}).all()
        if not rows:
            return
        after = int(rows[-1][0])
        ledger = []
        for article_id, ft, fb, xt, xb, title, body in rows:
            forms = (ft or "", fb or "", xt or "", xb or "")
            ledger.append(
                {
                    "id": article_id,
                    "title": title or "",
                    "source": _digest(title or "", body or ""),
                    "forms": _digest(*forms),
                }
            )
        bind.execute(_RECORD, ledger)
