"""The query parser and the text forms, without a database."""

from __future__ import annotations

import random

import pytest

from desktop.core.search.folding import exact_form, fast_fold, index_text, tokens, word_spans
from desktop.core.search.query import And, Not, Or, Phrase, parse
from desktop.core.search.snippets import find_matches, make_snippet
from desktop.core.util.textfold import fold
from tests.conftest import SEEDS


def test_fast_fold_is_textfold_fold():
    for path in SEEDS.iterdir():
        text = path.read_text(encoding="utf-8")
        assert fast_fold(text) == fold(text)
    rnd = random.Random(4)
    sample = "".join(chr(rnd.randint(32, 0x2FFF)) for _ in range(50_000))
    assert fast_fold(sample) == fold(sample)


def test_forms_and_tokens():
    assert tokens("Đà Nẵng, PHAN Chí Thành") == ["da", "nang", "phan", "chi", "thanh"]
    assert tokens("Đà Nẵng", exact=True) == ["đà", "nẵng"]
    assert exact_form("Vie\u0323\u0302t") == "việt"  # NFD in, NFC out
    assert index_text("l'ambassadeur, covid-19 (nld.com.vn)") == "l ambassadeur covid 19 nld com vn"
    assert list(word_spans("Ông Đà œuvre")) == [("ong", 0, 3), ("da", 4, 6), ("oeuvre", 7, 12)]
    # Characters that fold to several (… ß) or to none (combining marks in NFD text).
    text = "a…b e\u0301te\u0301 ß x"
    assert [(w, text[s:e]) for w, s, e in word_spans(text)] == [
        ("a", "a"),
        ("b", "b"),
        ("ete", "e\u0301te\u0301"),
        ("ss", "ß"),
        ("x", "x"),
    ]


def test_operators_and_grouping():
    assert parse("di cu").root == And((Phrase(("di",)), Phrase(("cu",))))
    assert parse('"di cư" OR migra*').root == Or(
        (Phrase(("di", "cu")), Phrase(("migra",), prefix=True))
    )
    assert parse("a -b").root == And((Phrase(("a",)), Not(Phrase(("b",)))))
    assert parse("a NOT (b OR c)").root == And(
        (Phrase(("a",)), Not(Or((Phrase(("b",)), Phrase(("c",))))))
    )
    assert parse("NOT NOT a").root == Phrase(("a",))
    assert parse("or and not").root == And(tuple(Phrase((w,)) for w in ("or", "and", "not")))
    assert parse("   ").empty and parse("AND OR NOT").empty and parse('"" * -').empty


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"a',
        "a)",
        "(a",
        "((",
        "a OR",
        "OR a",
        "NOT",
        '"x"*"y"',
        "a'b",
        "\\",
        "\x00",
        "*a*",
        "NEAR(a b)",
        "col:x",
        "{a b}: c",
        "^x",
        'a "b',
        "-",
        "--x",
        "a & b | !c",
        "'; DROP TABLE x",
    ],
)
def test_rendered_queries_only_hold_quoted_words(text):
    for exact in (False, True):
        query = parse(text, exact=exact)
        rendered = query.fts5 or ""
        # Outside double quotes only operators, brackets and spaces remain.
        outside = "".join(part for i, part in enumerate(rendered.split('"')) if i % 2 == 0)
        assert set(outside.replace("AND", "").replace("OR", "").replace("NOT", "")) <= set("() *")
        ts = query.tsquery or ""
        outside = "".join(part for i, part in enumerate(ts.split("'")) if i % 2 == 0)
        assert set(outside) <= set("()&|!<-> :*")


def test_purely_negative_parts_are_not_rankable():
    assert not parse("NOT a").rankable and parse("NOT a").tsquery == "!'a'"
    assert not parse("a OR -b").rankable
    assert parse("a -b").rankable and parse("a -b").fts5 == '(("a")) NOT (("b"))'


def test_snippet_offsets_point_at_the_original_text():
    body = "Ông Phan Chí Thành, Đại sứ.\nLe Đà Nẵng accueille l'OIM; Đà Nẵng encore."
    phrases = parse('"phan chi thanh" OR "da nang" -oim').phrases()
    matches = find_matches(body, phrases)
    assert [body[s:e] for s, e in matches] == ["Phan Chí Thành", "Đà Nẵng", "Đà Nẵng"]
    snippet = make_snippet(body, phrases, width=40)
    assert "\n" not in snippet.text
    assert all(snippet.text[s:e] in ("Phan Chí Thành", "Đà Nẵng") for s, e in snippet.spans)
    exact = find_matches(body, parse("đà", exact=True).phrases(), exact=True)
    assert [body[s:e] for s, e in exact] == ["Đà", "Đà"]
    assert make_snippet("<b>x</b> y", parse("x").phrases()).marked() == "<b>[x]</b> y"
