"""Text forms for the search index: folded (default) and exact (diacritics kept).

Folding is :func:`desktop.core.util.textfold.fast_fold` (``fold`` applied character by
character through a memoised translation table: the same result, but fast enough to
index 100,000 articles), with a map from every folded character back to the original
one, so that matches found in folded text are highlighted in the original text.

Both forms are reduced to tokens (runs of letters and digits) joined by single
spaces: SQLite FTS5 and PostgreSQL then see exactly the same words, and a query is
cut into words by :func:`tokens` the same way.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from desktop.core.util.textfold import FOLD_TABLE, fast_fold

__all__ = [
    "MAX_INDEXED_CHARS",
    "exact_form",
    "fast_fold",
    "folded_with_offsets",
    "index_text",
    "original_span",
    "phrase_pattern",
    "tokens",
    "word_spans",
]

_WORD = re.compile(r"[^\W_]+")

# PostgreSQL refuses tsvectors over 1 MB; positions stop at 16,383 anyway.
MAX_INDEXED_CHARS = 200_000


class _ExactTable(dict[int, str]):
    """Lower case only: diacritics (and Vietnamese tone marks) are kept."""

    def __missing__(self, code: int) -> str:
        value = unicodedata.normalize("NFC", chr(code).lower())
        self[code] = value
        return value


_FOLD = FOLD_TABLE
_EXACT = _ExactTable()


def exact_form(text: str) -> str:
    """``text`` in NFC and lower case, diacritics kept."""
    return unicodedata.normalize("NFC", text).translate(_EXACT)


def tokens(text: str, *, exact: bool = False) -> list[str]:
    """The index words of ``text`` in the chosen form."""
    form = exact_form(text) if exact else fast_fold(text)
    return _WORD.findall(form)


def index_text(text: str, *, exact: bool = False) -> str:
    """What goes into the index for ``text``: its words joined by spaces."""
    return " ".join(tokens(text[:MAX_INDEXED_CHARS], exact=exact))


class _LengthTable(dict[int, str]):
    """Maps a character to chr(length of its folded form)."""

    def __init__(self, base: dict[int, str]) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, code: int) -> str:
        value = chr(min(len(self.base[code]), 255))
        self[code] = value
        return value


_FOLD_LEN = _LengthTable(_FOLD)
_EXACT_LEN = _LengthTable(_EXACT)


def folded_with_offsets(text: str, *, exact: bool = False) -> tuple[str, list[int] | None]:
    """The folded (or exact) form of ``text`` and the running total of folded
    characters per original character (None when every character folds to exactly
    one: offsets are then the same). See :func:`original_span`."""
    if exact:
        text = unicodedata.normalize("NFC", text)
    form = text.translate(_EXACT if exact else _FOLD)
    if len(form) == len(text):
        lengths = text.translate(_EXACT_LEN if exact else _FOLD_LEN)
        if lengths.count("\x01") == len(lengths):
            return form, None
    else:
        lengths = text.translate(_EXACT_LEN if exact else _FOLD_LEN)
    return form, list(accumulate(lengths.encode("latin-1")))


def original_span(totals: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of the folded span ``start:end``."""
    if totals is None:
        return start, end
    first, last = bisect_right(totals, start), bisect_right(totals, end - 1) + 1
    while last < len(totals) and totals[last] == totals[last - 1]:
        last += 1  # marks that fold to nothing belong to the letter before them
    return first, last


def word_spans(text: str, *, exact: bool = False) -> Iterator[tuple[str, int, int]]:
    """Every index word of ``text`` with its start and end offsets in ``text``.

    In exact mode ``text`` should already be NFC (article texts are), or offsets
    refer to its NFC form.
    """
    form, totals = folded_with_offsets(text, exact=exact)
    for m in _WORD.finditer(form):
        yield (m.group(), *original_span(totals, m.start(), m.end()))


def phrase_pattern(words: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    """A regular expression finding ``words`` as consecutive index words."""
    body = r"[\W_]+".join(re.escape(w) for w in words)
    tail = r"[^\W_]*" if prefix else ""
    return re.compile(r"(?<![^\W_])" + body + tail + r"(?![^\W_])")
