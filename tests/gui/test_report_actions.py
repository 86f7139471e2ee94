"""Report builder, preview, printing and export in the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desktop.core.reports import Paper, ReportOptions, Template
from desktop.core.reports.choices import ReportChoices
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.report_print import ReportPages

CHOICES = ReportChoices(
    saved_searches=("Asia", "Labour"),
    objectives=tuple((n, f"Objective title {n}") for n in range(1, 24)),
    languages=("fr", "ms", "vi"),
    actors=("IOM", "Phan Chí Thành"),
)


def test_dialog_maps_every_option(qtbot):
    dialog = ReportDialog(CHOICES, [3, 5])
    qtbot.addWidget(dialog)
    assert dialog.use_selection.isChecked()
    dialog.template.setCurrentIndex(dialog.template.findData("by-event"))
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("vi"))
    dialog.title.setText("Điểm báo")
    dialog.classification.setText("Mật")
    dialog.full_text.setChecked(True)
    dialog.charts.setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.from_box.setChecked(True)
    dialog.date_from.setDate(QDate(2021, 3, 1))
    dialog.languages.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.objectives.item(22).setCheckState(Qt.CheckState.Checked)
    dialog.actors.setText("IOM; Phan Chí Thành ;")
    options = dialog.options()
    assert options.template is Template.BY_EVENT and options.locale == "vi"
    assert options.title == "Điểm báo" and options.classification == "Mật"
    assert options.excerpt_chars is None and not options.charts
    assert options.paper is Paper.LETTER
    spec = options.input
    assert spec.ids == (3, 5) and spec.saved_search is None
    assert spec.date_from == dt.date(2021, 3, 1) and spec.date_to is None
    assert spec.languages == ("vi",) and spec.objectives == (23,)
    assert spec.actors == ("IOM", "Phan Chí Thành")

    dialog.use_search.setChecked(True)
    dialog.saved_search.setCurrentIndex(1)
    spec = dialog.options().input
    assert spec.ids is None and spec.saved_search == "Labour"
    with qtbot.waitSignal(dialog.requested) as blocker:
        dialog.buttons["pdf"].click()
    assert blocker.args[0] == "pdf"


def test_dialog_restores_layout_choices(qtbot):
    last = ReportOptions(
        template=Template.CHRONOLOGICAL, locale="fr", title="T", excerpt_chars=900, paper=Paper.A4
    )
    dialog = ReportDialog(CHOICES, [], last=last)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert dialog.use_all.isChecked() and not dialog.use_selection.isEnabled()
    assert options.template is Template.CHRONOLOGICAL and options.locale == "fr"
    assert options.title == "T" and options.excerpt_chars == 900 and options.paper is Paper.A4
    assert options.input.ids is None


def _build(window, qtbot, options: ReportOptions) -> ReportPages:
    got: list[ReportPages] = []
    window.reports.build(options, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    return got[0]


def test_print_draws_the_report_pdf(window, qtbot, tmp_path: Path):
    pages = _build(window, qtbot, ReportOptions(locale="vi", generated=dt.date(2025, 1, 2)))
    assert pages.page_count >= 6
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages.setup(printer)
    printer.setFromTo(2, 3)
    assert pages.paint(printer) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 for vi


def test_print_through_the_controller(window, qtbot, tmp_path: Path):
    pages = _build(window, qtbot, ReportOptions(locale="en", template=Template.CHRONOLOGICAL))
    printer = window.reports.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "all.pdf"
    printer.setOutputFileName(str(out))
    pages.setup(printer)
    assert window.reports.print_pages(pages) == pages.page_count
    assert len(PdfReader(out).pages) == pages.page_count
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter for en


def test_print_dialog_opens_with_the_report_pages(window, qtbot):
    pages = _build(window, qtbot, ReportOptions(locale="en", template=Template.CHRONOLOGICAL))
    dialog = window.reports.show_print_dialog(pages)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and window.reports.print_dialog is dialog
    assert (dialog.minPage(), dialog.maxPage()) == (1, pages.page_count)
    dialog.close()


def test_preview_shows_every_page(window, qtbot):
    pages = _build(window, qtbot, ReportOptions(locale="fr", template=Template.BY_EVENT))
    dialog = window.reports.show_preview(pages)
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages.page_count, timeout=10000)
    dialog.close()


def test_export_html_and_pdf_off_the_gui_thread(window, qtbot, tmp_path: Path):
    window.table.selectAll()
    for fmt in ("pdf", "html"):
        path = tmp_path / f"briefing.{fmt}"
        window.reports.export(ReportOptions(locale="en", title="<b>Weekly</b>"), str(path))
        qtbot.waitUntil(path.exists, timeout=30000)
        window.ops.wait()
    assert "<b>Weekly</b>" in PdfReader(tmp_path / "briefing.pdf").pages[0].extract_text()
    html = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Weekly&lt;/b&gt;" in html


def test_menu_opens_the_builder(window, qtbot):
    actions = {a.text(): a for a in window.menu("file").actions()}
    assert "&Print Report…" in actions and "E&xport Report…" in actions
    actions["&Print Report…"].trigger()
    qtbot.waitUntil(lambda: window.reports.dialog is not None, timeout=10000)
    dialog = window.reports.dialog
    assert dialog.objectives.count() == 23
    assert dialog.languages.count() >= 3
    dialog.close()


def _light_share(image: QImage, box: QRect) -> float:
    """Share of near-white pixels on a grid over ``box`` of ``image``."""
    light = total = 0
    for x in range(box.left(), box.right(), 7):
        for y in range(box.top(), box.bottom(), 7):
            colour = image.pixelColor(x, y)
            total += 1
            light += min(colour.red(), colour.green(), colour.blue()) >= 235
    return light / total


def test_preview_pages_are_white_paper(window, qtbot):
    pages = _build(window, qtbot, ReportOptions(locale="vi", template=Template.BY_EVENT))
    # The page image as the preview draws it (a picture engine, RGB on a grey desk).
    image = pages.page_image(0, 72)
    assert _light_share(image, image.rect()) > 0.8
    dialog = window.reports.show_preview(pages)
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages.page_count, timeout=10000)
    widget.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
    widget.fitInView()
    qtbot.wait(100)
    shot = widget.grab().toImage()
    # The middle third of the view lies on the page whatever the zoom.
    w, h = shot.width(), shot.height()
    assert _light_share(shot, QRect(w // 3, h // 3, w // 3, h // 3)) > 0.7
    dialog.close()
