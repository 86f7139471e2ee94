"""What of an article's text is searched: the prose, not its metadata lines.

Source lines ("Source: https://…", "(Theo baoquocte.vn)"), bylines, datelines and
the title repeated as the first line have fields of their own; indexed as body
text they make an article match words of a URL slug or an outlet's name. The
rules look at the shape of a line (short, a URL, a date, an attribution in
brackets, a byline word of the field's languages), never at a given outlet.
"""

from __future__ import annotations

import re

from desktop.core.util.textfold import fold

# Bump when the rules change: archives indexed under an older version are rebuilt.
INDEX_VERSION = 2

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\b\d{1,2}:\d{2}\b")
_BRACKETED = re.compile(r"^\s*[(\[].{1,80}[)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]+")  # words with letters: numbers of a date do not count
# "By …" in the languages of the archive's outlets (en fr es pt it de nl id/ms vi).
_BYLINE = re.compile(
    r"^\s*(?:by|par|por|di|von|door|oleh|theo|bởi|written by|reported by|"
    r"phóng viên|pv|reporter|reportage)\b[\s:]",
    re.IGNORECASE,
)
SHORT_WORDS = 6
# More than SHORT_WORDS words: found at the first words of a long paragraph, without
# counting every word of it.
_LONG = re.compile(r"[^\W\d_]+(?:[\W\d_]+[^\W\d_]+){" + str(SHORT_WORDS) + "}")


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def is_metadata_line(line: str) -> bool:
    """A line that names where, when or by whom rather than saying anything."""
    stripped = line.strip()
    if not stripped:
        return False
    maybe_url = "://" in stripped or "www." in stripped.lower()  # what _URL needs
    if maybe_url and _URL.search(stripped) and _words(_URL.sub(" ", stripped)) <= SHORT_WORDS - 2:
        return True  # "Source: https://…", "Sumber: www…", a bare link
    if _LONG.search(stripped):  # more than SHORT_WORDS words
        return False
    if _BRACKETED.match(stripped):
        return True  # "(Theo baoquocte.vn)", "(VNA)"
    if _BYLINE.match(stripped):
        return True
    if _DATE.search(stripped) and not stripped.endswith((".", "!", "?")):
        return True  # "Thứ bảy, 13/03/2021 09:33", "Updated 12.03.2021"
    return False


def indexable_body(title: str, body: str) -> str:
    """``body`` without its metadata lines and without the title repeated on top."""
    lines = body.split("\n")
    return "\n".join([lines[i] for i in indexable_lines(title, lines)])


def indexable_lines(title: str, lines: list[str]) -> list[int]:
    """Indices of the lines of a body (``body.split("\\n")``) that :func:`indexable_body`
    keeps."""
    kept = [i for i, line in enumerate(lines) if not is_metadata_line(line)]
    first = 0
    while first < len(kept) and not lines[kept[first]].strip():
        first += 1
    if first < len(kept) and title.strip():
        if fold(lines[kept[first]].strip()) == fold(title.strip()):
            first += 1
    return kept[first:]
