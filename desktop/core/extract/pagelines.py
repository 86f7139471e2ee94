"""The shape of a page's lines, as far as dates are concerned.

A scraped page mixes the article with chrome that carries dates of its own: a top bar
with the day the page was saved ("Thứ Năm, 03/12/2026 | Đăng nhập"), lists of related
articles each with its date, copyright years. This module tells, from the shape of the
lines only (no site names), which lines are date lines (a date with nothing but weekday
names, times, time zones, publication labels and chrome items around it), which are
items of a list, and where the first paragraph of the article starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from desktop.core.extract import data
from desktop.core.extract.date_patterns import weekday_names
from desktop.core.extract.dates import Mention
from desktop.core.util.textfold import fast_fold

_SEPARATORS = re.compile(r"\s*(?:[|•●·▪◆■—]|\s[–/-]{1,2}\s)\s*")  # "Place / 11.09.2025"
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?!\d)|(?<!\w)\d{1,2}\s*[ap]\.?m\.?(?!\w)",
    re.I,
)
_BAR_CHARS = "|•●·▪◆■"
_BULLET_STARTS = frozenset("-•*·–—▪►»✓0123456789")
_BULLET = re.compile(r"^\s*(?:[-•*·–—▪►»✓]|\d{1,2}[.)])\s+")
_NON_WORD = re.compile(r"[^\w\s]|_")
_DIGIT = re.compile(r"\d")
_MAX_LEFTOVER = 2  # words besides the date in a date line's own segment ("Jakarta")
_MAX_CHROME_WORDS = 5  # words of each other segment of a date line ("Đăng nhập", "Chia sẻ")
PARAGRAPH_WORDS = 10


class Line(NamedTuple):  # a tuple: built for every line of every page, it must be cheap
    # (the field hides tuple.index(), which nothing calls on a line)
    index: int  # type: ignore[assignment]  # among non-empty lines
    start: int
    end: int
    words: int
    bars: int  # "|", "•": the separators of navigation bars
    bullet: bool


@dataclass(frozen=True)
class DateLine:
    """A full date standing on a line of its own (or in its own segment of one)."""

    mention: Mention
    line: Line
    labelled: bool  # a publication label just before it ("Publié le", "Ngày đăng:")
    timed: bool  # a time of day on the line ("17:40", "9:05am")
    chrome: int  # other segments on the line ("Đăng nhập", "E-paper")
    updated: bool = False  # its label is an update label ("Mis à jour", "Dikemaskini")


def _folded_set(source: str, *keys: str) -> tuple[str, ...]:
    words = {" ".join(fast_fold(w).split()) for key in keys for w in data.strings(source, key)}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _labels() -> tuple[str, ...]:
    """Publication and update labels, folded, longest first."""
    return _folded_set("metadata_cues", "published_labels", "updated_labels")


@cache
def _update_labels() -> tuple[str, ...]:
    return _folded_set("metadata_cues", "updated_labels")


@cache
def _zones() -> tuple[str, ...]:
    """Time zones and clock words ("WIB", "lúc", "tengah hari"), folded, longest first."""
    return _folded_set("date_words", "time_zones")


@cache
def _label_pattern() -> re.Pattern[str]:
    """Any publication or update label, as written or folded, case-free."""
    keys = ("published_labels", "updated_labels")
    words = [w for key in keys for w in data.strings("metadata_cues", key)]
    forms = {f for w in words for f in (" ".join(w.lower().split()), *_labels())}
    ordered = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their offsets and shape (``text`` in normal
    form: single spaces, none at line edges)."""
    out: list[Line] = []
    start = 0
    barred = any(b in text for b in _BAR_CHARS)  # most pages have no bar at all
    for line in text.split("\n"):
        end = start + len(line)
        if line:
            words = line.count(" ") + 1
            bars = sum(line.count(b) for b in _BAR_CHARS) if barred else 0
            bullet = line[0] in _BULLET_STARTS and bool(_BULLET.match(line))
            out.append(Line(len(out), start, end, words, bars, bullet))
        start = end + 1
    return out


def timed(text: str, line: Line) -> bool:
    """A time of day on ``line`` ("17:40", "9:05am", "06h30")."""
    return bool(_TIME.search(text, line.start, line.end))


def is_paragraph(line: Line) -> bool:
    return line.words >= PARAGRAPH_WORDS and line.bars < 3 and not line.bullet


def _segment(text: str, line: Line, mention: Mention) -> tuple[int, int, int] | None:
    """The separator-delimited segment of ``line`` holding ``mention`` and how many
    other segments the line has; None when another segment is prose (a dateline
    opening a paragraph: "HANOI, 12 December 2023 – Making ...")."""
    cuts = [line.start]
    for match in _SEPARATORS.finditer(text, line.start, line.end):
        if match.end() <= mention.start or match.start() >= mention.end:
            cuts.append(match.start())
            cuts.append(match.end())
    cuts.append(line.end)
    bounds = list(zip(cuts[::2], cuts[1::2], strict=False))
    start, end = line.start, line.end
    for a, b in bounds:
        if a <= mention.start and mention.end <= b:
            start, end = a, b
    others = [text[a:b] for a, b in bounds if (a, b) != (start, end) and text[a:b].strip()]
    if any(len(other.split()) > _MAX_CHROME_WORDS for other in others):
        return None
    return start, end, len(others)


@cache
def _weekdays_longest_first(languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(weekday_names(languages), key=lambda name: (-len(name), name)))


@dataclass(frozen=True)
class _Dropped:
    """The phrases :func:`_leftover` takes out, in their order, and by word."""

    phrases: tuple[tuple[str, bool, frozenset[str]], ...]  # (" phrase ", repeated, its words)
    by_word: dict[str, tuple[int, ...]]  # a word -> the phrases that hold it


@cache
def _dropped(languages: tuple[str, ...]) -> _Dropped:
    phrases = [(f" {name} ", False) for name in _weekdays_longest_first(languages)]
    phrases += [(f" {phrase} ", True) for phrase in (*_labels(), *_zones())]
    out = tuple((padded, repeated, frozenset(padded.split())) for padded, repeated in phrases)
    by_word: dict[str, list[int]] = {}
    for k, (_padded, _repeated, words) in enumerate(out):
        for word in words:
            by_word.setdefault(word, []).append(k)
    return _Dropped(out, {word: tuple(ks) for word, ks in by_word.items()})


def _leftover(words: str, languages: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that are no weekday name, label, time zone or number."""
    untimed = _TIME.sub(" ", words) if _DIGIT.search(words) else words  # a time has digits
    folded = " " + " ".join(_NON_WORD.sub(" ", fast_fold(untimed)).split()) + " "
    dropped = _dropped(languages)
    # Taking phrases out only removes words: a phrase whose words are not all in the
    # text at first never appears, so only the others are tried (in the same order).
    present = set(folded.split())
    tried: set[int] = set()
    for word in present:
        tried.update(dropped.by_word.get(word, ()))
    for k in sorted(tried):
        padded, repeated, needed = dropped.phrases[k]
        if not needed <= present:
            continue
        if not repeated:
            folded = folded.replace(padded, " ")
            continue
        while padded in folded:
            folded = folded.replace(padded, " ")
    return [w for w in folded.split() if not w.isdigit()]


def _label_of(
    before: str, labels: Sequence[str] | None = None, languages: tuple[str, ...] = ()
) -> str | None:
    """The label that ``before`` ends with, if any, a weekday name after it aside
    ("Published: Monday,", "Publié le mercredi")."""
    folded = " ".join(_NON_WORD.sub(" ", fast_fold(before)).split())
    if languages:
        for name in _weekdays_longest_first(languages):
            if folded == name or folded.endswith(" " + name):
                folded = folded[: -len(name)].rstrip()
                break
    if not folded:
        return None
    for label in labels if labels is not None else _labels():
        if folded == label or folded.endswith(" " + label):
            return label
    return None


_MAX_BYLINE_NAMES = 5


@cache
def _byline_opening() -> re.Pattern[str]:
    words = sorted(data.strings("metadata_cues", "byline_words"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{body})\s*:?\s+", re.I)


def _without_byline(after: str) -> str:
    """What follows a date in its segment, less a byline closing it ("November 19, 2025
    by MND Staff", "3 mai 2024 par Jean Dupont"): a byline word and a few capitalised
    names, nothing else."""
    rest = after.lstrip(" ,;")
    opening = _byline_opening().match(rest)
    if opening is None:
        return after
    names = rest[opening.end() :].split()
    if 0 < len(names) <= _MAX_BYLINE_NAMES and all(n[0].isupper() for n in names):
        return ""
    return after


def list_item(text: str, line: Line, mention: Mention | None = None) -> bool:
    """A line of a list of links: a bullet, or a title followed by its date in
    parentheses or after a dash ("Some headline (05/10/2023)", "Headline — Feb 20, 2025")."""
    if line.bullet:
        return True
    if mention is None or line.words < 5:
        return False
    tail = text[mention.end : line.end].strip(" )]")
    head = text[line.start : mention.start].rstrip()
    return not tail and (head.endswith("(") or head.endswith("—") or head.endswith(" -"))


def _labelled_dates(
    text: str, line: Line, mentions: Sequence[Mention], key: tuple[str, ...]
) -> DateLine | None:
    """A line of several "label + date + time" segments ("Published 3 May 2024, 9:10,
    updated 4 May 2024, 8:00"): the earliest date, preferably one not labelled as an
    update, is the publication's; the others are neither publication nor event. None
    unless every full date of the line has its own label."""
    full = [m for m in mentions if m.year is not None and m.day is not None]
    if len(full) < 2 or list_item(text, line, full[0]):
        return None
    starts: list[int] = []
    updated: list[bool] = []
    previous = line.start
    for mention in full:
        found = list(_label_pattern().finditer(text, previous, mention.start))
        if not found or _leftover(text[found[-1].end() : mention.start], key):
            return None
        starts.append(found[-1].start())
        updated.append(_label_of(found[-1].group(), _update_labels()) is not None)
        previous = mention.end
    if len(_leftover(text[line.start : starts[0]], key)) > _MAX_LEFTOVER:
        return None
    chrome = 0
    for k, mention in enumerate(full):
        end = starts[k + 1] if k + 1 < len(full) else line.end
        cut = _SEPARATORS.search(text, mention.end, end)
        if cut is not None:
            chrome += k + 1 == len(full) and bool(text[cut.end() : end].strip())
            end = cut.start()
        rest = text[starts[k] : mention.start] + " " + text[mention.end : end]
        if len(_leftover(rest, key)) > _MAX_LEFTOVER:
            return None
    dated = [(m.date, u, m) for m, u in zip(full, updated, strict=True) if m.date is not None]
    if not dated:
        return None
    _date, _updated, best = min(dated, key=lambda item: (item[1], item[0]))
    timed = bool(_TIME.search(text, line.start, line.end))
    return DateLine(best, line, True, timed, chrome, False)


def date_lines(
    text: str, page_lines: Sequence[Line], mentions: Sequence[Mention], languages: Sequence[str]
) -> list[DateLine]:
    """Every line (or line segment) that is a full date with only labels, weekdays,
    times and chrome around it; list items are left out."""
    key = tuple(dict.fromkeys(["en", *languages]))
    out: list[DateLine] = []
    i = 0
    for line in page_lines:
        while i < len(mentions) and mentions[i].start < line.start:
            i += 1
        j = i
        while j < len(mentions) and mentions[j].start < line.end:
            j += 1
        several = _labelled_dates(text, line, mentions[i:j], key) if j - i > 1 else None
        if several is not None:
            out.append(several)
            continue
        j = i
        while j < len(mentions) and mentions[j].start < line.end:
            mention = mentions[j]
            j += 1
            if mention.year is None or mention.day is None or list_item(text, line, mention):
                continue
            segment = _segment(text, line, mention)
            if segment is None:
                continue
            start, end, others = segment
            before, after = text[start : mention.start], text[mention.end : end]
            after = _without_byline(after)
            if len(_leftover(before + " " + after, key)) > _MAX_LEFTOVER:
                continue
            label = _label_of(before, None, key)
            labelled = label is not None
            timed = bool(
                _TIME.search(text, mention.end, line.end)
                or _TIME.search(text, line.start, mention.start)
            )
            updated = label is not None and label in _update_labels()
            out.append(DateLine(mention, line, labelled, timed, others, updated))
            break
    return out


_SENTENCE_END = re.compile(r"[.!?:;…\"”»)]\s*$")


def headline_line(text: str, page_lines: Sequence[Line], title: str) -> Line | None:
    """The line holding the article's headline, when it is among the first lines."""
    headline = " ".join(fast_fold(title).split())
    if not headline:
        return None
    for line in page_lines[:_HEADLINE_LINES]:
        if _reads_as(text[line.start : line.end], headline):
            return line
    return None


_HEADLINE_LINES = 20


def _reads_as(line: str, folded: str) -> bool:
    """``line`` folded, its spaces collapsed, is ``folded``. Folding maps each character
    on its own, so the head of a line folded is never longer than the whole: a line
    longer than ``folded`` is told apart by folding its head only."""
    if len(line) > len(folded) + 1:
        head = " ".join(fast_fold(line[: len(folded) + 1]).split())
        if len(head) > len(folded):
            return False
    return " ".join(fast_fold(line).split()) == folded


_NAV_BARS = 3  # separators of a navigation bar ("News | World | Business | Sport")
_MASTHEAD_LINES = 8


def navigation_bar(page_lines: Sequence[Line]) -> Line | None:
    """The first navigation bar among the first lines of the page."""
    for line in page_lines[:_MASTHEAD_LINES]:
        if line.bars >= _NAV_BARS and not line.bullet:
            return line
    return None


def lead_line(
    text: str,
    page_lines: Sequence[Line],
    skip: set[int],
    title: str = "",
    headline_at: Line | None = None,
) -> Line | None:
    """The first paragraph of the article: the first line of running text (a sentence,
    or a paragraph wrapped over several lines) that is not the title, a date line, a
    list item or a navigation bar, and is below the headline (when its line is known)
    or the navigation bar (a masthead "OUTLET - tagline" above it is no paragraph)."""
    headline = " ".join(fast_fold(title).split())
    above = headline_at or navigation_bar(page_lines)
    for k, line in enumerate(page_lines):
        if line.index in skip or not is_paragraph(line):
            continue
        if above is not None and line.index <= above.index:
            continue
        body = text[line.start : line.end]
        if headline and _reads_as(body, headline):
            continue
        following = page_lines[k + 1] if k + 1 < len(page_lines) else None
        wrapped = following is not None and following.words >= 8 and following.start - line.end <= 1
        if _SENTENCE_END.search(body) or wrapped or line.words >= 25:
            return line
    return None


_MAX_ITEM_WORDS = 25


def listed_lines(page_lines: Sequence[Line], found: Sequence[DateLine]) -> set[int]:
    """Lines that are items of a list: short bulleted lines, and runs of consecutive
    unlabelled date lines with different dates (a list of links, each with its date)."""
    listed = {line.index for line in page_lines if line.bullet and line.words <= _MAX_ITEM_WORDS}
    for a, b in zip(found, found[1:], strict=False):
        if (
            b.line.index == a.line.index + 1
            and not (a.labelled or b.labelled)
            and a.mention.date != b.mention.date
        ):
            listed.update((a.line.index, b.line.index))
    return listed
