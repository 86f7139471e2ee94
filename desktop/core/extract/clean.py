"""Remove site chrome from article text with general rules.

A line is chrome when it is made only of widget phrases, UI tokens and counters
(``resources/boilerplate.json``, many languages, matched on whole lines after
folding), a counter such as "Comment (0)", a programmer's placeholder such as
"noData", a copyright notice, or symbols only. Headings that open a block of chrome
("Related news", "Các tin khác", ...) and credit lines ("Source: ...", "(Theo ...)")
near the end cut what follows them when that is mostly not prose. In scraped text,
short lines without sentence punctuation at the very end (bylines, leftover labels)
and section names above the headline go too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop.core.extract import data
from desktop.core.extract.regex import case_blind
from desktop.core.extract.source import is_credit_line
from desktop.core.util.textfold import fold

_TERMINAL = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]›」』"
_COUNTER_TOKEN = re.compile(r"^[(\[]?\d[\d.,]*[kKmM]?[)\]]?$")
_COUNTER_LINE = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s?){1,4}[(\[]\s*\d[\d.,]*[kKmM]?\s*[)\]]$")
# A reading-time widget: "5 min read", "waktu baca 2 menit", "Lecture : 3 min", "3 phút đọc".
_READING_TIME = re.compile(
    r"^(?=.*\b(?:read|reading|lecture|lectura|leer|baca|membaca|bacaan|đọc)\b)"
    r"(?:[^\W\d_]+\s*:?\s*){0,3}\d{1,3}\s*(?:min|mins|minutes?|minit|menit|minutos?|phút)\.?"
    r"(?:\s+[^\W\d_]+){0,2}$",
    re.I,
)
# Words _READING_TIME needs, as substrings of theirs ("reading", "membaca", "minutes").
_READING_WORDS = ("read", "lecture", "lectura", "leer", "baca", "đọc")
_MINUTE_WORDS = ("min", "menit", "phút")


def _reads_minutes(line: str) -> bool:
    """A quick test that ``line`` may be a reading time: a reading word and a minute word."""
    lowered = case_blind(line)
    return any(w in lowered for w in _MINUTE_WORDS) and any(w in lowered for w in _READING_WORDS)


_CAMEL = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]+)+$|^[A-Z]+(?:_[A-Z]+)+$|^\{\{.*\}\}$|^\$\{.*\}$")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
# After "Copyright", "Bản quyền", ...: a © or a year makes the line a notice.
_NOTICE_AFTER_WORD = re.compile(r"[^©\d]{0,12}(?:©|\(c\)|(?:19|20)\d\d)")
# A font-size widget: "A- A A+", "A+ A-", "A A A" with at least one sign.
_FONT_WIDGET = re.compile(r"(?:^|\s)(?=[^\n]*[Aa][+-])[Aa][+-]?(?:\s+[Aa][+-]?){1,3}(?=\s|$)")
_FONT_SIGN = re.compile(r"[Aa][+-]")  # the widget has one: a quick first test
_MENU_SEPARATORS = re.compile(r"\s[|•·»›>/]\s|\s[|•·»›]|[|•·»›]\s")
_MAX_CHROME_TOKENS = 16
_MAX_CHROME_CHARS = 160
_MAX_NOTICE_CHARS = 500
_MAX_RIGHTS_LINE = 120  # "Tous droits réservés." stands on a short line
_SHORT_WORDS = 6
_PROSE_WORDS = 4
# Prose after a chrome heading near the end that is enough to keep what follows it.
_TAIL_PROSE_WORDS = 25
# A chrome heading cuts the rest only when it comes after this share of the text,
# and, when prose follows it, only after _TAIL_END of the text.
_TAIL_START = 0.4
_TAIL_END = 0.75
_TAIL_STOP_WORDS = 60
_HEAD_LABEL_WORDS = 3
# Editors' initials that sign off a story: "(rdp/knv)", "ro/mpv", "(ant/hs)".
_INITIALS = re.compile(r"^\(?[a-z]{2,5}(?:/[a-z]{2,5})+\)?\.?$")
_LINK_WORDS = 25
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[A-ZÀ-Ỹ]")
_RELATED_ITEM = re.compile(
    r"^\s*[-–•·»*▪◦]\s+\S.*[(\[](?:[^()\[\]]*?(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)[)\]]\s*$"
)
_HEAD_LINES = 6


@dataclass(frozen=True)
class _Vocabulary:
    phrases: frozenset[tuple[str, ...]]
    starts: frozenset[str]  # the first words of the phrases
    blocks: frozenset[str]
    tokens: frozenset[str]
    placeholders: frozenset[str]
    longest: int
    notice_words: tuple[str, ...]
    rights_reserved: tuple[str, ...]


def _key(text: str) -> str:
    return " ".join((text.lower() if text.isascii() else fold(text)).split())


@cache
def vocabulary() -> _Vocabulary:
    raw = data.load("boilerplate")
    phrases: set[tuple[str, ...]] = set()
    blocks: set[str] = set()
    for entry in raw["languages"].values():
        for phrase in entry.get("ui", []):
            phrases.add(tuple(_key(phrase).split()))
        for phrase in entry.get("blocks", []):
            key = _key(phrase)
            blocks.add(key)
            phrases.add(tuple(key.split()))
    phrases.discard(())
    return _Vocabulary(
        phrases=frozenset(phrases),
        starts=frozenset(p[0] for p in phrases),
        blocks=frozenset(blocks),
        tokens=frozenset(_key(t) for t in raw.get("ui_tokens", [])),
        placeholders=frozenset(_key(t) for t in raw.get("placeholders", [])),
        longest=max(len(p) for p in phrases),
        notice_words=tuple(w.lower() for w in raw.get("notice_words", [])),
        rights_reserved=tuple(p.lower() for p in raw.get("rights_reserved", [])),
    )


def _is_notice(line: str) -> bool:
    """A copyright or reuse notice: "© AFP 2024. ...", "Copyright © Reuters 2025",
    or a short line saying all rights are reserved (cheap tests first: this runs on
    every line)."""
    vocab = vocabulary()
    if line.startswith("©"):
        return True
    head = line[:40].lower()
    if head.startswith(vocab.notice_words) and _NOTICE_AFTER_WORD.match(head, head.find(" ") + 1):
        return True
    if len(line) > _MAX_RIGHTS_LINE:
        return False
    lowered = line.lower()
    return any(map(lowered.__contains__, vocab.rights_reserved))


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL and not stripped.endswith("...")


def _tokens(key: str) -> list[str]:
    out = []
    for token in key.split():
        trimmed = token.strip(":,;")
        out.append(trimmed or token)
    return out


def _covered(tokens: list[str], vocab: _Vocabulary) -> bool:
    """True when the tokens are a sequence of widget phrases, UI tokens and counters."""
    reach = [False] * (len(tokens) + 1)
    reach[0] = True
    for i, token in enumerate(tokens):
        if not reach[i]:
            continue
        if token in vocab.tokens or _COUNTER_TOKEN.match(token):
            reach[i + 1] = True
        if token not in vocab.starts:
            continue  # no phrase begins here
        for size in range(1, min(vocab.longest, len(tokens) - i) + 1):
            if tuple(tokens[i : i + size]) in vocab.phrases:
                reach[i + size] = True
    return reach[-1] and any(ch.isalpha() for ch in "".join(tokens))


def _is_menu(line: str) -> bool:
    parts = [p.strip() for p in re.split(r"[|•·»›]|\s>\s|\s/\s", line)]
    parts = [p for p in parts if p]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def is_chrome(line: str) -> bool:
    """True when a whole line is site furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) <= _MAX_NOTICE_CHARS and _is_notice(stripped):
        return True
    if len(stripped) > _MAX_CHROME_CHARS or ends_sentence(stripped):
        return False
    if not _ALNUM.search(stripped):
        return True
    counter = stripped[-1] in ")]" and _COUNTER_LINE.match(stripped)  # "Comments (3)"
    if counter or _CAMEL.match(stripped.rstrip(":;,. ")):
        return True
    if _DIGIT.search(stripped) and _reads_minutes(stripped) and _READING_TIME.match(stripped):
        return True
    if "A" in stripped and _FONT_SIGN.search(stripped) and _FONT_WIDGET.search(stripped):
        return True
    if stripped.count(" ") >= _MAX_CHROME_TOKENS:
        return bool(_MENU_SEPARATORS.search(stripped)) and _is_menu(stripped)
    if _INITIALS.match(stripped) or _is_labelled_list(stripped) or _is_related_item(stripped):
        return True
    vocab = vocabulary()
    key = _key(stripped)
    if key in vocab.placeholders:
        return True
    if _covered(_tokens(key), vocab):
        return True
    return bool(_MENU_SEPARATORS.search(stripped)) and _is_menu(stripped)


def is_widgets(line: str) -> bool:
    """A line made only of widget phrases, UI tokens and counters ("Share | Tweet |
    Email", "A- A A+ | Print"), as opposed to a menu of the site's sections."""
    stripped = line.strip()
    return bool(stripped) and _covered(_tokens(_key(stripped)), vocabulary())


def _is_labelled_list(line: str) -> bool:
    """ "Tags: a, b, c", "Từ khóa: a | b", "Baca juga: <a headline> (02/10/2023)": a
    widget label or a chrome heading, a colon, and a list or a linked headline."""
    head, colon, rest = line.partition(":")
    if not colon or not rest.strip() or len(head.split()) > 4:
        return False
    key = _key(head)
    vocab = vocabulary()
    if key in vocab.blocks:
        return len(rest.split()) <= _LINK_WORDS and not _SENTENCE_INSIDE.search(rest.strip())
    if tuple(key.split()) not in vocab.phrases:
        return False
    items = [p for p in re.split(r"\s*[|,;•·]\s*", rest.strip()) if p]
    return len(items) >= 2 and all(len(p.split()) <= _SHORT_WORDS for p in items)


def _is_related_item(line: str) -> bool:
    """ "- Another headline (12/12/2023)": a bulleted headline with its date."""
    return bool(_RELATED_ITEM.match(line)) and len(line.split()) <= _LINK_WORDS + 6


def is_block_heading(line: str) -> bool:
    stripped = line.strip().rstrip(":")
    if not stripped or len(stripped) > 80 or ends_sentence(stripped):
        return False
    return _key(stripped) in vocabulary().blocks


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return (ends_sentence(line) and words >= _PROSE_WORDS) or words >= 40


def _is_short_label(line: str) -> bool:
    return (
        len(line.split()) <= _SHORT_WORDS
        and not ends_sentence(line)
        and not any(ch.isdigit() for ch in line)
        and not is_credit_line(line)
    )


def _tail_start(lines: list[str]) -> int:
    """Where trailing chrome begins: at a chrome heading ("Related news", "Các tin
    khác") or after a credit line ("Source: ...", "(Theo ...)") in the last part of
    the text, when what follows is mostly not prose (headline lists, labels, forms) or
    is only a few words at the very end. ``len(lines)`` when there is none."""
    end = len(lines)
    total = sum(len(line) + 1 for line in lines)
    before = total
    prose_words = prose_lines = other_lines = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        before -= len(line) + 1
        if not line:
            continue
        heading = is_block_heading(line)
        if heading or is_credit_line(line):
            mostly_chrome = prose_lines < other_lines or prose_lines == 0
            little_at_end = prose_words < _TAIL_PROSE_WORDS and before >= _TAIL_END * total
            if before >= _TAIL_START * total and (mostly_chrome or little_at_end):
                end = i if heading else i + 1
        if _is_prose(line):
            prose_words += len(line.split())
            prose_lines += 1
            if prose_words >= _TAIL_STOP_WORDS:
                break
        else:
            other_lines += 1
    return end


def _is_head_label(line: str) -> bool:
    return (
        len(line.split()) <= _HEAD_LABEL_WORDS
        and not ends_sentence(line)
        and not any(ch.isdigit() for ch in line)
        and not is_credit_line(line)
    )


def drop_head_labels(lines: list[str]) -> list[str]:
    """Section names and breadcrumbs above a headline ("Thời sự", "Nation"): short
    lines before the first line of four words or more, when that line is a headline
    (no sentence end) rather than a lead paragraph, whose title they might be."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if len(line.split()) > _HEAD_LABEL_WORDS:
            if i == 0 or ends_sentence(line) or len(line.split()) > 30:
                return lines
            if all(not above or _is_head_label(above) for above in lines[:i]):
                return lines[i:]
            return lines
    return lines


def clean_text(text: str, *, trim_tail: bool = True) -> str:
    """The article text without site chrome; ``text`` must already be normalised.

    ``trim_tail`` drops short unpunctuated lines at the very end (leftover labels of a
    scraped page); documents with a structure of their own (Word, PDF, web pages read
    by trafilatura) keep them, as they may end with a table or a list."""
    lines = text.split("\n")
    # 1. A chrome heading or a credit line near the end cuts the chrome after it.
    end = _tail_start(lines)
    kept = [
        line for line in lines[:end] if not line or not (is_chrome(line) or is_block_heading(line))
    ]
    # 2. Leftover short labels at the very end (bylines, form labels, headings of nothing)
    # and section names above the headline.
    while kept and (not kept[-1] or (trim_tail and _is_short_label(kept[-1]))):
        kept.pop()
    if trim_tail:
        kept = drop_head_labels(kept)
    # 3. At most one blank line in a row, none at the edges.
    out: list[str] = []
    for line in kept:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out).strip()
