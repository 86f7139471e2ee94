"""Paragraphs of a report laid out again in each pass: parsed and broken into lines once,
drawn exactly as when each pass did the work again."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.core.reports.pdf_flowables import Para, shared_paragraphs

STYLE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=4)
TEXT = "<b>Bold start</b> " + " ".join(f"word{i} <i>then</i>" for i in range(60))


def _laid_out(paragraph: Para) -> bytes:
    """The PDF of ``paragraph`` cut after three lines, both parts drawn."""
    paragraph.wrap(200, 1000)
    parts = paragraph.split(200, 40)
    assert len(parts) == 2
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    y = 800.0
    for part in parts:
        _w, h = part.wrap(200, 1000)
        y -= h
        part.drawOn(canvas, 50, y)
    canvas.save()
    return out.getvalue()


def _whole(paragraph: Para) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    _w, h = paragraph.wrap(200, 1000)
    paragraph.drawOn(canvas, 50, 800 - h)
    canvas.save()
    return out.getvalue()


def test_a_paragraph_made_again_reuses_its_lines_and_is_drawn_the_same(
    monkeypatch: pytest.MonkeyPatch,
):
    expected = _laid_out(Para(TEXT, STYLE))  # nothing shared
    whole = _whole(Para(TEXT, STYLE))
    calls = {"break": 0}
    original = Paragraph.breakLines

    def counted(self: Paragraph, width: object) -> object:
        calls["break"] += 1
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    with shared_paragraphs():
        first = _laid_out(Para(TEXT, STYLE))  # pass 1
        done = calls["break"]
        again = _laid_out(Para(TEXT, STYLE))  # pass 2: same text, style and widths
        assert calls["break"] - done == done - 1  # only the parts (new text) broken again
        # Splitting changed nothing in the lines kept for the next pass.
        later = _whole(Para(TEXT, STYLE))
    assert first == expected and again == expected and later == whole
