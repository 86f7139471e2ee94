"""The title of an article: stated by its container, its first line, or its lead."""

from __future__ import annotations

import re

from desktop.core.extract.clean import ends_sentence

MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 300
LEAD_TITLE_CHARS = 150
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[^\W\d_])")
# "Bangkok, 12 mars (VNA) - " or "(NLDO) - " before the first sentence of a dispatch.
_DATELINE = re.compile(r"^[^\n()]{0,80}?\([^()\n]{2,30}\)\s*\.?\s*[-–—:]\s")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:-–—") + "…"


def title_from_text(text: str) -> tuple[str, str, str]:
    """``(title, confidence, evidence)`` from the cleaned text."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = _MARKDOWN_HEADING.sub("", first)
    if not first:
        return "", "unknown", ""
    words = len(first.split())
    more = len(text) > len(first) + 1
    if (
        words <= MAX_TITLE_WORDS
        and len(first) <= MAX_TITLE_CHARS
        and (not ends_sentence(first) or not more or first.endswith(("?", "!")))
    ):
        return first, "stated", "first line"
    lead = _DATELINE.sub("", first)
    sentence = _FIRST_SENTENCE.split(lead, maxsplit=1)[0]
    return _shorten(sentence, LEAD_TITLE_CHARS), "inferred", "first sentence of the lead"
