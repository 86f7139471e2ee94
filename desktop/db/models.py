"""SQLAlchemy 2 models of an archive.

The schema is evolved only by the Alembic revisions in ``desktop/db/migrations``;
these classes describe it for the ORM, and a new archive is made from them and from
``desktop.db.schema`` (what no model describes) at the head revision.

Article bodies and original file bytes live in their own tables so that the
article list query reads light rows only.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ReviewStatus(enum.StrEnum):
    NEW = "new"
    NEEDS_REVIEW = "needs_review"
    REVIEWED = "reviewed"


class Confidence(enum.StrEnum):
    """How far a metadata value can be trusted."""

    STATED = "stated"  # read as such from the file or text
    INFERRED = "inferred"  # deduced from other evidence (e.g. a year from a URL)
    UNKNOWN = "unknown"  # nothing usable found
    CURATOR = "curator"  # set by a person


class EventRole(enum.StrEnum):
    ORIGINAL = "original"
    TRANSLATION = "translation"
    REPORT = "report"  # an independent report of the same event


class Curator(Base):
    __tablename__ = "curators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Original(Base):
    """The bytes of an imported file, unchanged, addressed by their sha256."""

    __tablename__ = "originals"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Event(Base):
    """One real-world event reported by one or more articles."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    articles: Mapped[list[Article]] = relationship(back_populates="event")

    __mapper_args__ = {"version_id_col": version}


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    language_confidence: Mapped[float | None] = mapped_column(Float)
    source_path: Mapped[str] = mapped_column(String(2000), default="")
    source_url: Mapped[str | None] = mapped_column(String(2000))
    outlet: Mapped[str | None] = mapped_column(String(300), index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_confidence: Mapped[str] = mapped_column(String(16), default=Confidence.UNKNOWN)
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Day and month of the event when known, even while its year is not.
    event_month: Mapped[int | None] = mapped_column(SmallInteger)
    event_day: Mapped[int | None] = mapped_column(SmallInteger)
    event_date_confidence: Mapped[str] = mapped_column(String(16), default=Confidence.UNKNOWN)
    # Per field: {"value": ..., "confidence": ..., "evidence": "...", "source": "..."}.
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sha256: Mapped[str] = mapped_column(ForeignKey("originals.sha256"), unique=True)
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(100), default="text/plain")
    review_status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.NEW, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    event_role: Mapped[str | None] = mapped_column(String(16))
    translation_kind: Mapped[str | None] = mapped_column(String(16))  # human / machine
    translated_from: Mapped[str | None] = mapped_column(String(8))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    event: Mapped[Event | None] = relationship(back_populates="articles")
    text: Mapped[ArticleText] = relationship(
        back_populates="article", cascade="all, delete-orphan", uselist=False
    )
    objectives: Mapped[list[ArticleObjective]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    actors: Mapped[list[ArticleActor]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class ArticleText(Base):
    """The cleaned text of an article: what views, search and reports use (its only
    copy: the SQLite full-text index keeps none, see desktop.core.search.sqlite_index)."""

    __tablename__ = "article_texts"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text, default="")

    article: Mapped[Article] = relationship(back_populates="text")


class Objective(Base):
    """One of the 23 objectives of the GCM (A/RES/73/195)."""

    __tablename__ = "objectives"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # {"en": "...", "fr": "...", "es": "...", "vi": "...", "ms": "..."}
    titles: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="organisation")
    country: Mapped[str] = mapped_column(String(8), default="")
    role: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "folded"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), index=True)
    language: Mapped[str] = mapped_column(String(8), default="")

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ArticleObjective(Base):
    __tablename__ = "article_objectives"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    objective_number: Mapped[int] = mapped_column(
        ForeignKey("objectives.number"), primary_key=True, index=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_suggestion: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float | None] = mapped_column(Float)

    article: Mapped[Article] = relationship(back_populates="objectives")


class ArticleActor(Base):
    __tablename__ = "article_actors"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_suggestion: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float | None] = mapped_column(Float)

    article: Mapped[Article] = relationship(back_populates="actors")
    actor: Mapped[Actor] = relationship()


class SuggestionDecision(Base):
    """A curator's accept or reject of a suggestion, so a rejection never comes back.

    ``kind`` is "objective", "actor", "new_actor" or "link"; ``key`` identifies the
    suggestion within the kind (objective number, actor id, folded new name, other
    article id).
    """

    __tablename__ = "suggestion_decisions"
    __table_args__ = (UniqueConstraint("article_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(300))
    decision: Mapped[str] = mapped_column(String(16))  # accepted / rejected
    curator_id: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ArticleFeature(Base):
    """Language-neutral features of an article (names, numbers, dates, places,
    acronyms) used to find link candidates through an index instead of
    comparing all pairs."""

    __tablename__ = "article_features"
    __table_args__ = (Index("ix_article_features_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(300))
    weight: Mapped[float] = mapped_column(Float, default=1.0)


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text, default="")
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportBatch(Base):
    """One run of an import, with its summary, so the curator can reopen it."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    curator_id: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    # {"imported": [...], "duplicates": [...], "failed": [...], "cancelled": bool}
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    curator_id: Mapped[int | None] = mapped_column(ForeignKey("curators.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ArchiveSetting(Base):
    """Settings that belong to the archive (shared by a team), not to a machine."""

    __tablename__ = "archive_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


__all__ = [
    "Actor",
    "ActorAlias",
    "ArchiveSetting",
    "Article",
    "ArticleActor",
    "ArticleFeature",
    "ArticleObjective",
    "ArticleText",
    "AuditEntry",
    "Base",
    "Confidence",
    "Curator",
    "Event",
    "EventRole",
    "ImportBatch",
    "Objective",
    "Original",
    "ReviewStatus",
    "SavedSearch",
    "SuggestionDecision",
]
