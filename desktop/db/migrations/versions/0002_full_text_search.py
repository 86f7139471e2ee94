"""full-text search index

SQLite: FTS5 tables ``search_folded`` (text folded by the app: case, diacritics
and đ, tokenizer ``unicode61 remove_diacritics 2`` as a second net) and
``search_exact`` (diacritics kept, case folded by the tokenizer).

PostgreSQL: ``search_index`` with tsvectors ``folded`` and ``exact`` and a GIN
index on each. The text is folded by the application (the same function as on
SQLite), not by ``unaccent`` in the database: ``lower()`` and regular
expressions depend on the server's locale, and the two backends must see the
same words.

Articles already in the archive are indexed during the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:30:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from desktop.core.search.indexing import rebuild

    bind = op.get_bind()
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
    rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_exact")
        op.execute("DROP TABLE IF EXISTS search_folded")
    else:
        op.execute("DROP TABLE IF EXISTS search_index")
