"""Folding of text for matching and search: case, diacritics and the Vietnamese đ.

The one folding module of the application. Every comparison of names, aliases, dates
and search terms goes through :func:`fold` (or :func:`fold_word` for words, which
remembers them), so "Phan Chí Thành", "PHAN CHI THANH" and "phan chi thanh" meet, and
"Đà Nẵng" meets "da nang" (no Unicode decomposition turns đ into d, so it is mapped
explicitly).

Fold maps each character on its own, whatever its neighbours, so a text is folded
through a table filled character by character (ASCII text is just lower-cased, in C).
Folding the whole text by the definition instead (NFKD, a compiled pattern dropping the
marks, casefold) was measured 6 times slower on articles than the table.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that carry a stroke or are ligatures: Unicode gives them no decomposition.
_EXTRA = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
    }
)
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


def _fold_slowly(text: str) -> str:
    """What :func:`fold` computes, by its definition (used once per new character)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_EXTRA)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip every diacritic (đ becomes d)."""
    if text.isascii():  # folding an ASCII character is lower-casing it, done in C
        return text.lower()
    return text.translate(FOLD_TABLE)


def fold_words(text: str) -> str:
    """Fold ``text`` and collapse every run of white space into one space."""
    return _SPACES.sub(" ", fold(text)).strip()


class _FoldTable(dict[int, str]):
    """``str.translate`` table computing ``fold`` of each new character once."""

    def __missing__(self, code: int) -> str:
        value = _fold_slowly(chr(code))
        self[code] = value
        return value


# ``fold`` maps each character to zero or more characters independently of its
# neighbours, so folding character by character through this table is the same.
FOLD_TABLE = _FoldTable()


fast_fold = fold  # the name the callers folding long texts know it by


_WORD_CACHE: dict[str, str] = {}
_WORD_CACHE_MAX = 200_000


def fold_word(word: str) -> str:
    """Same as :func:`fold`, remembered for the words seen most."""
    cached = _WORD_CACHE.get(word)
    if cached is None:
        cached = fold(word)
        if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
            _WORD_CACHE.clear()
        _WORD_CACHE[word] = cached
    return cached
