"""indexes for browsing: the table's sort orders and facets, read a page at a time

The article table reads one page at a time in its sort order (keyset pages: the
rows after the last one shown). An index in that order lets the database read
the first page of a million articles without sorting them all:

- ``coalesce(event_date, published)``: the Date column (the default order);
- ``lower(title)`` and ``lower(outlet)``: the Title and Outlet columns, the outlet
  facet (matched lower-cased);
- ``article_objectives (objective_number, article_id)``: the objective facet reads
  its article ids from the index alone.

SQLite appends the rowid (the article id) to every index, which is the tie-break
of every order; PostgreSQL gets it as a second column.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 10:40:00
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SQLITE = (
    "CREATE INDEX ix_articles_sort_date ON articles (coalesce(event_date, published))",
    "CREATE INDEX ix_articles_sort_title ON articles (lower(title))",
    "CREATE INDEX ix_articles_sort_outlet ON articles (lower(outlet))",
    "CREATE INDEX ix_article_objectives_number_article "
    "ON article_objectives (objective_number, article_id)",
)
_POSTGRES = (
    "CREATE INDEX ix_articles_sort_date ON articles (coalesce(event_date, published), id)",
    "CREATE INDEX ix_articles_sort_title ON articles (lower(title), id)",
    "CREATE INDEX ix_articles_sort_outlet ON articles (lower(outlet), id)",
    "CREATE INDEX ix_articles_sort_language ON articles (language, id)",
    "CREATE INDEX ix_articles_sort_status ON articles (review_status, id)",
    "CREATE INDEX ix_article_objectives_number_article "
    "ON article_objectives (objective_number, article_id)",
)
_NAMES = (
    "ix_articles_sort_date",
    "ix_articles_sort_title",
    "ix_articles_sort_outlet",
    "ix_articles_sort_language",
    "ix_articles_sort_status",
    "ix_article_objectives_number_article",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE if sqlite else _POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    for name in _NAMES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
