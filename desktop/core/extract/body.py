"""The article's body in a page's cleaned text: the headline (kept as the title), what
stands above it (the site's name, its menus, section labels), bylines and captions
above the lead and bylines closing the article go. Lines with a date stay: the date
readers read the page as it was, but linking and search read the years in this text."""

from __future__ import annotations

from desktop.core.extract import layout
from desktop.core.extract.clean import drop_head_labels
from desktop.core.extract.title import similarity

_SAME_TITLE = 0.9
_HEAD_LINES = 3
_TAIL_BYLINES = 4


def _is_head_furniture(line: str) -> bool:
    """A byline, a photo caption or an author's name above the lead (a line with a
    date stays: linking and search read the year from the text)."""
    if layout.has_date(line):
        return False
    return (
        layout.is_byline(line)
        or layout.is_caption(line)
        or layout.is_name_like(line)
        or "@" in line
    )


def _trim_head(lines: list[str], headline: str | None) -> list[str]:
    """Drop what stands above the headline but its dates, and the headline itself
    (the title keeps it)."""
    if headline is None:
        return lines
    at = next((i for i, line in enumerate(lines) if line.strip() == headline), None)
    if at is None or any(layout.is_prose(line) for line in lines[:at] if line.strip()):
        return lines
    dated = [line for line in lines[:at] if line.strip() and layout.has_date(line)]
    return dated + lines[at + 1 :]


def _drop_head_furniture(lines: list[str]) -> list[str]:
    """Date lines, bylines and captions between the top of the text and the lead."""
    stripped = [line.strip() for line in lines if line.strip()]
    lead = layout.lead_index(stripped)
    if lead >= len(stripped):
        return lines
    out: list[str] = []
    seen = 0
    for i, line in enumerate(lines):
        if line.strip():
            if seen == lead:
                return out + lines[i:]
            seen += 1
            if _is_head_furniture(line.strip()):
                continue
        out.append(line)
    return out


def _drop_title_line(lines: list[str], title: str) -> list[str]:
    """The page's headline repeated as the first lines of the text of a web page, and
    section labels above it."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if line.strip() and similarity(line.strip(), title) >= _SAME_TITLE:
            above = [x for x in lines[:i] if x.strip()]
            if all(len(x.split()) <= 3 for x in above):
                return lines[i + 1 :]
            return lines
    return lines


def _drop_closing_bylines(lines: list[str]) -> list[str]:
    """ "Pewarta: X", "Editor: Y", "Reporter: Z" after the last paragraph."""
    end = len(lines)
    dropped = 0
    while end and dropped < _TAIL_BYLINES:
        line = lines[end - 1].strip()
        if line and not (layout.is_byline(line) and ":" in line and len(line.split()) <= 8):
            break
        end -= 1
        dropped += bool(line)
    return lines[:end]


def article_body(text: str, *, page_title: str | None = None, headline: str | None = None) -> str:
    """``text`` (cleaned) without the furniture around ``headline`` (one of its lines)
    and the closing bylines; with ``page_title`` (a web page's headline), without the
    headline and the labels above it."""
    lines = text.split("\n")
    if page_title:
        lines = drop_head_labels(_drop_title_line(lines, page_title))
    else:
        lines = _trim_head(lines, headline)
    lines = _drop_head_furniture(lines)
    lines = _drop_closing_bylines(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).strip() or text
