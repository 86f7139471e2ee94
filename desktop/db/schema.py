"""A new archive's schema made in one step: the models' tables, what no model describes
(the search index, the browsing indexes), and the Alembic stamp of the head revision.

Running every revision one after the other on an empty database makes the same schema
the slow way (each revision's statements, version updates and checks in turn). An
archive that exists is still brought up to date by the revisions. The statements below
are the schema at the head revision: a new revision that adds something no model
describes adds it here too; ``tests/core/test_schema.py`` compares an archive made here
with one migrated from the first revision, on both backends, and fails until it does.
"""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from desktop.db.models import Base

# The full-text search index (revision 0002; on SQLite contentless, with the ledger of
# its entries, since revision 0004).
_SEARCH = {
    "sqlite": (
        "CREATE TABLE search_titles ("
        "article_id INTEGER NOT NULL, "
        "title TEXT NOT NULL, "
        "source BLOB NOT NULL, "
        "forms BLOB NOT NULL, "
        "CONSTRAINT pk_search_titles PRIMARY KEY (article_id))",
        "CREATE VIRTUAL TABLE search_folded USING fts5("
        "title, body, content='', tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE VIRTUAL TABLE search_exact USING fts5("
        "title, body, content='', tokenize = 'unicode61 remove_diacritics 0')",
    ),
    "postgresql": (
        "CREATE TABLE search_index ("
        "article_id INTEGER NOT NULL, "
        "folded TSVECTOR NOT NULL, "
        "exact TSVECTOR NOT NULL, "
        "CONSTRAINT pk_search_index PRIMARY KEY (article_id), "
        "CONSTRAINT fk_search_index_article_id_articles FOREIGN KEY (article_id) "
        "REFERENCES articles (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_search_index_folded ON search_index USING gin (folded)",
        "CREATE INDEX ix_search_index_exact ON search_index USING gin (exact)",
    ),
}

# The article table's sort orders and facets (revisions 0003 and 0005).
_BROWSE = {
    "sqlite": (
        "CREATE INDEX ix_articles_sort_date ON articles (coalesce(event_date, published))",
        "CREATE INDEX ix_articles_sort_title ON articles (lower(title))",
        "CREATE INDEX ix_articles_sort_outlet ON articles (lower(outlet))",
        "CREATE INDEX ix_article_objectives_number_article "
        "ON article_objectives (objective_number, article_id)",
        # A published-date range in the Date column's order (revision 0005).
        "CREATE INDEX ix_articles_published_event ON articles (published, event_date)",
    ),
    "postgresql": (
        "CREATE INDEX ix_articles_sort_date ON articles (coalesce(event_date, published), id)",
        "CREATE INDEX ix_articles_sort_title ON articles (lower(title), id)",
        "CREATE INDEX ix_articles_sort_outlet ON articles (lower(outlet), id)",
        "CREATE INDEX ix_articles_sort_language ON articles (language, id)",
        "CREATE INDEX ix_articles_sort_status ON articles (review_status, id)",
        "CREATE INDEX ix_article_objectives_number_article "
        "ON article_objectives (objective_number, article_id)",
        "CREATE INDEX ix_articles_published_event ON articles (published, event_date, id)",
    ),
}


def head_statements(dialect: Dialect) -> list[str]:
    """The DDL of the head schema for ``dialect``, in the order the tables depend."""
    out: list[str] = []
    for table in Base.metadata.sorted_tables:
        out.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            out.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return [*out, *_SEARCH[dialect.name], *_BROWSE[dialect.name]]


def create_head(conn: Connection, script: ScriptDirectory) -> str:
    """Make the head schema in the empty database of ``conn`` (in its transaction) and
    stamp it with ``script``'s head revision, which it returns."""
    statements = head_statements(conn.dialect)
    if conn.dialect.name == "postgresql":
        # One round trip: the server does the same work, without a wait per statement.
        conn.exec_driver_sql(";\n".join(statements))
    else:
        for statement in statements:
            conn.exec_driver_sql(statement)
    head = script.get_current_head()
    assert head is not None
    MigrationContext.configure(conn).stamp(script, head)
    return head
