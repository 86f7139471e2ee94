"""Saved searches: a name for a query, its facets and options.

They live in the archive (shared by a team), are listed in the sidebar, and
feed reports through :func:`run_saved_search`. Saving and deleting are undoable
edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from desktop.core.archive.session import Archive
from desktop.core.operations import audit
from desktop.core.operations.changes import SEARCHES, Changes, OpResult
from desktop.core.search.service import SearchSpec, search_ids
from desktop.db.models import SavedSearch


class SavedSearchError(ValueError):
    """A saved search cannot be found or named as asked."""


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    spec: SearchSpec

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "query": self.spec.text, **self.spec.to_json()}


def list_saved_searches(archive: Archive) -> list[SavedSearchInfo]:
    with archive.session() as session:
        rows = session.scalars(select(SavedSearch).order_by(SavedSearch.name)).all()
        return [
            SavedSearchInfo(r.id, r.name, SearchSpec.from_json(r.query, r.filters)) for r in rows
        ]


def get_saved_search(archive: Archive, name: str) -> SavedSearchInfo:
    with archive.session() as session:
        row = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
        if row is None:
            raise SavedSearchError(f"no saved search named {name!r}")
        return SavedSearchInfo(row.id, row.name, SearchSpec.from_json(row.query, row.filters))


def run_saved_search(archive: Archive, name: str) -> list[int]:
    """Ids of the articles a saved search finds now, in its order (report input)."""
    return search_ids(archive, get_saved_search(archive, name).spec).ids


@dataclass
class SaveSearch:
    """Create or replace the saved search ``name``; the inverse restores the old one."""

    name: str
    spec: SearchSpec
    label: str = "Save search"

    def apply(self, archive: Archive) -> OpResult[int]:
        name = self.name.strip()
        if not name:
            raise SavedSearchError("a saved search needs a name")
        with archive.session() as session, session.begin():
            row = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            undo: SaveSearch | DeleteSavedSearch
            if row is None:
                row = SavedSearch(name=name, created_by=archive.curator_id)
                session.add(row)
                undo = DeleteSavedSearch(name, label=self.label)
            else:
                old = SearchSpec.from_json(row.query, row.filters)
                undo = SaveSearch(name, old, label=self.label)
            row.query = self.spec.text
            row.filters = self.spec.to_json()
            session.flush()
            audit.record(
                session,
                archive.curator_id,
                "save_search",
                "saved_search",
                row.id,
                {"name": name, "query": self.spec.text, "filters": row.filters},
            )
            saved_id = row.id
        return OpResult(changes=Changes.of(SEARCHES), undo=undo, value=saved_id)


@dataclass
class DeleteSavedSearch:
    name: str
    label: str = "Delete saved search"

    def apply(self, archive: Archive) -> OpResult[int]:
        with archive.session() as session, session.begin():
            row = session.scalar(select(SavedSearch).where(SavedSearch.name == self.name))
            if row is None:
                raise SavedSearchError(f"no saved search named {self.name!r}")
            spec = SearchSpec.from_json(row.query, row.filters)
            saved_id = row.id
            session.execute(delete(SavedSearch).where(SavedSearch.id == saved_id))
            audit.record(
                session,
                archive.curator_id,
                "delete_search",
                "saved_search",
                saved_id,
                {"name": self.name},
            )
        return OpResult(
            changes=Changes.of(SEARCHES),
            undo=SaveSearch(self.name, spec, label=self.label),
            value=saved_id,
        )


def save_search(archive: Archive, name: str, spec: SearchSpec) -> OpResult[int]:
    return SaveSearch(name, spec).apply(archive)


def delete_saved_search(archive: Archive, name: str) -> OpResult[int]:
    return DeleteSavedSearch(name).apply(archive)
