"""Full-text search on both backends: folding, exact diacritics, boolean, prefix, phrases."""

from __future__ import annotations

import re

import pytest

from desktop.core.search import SearchSpec, search, search_ids
from desktop.core.search.backends import PostgresBackend, SqliteBackend
from tests.conftest import unchanged
from tests.core.search_corpus import build


@pytest.fixture(scope="module")
def corpus(module_archive, tmp_path_factory: pytest.TempPathFactory):
    """Searches only read: one corpus per backend for the whole module."""
    ids = build(module_archive, tmp_path_factory.mktemp("corpus"))
    with unchanged(module_archive):
        yield module_archive, ids


def found(archive, ids, text: str, exact: bool = False) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[i] for i in search_ids(archive, SearchSpec(text, exact=exact)).ids}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("di cu", {"vi1", "vi2"}),
        ("phan chi thanh", {"fr2", "vi1"}),
        ("PHAN CHÍ THÀNH", {"fr2", "vi1"}),
        ("securite", {"fr1"}),
        ("SÉCURITÉ", {"fr1"}),
        ("da nang", {"fr1", "vi1"}),
        ("Đà Nẵng", {"fr1", "vi1"}),
        ("viet nam", {"vi1"}),
        ("cote", {"fr1", "fr2"}),
        ("ban", {"vi2", "vi3"}),  # Ban, bàn, bán
        ("KEMENTERIAN", {"ms1"}),
        ("disember", {"ms1"}),
    ],
)
def test_folded_search_ignores_case_and_diacritics(corpus, query, expected):
    archive, ids = corpus
    assert found(archive, ids, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bàn", {"vi2"}),
        ("bán", {"vi3"}),
        ("ban", {"vi2"}),  # "Ban chỉ đạo": case still folds
        ("di cư", {"vi1", "vi2"}),
        ("di cu", set()),
        ("côte", {"fr1"}),
        ("cote", {"fr2"}),
        ("Đà Nẵng", {"fr1", "vi1"}),
        ("da nang", set()),
        ("sécurité", {"fr1"}),
        ("migrasi", {"ms1"}),
    ],
)
def test_exact_mode_keeps_diacritics_and_tone_marks(corpus, query, expected):
    archive, ids = corpus
    assert found(archive, ids, query, exact=True) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("migrants OR migrasi", {"fr1", "ms1"}),
        ("migrants | migrasi", {"fr1", "ms1"}),
        ("di cư NOT phan", {"vi2"}),
        ("di cu -phan", {"vi2"}),
        ("di AND cu AND ban", {"vi2"}),
        ("NOT migrasi", {"fr1", "fr2", "vi1", "vi2", "vi3"}),
        ("-di -migrasi", {"fr1", "fr2", "vi3"}),
        ("(securite OR kementerian) AND migra*", {"fr1", "ms1"}),
        ("kementerian OR NOT di", {"fr1", "fr2", "vi3", "ms1"}),
        ("cooperation or", set()),  # lower-case "or" is a word
    ],
)
def test_boolean_queries(corpus, query, expected):
    archive, ids = corpus
    assert found(archive, ids, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("migra*", {"fr1", "ms1"}),
        ("coop*", {"fr2"}),
        ("thanh*", {"fr2", "vi1"}),
        ('"migrasi selamat"', {"ms1"}),
        ('"selamat migrasi"', set()),
        ('"Phan Chí Thành"', {"fr2", "vi1"}),
        ('"phan chi"*', {"fr2", "vi1"}),
        ("l'ambassadeur", {"fr2"}),
        ('"di cư hợp pháp"', {"vi1"}),
    ],
)
def test_prefix_and_phrases(corpus, query, expected):
    archive, ids = corpus
    assert found(archive, ids, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(",
        ")",
        "AND",
        "NOT",
        "OR OR",
        '"unterminated phrase',
        "a OR",
        "*",
        "-",
        "((migrasi",
        'title:"x"',
        "'",
        "\\",
        "NEAR(a b)",
        "{title}: x",
        "^a",
        "a:b",
        "''; DROP TABLE articles;--",
        '"" AND ""',
        "!!",
        "<b>x</b>",
        "\x00",
    ],
)
def test_stray_syntax_means_its_plain_words(corpus, query):
    """Stray syntax never raises and never changes the meaning: the query finds what its
    words alone find (bare AND/OR/NOT left out), in both modes, and the archive is intact."""
    archive, ids = corpus
    words = " ".join(w for w in re.findall(r"[^\W_]+", query) if w not in ("AND", "OR", "NOT"))
    for exact in (False, True):
        result = search(archive, SearchSpec(query, exact=exact))
        plain = search_ids(archive, SearchSpec(words, exact=exact)).ids
        assert sorted(h.id for h in result.hits) == sorted(plain), (query, exact)
        assert sorted(search_ids(archive, SearchSpec(query, exact=exact)).ids) == sorted(plain)
    assert sorted(search_ids(archive, SearchSpec("")).ids) == sorted(ids.values())


def test_stray_syntax_around_real_words_still_finds_them(corpus):
    archive, ids = corpus
    assert found(archive, ids, "((migrasi") == {"ms1"}
    assert found(archive, ids, "da nang OR") == {"fr1", "vi1"}
    assert found(archive, ids, 'title:"securite"') == set()  # both words must match
    assert found(archive, ids, '"securite') == {"fr1"}


def test_empty_query_lists_everything_newest_first(corpus):
    archive, ids = corpus
    assert search_ids(archive, SearchSpec("")).ids == sorted(ids.values(), reverse=True)


def test_ranked_hits_with_snippets_in_original_text(corpus):
    archive, ids = corpus
    result = search(archive, SearchSpec("da nang"))
    assert result.ranked and not result.capped
    assert {h.id for h in result.hits} == {ids["fr1"], ids["vi1"]}
    assert all(h.score > 0 for h in result.hits)
    fr1 = next(h for h in result.hits if h.id == ids["fr1"])
    assert fr1.snippet is not None
    marked = [fr1.snippet.text[s:e] for s, e in fr1.snippet.spans]
    assert marked == ["Đà", "Nẵng"]
    assert "[Đà] [Nẵng]" in fr1.snippet.marked()


def test_title_matches_rank_first(corpus):
    archive, ids = corpus
    hits = search(archive, SearchSpec("migrasi")).hits
    assert hits[0].id == ids["ms1"]
    hits = search(archive, SearchSpec("cooperation OR securite")).hits
    assert {hits[0].id, hits[1].id} == {ids["fr1"], ids["fr2"]}


def test_common_terms_fall_back_to_newest_first(corpus, monkeypatch):
    archive, ids = corpus
    monkeypatch.setattr(SqliteBackend, "rank_cap", 1)
    monkeypatch.setattr(PostgresBackend, "rank_cap", 1)
    result = search(archive, SearchSpec("di cu"))
    assert result.capped and not result.ranked
    assert [h.id for h in result.hits] == sorted([ids["vi1"], ids["vi2"]], reverse=True)
    assert search(archive, SearchSpec("migrasi")).ranked


def test_limit_and_offset_page_through_results(corpus):
    archive, _ids = corpus
    everything = [h.id for h in search(archive, SearchSpec("migra*"), limit=10).hits]
    pages = [
        h.id
        for o in range(3)
        for h in search(archive, SearchSpec("migra*"), limit=1, offset=o).hits
    ]
    assert pages == everything and len(everything) == 2
