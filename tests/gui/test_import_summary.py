"""The window's import summary tells an import that stopped midway from one that ended."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.core.importing.store import ImportReport
from desktop.ui.importing import ImportSummaryDialog, summary_text


def test_summary_of_a_stopped_import_says_why_and_what_landed(qtbot):
    report = ImportReport(
        imported=[{"id": 1, "path": "/in/a.txt"}, {"id": 2, "path": "/in/b.txt"}],
        error="database or disk is full",
    )
    text = summary_text(report)
    assert "2 articles imported" in text
    assert "The import stopped: database or disk is full" in text
    dialog = ImportSummaryDialog(report.as_json())
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "database or disk is full" in shown


def test_summary_of_a_complete_import_has_no_stop_line():
    assert "stopped" not in summary_text(ImportReport(imported=[{"id": 1, "path": "/a"}]))
