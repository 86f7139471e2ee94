"""Cues that go beyond exact phrases: words that meet within a window, and law titles.

A news article seldom says an objective's idea in the Compact's words. A labour
agreement between two countries is "a memorandum of understanding on the recruitment
and management of workers" as often as "a labour MoU": a :class:`~desktop.core.tagging.
data.NearCue` counts when one phrase of its first set and one of its second meet within
a few words, in any order.

A law cited by its title ("the Anti-Trafficking in Persons Act 2007") names a subject
without the article being about it: :func:`law_title_mask` marks the words of such
titles so that the cues read inside them count for less.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.data import objective_vocabulary
from desktop.core.tagging.text import COMMA, SOFT, Pattern, PhraseTrie, Token, parse_pattern

NearPayload = tuple[int, int]  # (near cue id, side: 0 first, 1 second)


@dataclass(frozen=True, slots=True)
class NearRule:
    objective: int
    weight: float
    window: int
    source: str  # "first phrases ~ second phrases", for evidence and debugging


@dataclass(frozen=True, slots=True)
class NearHit:
    rule: int
    spans: tuple[tuple[int, int], tuple[int, int]]  # (first token, last token) of each side


@dataclass
class CompiledNear:
    trie: PhraseTrie[NearPayload]
    rules: list[NearRule]


@cache
def compiled_near() -> CompiledNear:
    trie: PhraseTrie[NearPayload] = PhraseTrie()
    rules: list[NearRule] = []
    for info in objective_vocabulary().objectives:
        for cue in info.near:
            rule_id = len(rules)
            source = f"{' | '.join(cue.first)} ~ {' | '.join(cue.second)}"
            rules.append(NearRule(info.number, cue.weight, cue.window, source))
            for side, phrases in enumerate((cue.first, cue.second)):
                for phrase in phrases:
                    pattern = parse_pattern(phrase)
                    if pattern is not None:
                        trie.add(pattern.keys, (rule_id, side))
    for phrases in objective_vocabulary().masked.values():  # "drug smuggling" is no cue
        for phrase in phrases:
            pattern = parse_pattern(phrase)
            if pattern is not None:
                trie.add(pattern.keys, (-1, -1))
    return CompiledNear(trie, rules)


def find_near(tokens: Sequence[Token], blocked: Sequence[bool] | None = None) -> list[NearHit]:
    """Every pairing of a first-side and a second-side phrase within its cue's window.

    Each phrase serves in one pairing per cue at most, paired with the nearest free
    phrase of the other side, so "MoU ... workers ... workers" counts once.
    """
    near = compiled_near()
    by_rule: dict[int, list[tuple[int, int, int]]] = {}  # rule → [(side, first, last)]
    i, n = 0, len(tokens)
    while i < n:  # every phrase, short and long ("workers" and "migrant workers")
        matches = (
            [] if blocked is not None and blocked[i] else near.trie.matches_at(tokens, i, blocked)
        )
        masked = [m.last for m in matches if (-1, -1) in m.payloads]
        if masked:
            i = max(masked) + 1
            continue
        for match in matches:
            for rule_id, side in set(match.payloads):
                by_rule.setdefault(rule_id, []).append((side, match.first, match.last))
        i += 1
    hits: list[NearHit] = []
    for rule_id, found in by_rule.items():
        window = near.rules[rule_id].window
        used: set[int] = set()
        # ``found`` is in text order: a partner within the window starts at most this
        # far from the phrase's own start, so only that stretch is searched.
        reach = window + 1 + max(last - first for _, first, last in found)
        starts = [first for _, first, _ in found]
        for i, (side, first, last) in enumerate(found):
            if i in used:
                continue
            best: tuple[int, int] | None = None  # (distance, index)
            lo = bisect_left(starts, first - reach)
            hi = bisect_right(starts, first + reach)
            for j in range(lo, hi):
                other_side, o_first, o_last = found[j]
                if j in used or other_side == side or (o_first, o_last) == (first, last):
                    continue
                distance = o_first - last if o_first > last else first - o_last
                if 0 < distance <= window + 1 and (best is None or distance < best[0]):
                    best = (distance, j)
            if best is None:
                continue
            j = best[1]
            used |= {i, j}
            spans = ((first, last), (found[j][1], found[j][2]))
            hits.append(NearHit(rule_id, (min(spans), max(spans))))
    return hits


# --- law titles -----------------------------------------------------------------------


_Heads = dict[str, tuple[tuple[str, ...], ...]]  # first word → heads starting with it


@cache
def _law_words() -> tuple[_Heads, frozenset[str], frozenset[str]]:
    vocab = objective_vocabulary()
    heads: dict[str, list[tuple[str, ...]]] = {}
    for pattern in _patterns(vocab.law_heads):
        heads.setdefault(pattern.keys[0], []).append(pattern.keys)
    tails = frozenset(p.keys[-1] for p in _patterns(vocab.law_tails))
    by_first = {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in heads.items()}
    return by_first, tails, vocab.law_connectors


def _patterns(phrases: Sequence[str]) -> list[Pattern]:
    out = (parse_pattern(phrase, cased_acronyms=False) for phrase in phrases)
    return [p for p in out if p is not None]


@cache
def _open_law_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    vocab = objective_vocabulary()
    return frozenset(p.keys for p in _patterns(vocab.law_open_heads)), vocab.law_stops


def _open_title_end(
    tokens: Sequence[Token], j: int, connectors: frozenset[str], stops: frozenset[str]
) -> int:
    """After a head whose titles capitalise their first word only ("Luật Phòng, chống
    mua bán người"): the end of the title, at most fifteen words on. Stop words keep
    their diacritics ("năm" the year, not "Nam" of Việt Nam)."""
    limit = min(len(tokens), j + 15)
    j += 1
    while j < limit:
        token = tokens[j]
        joined = token.gap == SOFT or (token.gap == COMMA and token.folded in connectors)
        if not joined or token.text.casefold() in stops or token.text[:1].isdigit():
            break
        j += 1
    return j


def _titled(token: Token, connectors: frozenset[str]) -> bool:
    return token.capitalised or token.text[:1].isdigit() or token.folded in connectors


def law_title_mask(tokens: Sequence[Token]) -> list[bool]:
    """``True`` on the words of a cited law's title.

    A title ends with a capitalised "Act" or "Law" after capitalised words ("the
    Employment Act 1955"), or starts with a capitalised "Akta", "Undang-Undang", "Ley",
    "Loi", "Luật"... followed by capitalised words, numbers and small connectors
    ("Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran"). After an
    "open" head ("Luật", "Nghị định") the title goes on in lower case up to a stop word
    ("năm", "quy"...). A year right after the title belongs to it.
    """
    heads, tails, connectors = _law_words()
    open_heads, stops = _open_law_words()
    mask = [False] * len(tokens)
    n = len(tokens)
    for i, token in enumerate(tokens):
        if not (token.folded in tails or token.folded in heads) or not token.capitalised:
            continue
        start = end = -1
        if token.folded in tails:
            j = i
            while j > 0 and tokens[j].gap == SOFT and _titled(tokens[j - 1], connectors):
                j -= 1
            while j < i and tokens[j].folded in connectors:
                j += 1  # "the", "of" before the title are not in it
            if j < i and any(t.capitalised for t in tokens[j:i]):
                start, end = j, i
        else:
            for head in heads[token.folded]:
                k = len(head)
                if tuple(t.folded for t in tokens[i : i + k]) == head:
                    j = i + k
                    if head in open_heads and j < n and tokens[j].capitalised:
                        j = _open_title_end(tokens, j, connectors, stops)
                    while j < n and tokens[j].gap == SOFT and _titled(tokens[j], connectors):
                        j += 1
                    while j - 1 >= i + k and tokens[j - 1].folded in connectors:
                        j -= 1
                    if j > i + k:
                        start, end = i, j - 1
                    break
        if start < 0:
            continue
        if end + 1 < n and tokens[end + 1].gap == SOFT and tokens[end + 1].text.isdigit():
            end += 1
        for k in range(start, end + 1):
            mask[k] = True
    return mask
