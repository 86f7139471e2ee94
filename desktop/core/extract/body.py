"""The article's body in a page's cleaned text: the headline (kept as the title), what
stands above it (the site's name, its menus, section labels), bylines and captions
under it and bylines closing the article go; lines with a date stay, as the publication
date is read from them."""

from __future__ import annotations

from desktop.core.extract import layout
from desktop.core.extract.clean import drop_head_labels
from desktop.core.extract.title import similarity

_SAME_TITLE = 0.9
_HEAD_LINES = 3
_TAIL_BYLINES = 4


def _is_head_furniture(line: str) -> bool:
    """A byline, a photo caption or an author's name between headline and lead."""
    if layout.has_date(line):
        return False
    return (
        layout.is_byline(line)
        or layout.is_caption(line)
        or layout.is_name_like(line)
        or "@" in line
    )


def _trim_head(lines: list[str], headline: str | None) -> list[str]:
    """Drop what stands above the headline (but the publication line), the headline
    itself (the title keeps it) and the bylines and captions under it."""
    if headline is None:
        return lines
    at = next((i for i, line in enumerate(lines) if line.strip() == headline), None)
    if at is None:
        return lines
    if any(layout.is_prose(line) for line in lines[:at] if line.strip()):
        return lines
    # Dates stay: telling the publication line from the day the page was saved is the
    # date readers' work.
    above = [line for line in lines[:at] if line.strip() and layout.has_date(line)]
    rest = lines[at + 1 :]
    stripped = [line.strip() for line in rest if line.strip()]
    lead = layout.lead_index(stripped) if stripped else 0
    under: list[str] = []
    seen = 0
    for i, line in enumerate(rest):
        if line.strip():
            seen += 1
            if seen > lead:
                return above + under + rest[i:]
            if _is_head_furniture(line.strip()):
                continue
        under.append(line)
    return above + under


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
    lines = _drop_closing_bylines(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).strip() or text
