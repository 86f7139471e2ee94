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
import codecs
import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
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


_GAPS = re.compile(r"(  +)")


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
_GROWS = 0x08  # added to the class of a character that does not fold to exactly one


class _PackedTable(dict[int, str]):
    """``str.translate`` table giving the three forms of a character at once: one code
    point holding its folded character (first byte of its UTF-32), its spaced character
    (second) and its shape class (third, with ``_GROWS`` added when the character does
    not fold to exactly one: ß, œ, a lone mark). Translating a text that is not ASCII
    costs a dictionary look-up per character: one pass instead of three."""

    def __missing__(self, code: int) -> str:
        folded, spaced, shape = ord(_FOLDED[code]), ord(_SPACED[code]), _SHAPE[code]
        if folded > 0xFF or spaced > 0xFF:
            value = chr(_UNFIT << 16)
        else:  # the class, at least 1, keeps the code point clear of the surrogates
            kind = _SHAPES.index(shape) + 1 + (0 if len(fold(chr(code))) == 1 else _GROWS)
            value = chr(folded | spaced << 8 | kind << 16)
        self[code] = value
        return value


_PACKED = _PackedTable()
# The characters _PACKED has seen, in a plain dict: ``str.translate`` looks a character
# up in it a third faster than in a dict with ``__missing__``. A character it lacks is
# left as it is, which shows: a character of the first plane then has class 0 (a packed
# one never has), and one beyond it is caught by the length of the text in UTF-16.
_PACKED_SEEN: dict[int, str] = {}
_SHAPE_OF_CLASS = bytes(  # class (flag or not) -> shape character
    ord(_SHAPES[(i & ~_GROWS) - 1]) if 1 <= i & ~_GROWS <= len(_SHAPES) else 0 for i in range(256)
)
_GROWN = re.compile(b"[%c-%c]" % (_GROWS + 1, _GROWS + len(_SHAPES)))


class _Alphabet:
    """Up to 255 characters (and NUL), each given a byte by a charmap codec (one C table
    look-up per character, many times faster than ``str.translate`` with a dict), and
    the forms of each as tables of those bytes: a text written in the alphabet gets its
    forms by decoding or translating those bytes."""

    def __init__(self, chars: str) -> None:
        table = ["\x00"] + ["\ufffe"] * 255  # (NUL first: else the codec takes a dict)
        kept = [ch for ch in dict.fromkeys(chars) if "\x00" < ch <= "\uffff"][:255]
        table[1 : len(kept) + 1] = kept
        self.codec = codecs.charmap_build("".join(table))
        self.folded = "".join(_FOLDED[ord(ch)] for ch in table)
        self.spaced = "".join(_SPACED[ord(ch)] for ch in table)
        self.shape = "".join(_SHAPE[ord(ch)] for ch in table).encode("ascii")
        # the bytes of the characters that do not fold to exactly one
        self.grown = bytes(i for i, ch in enumerate(table) if len(fold(ch)) != 1)
        self._grown = re.compile(b"[%s]" % re.escape(self.grown))

    def forms(self, text: str) -> tuple[str, str, str, tuple[int, ...]] | None:
        """What :func:`_forms` gives, None when ``text`` is not written in the alphabet."""
        try:
            data = codecs.charmap_encode(text, "strict", self.codec)[0]
        except UnicodeEncodeError:
            return None
        grown: tuple[int, ...] = ()
        if self.grown and len(data.translate(None, self.grown)) != len(data):
            grown = tuple(m.start() for m in self._grown.finditer(data))
        return (
            codecs.charmap_decode(data, "strict", self.folded)[0],
            data.translate(self.shape).decode("ascii"),
            codecs.charmap_decode(data, "strict", self.spaced)[0],
            grown,
        )


def _vietnamese_letters() -> str:
    bases = ("a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u")
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    small = [
        unicodedata.normalize("NFC", base + tone)
        for base in (*bases, "u\u031b", "y")
        for tone in tones
    ]
    return "".join(ch + ch.upper() for ch in small if not ch.isascii()) + "đĐ"


_ASCII = "".join(map(chr, range(1, 128)))
_MARKS = "\xa0“”‘’‚„–—…«»°·•€™\u2009\u200b\u202f"  # signs common beyond ASCII
# Texts in Western European languages (Latin-1 and the letters and signs of Windows-1252)
# and texts in Vietnamese: all but a few of the articles an archive reads.
_ALPHABETS = (
    _Alphabet(_ASCII + bytes(range(0x80, 0x100)).decode("cp1252", "ignore") + _MARKS),
    _Alphabet(_ASCII[8:13] + _ASCII[31:126] + _vietnamese_letters() + _MARKS + "çÇ"),
)


def _forms(text: str) -> tuple[str, str, str, tuple[int, ...] | None]:
    """(folded, shape, spaced without its padding, offsets of the characters that do
    not fold to exactly one, None when not known) of ``text``."""
    if text.isascii():  # folding an ASCII character is lower-casing it
        data = text.encode("ascii")
        spaced = data.translate(_SPACED_ASCII).decode("ascii")
        return text.lower(), data.translate(_SHAPE_ASCII).decode("ascii"), spaced, ()
    for alphabet in _ALPHABETS:
        found = alphabet.forms(text)
        if found is not None:
            return found
    # A lone surrogate (text decoded with surrogateescape, a JSON "\\ud800") is kept
    # as it is until the full table has seen it.
    packed = text.translate(_PACKED_SEEN).encode("utf-32-le", "surrogatepass")
    classes = packed[2::4]
    if 0 in classes or len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        packed = text.translate(_PACKED).encode("utf-32-le")  # fills the table
        classes = packed[2::4]
        if len(_PACKED_SEEN) != len(_PACKED):
            _PACKED_SEEN.update(_PACKED)
    if _UNFIT in classes:  # a letter folding outside Latin-1 (Greek, Cyrillic, CJK...)
        return text.translate(_FOLDED), text.translate(_SHAPE), text.translate(_SPACED), None
    return (
        packed[0::4].decode("latin-1"),
        classes.translate(_SHAPE_OF_CLASS).decode("ascii"),
        packed[1::4].decode("latin-1"),
        tuple(m.start() for m in _GROWN.finditer(classes)),
    )


@dataclass(frozen=True)
class Scan:
    text: str
    folded: str
    shape: str
    spaced: str  # " " + folded words, one space between them, + " "
    _cuts: tuple[int, ...]  # where ``spaced`` dropped spaces, and how many so far
    _dropped: tuple[int, ...]
    # offsets of the characters that do not fold to exactly one (ß, œ, a lone mark),
    # None when not known
    grown: tuple[int, ...] | None = None

    @classmethod
    def of(cls, text: str) -> Scan:
        """The scan of ``text`` (brought to NFC first: offsets are those of NFC text)."""
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        folded, shape, spaced_chars, grown = _forms(text)
        # words and the gaps between them (two spaces or more) in turn, in one pass
        parts = _GAPS.split(" " + spaced_chars + " ")
        if len(parts) == 1:
            return cls(text, folded, shape, parts[0], (), (), grown)
        gaps = parts[1::2]
        # each gap keeps one space: the spaces dropped up to each gap's end, and where
        # that end falls in ``spaced``
        dropped = tuple(accumulate([len(gap) - 1 for gap in gaps]))
        ends = list(accumulate(map(len, parts)))[1::2]
        cuts = tuple(map(operator.sub, ends, dropped))
        return cls(text, folded, shape, " ".join(parts[0::2]), cuts, dropped, grown)

    def fold(self, start: int, end: int) -> str | None:
        """``fold(text[start:end])``, made from the folded form (None when the
        characters that do not fold to one are not known)."""
        if self.grown is None:
            return None
        lo = bisect.bisect_left(self.grown, start)
        hi = bisect.bisect_left(self.grown, end)
        if lo == hi:
            return self.folded[start:end]
        pieces = []
        pos = start
        for at in self.grown[lo:hi]:
            pieces += [self.folded[pos:at], fold(self.text[at])]
            pos = at + 1
        pieces.append(self.folded[pos:end])
        return "".join(pieces)

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
                free = all(_fits_anything(e) for e in entries)
                automaton.add_word(f" {words} ", (len(words), tuple(entries), free))
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
        cuts, dropped = scan._cuts, scan._dropped
        bisect_right = bisect.bisect_right
        new = tuple.__new__
        fitting = self._fitting
        if len(fitting) > _MAX_FITTING:
            fitting.clear()
        for last, (length, entries, free) in automaton.iter(scan.spaced):
            # the key is " words ": its words are ``last - length .. last - 1`` in spaced,
            # at ``Scan.offset`` of those in the text (inlined: tens of matches a text)
            first = last - length
            k = bisect_right(cuts, first) - 1
            start = first - 1 + (dropped[k] if k >= 0 else 0)
            k = bisect_right(cuts, last - 1) - 1
            end = last - 1 + (dropped[k] if k >= 0 else 0)
            if free:  # entries that fit whatever the text looks like there
                out.append(new(Match, (start, end, entries)))
                continue
            surface = text[start:end]
            kept = fitting.get((id(entries), surface))
            if kept is None:
                kept = tuple(e for e in entries if _fits(e, surface))
                fitting[id(entries), surface] = kept
            if kept:
                out.append(new(Match, (start, end, kept)))
        return out


_MAX_FITTING = 100_000


def _fits_anything(entry: Entry) -> bool:
    return entry.exact is None and not entry.upper and not entry.capital


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
