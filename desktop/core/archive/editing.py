"""Curator edits of articles: metadata, review status, deletion. All undoable, all audited.

Each edit is data (a dataclass); applying it returns its inverse. Concurrent edits
are caught by the articles' version counter: an edit made from a stale view fails
with :class:`StaleEdit` instead of overwriting a colleague's change.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations import audit, hooks
from desktop.core.operations.changes import ARTICLES, EVENTS, TAGS, Changes, OpResult
from desktop.db.models import (
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    Confidence,
    Original,
    ReviewStatus,
    SuggestionDecision,
    utcnow,
)
from desktop.i18n import _

EDITABLE = {
    "title",
    "language",
    "source_url",
    "outlet",
    "published",
    "published_confidence",
    "event_date",
    "event_month",
    "event_day",
    "event_date_confidence",
    "review_status",
    "notes",
}
DATE_FIELDS = {"published", "event_date"}


class EditError(Exception):
    """An edit cannot be done; the message says why."""


class StaleEdit(EditError):
    """The article changed since it was read (another curator, another window)."""


def _check_value(name: str, value: Any) -> Any:
    if name not in EDITABLE:
        raise EditError(f"field {name!r} cannot be edited")
    if name in DATE_FIELDS and value is not None and not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value))
        except ValueError:
            raise EditError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None
    if name == "review_status" and value not in set(ReviewStatus):
        raise EditError(f"unknown review status {value!r}")
    if name == "language" and value is not None and not (2 <= len(str(value)) <= 8):
        raise EditError(f"not a language code: {value!r}")
    return value


def _values_of(article: Article, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(article, name) for name in names}


@dataclass
class UpdateArticles:
    """Set fields of articles; ``values`` maps article id -> {field: value}."""

    values: dict[int, dict[str, Any]]
    label: str = "Edit article"
    expected_versions: dict[int, int] = field(default_factory=dict)

    def apply(self, archive: Archive) -> OpResult[None]:
        inverse: dict[int, dict[str, Any]] = {}
        with archive.session() as session, session.begin():
            for article_id, fields in self.values.items():
                article = session.get(Article, article_id)
                if article is None:
                    raise EditError(_("no article with id {id}").format(id=article_id))
                expected = self.expected_versions.get(article_id)
                if expected is not None and article.version != expected:
                    raise StaleEdit(
                        f"article {article_id} was changed by someone else; reload and try again"
                    )
                checked = {name: _check_value(name, value) for name, value in fields.items()}
                for name in DATE_FIELDS & checked.keys():
                    # A date typed by a curator is the curator's, unless told otherwise.
                    checked.setdefault(f"{name}_confidence", Confidence.CURATOR)
                    if name == "event_date" and checked[name] is not None:
                        checked.setdefault("event_month", checked[name].month)
                        checked.setdefault("event_day", checked[name].day)
                inverse[article_id] = _values_of(article, list(checked))
                for name, value in checked.items():
                    setattr(article, name, value)
                article.updated_at = utcnow()
                audit.record(
                    session,
                    archive.curator_id,
                    "edit",
                    "article",
                    article_id,
                    {"fields": {k: _jsonable(v) for k, v in checked.items()}},
                )
            session.flush()
            hooks.run(hooks.ARTICLES_CHANGED, session, list(self.values))
        return OpResult(
            Changes.of(ARTICLES, articles=self.values),
            UpdateArticles(inverse, self.label),
        )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def update_article(
    archive: Archive, article_id: int, expected_version: int | None = None, **fields: Any
) -> OpResult[None]:
    """Set metadata fields of one article (dates as ``date`` or ``YYYY-MM-DD``)."""
    versions = {article_id: expected_version} if expected_version is not None else {}
    return UpdateArticles({article_id: fields}, "Edit article", versions).apply(archive)


def set_review_status(archive: Archive, ids: Sequence[int], status: str) -> OpResult[None]:
    edit = UpdateArticles({i: {"review_status": status} for i in ids}, "Set review status")
    return edit.apply(archive)


# -- deletion -----------------------------------------------------------------------------
def _snapshot(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Everything needed to bring articles back exactly as they were."""
    out = []
    for article in session.scalars(select(Article).where(Article.id.in_(ids))):
        columns = {c.key: getattr(article, c.key) for c in Article.__table__.columns}
        body = session.scalar(select(ArticleText.body).where(ArticleText.article_id == article.id))
        original = session.get(Original, article.sha256)
        out.append(
            {
                "article": columns,
                "body": body or "",
                "original": None
                if original is None
                else {
                    "sha256": original.sha256,
                    "size": original.size,
                    "media_type": original.media_type,
                    "data": base64.b64encode(original.data).decode("ascii"),
                },
                "objectives": [
                    {c.key: getattr(row, c.key) for c in ArticleObjective.__table__.columns}
                    for row in session.scalars(
                        select(ArticleObjective).where(ArticleObjective.article_id == article.id)
                    )
                ],
                "actors": [
                    {c.key: getattr(row, c.key) for c in ArticleActor.__table__.columns}
                    for row in session.scalars(
                        select(ArticleActor).where(ArticleActor.article_id == article.id)
                    )
                ],
                "decisions": [
                    {c.key: getattr(row, c.key) for c in SuggestionDecision.__table__.columns}
                    for row in session.scalars(
                        select(SuggestionDecision).where(
                            SuggestionDecision.article_id == article.id
                        )
                    )
                ],
            }
        )
    return out


@dataclass
class DeleteArticles:
    ids: list[int]
    label: str = "Delete articles"

    def apply(self, archive: Archive) -> OpResult[None]:
        with archive.session() as session, session.begin():
            snapshot = _snapshot(session, self.ids)
            if len(snapshot) != len(set(self.ids)):
                found = {item["article"]["id"] for item in snapshot}
                missing = sorted(set(self.ids) - found)
                listed = ", ".join(map(str, missing))
                raise EditError(_("no article with id {id}").format(id=listed))
            hooks.run(hooks.ARTICLES_DELETING, session, self.ids)
            shas = [item["article"]["sha256"] for item in snapshot]
            session.execute(delete(Article).where(Article.id.in_(self.ids)))
            still_used = set(
                session.scalars(select(Article.sha256).where(Article.sha256.in_(shas)))
            )
            session.execute(delete(Original).where(Original.sha256.in_(set(shas) - still_used)))
            audit.record(session, archive.curator_id, "delete", "article", None, {"ids": self.ids})
        return OpResult(
            Changes.of(ARTICLES, TAGS, EVENTS, articles=self.ids),
            RestoreArticles(snapshot, "Restore articles"),
        )


@dataclass
class RestoreArticles:
    snapshot: list[dict[str, Any]]
    label: str = "Restore articles"

    def apply(self, archive: Archive) -> OpResult[None]:
        ids = [item["article"]["id"] for item in self.snapshot]
        with archive.session() as session, session.begin():
            for item in self.snapshot:
                original = item["original"]
                if original and session.get(Original, original["sha256"]) is None:
                    session.execute(
                        insert(Original).values(
                            {**original, "data": base64.b64decode(original["data"])}
                        )
                    )
            session.execute(insert(Article), [item["article"] for item in self.snapshot])
            session.execute(
                insert(ArticleText),
                [
                    {"article_id": item["article"]["id"], "body": item["body"]}
                    for item in self.snapshot
                ],
            )
            for key, model in (
                ("objectives", ArticleObjective),
                ("actors", ArticleActor),
                ("decisions", SuggestionDecision),
            ):
                rows = [row for item in self.snapshot for row in item[key]]
                if rows:
                    session.execute(insert(model), rows)
            hooks.run(hooks.ARTICLES_ADDED, session, ids)
            audit.record(session, archive.curator_id, "restore", "article", None, {"ids": ids})
        return OpResult(
            Changes.of(ARTICLES, TAGS, EVENTS, articles=ids), DeleteArticles(ids, "Delete articles")
        )


def delete_articles(archive: Archive, ids: Sequence[int]) -> OpResult[None]:
    return DeleteArticles(list(ids)).apply(archive)
