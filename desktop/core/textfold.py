"""Folding of text for matching and search: case, diacritics and the Vietnamese đ.

Every comparison of names, aliases and search terms goes through :func:`fold`, so
"Phan Chí Thành", "PHAN CHI THANH" and "phan chi thanh" meet, and "Đà Nẵng" meets
"da nang" (no Unicode decomposition turns đ into d, so it is mapped explicitly).
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


def fold(text: str) -> str:
    """Lower-case ``text`` and strip every diacritic (đ becomes d)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_EXTRA)


def fold_words(text: str) -> str:
    """Fold ``text`` and collapse every run of white space into one space."""
    return _SPACES.sub(" ", fold(text)).strip()
