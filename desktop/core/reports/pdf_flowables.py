"""Flowables that know page numbers: anchors, deferred content, the page registry.

ReportLab lays the story out several times (``multiBuild``). :class:`PageRegistry`
records on which page each anchor was drawn and how many pages there were; the
next pass draws the table of contents, cross-references, the actor index and the
"page X of Y" footer from those numbers, until two passes agree.
"""

from __future__ import annotations

import copy
import pickle
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
        self.generation = 0  # bumped at each pass: deferred content rebuilds once per pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.generation += 1
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


# Parsed text and line breaks of the paragraphs of the document being laid out, shared
# by its passes: the flowables are made afresh for each pass, their text is not, and
# parsing and breaking lines again was most of the cost of a pass after the first.
# Kept pickled: a few bytes per word where ReportLab's objects take tens (memory stays
# near the text's size), and every paragraph gets objects of its own to change.
_SHARED: ContextVar[dict[Any, Any] | None] = ContextVar("report_paragraphs", default=None)


@contextmanager
def shared_paragraphs() -> Iterator[None]:
    """While laying out one document: paragraphs of the same text, style and width
    (in another pass, or repeated) are parsed and broken into lines once."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _packed(value: Any) -> bytes | None:
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something ReportLab made that does not pickle: not shared
        return None


_SEP = "\x00"


def _packed_lines(lines: Any, state: dict[str, Any]) -> bytes | None:
    """Broken lines in little memory, compressed: the words of plain text (strings)
    joined, anything else pickled as it is."""
    rows = getattr(lines, "lines", None)
    value: Any = (lines, state)
    if getattr(lines, "kind", None) == 0 and isinstance(rows, list):
        plain = all(
            isinstance(row, tuple)
            and len(row) == 2
            and all(type(word) is str and _SEP not in word for word in row[1])
            for row in rows
        )
        if plain:
            shell = copy.copy(lines)
            shell.lines = []
            words = [(extra, len(words), _SEP.join(words)) for extra, words in rows]
            value = (shell, state, words)
    blob = _packed(value)
    return None if blob is None else zlib.compress(blob, 1)


def _unpacked_lines(blob: bytes) -> tuple[Any, dict[str, Any]]:
    value = pickle.loads(zlib.decompress(blob))
    if len(value) == 2:
        return value[0], value[1]
    lines, state, rows = value
    lines.lines = [(extra, joined.split(_SEP) if n else []) for extra, n, joined in rows]
    return lines, state


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its line breaks per width across passes, and is not
    drawn in a layout-only pass (where only page positions matter)."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        shared = _SHARED.get()
        if (
            shared is None
            or frags is not None
            or not isinstance(text, str)
            or not isinstance(bulletText, str | None)
        ):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = ("text", text, style.name, bulletText)
        if key not in shared:
            super()._setup(text, style, bulletText, frags, cleaner)
            mine = self.__dict__
            same_style = mine["style"] is style  # (a <para> tag would make another)
            parsed = _packed((mine["text"], mine["frags"], mine["bulletText"]))
            shared[key] = zlib.compress(parsed, 1) if same_style and parsed else None
        elif (blob := shared[key]) is None:
            super()._setup(text, style, bulletText, frags, cleaner)
        else:
            parsed_text, parsed, bullet = pickle.loads(zlib.decompress(blob))
            super()._setup(parsed_text, style, bullet, parsed, cleaner)  # frags given: no parse
        self._rep_key = key

    def breakLines(self, width: Any) -> Any:
        key = tuple(width) if isinstance(width, list | tuple) else width
        cache: dict[Any, Any] = self.__dict__.setdefault("_rep_lines", {})
        if key in cache:
            return cache[key]
        shared = _SHARED.get()
        text_key = self.__dict__.get("_rep_key")
        blob = None if shared is None or text_key is None else shared.get((text_key, key))
        if blob is not None:
            lines, state = _unpacked_lines(blob)
            self.__dict__.update(state)
        else:
            before = dict(self.__dict__)
            lines = super().breakLines(width)
            if shared is not None and text_key is not None and (text_key, key) not in shared:
                # What breaking lines leaves on the paragraph (its frags become a word
                # list, widths, counts) goes with the lines.
                state = {k: v for k, v in self.__dict__.items() if before.get(k, self) is not v}
                state.pop("_rep_lines", None)
                shared[(text_key, key)] = _packed_lines(lines, state)
        cache[key] = lines
        return lines

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not getattr(canvas, "rep_layout_only", False):
            super().drawOn(canvas, x, y, _sW)


class AnchoredParagraph(Para):
    """A paragraph (heading, article title) that is a link target and records its page.

    With ``outline`` set, it also adds an entry to the PDF's bookmarks panel.
    """

    def __init__(
        self,
        text: str | None,
        style: Any,
        bulletText: str | None = None,
        frags: Any = None,
        *,
        key: str = "",
        registry: PageRegistry | None = None,
        outline: tuple[str, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
        self.rep_key = key
        self.rep_registry = registry
        self.rep_outline = outline

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self.rep_key and self.rep_registry is not None:
            self.rep_registry.record(self.rep_key, canvas.getPageNumber())
            canvas.bookmarkHorizontal(self.rep_key, x, y + self.height + 4)
            if self.rep_outline is not None:
                title, level = self.rep_outline
                canvas.addOutlineEntry(title, self.rep_key, level=level, closed=level > 0)
        super().drawOn(canvas, x, y, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts and isinstance(parts[0], AnchoredParagraph):  # the first part has the anchor
            parts[0].rep_key = self.rep_key
            parts[0].rep_registry = self.rep_registry
            parts[0].rep_outline = self.rep_outline
        return parts


class Deferred(Flowable):  # type: ignore[misc]
    """Content built at layout time, from the page numbers of the previous pass."""

    def __init__(self, factory: Callable[[], Flowable], registry: PageRegistry) -> None:
        super().__init__()
        self.factory = factory
        self.registry = registry
        self._inner: Flowable | None = None
        self._generation = -1

    def _content(self) -> Flowable:
        # A new pass may know new page numbers: build again once per pass.
        if self._inner is None or self._generation != self.registry.generation:
            self._inner = self.factory()
            self._generation = self.registry.generation
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = self._content().wrapOn(self.canv, availWidth, availHeight)
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
