"""Regex helpers shared by the extraction modules."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation of ``words`` factored by common prefixes: the regex engine
    then tries each position once instead of once per word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(trie)


class WordScan:
    """The occurrences of many words in a text by one Aho-Corasick automaton
    (``pyahocorasick``): at each place the longest word, then the search goes on after
    it. The spans are those of ``re.compile(trie_pattern(words)).finditer(text)`` (the
    trie tries its longest branch first), found in about half the time."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        kept = [word for word in words if word]
        for word in kept:
            self._automaton.add_word(word, len(word))
        if len(self._automaton):
            self._automaton.make_automaton()
        self.longest = max(map(len, kept), default=0)  # the length of the longest word
        # every two characters written in a row in a word: a place between two
        # characters that are not is inside no word (see :meth:`cut`)
        self._pairs = frozenset(w[i : i + 2] for w in kept for i in range(len(w) - 1))

    def cut(self, text: str, pos: int, step: int) -> int:
        """The nearest place at or before (``step`` -1) or after (1) ``pos`` where no word
        found in ``text`` can overlap both sides: spans found in pieces of a text cut
        at such places are those found in the whole text."""
        pairs, end = self._pairs, len(text)
        if step < 0:
            while pos > 0 and text[pos - 1 : pos + 1] in pairs:
                pos -= 1
        else:
            while 0 < pos < end and text[pos - 1 : pos + 1] in pairs:
                pos += 1
        return pos

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of each word found, in text order, none overlapping (in
        ``text[start:end]``, offsets in ``text``)."""
        if not len(self._automaton):
            return []
        longest: dict[int, int] = {}  # start -> end of the longest word starting there
        found = self._automaton.iter(text, start, len(text) if end is None else end)
        for last, length in found:
            start = last - length + 1
            if longest.get(start, -1) <= last:
                longest[start] = last + 1
        out: list[tuple[int, int]] = []
        free = 0
        for start in sorted(longest):
            if start >= free:
                free = longest[start]
                out.append((start, free))
        return out


def case_blind(text: str) -> str:
    """``text`` lower-cased so that every place where a case-blind pattern
    (``re.IGNORECASE``) matches a lower-case word holds that word: a quick test before
    the pattern, much faster than it on text beyond Latin-1. Besides capitals, the
    pattern reads "İ" and "ı" as "i" and "ſ" as "s"."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return lowered.replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


# Sentence ends found by the string's own search: a character class pattern such as
# "[.!?…](?=\s|$)" is slow on text beyond Latin-1.


def _ends_sentence_at(text: str, at: int, end: int) -> bool:
    return at + 1 == end or text[at + 1].isspace()


def last_sentence_end(text: str, marks: str, start: int, end: int) -> int:
    r"""The end of the last match of ``[marks](?=\s|$)`` in ``text[start:end]``, ``$``
    being ``end``; -1 when there is none."""
    last = -1
    for mark in marks:
        at = text.rfind(mark, start, end)
        while at > last and not _ends_sentence_at(text, at, end):
            at = text.rfind(mark, start, at)
        last = max(last, at)
    return last + 1 if last >= 0 else -1


def first_sentence_end(text: str, marks: str, start: int) -> int:
    r"""The start of the first match of ``[marks](?=\s|$)`` in ``text[start:]``; -1 when
    there is none."""
    first = -1
    for mark in marks:
        stop = first if first >= 0 else len(text)
        at = text.find(mark, start, stop)
        while at >= 0 and not _ends_sentence_at(text, at, len(text)):
            at = text.find(mark, at + 1, stop)
        if at >= 0:
            first = at
    return first
