"""Print and preview a report from its PDF, so paper and PDF are the same document.

The PDF made by the core is opened with QtPdf and each page is drawn as an image
onto the printer's painter (at up to 300 dpi; less for the on-screen preview,
whose pages Qt keeps in memory).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

Progress = Callable[[int, int], bool]
PRINT_DPI = 300
PREVIEW_DPI = 120


class ReportPages:
    """A rendered report held as a QtPdf document."""

    def __init__(self, pdf: bytes, title: str = "") -> None:
        self.title = title
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"the report PDF could not be read: {self.document.error()}")

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def page_size_points(self, index: int = 0) -> QSizeF:
        return self.document.pagePointSize(index)

    def setup(self, printer: QPrinter) -> None:
        """Give the printer the report's paper size and let pages fill the sheet."""
        size = self.page_size_points(0)
        page_size = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(page_size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        if self.title:
            printer.setDocName(self.title)
        printer.setFromTo(0, 0)

    def render(self, index: int, dpi: int) -> QImage:
        """The page as QtPdf draws it: transparent where the PDF paints nothing."""
        points = self.page_size_points(index)
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        return self.document.render(index, pixels)

    def page_image(self, index: int, dpi: int) -> QImage:
        """The page on white paper, opaque: a transparent page turns black once a
        print preview (or any RGB target) drops its alpha channel."""
        drawn = self.render(index, dpi)
        paper = QImage(drawn.size(), QImage.Format.Format_RGB888)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, drawn)
        painter.end()
        return paper

    def pages_to_print(self, printer: QPrinter) -> range:
        first, last = printer.fromPage(), printer.toPage()
        count = self.page_count
        if first <= 0 and last <= 0:
            return range(count)
        first = max(first, 1)
        last = min(last if last > 0 else count, count)
        return range(first - 1, last)

    def paint(self, printer: QPrinter, progress: Progress | None = None) -> int:
        """Draw the pages on ``printer``; returns how many were drawn.

        ``progress(done, total)`` is called before each page; when it returns False
        the print job is aborted.
        """
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
            dpi = min(printer.resolution(), PREVIEW_DPI if preview else PRINT_DPI)
            drawn = 0
            pages = self.pages_to_print(printer)
            for index in pages:
                if progress is not None and not progress(drawn, len(pages)):
                    printer.abort()
                    return drawn
                if drawn:
                    printer.newPage()
                image = self.page_image(index, dpi)
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(
                    QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image
                )
                drawn += 1
            return drawn
        finally:
            painter.end()
