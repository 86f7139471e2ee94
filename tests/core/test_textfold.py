"""One folding for the whole application: its fast forms give exactly what fold gives."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.search.folding import fast_fold as search_fast_fold
from desktop.core.tagging.text import fold_word as tagging_fold_word
from desktop.core.util.textfold import _fold_slowly, fast_fold, fold, fold_word

SAMPLES = [
    "Đà Nẵng, HÀ NỘI — Thỏa thuận toàn cầu về Di cư",
    "mise en œuvre du Pacte, Straße, Æsir, Łódź, Ørsted",
    "Journée internationale des migrants, le 18 décembre",
    unicodedata.normalize("NFD", "Người di cư ở Việt Nam"),  # decomposed input
    "Día Internacional del Migrante · ﬁnance ½ İstanbul",
    "’s ‘quoted’ ʼapostrophe",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_forms_equal_fold(text):
    # fold goes through a table filled character by character: the whole text folded
    # by the definition (NFKD, marks dropped, casefold) must give the same
    assert fold(text) == _fold_slowly(text)
    assert fast_fold(text) == fold(text)
    assert search_fast_fold(text) == fold(text)
    for word in text.split():
        assert fold_word(word) == tagging_fold_word(word) == fold(word)


def test_fold_strips_marks_and_maps_stroked_letters():
    assert fold("Đà Nẵng") == "da nang"
    assert fold("œuvre") == "oeuvre"
    assert fold("ÉTATS") == "etats"


def _characters() -> list[str]:
    """Every character of the planes where letters and marks live (0-2), and a sample
    of the others."""
    codes = [*range(0x30000), *range(0x30000, 0x110000, 7)]
    return [chr(c) for c in codes if not 0xD800 <= c < 0xE000]


def test_fold_of_every_character_is_its_definition():
    # ASCII text is lower-cased in C, other text translated through the table: either
    # way each character folds as the definition folds it
    for ch in _characters()[:0x3000]:
        assert fold(ch) == _fold_slowly(ch), repr(ch)
        assert fold(f"a{ch}Z") == f"a{_fold_slowly(ch)}z", repr(ch)
    ascii_text = "".join(map(chr, range(128)))
    assert fold(ascii_text) == _fold_slowly(ascii_text) == ascii_text.lower()


def test_folding_a_text_is_folding_each_of_its_characters():
    # what makes a table of characters (and each text folded once) exact: the
    # definition, applied to a whole text, folds each character on its own, whatever
    # its neighbours (marks reordered, final sigma, letters that grow or vanish)
    chars = _characters()
    for start in range(0, len(chars), 4096):
        chunk = "".join(chars[start : start + 4096])
        assert _fold_slowly(chunk) == fold(chunk)
    for text in [*SAMPLES, "ΟΔΟΣ ΟΔΟΣ.", "a\u0301\u0327b", "İI\u0307ıi", "ǅǄǆ ﬃ ẞß"]:
        assert fold(text) == _fold_slowly(text) == "".join(map(_fold_slowly, text))


def test_fold_of_the_development_articles_is_its_definition():
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "data" / "dev_corpus"
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(corpus.glob("*.txt"))]
    assert len(texts) > 10
    for text in texts:
        assert fold(text) == fast_fold(text) == _fold_slowly(text)
        assert fold(unicodedata.normalize("NFD", text)) == _fold_slowly(text)


def test_only_a_line_break_folds_to_a_line_break():
    # a folded text's lines are its lines folded (the search index relies on it)
    assert [ch for ch in _characters() if "\n" in fold(ch)] == ["\n"]
