"""Undo as data: an :class:`Edit` applied to an archive returns its own inverse.

The GUI wraps edits in ``QUndoCommand`` objects; the CLI and the tests use the
plain :class:`UndoStack` below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.changes import Changes, OpResult

if TYPE_CHECKING:
    from desktop.core.archive import Archive


class Edit(Protocol):
    label: str

    def apply(self, archive: Archive) -> OpResult[Any]:
        """Do the edit; the result's ``undo`` is the edit that reverts it."""
        ...


@dataclass
class MacroEdit:
    """Several edits done and undone as one."""

    label: str
    edits: list[Edit]

    def apply(self, archive: Archive) -> OpResult[Any]:
        changes = Changes()
        inverses: list[Edit] = []
        for edit in self.edits:
            result = edit.apply(archive)
            changes = changes | result.changes
            if result.undo is not None:
                inverses.append(result.undo)
        return OpResult(changes, MacroEdit(self.label, list(reversed(inverses))))


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
