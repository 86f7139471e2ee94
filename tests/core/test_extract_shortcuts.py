"""The quick tests extraction runs before its full rules give the same answers as the
rules themselves: each shortcut is checked against the definition it stands for."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.extract import (
    data,
    date_patterns,
    dates,
    decode,
    layout,
    leadcues,
    multiday,
    pagelines,
)
from desktop.core.extract.date_patterns import weekday_names
from desktop.core.extract.dates import _NUMERIC_ANCHOR, _classes
from desktop.core.util.textfold import fast_fold, fold

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Latin, Vietnamese, Thai and Chinese letters, combining marks, spaces and punctuation.
LETTERS = st.sampled_from(
    list("aAeEsSkKiIıİſ ÀéệđĐ ơư\u0301\u0323 ัก ไทย 中文新闻 12 .,:-–—|•/()©")
    + ["\u212a", "ß", "ﬁ", "½", "\n", "\u00a0"]
)
TEXT = st.text(LETTERS, max_size=120) | st.text(max_size=80)


def test_every_character_normalisation_removes_is_unprintable():
    """normalize_text skips its pattern when every line is printable."""
    odd = [chr(c) for c in range(0x110000) if decode._ODD.match(chr(c))]
    assert odd and not any(ch.isprintable() for ch in odd)


@FAST
@given(TEXT, st.integers(0, 130))
def test_a_folded_head_is_never_longer_than_the_whole(text: str, cut: int):
    """The shortcut of the press-release labels and of the headline line: fold maps
    each character on its own."""
    edges = " :.-–—"
    assert len(fold(text[:cut]).strip(edges)) <= len(fold(text).strip(edges))
    head = " ".join(fast_fold(text[:cut]).split())
    assert len(head) <= len(" ".join(fast_fold(text).split()))


@FAST
@given(TEXT)
def test_unspaced_scripts_are_told_as_by_counting(line: str):
    counted = len(line) >= 8 and (
        sum("\u0e00" <= ch <= "\u0e7f" or ch >= "\u2e80" for ch in line) > len(line) / 2
    )
    assert layout.unspaced(line) == counted


@FAST
@given(TEXT)
def test_all_caps_is_told_as_by_its_letters(line: str):
    cased = [ch for ch in line if ch.isalpha() and ch.lower() != ch.upper()]
    assert layout.is_all_caps(line) == (len(cased) >= 4 and all(ch.isupper() for ch in cased))


def _cue_text(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.sampled_from(words + ["x", "Y", " ", "  ", ".", "é", "1", "_", "-"])
    return st.lists(pieces, max_size=12).map("".join)


DATE_CUES = ("future_before", "future_after", "day_cues", "strong_day_cues")
CUE_WORDS = [w for key in DATE_CUES for w in data.strings("metadata_cues", key)]


@FAST
@given(_cue_text(CUE_WORDS + [w.upper() for w in CUE_WORDS[:20]]))
def test_cue_tries_match_where_the_cue_lists_do(text: str):
    for key in DATE_CUES:
        listed = date_patterns.cue_pattern(key).search(text)
        trie = date_patterns.cue_test(key).search(text)
        assert (listed and listed.start()) == (trie and trie.start())


LEAD_CUES = ("background_before", "commemoration_words")
LEAD_WORDS = [fast_fold(w) for key in LEAD_CUES for w in data.strings("date_words", key)]


@FAST
@given(_cue_text(LEAD_WORDS))
def test_lead_cue_tries_match_where_the_cue_lists_do(text: str):
    for key in LEAD_CUES:
        listed = leadcues.cue_words(key).search(text)
        trie = leadcues.cue_test(key).search(text)
        assert (listed and listed.start()) == (trie and trie.start())


def _leftover_by_definition(words: str, languages: tuple[str, ...]) -> list[str]:
    unmarked = pagelines._NON_WORD.sub(" ", fast_fold(pagelines._TIME.sub(" ", words)))
    folded = " " + " ".join(unmarked.split()) + " "
    for name in sorted(weekday_names(languages), key=lambda n: (-len(n), n)):
        folded = folded.replace(f" {name} ", " ")
    for phrase in (*pagelines._labels(), *pagelines._zones()):
        while f" {phrase} " in folded:
            folded = folded.replace(f" {phrase} ", " ")
    return [w for w in folded.split() if not w.isdigit()]


LANGUAGES = ("en", "fr", "vi", "ms", "id")
PAGE_WORDS = sorted(weekday_names(LANGUAGES))[:40] + list(pagelines._labels()[:40])
PAGE_WORDS += list(pagelines._zones()[:20]) + ["12", "9:30", "Jakarta", "news", "a"]


@FAST
@given(st.lists(st.sampled_from(PAGE_WORDS + [" ", ", ", " | "]), max_size=14).map(" ".join))
def test_leftover_words_are_those_of_the_definition(words: str):
    assert pagelines._leftover(words, LANGUAGES) == _leftover_by_definition(words, LANGUAGES)


@FAST
@given(TEXT)
def test_a_line_without_a_separator_is_no_bar(line: str):
    if not layout._ANY_SEPARATOR.search(line):
        parts = [p for p in layout._BAR_SEPARATORS.split(line) if p.strip()]
        dashed = [p for p in layout._DASH_SEPARATORS.split(line) if p.strip()]
        assert len(parts) <= 1 and len(dashed) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/3 và 1-2 tháng, «3.4» ệ 5/6/7 ½/8 ٣/4 9/٣",
        "le 12/3 et 1-2 mars, «3.4» é 5/6/7 ½/8 9/0",
        "on 12/3 and 1-2 March, 3.4 5/6/7 1/8 9/0",
    ],
)
def test_numeric_anchors_are_found_in_the_classes_of_the_text(text: str):
    found = [m.span() for m in re.finditer(r"[0-9][/.-][0-9]", text)]
    classes, _ = _classes(text)
    assert len(classes) == len(text)
    spans, at = [], classes.find(_NUMERIC_ANCHOR)
    while at >= 0:
        spans.append((at, at + len(_NUMERIC_ANCHOR)))
        at = classes.find(_NUMERIC_ANCHOR, at + len(_NUMERIC_ANCHOR))
    assert spans == found


SENTENCE_END = re.compile(r"[.!?…。\n](?=\s|$)")


@FAST
@given(st.text(st.sampled_from(list("ab .!?…。\n\t\u00a0")), max_size=500), st.integers(0, 500))
def test_sentence_starts_are_those_of_the_pattern(text: str, position: int):
    position = min(position, len(text))
    start = 0
    for match in SENTENCE_END.finditer(text, max(0, position - 400), position):
        start = match.end()
    assert dates._sentence_start(text, position) == start


DAY_SENTENCE_END = re.compile(r"[.!?…\n](?=\s|$)")


@FAST
@given(st.text(st.sampled_from(list("ab .!?…\n\t\u00a0")), max_size=500), st.integers(0, 500))
def test_sentences_around_a_date_are_those_of_the_pattern(text: str, position: int):
    position = min(position, len(text))
    start = 0
    for match in DAY_SENTENCE_END.finditer(text, max(0, position - 400), position):
        start = match.end()
    following = DAY_SENTENCE_END.search(text, position)
    end = following.start() if following else len(text)
    assert multiday._sentence(text, position) == (start, end)
