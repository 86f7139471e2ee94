"""index for a published-date range read in the Date column's order

A list of the articles published in a range, shown newest first by the Date column
(``coalesce(event_date, published)``), was read from the published index and every
article of the range looked up to sort it: a year of a million articles meant a
hundred thousand rows read for a page of two hundred. With ``(published,
event_date)`` the page's ids and dates come from the index alone, sorted there, and
only the page's rows are read (see :mod:`desktop.core.search.pages`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 17:15:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE = "CREATE INDEX ix_articles_published_event ON articles (published, event_date)"
_POSTGRES = "CREATE INDEX ix_articles_published_event ON articles (published, event_date, id)"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute(_SQLITE if sqlite else _POSTGRES)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_articles_published_event")
