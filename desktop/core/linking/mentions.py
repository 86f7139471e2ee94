"""Names, acronyms, figures and quotations in a scanned text (see :mod:`.scan`).

Capitalised names and acronyms are read from the text's shape with one compiled pattern
each; figures and quotations from the folded and original text. Words already read as
a registry actor or a place (:class:`Covered`) are not read again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from desktop.core.linking.dates import DateMention
from desktop.core.linking.scan import Scan
from desktop.core.tagging.names import HONORIFICS

MAX_NAME_WORDS = 4
FIGURE_WEIGHT, YEAR_FIGURE_WEIGHT = 1.5, 0.5
QUOTE_WORDS = 8

# Ranks of police and armed forces, written before a name and left out of it (folded):
# "Brigjen Pol.", "Brigadier General", "general de brigada", "Thượng tá", "Kombes".
RANKS = frozenset(
    "brigjen brigadir irjen kombes akbp kompol iptu ipda aiptu bripka pol jenderal jeneral "
    "general gen brigadier brigada colonel col lieutenant lt major maj captain capt "
    "colonel coronel teniente comandante capitan commissaire commandant lieutenant "
    "thuong dai trung thieu ta tuong datuk dato datin tan sri seri tun haji hajah ir drs".split()
)
# Leading words that are articles or titles rather than part of a name (folded).
_LEADING = (
    RANKS
    | HONORIFICS
    | frozenset(
        "the a an la les l el los las il lo der die das de du des mr mrs ms mme mlle m dr prof "
        "ong ba cik encik puan tuan sr sra madame monsieur president ambassador ambassadeur "
        "minister ministre deputy vice pho thu truong dai su ngai "
        # titles and offices written before a name (en, fr, es, ms/id, vi)
        "chief head director directeur directrice directora representative representant "
        "secretary secretaire secretario general mission ministro viceministro embajador "
        "ketua pengarah timbalan menteri setiausaha duta bapak ibu pak bu datuk dato "
        "cuc vu bo giam doc chu tich ngay".split()
    )
)
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# A quotation of at least five words between quotation marks.
_QUOTE_MARKS = '“«„"'  # a quotation opens with one of them
_QUOTE = re.compile(r"[“«„\"]\s*([^“”«»„\"\n]{24,400}?)\s*[”»“\"]")
# Each pattern below begins with what its first character must be and only then looks
# behind it ("A(?<![Aa0_]A)" is "(?<![Aa0_])A"): the regex engine then skips ahead to
# the next such character instead of trying every position of the text.
_NUMBER = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?)(?![\w]|[.,]\d)")


_WORD_CHARS = "Aa0_"
# In the text's shape (see .scan): a run of capitalised words separated by single spaces.
# A capitalised word's letters after its capital: all of them (taken at once, never
# given back: a word is read in one way only) and at least one small letter among them;
# the same as "[Aa]*a[Aa]*" before something that is no letter, without the regex
# engine trying each shorter split of the word in turn.
_REST = r"(?=A*+a)[Aa]*+"
_CAPITALISED = rf"A{_REST}(?![Aa0_])"
_NAME_RUN = re.compile(rf"A(?<![Aa0_]A){_CAPITALISED[1:]}(?: {_CAPITALISED})+")
_ACRONYM = re.compile(r"A(?<![Aa0_]A)[A0_]{1,9}(?![Aa0_])")
# A hyphenated place name, the same in every language: "Équihen-Plage", "Boulogne-sur-Mer".
_COMPOUND = re.compile(rf"A(?<![Aa0_]A){_REST}(?:\.(?:a{{1,4}}\.){{0,2}}A{_REST})+(?![Aa0_])")
_HYPHENS = frozenset("-‐‑")
_FIGURES = re.compile("0+")  # in a shape
_SEPARATORS = re.compile(r"[.,\u00a0\u202f]")  # of thousands, or of decimals
_RUN_BEFORE = re.compile(r"A[Aa]*a[Aa]* $")  # a capitalised word right before: one name
_SHAPE_WORD = re.compile(r"[Aa0_]+")


class Covered:
    """Non-overlapping spans of the text already read as actors or places."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _b in ordered]
        self.ends = [b for _a, b in ordered]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def names(scan: Scan, covered: Covered) -> list[str]:
    """Folded multi-word capitalised names ("Phan Chí Thành" -> "phan chi thanh")."""
    out: list[str] = []
    folded, starts, ends = scan.folded, covered.starts, covered.ends
    for run in _NAME_RUN.finditer(scan.shape):
        start, end = run.span()
        i = bisect.bisect_left(starts, end) - 1  # the last span read starting before the end
        if i < 0 or ends[i] <= start:  # no word of the run was read: the run as it is
            name = folded[start:end]
            spaces = name.count(" ")
            if spaces == run.group().count(" "):  # (no letter folded to a space)
                first = name[: name.index(" ")]
                if first not in _LEADING and spaces < MAX_NAME_WORDS:
                    out.append(name)
                else:
                    _name_candidates(name.split(" "), out)
                continue
        words: list[str] = []
        pos = start
        for word in run.group().split(" "):
            k = bisect.bisect_right(starts, pos) - 1  # (``pos in covered``, inlined)
            if k >= 0 and pos < ends[k]:
                _name_candidates(words, out)
                words = []
            else:
                words.append(folded[pos : pos + len(word)])
            pos += len(word) + 1
        _name_candidates(words, out)
    for m in _COMPOUND.finditer(scan.shape):
        start, end = m.span()
        joints = [scan.text[i] for i in range(start, end) if scan.shape[i] == "."]
        before = _RUN_BEFORE.search(scan.shape, max(0, start - 40), start)
        in_run = scan.shape[end : end + 2] == " A" or before is not None
        if start not in covered and not in_run and all(ch in _HYPHENS for ch in joints):
            out.append(scan.folded[start:end])
    return out


def _name_candidates(run: list[str], out: list[str]) -> None:
    """The name in a run of capitalised words, without the titles before it."""
    while run and run[0] in _LEADING:
        run = run[1:]
    candidates = [run]
    if len(run) > MAX_NAME_WORDS:  # titles before a name: keep its likely tail
        candidates += [run[-MAX_NAME_WORDS:], run[-3:]]
        # and what follows its last title word ("Kenyataan Datuk Seri X Y" -> "x y")
        last = max((i for i, word in enumerate(run) if word in _LEADING), default=-1)
        if last >= 0:
            candidates.append(run[last + 1 :])
    for seq in candidates:
        if 2 <= len(seq) <= MAX_NAME_WORDS:
            out.append(" ".join(seq))


def _upper_word(shape: str) -> bool:
    return len(shape) > 1 and "A" in shape and "a" not in shape


def _neighbours(shape: str, start: int, end: int) -> int:
    """How many of the words right before and after ``start:end`` are in capitals."""
    count = 0
    before = shape[max(0, start - 40) : start].rstrip(" .")
    if before and before[-1] in _WORD_CHARS:
        word = _SHAPE_WORD.findall(before)[-1]
        count += _upper_word(word)
    after = _SHAPE_WORD.search(shape, end, end + 40)
    if after is not None and not shape[end : after.start()].strip(" ."):
        count += _upper_word(after.group())
    return count


def acronyms(scan: Scan, covered: Covered) -> list[str]:
    out: list[str] = []
    for m in _ACRONYM.finditer(scan.shape):
        start, end = m.span()
        word = scan.text[start:end]
        if start in covered or m.group().count("A") < 2 or _ROMAN.match(word):
            continue
        # a line written in capitals is not a list of acronyms
        neighbours = _neighbours(scan.shape, start, end)
        if neighbours >= 2 or (neighbours == 1 and len(word) <= 4 and not word.isascii()):
            continue
        out.append(scan.folded[start:end].upper())
    return out


def figures(
    folded: str, mentions: list[DateMention], shape: str | None = None
) -> list[tuple[str, float]]:
    """Non-trivial numbers outside dates, normalised ("1.000" -> "1000", "2,5" -> "2.5");
    ``shape``: the text's shape (see :mod:`.scan`), when known, to find them faster."""
    spans = [(m.pos, m.end) for m in mentions]
    out: list[tuple[str, float]] = []
    found = _NUMBER.finditer(folded) if shape is None else _numbers(folded, shape)
    for m in found:
        start = m.start()
        if spans and _inside(spans, start):
            continue
        if start >= 2 and folded[start - 1] in "-–" and folded[start - 2].isalpha():
            continue  # COVID-19, G-20
        raw = m.group(1)
        if raw.isdigit():  # no separator
            value = raw
        else:
            parts = _SEPARATORS.split(raw)
            if all(len(p) == 3 for p in parts[1:]):
                value = "".join(parts)
            elif len(parts) == 2:
                value = f"{int(parts[0])}.{parts[1]}"
            else:
                continue
        if "." in value:
            if float(value) == 0:
                continue
            out.append((value, FIGURE_WEIGHT))
            continue
        number = int(value)
        if number < 11:
            continue
        weight = YEAR_FIGURE_WEIGHT if 1900 <= number <= 2100 else FIGURE_WEIGHT
        out.append((str(number), weight))
    return out


def _numbers(folded: str, shape: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(folded)``, tried only where a run of figures begins in the
    shape: a number begins at a digit with no letter, figure, point or comma before it,
    so never inside such a run (any figure, "²" or "½" too, is a word character)."""
    pos = 0
    find, match, run = shape.find, _NUMBER.match, _FIGURES.match
    while (start := find("0", pos)) >= 0:
        found = match(folded, start)
        if found is not None:
            yield found
            pos = found.end()
        else:
            pos = run(shape, start).end()  # type: ignore[union-attr]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


def quotes(scan: Scan) -> list[str]:
    """The first words of each quotation, folded."""
    out: list[str] = []
    text = scan.text
    if not any(mark in text for mark in _QUOTE_MARKS):
        return out
    for m in _QUOTE.finditer(text):
        words = scan.spaced_slice(m.start(1), m.end(1)).split()
        if len(words) >= 5:
            out.append(" ".join(words[:QUOTE_WORDS]))
    return out
