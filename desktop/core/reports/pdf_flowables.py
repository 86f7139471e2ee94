"""Flowables that know page numbers: anchors, deferred content, the page registry.

ReportLab lays the story out several times (``multiBuild``). :class:`PageRegistry`
records on which page each anchor was drawn and how many pages there were; the
next pass draws the table of contents, cross-references, the actor index and the
"page X of Y" footer from those numbers, until two passes agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import IndexingFlowable


class PageRegistry(IndexingFlowable):  # type: ignore[misc]
    """Page of every anchor and the page count, for this pass and the last one."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: dict[str, int] = {}
        self.last: dict[str, int] = {}
        self.total = 0
        self.last_total = 0

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.last, self.pages = self.pages, {}
        self.last_total, self.total = self.total, 0

    def isSatisfied(self) -> bool:
        return self.pages == self.last and self.total == self.last_total

    def record(self, key: str, page: int) -> None:
        self.pages.setdefault(key, page)

    def page_of(self, key: str) -> int | None:
        """The page ``key`` was drawn on in the previous pass."""
        return self.last.get(key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class AnchoredParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph (heading, article title) that is a link target and records its page.

    With ``outline`` set, it also adds an entry to the PDF's bookmarks panel.
    """

    def __init__(
        self,
        text: str,
        style: Any,
        *,
        key: str,
        registry: PageRegistry,
        outline: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(text, style)
        self.rep_key = key
        self.rep_registry = registry
        self.rep_outline = outline

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.rep_registry.record(self.rep_key, canvas.getPageNumber())
        canvas.bookmarkHorizontal(self.rep_key, x, y + self.height + 4)
        if self.rep_outline is not None:
            title, level = self.rep_outline
            canvas.addOutlineEntry(title, self.rep_key, level=level, closed=level > 0)
        super().drawOn(canvas, x, y, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts:  # only the first part carries the anchor
            first = parts[0]
            anchored = AnchoredParagraph.__new__(AnchoredParagraph)
            anchored.__dict__.update(first.__dict__)
            anchored.rep_key = self.rep_key
            anchored.rep_registry = self.rep_registry
            anchored.rep_outline = self.rep_outline
            parts[0] = anchored
        return parts


class Deferred(Flowable):  # type: ignore[misc]
    """Content built at layout time, from the page numbers of the previous pass."""

    def __init__(self, factory: Callable[[], Flowable]) -> None:
        super().__init__()
        self.factory = factory
        self._inner: Flowable | None = None

    def _content(self) -> Flowable:
        if self._inner is None:
            self._inner = self.factory()
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._inner = self.factory()  # a new pass may know new page numbers
        w, h = self._inner.wrapOn(self.canv, availWidth, availHeight)
        self.width, self.height = w, h
        return (w, h)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = self._content().splitOn(self.canv, availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._content().drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self._content().getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._content().getSpaceAfter())
