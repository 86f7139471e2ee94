"""An office named only through the title of the person who holds it, with its seat.

"le procureur de la République de Boulogne-sur-Mer", "la préfète du Pas-de-Calais", "el
delegado del Gobierno en Canarias", "la fiscal general del Estado": the office takes part
in the event through its holder, as a ministry does through its minister
(:mod:`desktop.core.tagging.ministers`). Its name is the office's word and the seat the
title gives: "parquet de Boulogne-sur-Mer", "préfecture du Pas-de-Calais", "Delegación del
Gobierno en Canarias", "Fiscalía General del Estado". A title without its seat ("le
préfet") names no office. Titles and offices come from the ``offices`` part of
``resources/tagging/bodies.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.body_grammar import cap_run, joined
from desktop.core.tagging.data import _load
from desktop.core.tagging.text import SOFT, PhraseTrie, Token, fold_word, phrases_trie


@dataclass(frozen=True, slots=True)
class Office:
    first: int
    end: int  # index after the seat's last token
    name: str
    key: tuple[str, ...]


@dataclass(frozen=True)
class _Vocabulary:
    titles: PhraseTrie[str]  # payload: the office's word
    prepositions: frozenset[str]
    articles: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    data = _load("tagging/bodies.json")["offices"]
    return _Vocabulary(
        phrases_trie(
            (title, office)
            for lang, table in data["titles"].items()
            for title, office in table.items()
        ),
        frozenset(fold_word(w) for w in data["prepositions"]),
        frozenset(fold_word(w) for w in data["articles"]),
    )


def find_offices(tokens: Sequence[Token], text: str, blocked: Sequence[bool]) -> list[Office]:
    """The offices named through their holder's title and seat in ``tokens``."""
    vocab = _vocabulary()
    out: list[Office] = []
    i, n = 0, len(tokens)
    while i < n:
        match = None if blocked[i] else vocab.titles.longest_at(tokens, i, max_gap=SOFT)
        if match is None or any(blocked[i : match.last + 1]):
            i += 1
            continue
        k = match.last + 1
        if not (joined(tokens, k, blocked) and tokens[k].folded in vocab.prepositions):
            i = k
            continue
        seat = k + 1
        if joined(tokens, seat, blocked) and tokens[seat].folded in vocab.articles:
            seat += 1
        end = cap_run(text, tokens, seat, blocked) if joined(tokens, seat, blocked) else seat
        if end == seat:
            i = k
            continue
        office = match.payloads[0]
        name = f"{office} {text[tokens[k].start : tokens[end - 1].end]}"
        out.append(Office(i, end, name, tuple(fold_word(w) for w in name.split())))
        i = end
    return out
