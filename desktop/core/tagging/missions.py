"""Diplomatic missions not in the registry, found by how their names are built.

A mission is named by a head noun ("Embassy", "Đại sứ quán", "Konsulat Jenderal"), the
country that sends it, after the head ("Embassy of Japan", "Đại sứ quán Việt Nam") or as
an adjective before it ("Japanese Embassy"), and often where it sits ("in Hanoi", "tại
Pháp", "di Johor Bahru"). Whatever the language, the mission is proposed under one
English name, "Embassy of Japan in Viet Nam", so that versions of an event in several
languages name the same actor. Words from ``resources/tagging/organisations.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import _load
from desktop.core.tagging.text import (
    SOFT,
    PhraseTrie,
    Token,
    fold_word,
    phrases_trie,
)

MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class _Missions:
    heads: PhraseTrie[str]  # payload: the English head
    links: frozenset[str]
    locatives: frozenset[str]
    republic: PhraseTrie[bool]


@dataclass(frozen=True)
class Mission:
    first: int
    end: int  # index after the name's last token
    name: str
    acronym: str = ""


@cache
def _vocabulary() -> _Missions:
    data = _load("tagging/organisations.json")["missions"]
    heads = phrases_trie(
        (form, english) for english, forms in data["heads"].items() for form in forms
    )
    republic = phrases_trie((word, True) for word in data["republic"])
    return _Missions(
        heads,
        frozenset(fold_word(w) for w in data["links"]),
        frozenset(fold_word(w) for w in data["locatives"]),
        republic,
    )


@cache
def country_name(code: str) -> str:
    """The English name of a country (CLDR), "Viet Nam" as the UN writes it."""
    if code == "VN":
        return "Viet Nam"
    from babel import Locale

    return str(Locale.parse("en").territories.get(code, code))


def _country_after(tokens: Sequence[Token], j: int) -> tuple[str, int] | None:
    vocab = _vocabulary()
    n = len(tokens)
    while j < n and tokens[j].gap == SOFT and tokens[j].folded in vocab.links:
        j += 1
    if j < n and tokens[j].gap == SOFT:
        republic = vocab.republic.longest_at(tokens, j, max_gap=SOFT)
        if republic is not None and republic.last + 1 < n:
            j = republic.last + 1  # "Republic of Indonesia", "République de Corée"
            while j < n and tokens[j].gap == SOFT and tokens[j].folded in vocab.links:
                j += 1
    if j >= n or tokens[j].gap != SOFT:
        return None
    return country_at(tokens, j)


def _place_after(
    tokens: Sequence[Token], j: int, blocked: Sequence[bool]
) -> tuple[str, int] | None:
    """(English or written name, index after it) of the place at ``j``."""
    found = country_at(tokens, j)
    if found is not None:
        return country_name(found[0]), found[1] + 1
    k = j
    while (
        k < len(tokens)
        and k - j < MAX_PLACE_WORDS
        and not blocked[k]
        and tokens[k].capitalised
        and not tokens[k].upper
        and (k == j or tokens[k].gap == SOFT)
    ):
        k += 1
    if k == j:
        return None
    return " ".join(t.text for t in tokens[j:k]), k


def find_missions(
    tokens: Sequence[Token],
    text: str,
    blocked: Sequence[bool],
    is_acronym: Callable[[int], bool],
) -> list[Mission]:
    """The missions named in ``tokens`` (outside ``blocked`` words), in text order."""
    vocab = _vocabulary()
    out: list[Mission] = []
    n = len(tokens)
    i = 0
    while i < n:
        head = vocab.heads.longest_at(tokens, i, max_gap=SOFT) if not blocked[i] else None
        if head is None or any(blocked[i : head.last + 1]):
            i += 1
            continue
        english = head.payloads[0]
        first, k = i, head.last + 1
        country = _country_after(tokens, k)
        if country is not None:
            k = country[1] + 1
        elif i > 0 and tokens[i].gap == SOFT:
            before = _demonym_before(tokens, i)
            if before is not None:
                country, first = (before[0], i - 1), before[1]
        if country is None:
            i = head.last + 1
            continue
        acronym = ""
        if k < n and is_acronym(k):
            acronym, k = tokens[k].text, k + 1
        place = None
        if k + 1 < n and tokens[k].gap == SOFT and tokens[k].folded in vocab.locatives:
            place = _place_after(tokens, k + 1, blocked)
        elif acronym and k < n:
            place = _place_after(tokens, k, blocked)  # "KJRI Johor Bahru"
        name = f"{english} of {country_name(country[0])}"
        if place is not None:
            name, k = f"{name} in {place[0]}", place[1]
        out.append(Mission(first, k, name, acronym))
        i = k
    return out


def _demonym_before(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """(country, first token) of an adjective ending right before ``i``: "Japanese"."""
    for back in (1, 2):
        k = i - back
        if k < 0:
            break
        found = country_at(tokens, k)
        if found is not None and found[1] == i - 1 and tokens[k].capitalised:
            return found[0], k
    return None
