"""Words of a text with their offsets, and a word trie that finds phrases in them.

Every phrase (actor alias, objective cue, title, country name) is matched on folded
words (:func:`desktop.core.util.textfold.fold`), so case and diacritics never matter and
matches always fall on word boundaries. Each token keeps its character offsets in the
original text, so evidence can be highlighted where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from desktop.core.util.textfold import fold_word

__all__ = [
    "COMMA",
    "DOT",
    "HARD",
    "SOFT",
    "Match",
    "Pattern",
    "PhraseTrie",
    "Token",
    "fold_word",
    "parse_pattern",
    "tokenize",
]

P = TypeVar("P")

# Letters, digits and the combining marks of decomposed text (NFD input).
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff])*")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_HARD = re.compile(r"[.!?;:()\[\]{}\"«»“”„|•·…\n\r\t]")

# Kinds of gap before a token: what may a phrase cross?
SOFT = 0  # spaces, hyphens, apostrophes, slashes
COMMA = 1  # a comma (names and slogans may contain one)
DOT = 2  # only a full stop (abbreviations: "M. Dupont", "Mr. Smith")
HARD = 3  # sentence or clause punctuation, a line break, start of text


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    gap: int  # SOFT/COMMA/DOT/HARD: the punctuation between the previous token and this one
    upper: bool = False  # written in capitals (an acronym such as IOM or OIM)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _gap_kind(gap: str) -> int:
    if not gap.strip():
        return SOFT
    if _HARD.search(gap.replace(".", "")) or "\n" in gap:
        return HARD
    stripped = gap.strip()
    if "." in stripped:
        return DOT if stripped.replace(".", "").strip(" ,-'’") == "" else HARD
    if "," in stripped:
        return COMMA
    return SOFT


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` with their offsets and the kind of gap before each.

    Web and e-mail addresses are left out (a URL slug is not prose), and the words
    after one start afresh.
    """
    tokens: list[Token] = []
    last = 0
    urls = [m.span() for m in _URL.finditer(text)] if ("/" in text or "@" in text) else []
    u = 0
    after_url = False
    for match in _WORD.finditer(text):
        start, end = match.span()
        while u < len(urls) and urls[u][1] <= start:
            u += 1
        if u < len(urls) and urls[u][0] <= start < urls[u][1]:
            after_url = True
            continue
        word = match.group()
        gap = HARD if not tokens or after_url else _gap_kind(text[last:start])
        after_url = False
        tokens.append(Token(start, end, word, fold_word(word), gap, word.isupper()))
        last = end
    return tokens


# --- patterns -------------------------------------------------------------------------

_CASED = "^"  # key prefix of a word that must be written in capitals in the text
_PREFIX = "*"  # key prefix of a word prefix ("traffick*")


@dataclass(frozen=True)
class Pattern:
    """A phrase as trie keys, with its weight."""

    keys: tuple[str, ...]
    weight: float
    source: str


def parse_pattern(source: str, *, cased_acronyms: bool = True) -> Pattern | None:
    """``"traite des êtres humains^2"`` → keys and weight; ``None`` if no word.

    A word ending in ``*`` matches any word starting with it. With ``cased_acronyms``
    a word written in capitals of two to six letters (IOM, OIT, UE) must be written in
    capitals in the text too, so "EU" never matches the French "eu".
    """
    text, weight = source, 1.0
    if "^" in source:
        head, _, tail = source.rpartition("^")
        try:
            weight = float(tail)
            text = head
        except ValueError:
            pass
    keys: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        star = text[match.end() : match.end() + 1] == "*"
        folded = fold_word(word)
        if star:
            keys.append(_PREFIX + folded)
        elif cased_acronyms and word.isupper() and 2 <= len(word) <= 6 and word.isalpha():
            keys.append(_CASED + folded)
        else:
            keys.append(folded)
    if not keys:
        return None
    return Pattern(tuple(keys), weight, text.strip())


# --- trie -----------------------------------------------------------------------------


def phrases_trie(
    entries: Iterable[tuple[str, P]], *, cased_acronyms: bool = False
) -> PhraseTrie[P]:
    """A trie of vocabulary phrases (as ``parse_pattern`` reads them), each with its payload."""
    trie: PhraseTrie[P] = PhraseTrie()
    for source, payload in entries:
        pattern = parse_pattern(source, cased_acronyms=cased_acronyms)
        if pattern is not None:
            trie.add(pattern.keys, payload)
    return trie


@dataclass
class _Node(Generic[P]):
    children: dict[str, _Node[P]] = field(default_factory=dict)
    prefixes: dict[str, _Node[P]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    payloads: list[P] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    payloads: tuple[P, ...]


class PhraseTrie(Generic[P]):
    """Phrases of folded words mapped to payloads; finds leftmost-longest matches."""

    def __init__(self) -> None:
        self._root: _Node[P] = _Node()
        self.size = 0

    def add(self, keys: Sequence[str], payload: P) -> None:
        node = self._root
        for key in keys:
            if key.startswith(_PREFIX):
                stem = key[len(_PREFIX) :]
                nxt = node.prefixes.get(stem)
                if nxt is None:
                    nxt = node.prefixes[stem] = _Node()
                    node.prefix_lengths = tuple(sorted({len(s) for s in node.prefixes}))
                node = nxt
            else:
                nxt = node.children.get(key)
                if nxt is None:
                    nxt = node.children[key] = _Node()
                node = nxt
        if payload not in node.payloads:
            node.payloads.append(payload)
            self.size += 1

    @staticmethod
    def _steps(node: _Node[P], token: Token) -> list[_Node[P]]:
        out: list[_Node[P]] = []
        nxt = node.children.get(token.folded)
        if nxt is not None:
            out.append(nxt)
        if token.upper:
            cased = node.children.get(_CASED + token.folded)
            if cased is not None:
                out.append(cased)
        if node.prefix_lengths:
            folded = token.folded
            for length in node.prefix_lengths:
                if length > len(folded):
                    break
                pre = node.prefixes.get(folded[:length])
                if pre is not None:
                    out.append(pre)
        return out

    def matches_at(
        self,
        tokens: Sequence[Token],
        i: int,
        blocked: Sequence[bool] | None = None,
        max_gap: int = COMMA,
    ) -> list[Match[P]]:
        """Every phrase starting at token ``i``, shortest first."""
        frontier = self._steps(self._root, tokens[i])
        out: list[Match[P]] = []
        j = i
        n = len(tokens)
        while frontier:
            payloads = tuple(p for node in frontier for p in node.payloads)
            if payloads:
                out.append(Match(i, j, payloads))
            j += 1
            if j >= n:
                break
            token = tokens[j]
            if token.gap > max_gap or (blocked is not None and blocked[j]):
                break
            nxt: list[_Node[P]] = []
            for node in frontier:
                if node.children or node.prefix_lengths:
                    nxt.extend(self._steps(node, token))
            frontier = nxt
        return out

    def longest_at(
        self,
        tokens: Sequence[Token],
        i: int,
        blocked: Sequence[bool] | None = None,
        max_gap: int = COMMA,
    ) -> Match[P] | None:
        """The longest phrase starting at token ``i`` (``None`` if none)."""
        found = self.matches_at(tokens, i, blocked, max_gap)
        return found[-1] if found else None

    def find_all(
        self,
        tokens: Sequence[Token],
        blocked: Sequence[bool] | None = None,
        max_gap: int = COMMA,
    ) -> list[Match[P]]:
        """Leftmost-longest, non-overlapping matches over ``tokens``."""
        out: list[Match[P]] = []
        i = 0
        n = len(tokens)
        while i < n:
            if blocked is not None and blocked[i]:
                i += 1
                continue
            found = self.longest_at(tokens, i, blocked, max_gap)
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.last + 1
        return out
