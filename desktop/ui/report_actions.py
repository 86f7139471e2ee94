"""File ▸ Print Report… / Export Report…: the builder, print preview, printing, export.

Reports are built and rendered off the GUI thread (``window.ops.run_task``) with
progress and cancel. Printing draws the very PDF that export writes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.i18n import _, current_language
from desktop.ui.text import progress_dialog

# The report machinery (ReportLab, Qt's PDF and print modules) is imported when a
# report is first asked for, not while the window opens.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from desktop.core.archive.session import Archive
    from desktop.core.operations.progress import TaskState
    from desktop.core.reports import ReportOptions
    from desktop.core.reports.choices import ReportChoices
    from desktop.core.reports.process import ReportInfo
    from desktop.ui.main_window import MainWindow
    from desktop.ui.report_dialog import ReportDialog
    from desktop.ui.report_print import ReportPages

FILTERS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html *.htm)"}


# Reports are built in a worker process: ReportLab's layout holds the GIL, and in a
# thread it would stall the window for a second at a time on a big report.
def _build_pdf(
    archive: Archive, options: ReportOptions, state: TaskState
) -> tuple[ReportInfo, bytes]:
    from desktop.core.reports.process import make_pdf_in_process

    return make_pdf_in_process(archive, options, state)


def _write(archive: Archive, options: ReportOptions, path: str, state: TaskState) -> ReportInfo:
    from desktop.core.reports.process import write_report_in_process

    return write_report_in_process(archive, options, path, state)


def suggested_name(options: ReportOptions, fmt: str) -> str:
    stem = re.sub(r"[^\w-]+", "-", options.title.strip(), flags=re.UNICODE).strip("-")
    return f"{stem or 'briefing-' + options.template.value}.{fmt}"


class ReportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last: ReportOptions | None = None
        self.dialog: ReportDialog | None = None
        self.pages: ReportPages | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self.last_export: Path | None = None

    @property
    def printer(self) -> QPrinter:
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    # The builder ---------------------------------------------------------------------
    def open_builder(self, default_action: str = "preview") -> None:
        from desktop.core.reports.choices import report_choices
        from desktop.ui.report_dialog import ReportDialog

        def chosen(selected: list[int]) -> None:
            def show(choices: ReportChoices) -> None:
                self.dialog = ReportDialog(choices, selected, self.window, self.last)
                self.dialog.buttons[default_action].setDefault(True)
                self.dialog.requested.connect(self._requested)
                self.dialog.open()

            self.window.ops.query(report_choices, current_language(), on_done=show)

        self.window.with_selection(chosen)

    def _requested(self, action: str, options: ReportOptions) -> None:
        self.last = options
        if self.dialog is not None:
            self.dialog.accept()
        if action == "preview":
            self.build(options, self.show_preview)
        elif action == "print":
            self.build(options, self.show_print_dialog)
        else:
            self.choose_export_file(options, action)

    # Building ------------------------------------------------------------------------
    def build(self, options: ReportOptions, then: Any) -> TaskState:
        from desktop.ui.report_print import ReportPages

        def done(result: tuple[ReportInfo, bytes]) -> None:
            report, pdf = result
            self.pages = ReportPages(pdf, report.title)
            then(self.pages)

        return self.window.ops.run_task(
            _("Building the report"), _build_pdf, options, on_done=done, undoable=False
        )

    # Preview and print ---------------------------------------------------------------
    def show_preview(self, pages: ReportPages) -> QPrintPreviewDialog:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        pages.setup(self.printer)
        dialog = QPrintPreviewDialog(self.printer, self.window)
        dialog.setWindowTitle(_("Print Preview: {title}").format(title=pages.title))
        dialog.paintRequested.connect(pages.paint)
        dialog.resize(900, 1000)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def show_print_dialog(self, pages: ReportPages) -> QPrintDialog:
        from PySide6.QtPrintSupport import QPrintDialog

        pages.setup(self.printer)
        dialog = QPrintDialog(self.printer, self.window)
        dialog.setMinMax(1, pages.page_count)
        dialog.setWindowTitle(_("Print Report"))
        dialog.accepted.connect(lambda: self.print_pages(pages))
        self.print_dialog = dialog
        # QPrintDialog binds only open(receiver, member): the window-modal open() is QDialog's.
        QDialog.open(dialog)
        return dialog

    def print_pages(self, pages: ReportPages) -> int:
        """Send the pages to the chosen printer, with a progress dialog and Cancel."""
        progress = progress_dialog(_("Printing…"), _("Cancel"), self.window)
        progress.setWindowTitle(_("Print Report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)  # also lets the Cancel button be pressed
            return not progress.wasCanceled()

        try:
            return pages.paint(self.printer, step)
        finally:
            progress.close()
            progress.deleteLater()

    # Export --------------------------------------------------------------------------
    def choose_export_file(self, options: ReportOptions, fmt: str) -> None:
        start = self.last_export.parent if self.last_export else Path.home()
        path, _chosen = QFileDialog.getSaveFileName(
            self.window,
            _("Export Report as PDF") if fmt == "pdf" else _("Export Report as HTML"),
            str(start / suggested_name(options, fmt)),
            FILTERS[fmt],
        )
        if path:
            suffixes = (".pdf",) if fmt == "pdf" else (".html", ".htm")
            if Path(path).suffix.lower() not in suffixes:
                path += f".{fmt}"
            self.export(options, path)

    def export(self, options: ReportOptions, path: str) -> TaskState:
        def done(report: ReportInfo) -> None:
            self.last_export = Path(path)
            self.window.statusBar().showMessage(
                _("Report written: {path} ({n} articles)").format(path=path, n=report.articles),
                8000,
            )

        return self.window.ops.run_task(
            _("Exporting the report"), _write, options, path, on_done=done, undoable=False
        )


def install(window: MainWindow) -> None:
    controller = ReportController(window)
    window.reports = controller
    file_menu = window.menu("file")
    quit_action = file_menu.actions()[-1] if file_menu.actions() else None
    actions = [
        window.add_action(
            "file",
            _("&Print Report…"),
            lambda: controller.open_builder("preview"),
            QKeySequence.StandardKey.Print,
        ),
        window.add_action(
            "file", _("E&xport Report…"), lambda: controller.open_builder("pdf"), "Ctrl+Shift+E"
        ),
    ]
    if quit_action is not None:  # keep Quit last
        for action in actions:
            file_menu.removeAction(action)
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
