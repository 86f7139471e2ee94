"""Progress and cancellation for long work, usable with or without a GUI.

Long operations (import, re-indexing, link suggestion, report building) take a
:class:`TaskState`. The GUI subclasses nothing: it polls or connects a callback;
tests pass a plain ``TaskState()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop."""


@dataclass
class TaskState:
    """Shared between the worker doing long work and whoever watches it."""

    on_progress: Callable[[int, int, str], None] | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)
    done: int = 0
    total: int = 0
    message: str = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.done, self.total, self.message = done, total, message
        if self.on_progress is not None:
            self.on_progress(done, total, message)


class PhaseState(TaskState):
    """One phase of a longer task: its progress lands in ``[start, start + share)`` of
    the parent's ``steps``, so the parent's progress has one total and only grows."""

    def __init__(self, parent: TaskState, start: float, share: float, steps: int = 1000) -> None:
        super().__init__(_cancel=parent._cancel)
        self._parent, self._start, self._share, self._steps = parent, start, share, steps

    def check(self) -> None:
        """The parent's check: whoever watches the whole task sees every phase's checks."""
        self._parent.check()

    def progress(self, done: int, total: int, message: str = "") -> None:
        fraction = min(done / total, 1.0) if total else 0.0
        value = int((self._start + self._share * fraction) * self._steps)
        self._parent.progress(max(value, self._parent.done), self._steps, message)
