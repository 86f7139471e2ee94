"""File ▸ Import: dialogs, drag and drop, progress with cancel, the summary and the log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.articles import list_rows
from desktop.core.archive.session import Archive
from desktop.core.operations.changes import OpResult
from desktop.core.operations.progress import TaskState
from desktop.i18n import _, ngettext
from desktop.ui.text import plain_label

if TYPE_CHECKING:
    from desktop.core.importing.store import ImportReport
    from desktop.ui.main_window import MainWindow

_PATTERNS = "*.txt *.md *.html *.htm *.mht *.mhtml *.docx *.pdf"

# A tab of the summary: its title, the report's entries and how one entry reads.
_Section = tuple[str, list[dict[str, Any]], Callable[[dict[str, Any]], str]]


def file_filter() -> str:
    """The Import dialog's file types, named in the curator's language."""
    articles = _("Articles ({patterns})").format(patterns=_PATTERNS)
    every = _("All files (*)")
    return f"{articles};;{every}"


class _RowFeed(QObject):
    """Carries freshly imported rows from the worker to the table while import runs."""

    rows = Signal(list)


def summary_text(report: ImportReport) -> str:
    lines = [
        ngettext("{n} article imported", "{n} articles imported", len(report.imported)).format(
            n=len(report.imported)
        ),
        ngettext("{n} duplicate skipped", "{n} duplicates skipped", len(report.duplicates)).format(
            n=len(report.duplicates)
        ),
        ngettext("{n} file failed", "{n} files failed", len(report.failed)).format(
            n=len(report.failed)
        ),
    ]
    if report.cancelled:
        lines.append(_("The import was cancelled; the files imported before stay."))
    if report.error:
        lines.append(
            _("The import stopped: {reason}. The articles listed as imported are stored.").format(
                reason=report.error
            )
        )
    return "\n".join(lines)


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import summary"))
        self.setObjectName("importSummary")
        self.resize(720, 460)
        from desktop.core.importing.store import ImportReport

        report = ImportReport(
            imported=summary.get("imported", []),
            duplicates=summary.get("duplicates", []),
            failed=summary.get("failed", []),
            cancelled=bool(summary.get("cancelled")),
            error=summary.get("error"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(summary_text(report)))
        tabs = QTabWidget()
        self.tabs = tabs
        sections: tuple[_Section, ...] = (
            (_("Failed"), report.failed, lambda f: f"{f['path']}\n    {f['error']}"),
            (
                _("Duplicates"),
                report.duplicates,
                lambda d: _("{path}\n    same as article #{id} ({reason})").format(
                    path=d["path"], id=d.get("existing_id"), reason=d.get("reason", "")
                ),
            ),
            (_("Imported"), report.imported, lambda i: f"#{i['id']}  {i['path']}"),
        )
        for title, items, fmt in sections:
            view = QPlainTextEdit()
            view.setReadOnly(True)
            view.setPlainText("\n".join(fmt(item) for item in items))
            tabs.addTab(view, f"{title} ({len(items)})")
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class ImportController(QObject):
    links_ready = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.feed = _RowFeed(self)
        self.feed.rows.connect(window.model.add_rows, Qt.ConnectionType.QueuedConnection)
        self.last_dialog: ImportSummaryDialog | None = None
        self.show_summary = True

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self.window, _("Import articles"), self._last_dir(), file_filter()
        )
        if files:
            self.start(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, _("Import a folder of articles"), self._last_dir()
        )
        if folder:
            self.start([folder])

    def _last_dir(self) -> str:
        return str(self.window.settings.value("import/last_dir", str(Path.home())))

    def start(self, paths: list[str]) -> TaskState:
        first = Path(paths[0])
        self.window.settings.setValue(
            "import/last_dir", str(first if first.is_dir() else first.parent)
        )
        feed = self.feed

        def job(archive: Archive, paths: list[str], state: TaskState) -> OpResult[ImportReport]:
            from desktop.core.importing.run import import_paths  # only when importing

            return import_paths(
                archive, paths, state, on_batch=lambda ids: feed.rows.emit(list_rows(archive, ids))
            )

        return self.window.ops.run_task(
            _("Importing articles"), job, list(paths), on_done=self._finished, undoable=False
        )

    def _finished(self, result: OpResult[ImportReport]) -> None:
        report = result.value
        if report is None:
            return
        self.window.statusBar().showMessage(summary_text(report).replace("\n", " · "), 10000)
        if self.show_summary:
            self.last_dialog = ImportSummaryDialog(report.as_json(), self.window)
            self.last_dialog.show()
        self.links_ready.emit()  # the import operation left every new article linkable

    def show_log(self) -> None:
        from desktop.core.importing.store import import_log

        self.window.ops.query(import_log, 1, on_done=self._show_last_log)

    def _show_last_log(self, log: list[dict[str, Any]]) -> None:
        if log:
            self.last_dialog = ImportSummaryDialog(log[0]["summary"], self.window)
            self.last_dialog.setWindowTitle(
                _("Import of {when}").format(when=log[0]["started_at"].replace("T", " "))
            )
            self.last_dialog.show()
        else:
            self.window.statusBar().showMessage(_("No import yet"), 5000)


class _DropFilter(QObject):
    """Accepts files and folders dropped anywhere on the window."""

    def __init__(self, controller: ImportController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if isinstance(event, QDragEnterEvent) and event.mimeData().hasUrls():
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.mimeData().hasUrls():
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self.controller.start(paths)
                return True
        return False


def install(window: MainWindow) -> None:
    controller = ImportController(window)
    window.importer = controller
    file_menu = window.menu("file")
    first = file_menu.actions()[0] if file_menu.actions() else None
    for text, slot, shortcut in (
        (_("&Import Files…"), controller.choose_files, QKeySequence("Ctrl+I")),
        (_("Import &Folder…"), controller.choose_folder, QKeySequence("Ctrl+Shift+I")),
        (_("Last Import &Log…"), controller.show_log, None),
    ):
        action = window.add_action("file", text, slot, shortcut)
        if first is not None:
            file_menu.removeAction(action)
            file_menu.insertAction(first, action)
    if first is not None:
        file_menu.insertSeparator(first)
    window.setAcceptDrops(True)
    drop = _DropFilter(controller)
    window.installEventFilter(drop)
    window.table.viewport().installEventFilter(drop)
    window.table.viewport().setAcceptDrops(True)
