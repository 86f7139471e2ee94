"""The outlet as the page names itself: its masthead above the navigation bar and the
holder named by its copyright footer ("© 2024 X. All rights reserved.",
"Bản quyền thuộc về X", "Hak Cipta © 2023 X", "Editor: Y. © X."). Words come from
``resources/metadata_cues.json`` ("copyright_words")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from desktop.core.extract import data, layout
from desktop.core.extract.source import Finding
from desktop.core.util.textfold import fold

_YEARS = re.compile(r"^(?:(?:19|20)\d\d\s*(?:[-–—/]\s*(?:19|20)\d\d)?[\s,.]*)+")
_TRAILING_YEARS = re.compile(r"[\s,]*(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)\d\d)?\s*$")
# Where the holder's name ends: a sentence end, a separator, a comma.
_NAME_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z]{2})\.(?:\s|$)|\s[-–—|]\s|,\s|;|\s\(\s*(?:19|20)")
# Where a segment of a footer line begins: after a sentence end or a separator
# ("Editor: X. © Y.", "Editor: X | © Y", "Contact – © Y").
_SEGMENT_START = re.compile(r"(?:[.!?;|•·]|\s[-–—])\s+")
_BY = re.compile(r"^(?:by|oleh)\s+", re.I)
_MARKED = re.compile(r"©|\(c\)|\w\s+\w", re.I)
_TAIL_LINES = 8
_MAX_NAME_WORDS = 8


@cache
def _copyright() -> tuple[re.Pattern[str], tuple[str, ...]]:
    words = sorted(data.strings("metadata_cues", "copyright_words"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    opening = re.compile(r"^(?:\s*(?:" + alternation + r")\s*[:.]?\s*)+", re.I)
    rights = tuple(fold(w) for w in words if len(w) > 12)
    return opening, rights


def copyright_holder(line: str) -> str | None:
    """The holder named by a copyright notice anywhere in a footer line, at its start
    or after a sentence end or a separator: "Copyright © 2024 Harbour Post. All
    Rights Reserved." -> "Harbour Post"; "Editor: Jane Roe. © Daily Example." ->
    "Daily Example"."""
    for start in (0, *(m.end() for m in _SEGMENT_START.finditer(line))):
        holder = _holder_at(line[start:], marked=start > 0)
        if holder:
            return holder
    return None


def _holder_at(line: str, *, marked: bool = False) -> str | None:
    """The holder named by a notice that opens ``line``; with ``marked``, only a
    notice with a sign, a year or a phrase of several words ("© X", "Copyright 2024
    X", "Bản quyền thuộc X"), not a sentence that begins with the word "Copyright"."""
    opening, rights = _copyright()
    head = opening.match(line)
    if head is None or head.end() == 0:
        return None
    rest = line[head.end() :]
    if marked and not _MARKED.search(head.group(0)) and not _YEARS.match(rest.strip()):
        return None
    rest = opening.sub("", _YEARS.sub("", rest.strip()))  # "© 2023 Bản quyền thuộc ..."
    rest = _BY.sub("", _YEARS.sub("", rest.strip()))  # "© 2024 by X"
    cut = _NAME_END.search(rest)
    name = (rest[: cut.start()] if cut else rest).strip(" .,:;")
    name = _TRAILING_YEARS.sub("", name).strip(" .,:;")
    folded = fold(name)
    if not name or any(folded.startswith(r) for r in rights) or folded in ("by",):
        return None
    if len(name.split()) > _MAX_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return None
    return name


def from_footer(lines: list[str]) -> Finding | None:
    for line in reversed(lines[-_TAIL_LINES:]):
        if len(line) > 300:
            continue
        holder = copyright_holder(line.strip())
        if holder:
            return Finding(holder, line.strip(), "copyright notice")
    return None


def from_masthead(lines: list[str]) -> Finding | None:
    lead = layout.lead_index(lines)
    found = layout.masthead(lines, lead)
    if found is None:
        return None
    _index, line = found
    return Finding(layout.name_part(line), line, "name of the page")


@lru_cache(maxsize=8)  # asked for the body, the title and the outlet of one page
def page_outlets(text: str) -> tuple[Finding, ...]:
    """The page's own name: masthead first, then copyright holder. A masthead in
    capitals takes the footer's spelling when both name the same outlet."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return ()
    head = from_masthead(lines)
    foot = from_footer(lines)
    if head is not None and foot is not None and layout.is_all_caps(head.value):
        if fold(foot.value).startswith(fold(head.value)) or fold(head.value) == fold(foot.value):
            head = Finding(foot.value[: len(head.value)], head.evidence, head.how)
    found = tuple(f for f in (head, foot) if f is not None)
    if len(found) == 2 and found[0].value == found[1].value:
        return found[:1]
    return found
