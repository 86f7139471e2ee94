"""Running core operations off the GUI thread: the one runner for background work.

``OperationRunner.run`` sends a core function to the single worker thread; its
result comes back on the GUI thread, its undo is pushed on the ``QUndoStack``
and ``changed`` is emitted so every view refreshes from the change set alone.
``OperationRunner.read`` runs a short read-only query on a second lane (pages of
table rows, facet choices), so scrolling stays fluid while the worker is busy
with a long import; both lanes report through the same hub and job table.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.core.archive.session import Archive
from desktop.core.operations.changes import Changes, OpResult
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.operations.undo import Edit
from desktop.i18n import _
from desktop.ui.text import message_box, progress_dialog


class _Hub(QObject):
    """The one object jobs report through, tagged with their job number.

    It lives as long as the runner, in the GUI thread: no Qt object is ever created
    or destroyed in the worker thread (destroying one there while the GUI thread
    closes a dialog deadlocks Qt's connection lock against Python's GIL).
    """

    finished = Signal(int, object)
    failed = Signal(int, str, str)
    progress = Signal(int, int, int, str)


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], hub: _Hub) -> None:
        super().__init__()
        self.number = number
        self.fn: Callable[[], Any] | None = fn
        self.hub = hub
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self.fn = self.fn, None
        assert fn is not None
        try:
            result = fn()
        except Cancelled:
            self._report(self.hub.failed, self.number, "cancelled", "")
        except Exception as exc:
            message = f"{type(exc).__name__}: {exc}"
            self._report(self.hub.failed, self.number, message, traceback.format_exc())
        else:
            self._report(self.hub.finished, self.number, result)

    @staticmethod
    def _report(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the window closed while the job ran: nobody is listening


class _EditCommand(QUndoCommand):
    """A QUndoCommand over a core :class:`Edit`; the edit was already applied once."""

    def __init__(self, runner: OperationRunner, label: str, inverse: Edit) -> None:
        super().__init__(label)
        self._runner = runner
        self._edit = inverse
        self._applied = True

    def _flip(self) -> OpResult[Any]:
        # Runs in the worker: reading and replacing the edit there keeps order right
        # however fast the user presses undo and redo.
        result = self._edit.apply(self._runner.archive)
        if result.undo is not None:
            self._edit = result.undo
        return result

    def undo(self) -> None:
        self._runner.submit(self._flip, on_done=self._runner.emit_changes)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._runner.submit(self._flip, on_done=self._runner.emit_changes)


class OperationRunner(QObject):
    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)
    error = Signal(str)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.undo_stack = QUndoStack(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # writes, one at a time, in order
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(1)  # quick reads beside a long write
        self._hub = _Hub(self)
        self._hub.finished.connect(self._job_finished, Qt.ConnectionType.QueuedConnection)
        self._hub.failed.connect(self._job_failed, Qt.ConnectionType.QueuedConnection)
        self._hub.progress.connect(self._job_progress, Qt.ConnectionType.QueuedConnection)
        self._next_job = 0
        # job number -> (on_done, on_error, on_progress), all called in the GUI thread
        self._jobs: dict[
            int,
            tuple[
                Callable[[Any], None] | None,
                Callable[[str], None] | None,
                Callable[[int, int, str], None] | None,
            ],
        ] = {}
        self._parent_widget = parent
        self.show_errors = True

    # -- plumbing ------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        *,
        lane: str = "worker",
    ) -> int:
        """Queue ``fn`` on the worker (or the ``"reader"`` lane); returns its job number."""
        self._next_job += 1
        number = self._next_job
        self._jobs[number] = (on_done, on_error, on_progress)
        pool = self._reader if lane == "reader" else self._pool
        pool.start(_Job(number, fn, self._hub))
        self._update_busy()
        return number

    def progress_reporter(self, number: int) -> Callable[[int, int, str], None]:
        """A callable for the worker side that reports the progress of job ``number``."""
        hub = self._hub
        return lambda done, total, message: hub.progress.emit(number, done, total, message)

    @Slot(int, object)
    def _job_finished(self, number: int, result: Any) -> None:
        on_done, _on_error, _on_progress = self._jobs.pop(number, (None, None, None))
        self._update_busy()
        if on_done is not None:
            on_done(result)

    @Slot(int, str, str)
    def _job_failed(self, number: int, message: str, details: str) -> None:
        _on_done, on_error, _on_progress = self._jobs.pop(number, (None, None, None))
        self._update_busy()
        if on_error is not None:
            on_error(message)
        elif message != "cancelled":
            self.report_error(message)

    @Slot(int, int, int, str)
    def _job_progress(self, number: int, done: int, total: int, message: str) -> None:
        entry = self._jobs.get(number)
        if entry is not None and entry[2] is not None:
            entry[2](done, total, message)

    def _update_busy(self) -> None:
        self.busy_changed.emit(bool(self._jobs))

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued jobs finish (for shutdown and tests)."""
        pools = [p for p in (self._pool, self._reader) if shiboken6.isValid(p)]
        return all([p.waitForDone(msecs) for p in pools])

    def report_error(self, message: str) -> None:
        self.error.emit(message)
        if self.show_errors and self._parent_widget is not None:
            box = message_box(self._parent_widget, _("Operation failed"), message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    @Slot(object)
    def emit_changes(self, result: Any) -> None:
        if isinstance(result, OpResult) and result.changes:
            self.changed.emit(result.changes)
        elif isinstance(result, Changes) and result:
            self.changed.emit(result)

    # -- public API ----------------------------------------------------------------
    def run(
        self,
        label: str | None,
        fn: Callable[..., OpResult[Any]],
        *args: Any,
        on_done: Callable[[OpResult[Any]], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a data-changing core function ``fn(archive, *args)`` in the worker.

        The undo entry is called ``label``, or when None by the undo edit's own label
        (a core ``N_`` string, translated here)."""

        def done(result: OpResult[Any]) -> None:
            if result.undo is not None:
                name = label if label is not None else _(result.undo.label)
                self.undo_stack.push(_EditCommand(self, name, result.undo))
            self.emit_changes(result)
            if on_done is not None:
                on_done(result)

        self.submit(lambda: fn(self.archive, *args, **kwargs), on_done=done)

    def query(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a read-only core function ``fn(archive, *args)`` in the worker."""
        self.submit(lambda: fn(self.archive, *args, **kwargs), on_done=on_done, on_error=on_error)

    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run a short read-only ``fn(archive, *args)`` on the reader lane."""
        self.submit(
            lambda: fn(self.archive, *args), on_done=on_done, on_error=on_error, lane="reader"
        )

    def run_task(
        self,
        label: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        undoable: bool = True,
        **kwargs: Any,
    ) -> TaskState:
        """Long work with a progress dialog and a Cancel button: ``fn(archive, *args, state)``."""
        state = TaskState()
        dialog = progress_dialog(label, _("Cancel"), self._parent_widget)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # A lambda, not the bound method: PySide tracks a bound method's object with a
        # weak reference and disconnects when it dies, which can happen in the worker
        # thread (it holds the last reference to ``state``) and deadlocks with the GUI
        # thread. The lambda keeps ``state`` alive as long as the dialog, in this thread.
        dialog.canceled.connect(lambda: state.cancel())

        def progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 1) if total else 0)
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{label}\n{_elide(message)}")

        def finished(result: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            if isinstance(result, OpResult):
                if undoable and result.undo is not None:
                    self.undo_stack.push(_EditCommand(self, label, result.undo))
                self.emit_changes(result)
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            dialog.close()
            dialog.deleteLater()
            if message != "cancelled":
                self.report_error(message)

        number = self.submit(
            lambda: fn(self.archive, *args, state, **kwargs),
            on_done=finished,
            on_error=failed,
            on_progress=progress,
        )
        state.on_progress = self.progress_reporter(number)
        QTimer.singleShot(0, dialog.show) if dialog.minimumDuration() == 0 else None
        return state


def _elide(text: str, width: int = 80) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]
