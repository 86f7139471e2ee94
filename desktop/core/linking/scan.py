"""One pass over an article's text for every link feature: folded forms and one automaton.

The text is folded character by character (case, diacritics, đ), so every folded form
keeps the offsets of the original and a match found in one is found in the others at
the same place:

- ``folded``: the text folded, punctuation kept (dates and figures are read in it), one
  character for one (a letter folding to two, such as ß, keeps the first);
- ``spaced``: the folded words separated by single spaces (every run of non-word
  characters is one space), padded with a space at each end, so a phrase registered as
  ``" ha noi "`` only matches whole words, whatever punctuation or line breaks lie
  between them (offsets are mapped back to the text);
- ``shape``: each character's class (``A`` capital, ``a`` small or other letter, ``0``
  digit, ``_`` underscore, a space as is, ``.`` anything else), where capitalised names
  and acronyms are found by one compiled pattern instead of a loop over words.

Actor aliases, place names and country names are all entries of one Aho-Corasick
automaton (``pyahocorasick``) matched once over ``spaced``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from desktop.core.util.textfold import fold


class _FoldTable(dict[int, str]):
    """``str.translate`` table: each character to exactly one folded character."""

    def __init__(self, words_only: bool) -> None:
        super().__init__()
        self.words_only = words_only

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if not (ch.isalnum()):
            if self.words_only or unicodedata.combining(ch):
                value = " "
            else:
                value = fold(ch)[:1] or " "
        else:
            value = fold(ch)[:1] or " "
        self[code] = value
        return value


class _ShapeTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == " ":
            value = " "
        elif ch.isdigit() or ch.isnumeric():
            value = "0"
        elif ch.isupper() or ch.istitle():
            value = "A"
        elif ch.isalpha():
            value = "a"
        elif ch == "_":
            value = "_"
        else:
            value = "."
        self[code] = value
        return value


_FOLDED = _FoldTable(words_only=False)
_SPACED = _FoldTable(words_only=True)
_SHAPE = _ShapeTable()


def fold_chars(text: str) -> str:
    """``text`` folded one character for one character (offsets kept)."""
    return text.translate(_FOLDED)


def spaced_words(text: str) -> str:
    """The folded words of ``text`` separated by single spaces (for registering a phrase)."""
    return " ".join(text.translate(_SPACED).split())


_GAPS = re.compile(r"  +")


def _ascii_table(table: dict[int, str]) -> bytes:
    """The first 128 entries of a table as a ``bytes.translate`` table (ASCII text is
    translated in C, without a mapping lookup per character)."""
    values = [chr(code).translate(table) for code in range(128)]
    assert all(len(v) == 1 and v.isascii() for v in values)
    return "".join(values).encode("ascii") + bytes(range(128, 256))


_SPACED_ASCII = _ascii_table(_SPACED)
_SHAPE_ASCII = _ascii_table(_SHAPE)


_SHAPES = " 0Aa_."  # the classes of _SHAPE, numbered from 1 in a packed character
_UNFIT = 0x0F  # the class number of a character whose forms do not fit in Latin-1


class _PackedTable(dict[int, str]):
    """``str.translate`` table giving the three forms of a character at once: one code
    point holding its folded character (first byte of its UTF-32), its spaced character
    (second) and its shape class (third). Translating a text that is not ASCII costs a
    dictionary look-up per character: one pass instead of three."""

    def __missing__(self, code: int) -> str:
        folded, spaced, shape = ord(_FOLDED[code]), ord(_SPACED[code]), _SHAPE[code]
        if folded > 0xFF or spaced > 0xFF:
            value = chr(_UNFIT << 16)
        else:  # the class, at least 1, keeps the code point clear of the surrogates
            value = chr(folded | spaced << 8 | (_SHAPES.index(shape) + 1) << 16)
        self[code] = value
        return value


_PACKED = _PackedTable()
_SHAPE_OF_CLASS = bytes(256).replace(bytes(len(_SHAPES) + 1), b"\0" + _SHAPES.encode("ascii"), 1)


def _forms(text: str) -> tuple[str, str, str]:
    """(folded, shape, spaced without its padding) of ``text``."""
    if text.isascii():  # folding an ASCII character is lower-casing it
        data = text.encode("ascii")
        spaced = data.translate(_SPACED_ASCII).decode("ascii")
        return text.lower(), data.translate(_SHAPE_ASCII).decode("ascii"), spaced
    packed = text.translate(_PACKED).encode("utf-32-le")
    classes = packed[2::4]
    if _UNFIT in classes:  # a letter folding outside Latin-1 (Greek, Cyrillic, CJK...)
        return text.translate(_FOLDED), text.translate(_SHAPE), text.translate(_SPACED)
    return (
        packed[0::4].decode("latin-1"),
        classes.translate(_SHAPE_OF_CLASS).decode("ascii"),
        packed[1::4].decode("latin-1"),
    )


@dataclass(frozen=True)
class Scan:
    text: str
    folded: str
    shape: str
    spaced: str  # " " + folded words, one space between them, + " "
    _cuts: tuple[int, ...] = ()  # where ``spaced`` dropped spaces, and how many so far
    _dropped: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str) -> Scan:
        """The scan of ``text`` (brought to NFC first: offsets are those of NFC text)."""
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        folded, shape, spaced_chars = _forms(text)
        raw = " " + spaced_chars + " "
        cuts: list[int] = []
        dropped: list[int] = []
        total = 0
        for gap in _GAPS.finditer(raw):
            total += gap.end() - gap.start() - 1
            cuts.append(gap.end() - total)
            dropped.append(total)
        spaced = _GAPS.sub(" ", raw) if cuts else raw
        return cls(
            text,
            folded,
            shape,
            spaced,
            tuple(cuts),
            tuple(dropped),
        )

    def spaced_slice(self, start: int, end: int) -> str:
        """The folded words of ``text[start:end]``."""
        return " ".join(self.text[start:end].translate(_SPACED).split())

    def offset(self, pos: int) -> int:
        """The offset in ``text`` of the character at ``pos`` in ``spaced``."""
        k = bisect.bisect_right(self._cuts, pos) - 1
        return pos - 1 + (self._dropped[k] if k >= 0 else 0)


@dataclass(frozen=True)
class Entry:
    """What a phrase stands for: ``group`` ("actor", "place", "country"), the id in it,
    and what the original text must look like there (``exact`` text, or capitals)."""

    group: str
    key: str
    exact: str | None = None
    upper: bool = False  # written in capitals (a short acronym)
    capital: bool = False  # begins with a capital letter (a proper name)
    payload: Any = None


class Match(NamedTuple):  # a tuple: tens of them an article, made 20 times faster
    start: int  # offsets in the original text
    end: int
    entries: tuple[Entry, ...]


class PhraseAutomaton:
    """Many phrases, found in one pass; a phrase may stand for several entries."""

    def __init__(self) -> None:
        self._entries: dict[str, list[Entry]] = {}
        self._automaton: Any = None
        # (id of a phrase's entries, text found) -> the entries that fit that text: names
        # come back in every article, and the checks depend on nothing else
        self._fitting: dict[tuple[int, str], tuple[Entry, ...]] = {}

    def add(self, phrase: str, entry: Entry) -> None:
        words = spaced_words(phrase)
        if not words:
            return
        self._entries.setdefault(words, []).append(entry)
        self._automaton = None

    def __len__(self) -> int:
        return len(self._entries)

    def _built(self) -> Any:
        if self._automaton is None:
            self._fitting = {}
            automaton = ahocorasick.Automaton()
            for words, entries in self._entries.items():
                automaton.add_word(f" {words} ", (len(words), tuple(entries)))
            if len(automaton):
                automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def matches(self, scan: Scan) -> list[Match]:
        """Every match, overlapping ones included, its entries checked against the text."""
        automaton = self._built()
        if not len(automaton):
            return []
        out: list[Match] = []
        text = scan.text
        offset = scan.offset
        fitting = self._fitting
        if len(fitting) > _MAX_FITTING:
            fitting.clear()
        for last, (length, entries) in automaton.iter(scan.spaced):
            # the key is " words ": its words are ``last - length .. last - 1`` in spaced
            start = offset(last - length)
            end = offset(last - 1) + 1
            surface = text[start:end]
            kept = fitting.get((id(entries), surface))
            if kept is None:
                kept = tuple(e for e in entries if _fits(e, surface))
                fitting[id(entries), surface] = kept
            if kept:
                out.append(Match(start, end, kept))
        return out


_MAX_FITTING = 100_000


def _fits(entry: Entry, surface: str) -> bool:
    if entry.exact is not None:
        return " ".join(surface.split()) == entry.exact
    if entry.upper:
        return surface.isupper()
    if entry.capital:
        return surface[:1].isupper()
    return True


def longest(matches: Iterable[Match], taken: list[tuple[int, int]] | None = None) -> list[Match]:
    """Non-overlapping matches, the longest first at each position; the spans in
    ``taken`` (non-overlapping, in any order) are left alone."""
    blocked = sorted(taken or [])
    starts = [a for a, _b in blocked]
    out: list[Match] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < last_end or _overlaps(blocked, starts, m.start, m.end):
            continue
        out.append(m)
        last_end = m.end
    return out


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does ``start:end`` overlap one of ``spans`` (sorted, non-overlapping)?"""
    i = bisect.bisect_left(starts, end) - 1  # the last span starting before ``end``
    return i >= 0 and spans[i][1] > start
