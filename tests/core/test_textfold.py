"""One folding for the whole application: its fast forms give exactly what fold gives."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.search.folding import fast_fold as search_fast_fold
from desktop.core.tagging.text import fold_word as tagging_fold_word
from desktop.core.util.textfold import fast_fold, fold, fold_word

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
    assert fast_fold(text) == fold(text)
    assert search_fast_fold(text) == fold(text)
    for word in text.split():
        assert fold_word(word) == tagging_fold_word(word) == fold(word)


def test_fold_strips_marks_and_maps_stroked_letters():
    assert fold("Đà Nẵng") == "da nang"
    assert fold("œuvre") == "oeuvre"
    assert fold("ÉTATS") == "etats"
