"""Running core operations off the GUI thread, one database job at a time.

``OperationRunner.run`` sends a core function to the single worker thread; its
result comes back on the GUI thread, its undo is pushed on the ``QUndoStack``
and ``changed`` is emitted so every view refreshes from the change set alone.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.archive import Archive
from desktop.core.changes import Changes, OpResult
from desktop.core.progress import Cancelled, TaskState
from desktop.core.undo import Edit
from desktop.i18n import _


class _Bridge(QObject):
    finished = Signal(object)
    failed = Signal(str, str)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Cancelled:
            self.bridge.failed.emit("cancelled", "")
        except Exception as exc:
            self.bridge.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            self.bridge.finished.emit(result)


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
        self._pool.setMaxThreadCount(1)
        self._bridges: set[_Bridge] = set()
        self._parent_widget = parent
        self.show_errors = True

    # -- plumbing ------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        bridge: _Bridge | None = None,
    ) -> None:
        bridge = bridge or _Bridge()
        self._bridges.add(bridge)

        def finished(result: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed while the job ran
            self._bridges.discard(bridge)
            self._update_busy()
            if on_done is not None:
                on_done(result)

        def failed(message: str, details: str) -> None:
            if not shiboken6.isValid(self):
                return
            self._bridges.discard(bridge)
            self._update_busy()
            if on_error is not None:
                on_error(message)
            elif message != "cancelled":
                self.report_error(message)

        bridge.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        bridge.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Job(fn, bridge))
        self._update_busy()

    def _update_busy(self) -> None:
        self.busy_changed.emit(bool(self._bridges))

    def busy(self) -> bool:
        return bool(self._bridges)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued jobs finish (for shutdown and tests)."""
        if not shiboken6.isValid(self._pool):
            return True
        return self._pool.waitForDone(msecs)

    def report_error(self, message: str) -> None:
        self.error.emit(message)
        if self.show_errors and self._parent_widget is not None:
            QMessageBox.warning(self._parent_widget, _("Operation failed"), message)

    @Slot(object)
    def emit_changes(self, result: Any) -> None:
        if isinstance(result, OpResult) and result.changes:
            self.changed.emit(result.changes)
        elif isinstance(result, Changes) and result:
            self.changed.emit(result)

    # -- public API ----------------------------------------------------------------
    def run(
        self,
        label: str,
        fn: Callable[..., OpResult[Any]],
        *args: Any,
        on_done: Callable[[OpResult[Any]], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a data-changing core function ``fn(archive, *args)`` in the worker."""

        def done(result: OpResult[Any]) -> None:
            if result.undo is not None:
                self.undo_stack.push(_EditCommand(self, label, result.undo))
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
        bridge = _Bridge()
        state = TaskState(on_progress=lambda d, t, m: bridge.progress.emit(d, t, m))
        dialog = QProgressDialog(label, _("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(state.cancel)

        def progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 1) if total else 0)
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{label}\n{_elide(message)}")

        bridge.progress.connect(progress, Qt.ConnectionType.QueuedConnection)

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

        self.submit(
            lambda: fn(self.archive, *args, state, **kwargs),
            on_done=finished,
            on_error=failed,
            bridge=bridge,
        )
        QTimer.singleShot(0, dialog.show) if dialog.minimumDuration() == 0 else None
        return state


def _elide(text: str, width: int = 80) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]
