"""Undo as data: an :class:`Edit` applied to an archive returns its own inverse.

Two styles, chosen by what an operation changes:

- **value diffs** (:mod:`desktop.core.archive.editing`): an edit of fields whose inverse is
  the same edit with the old values;
- **row snapshots** (below; used by tagging, the actor registry and events, whose
  tracker in :mod:`desktop.core.linking.undo_state` adds event helpers): the
  operation records, through a :class:`RowTracker`, every row it touches before its
  first change; the inverse, :class:`RestoreRows`, puts those rows back (deleting
  the ones the operation made), and its own inverse is the state it replaced, so
  undo and redo are symmetrical. Compound edits are one tracker, so one undo.

The GUI wraps edits in ``QUndoCommand`` objects; the CLI and the tests use the
plain :class:`UndoStack` below.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop.core.operations.changes import Changes, OpResult
from desktop.db.models import Base

if TYPE_CHECKING:
    from desktop.core.archive.session import Archive

R = TypeVar("R", bound=Base)
RowKey = tuple[str, tuple[Any, ...]]  # (table name, primary key)
RowState = dict[RowKey, dict[str, Any] | None]  # None: the row did not exist


class Edit(Protocol):
    label: str

    def apply(self, archive: Archive) -> OpResult[Any]:
        """Do the edit; the result's ``undo`` is the edit that reverts it."""
        ...


@dataclass
class UndoStack:
    archive: Archive
    _undo: list[Edit] = field(default_factory=list)
    _redo: list[Edit] = field(default_factory=list)

    def push(self, result: OpResult[Any]) -> None:
        if result.undo is not None:
            self._undo.append(result.undo)
            self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Changes:
        result = self._undo.pop().apply(self.archive)
        if result.undo is not None:
            self._redo.append(result.undo)
        return result.changes

    def redo(self) -> Changes:
        result = self._redo.pop().apply(self.archive)
        if result.undo is not None:
            self._undo.append(result.undo)
        return result.changes


# -- row snapshots ----------------------------------------------------------------------

_MODELS: dict[str, type[Base]] = {
    str(mapper.class_.__tablename__): mapper.class_ for mapper in Base.registry.mappers
}
_TABLE_ORDER = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


def _key(row: Base) -> RowKey:
    state = sa_inspect(row)
    assert state.identity is not None, "flush a new row before tracking it"
    return str(state.mapper.class_.__tablename__), tuple(state.identity)


def _columns(model: type[Base]) -> list[str]:
    return [attr.key for attr in sa_inspect(model).column_attrs]


def _values(row: Base, fields: Iterable[str] | None = None) -> dict[str, Any]:
    names = _columns(type(row)) if fields is None else fields
    return {name: copy.deepcopy(getattr(row, name)) for name in names}


class RowTracker:
    """Remembers the rows an operation touches, as they were before its first change.

    Change a row only after :meth:`keep`; add and delete rows through :meth:`add`
    and :meth:`delete` (never by a bulk statement, which it would not see).
    ``fields`` keeps only some columns of a row: undo then puts back those alone and
    leaves the others, which other edits may have changed since (a row kept so is
    not brought back if it was deleted meanwhile).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.before: RowState = {}

    def keep(self, row: R, fields: Iterable[str] | None = None) -> R:
        self.before.setdefault(_key(row), _values(row, fields))
        return row

    def add(self, row: R) -> R:
        self.session.add(row)
        self.session.flush()
        self.before.setdefault(_key(row), None)
        return row

    def delete(self, row: Base) -> None:
        self.keep(row)
        # Collections reload, so children deleted before are not deleted twice by cascade.
        relations = [rel.key for rel in sa_inspect(row).mapper.relationships]
        if relations:
            self.session.expire(row, relations)
        self.session.delete(row)

    def delete_all(self, rows: Iterable[Base]) -> None:
        for row in list(rows):
            self.delete(row)
        self.session.flush()


def capture_rows(session: Session, like: RowState) -> RowState:
    """The current state of the rows (and columns) ``like`` names."""
    state: RowState = {}
    for key, values in like.items():
        model = _MODELS[key[0]]
        row = session.get(model, key[1])
        partial = values is not None and set(values) != set(_columns(model))
        if row is not None:
            state[key] = _values(row, values if partial else None)
        elif not partial:  # a row partly kept was never ours to delete
            state[key] = None
    return state


def restore_rows(session: Session, state: RowState) -> None:
    """Put every row of ``state`` back as it was: children go first, parents come first."""
    gone = sorted((k for k, v in state.items() if v is None), key=lambda k: -_TABLE_ORDER[k[0]])
    for key in gone:
        row = session.get(_MODELS[key[0]], key[1])
        if row is not None:
            session.delete(row)
            session.flush()
    kept = sorted((k for k, v in state.items() if v is not None), key=lambda k: _TABLE_ORDER[k[0]])
    for key in kept:
        values = copy.deepcopy(state[key])
        assert values is not None
        model = _MODELS[key[0]]
        existing = session.get(model, key[1])
        if existing is None:
            if set(values) != set(_columns(model)):
                continue  # partly kept and deleted since: nothing to put back
            session.add(model(**values))
        else:
            for name, value in values.items():
                setattr(existing, name, value)
        session.flush()


@dataclass
class RestoreRows:
    """The inverse of a tracked operation: applying it yields its own inverse.

    The audit log records ``undo_ACTION`` when it undoes the operation and ``ACTION``
    again when it redoes it."""

    label: str
    rows: RowState
    changes: Changes
    entity: str  # for the audit log
    action: str  # the operation's own audit action
    after: Callable[[Archive], None] | None = None  # e.g. drop a cache of what changed
    # Run in the transaction, given the state replaced and the state put back (hooks).
    restored: Callable[[Session, Archive, RowState, RowState], None] | None = None
    undoing: bool = True

    def apply(self, archive: Archive) -> OpResult[None]:
        from desktop.core.operations import audit

        try:
            with archive.session() as session, session.begin():
                current = capture_rows(session, self.rows)
                restore_rows(session, self.rows)
                if self.restored is not None:
                    self.restored(session, archive, current, self.rows)
                audit.record(
                    session,
                    archive.curator_id,
                    f"undo_{self.action}" if self.undoing else self.action,
                    self.entity,
                    None,
                    {"label": self.label, "articles": sorted(self.changes.articles)},
                )
        finally:
            if self.after is not None:
                self.after(archive)
        return OpResult(self.changes, replace(self, rows=current, undoing=not self.undoing))
