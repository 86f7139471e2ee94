"""Property-based tests (hypothesis): text functions never raise on any input, and the
ones that put text into a canonical form are idempotent."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.extract import ExtractError, ExtractSettings
from desktop.core.extract.clean import clean_text
from desktop.core.extract.dates import find_mentions
from desktop.core.extract.decode import decode_bytes, normalize_text
from desktop.core.extract.pipeline import extract_file
from desktop.core.search.folding import exact_form, fast_fold, index_text, tokens
from desktop.core.search.query import parse
from desktop.core.util.textfold import fold, fold_words

# Text with what articles bring: Vietnamese and French letters, combining marks,
# control and invisible characters, quotes, query syntax.
ALPHABET = st.sampled_from(
    list("aăâđeêioôơuưyAĂÂĐEÊÔƠƯ éèçàœ ẠẢẤẦẨẪẬệồễướ\u0301\u0323\u0309")
    + list(" \n\r\t\u00a0\u200b\ufeff\u2028\x00\x07\x1b-*\"'()«»“”OR NOT AND :;.,!?0123456789")
)
ARTICLE_TEXT = st.text(ALPHABET, max_size=300) | st.text(max_size=200)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_decode_never_raises_anything_but_extract_error(data: bytes):
    try:
        text, encoding = decode_bytes(data)
    except ExtractError:
        return
    assert isinstance(text, str) and encoding


@FAST
@given(ARTICLE_TEXT)
def test_utf8_text_decodes_to_itself(text: str):
    if "\x00" in text or text.startswith("\ufeff"):
        return  # NUL means binary (or UTF-16); a leading U+FEFF is read as a BOM
    assert decode_bytes(text.encode("utf-8"))[0] == text


@FAST
@given(ARTICLE_TEXT)
def test_normalisation_is_idempotent_and_nfc(text: str):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@FAST
@given(ARTICLE_TEXT)
def test_cleaning_never_raises_and_is_idempotent(text: str):
    once = clean_text(normalize_text(text))
    assert clean_text(once) == once


@FAST
@given(ARTICLE_TEXT)
def test_folding_is_idempotent_and_agrees_with_the_fast_path(text: str):
    folded = fold(text)
    assert fold(folded) == folded
    assert fast_fold(text) == folded
    assert "đ" not in folded and "Đ" not in folded
    words = fold_words(text)
    assert fold_words(words) == words
    assert exact_form(exact_form(text)) == exact_form(text)
    assert index_text(index_text(text)) == index_text(text)
    assert tokens(" ".join(tokens(text))) == tokens(text)


@FAST
@given(ARTICLE_TEXT, st.booleans())
def test_query_parsing_never_raises_and_renders(text: str, exact: bool):
    query = parse(text, exact=exact)
    if query.root is None:
        assert query.fts5 is None
        return
    query.tsquery  # noqa: B018 - rendering must not raise
    if query.rankable:
        assert query.fts5
    # Parsing what a query stands for again gives the same query.
    assert parse(text, exact=exact) == query


@FAST
@given(ARTICLE_TEXT)
def test_date_mentions_never_raise(text: str):
    for mention in find_mentions(text, ("en", "fr", "vi")):
        assert 1 <= mention.month <= 12


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.docx", "a.pdf", "a.bin"]),
    st.binary(max_size=300)
    | ARTICLE_TEXT.map(lambda t: t.encode("utf-8"))
    | st.tuples(ARTICLE_TEXT, ARTICLE_TEXT).map(
        lambda p: (
            f"<html><head><title>{p[0]}</title><meta name='date' content='{p[1][:20]}'>"
            f"</head><body><h1>{p[0]}</h1><p>{p[1]} &amp;lt; &#x110;</p></body></html>"
        ).encode()
    ),
)
def test_metadata_extraction_fails_only_with_extract_error(name: str, data: bytes):
    try:
        extracted = extract_file(Path(name), data, ExtractSettings(languages=("en", "fr", "vi")))
    except ExtractError:
        return
    assert extracted.text == normalize_text(extracted.text)
    assert len(extracted.text_sha256) == 64
