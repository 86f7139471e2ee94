"""Finding known phrases (place names, actor aliases) in a text, word-aligned.

Phrases and text are compared after :func:`desktop.core.textfold.fold`, word by
word, so "Hanoï", "Hà Nội" and "HA NOI" all meet "ha noi". A phrase can instead
ask for an exact (case- and accent-sensitive) match, for short names that are also
common words once folded (Vietnamese "Mỹ" is not the English "my").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desktop.core.textfold import fast_fold, fold

WORD = re.compile(r"\w+")


def fold_text(text: str) -> str:
    """The same result as :func:`~desktop.core.textfold.fold`, faster on long texts."""
    return fast_fold(text)


@dataclass(frozen=True)
class Words:
    """The words of a text, original and folded, aligned one to one."""

    original: tuple[str, ...]
    folded: tuple[str, ...]
    starts: tuple[int, ...]  # offset of each word in the original text

    @classmethod
    def of(cls, text: str, folded_text: str | None = None) -> Words:
        """Words of ``text``; ``folded_text`` is ``fold_text(text)`` when already known."""
        matches = list(WORD.finditer(text))
        original = tuple(m.group() for m in matches)
        if folded_text is None:
            folded = tuple(fold_text(" ".join(original)).split(" "))
        else:
            folded = tuple(WORD.findall(folded_text))
        if len(folded) != len(original):  # a character folded into a space or nothing
            folded = tuple(fold(word) for word in original)
        return cls(original, folded, tuple(m.start() for m in matches))

    def between(self, start: int, end: int) -> range:
        """Indices of the words that begin within the offsets ``start:end``."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return range(first, last)


@dataclass(frozen=True)
class Hit:
    key: str
    start: int  # word index
    end: int  # word index, exclusive
    surface: str


@dataclass
class PhraseMatcher:
    """Longest-match search of many phrases in word sequences."""

    _folded: dict[tuple[str, ...], str] = field(default_factory=dict)
    _exact: dict[tuple[str, ...], str] = field(default_factory=dict)
    _upper: set[tuple[str, ...]] = field(default_factory=set)
    # first word -> length of the longest phrase starting with it
    _first: dict[str, int] = field(default_factory=dict)
    _first_exact: dict[str, int] = field(default_factory=dict)

    def add(self, phrase: str, key: str, *, exact: bool = False) -> None:
        """Register ``phrase`` for ``key``; acronyms only match in capitals."""
        words = tuple(WORD.findall(phrase))
        if not words:
            return
        if exact:
            self._exact.setdefault(words, key)
            first = self._first_exact
            head = words[0]
        else:
            folded = tuple(fold(w) for w in words)
            self._folded.setdefault(folded, key)
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 6:
                self._upper.add(folded)
            first = self._first
            head = folded[0]
        first[head] = max(first.get(head, 0), len(words))

    def __len__(self) -> int:
        return len(self._folded) + len(self._exact)

    def find(self, words: Words) -> Iterator[Hit]:
        """Non-overlapping hits, longest first at each position."""
        i, n = 0, len(words.folded)
        first, first_exact = self._first, self._first_exact
        folded, original = words.folded, words.original
        while i < n:
            if folded[i] not in first and original[i] not in first_exact:
                i += 1
                continue
            hit = self._longest_at(words, i, n)
            if hit is None:
                i += 1
                continue
            yield hit
            i = hit.end

    def _longest_at(self, words: Words, i: int, n: int) -> Hit | None:
        longest_exact = self._first_exact.get(words.original[i], 0)
        longest = max(self._first.get(words.folded[i], 0), longest_exact)
        for size in range(min(longest, n - i), 0, -1):
            if size <= longest_exact:
                exact_key = self._exact.get(words.original[i : i + size])
                if exact_key is not None:
                    return Hit(exact_key, i, i + size, " ".join(words.original[i : i + size]))
            folded = words.folded[i : i + size]
            key = self._folded.get(folded)
            if key is None:
                continue
            if folded in self._upper and not words.original[i].isupper():
                continue
            return Hit(key, i, i + size, " ".join(words.original[i : i + size]))
        return None

    def keys(self, words: Words) -> Iterable[str]:
        return (hit.key for hit in self.find(words))
