"""The outlet as the page names itself: its masthead above the navigation bar and the
holder named by its copyright footer ("© 2024 X. All rights reserved.",
"Bản quyền thuộc về X", "Hak Cipta © 2023 X", "Editor: Y. © X."). Words come from
``resources/metadata_cues.json`` ("copyright_words")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from desktop.core.extract import data, layout
from desktop.core.extract.clean import ends_sentence
from desktop.core.extract.regex import case_blind, trie_pattern
from desktop.core.extract.source import Finding
from desktop.core.util.textfold import fold

_YEARS = re.compile(r"^(?:(?:19|20)\d\d\s*(?:[-–—/]\s*(?:19|20)\d\d)?[\s,.]*)+")
_TRAILING_YEARS = re.compile(r"[\s,]*(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)\d\d)?\s*$")
# Where the holder's name ends: a sentence end, a separator, a comma.
_NAME_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z]{2})\.(?:\s|$)|\s[-–—|]\s|,\s|;|\s\(\s*(?:19|20)")
# Where a segment of a footer line begins: after a sentence end or a separator
# ("Editor: X. © Y.", "Editor: X | © Y", "Contact – © Y").
_SEGMENT_START = re.compile(r"(?:[.!?;|•·]|\s[-–—])\s+")
_BY = re.compile(r"^(?:by|oleh)\s+", re.I)
_MARKED = re.compile(r"©|\(c\)|\w\s+\w", re.I)
_TAIL_LINES = 8
_MAX_NAME_WORDS = 8


@cache
def _copyright() -> tuple[re.Pattern[str], tuple[str, ...]]:
    words = sorted(data.strings("metadata_cues", "copyright_words"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    opening = re.compile(r"^(?:\s*(?:" + alternation + r")\s*[:.]?\s*)+", re.I)
    rights = tuple(fold(w) for w in words if len(w) > 12)
    return opening, rights


@cache
def _opens_notice() -> re.Pattern[str]:
    """A copyright word after spaces, where matched (a trie: a quick first test)."""
    words = data.strings("metadata_cues", "copyright_words")
    return re.compile(r"\s*(?:" + trie_pattern(words) + ")", re.I)


@cache
def _notice_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in data.strings("metadata_cues", "copyright_words"))


def _names_notice(line: str) -> bool:
    """A copyright word anywhere, in any case (as the patterns match one): a line
    without one holds no notice."""
    lowered = case_blind(line)
    return any(word in lowered for word in _notice_words())


def copyright_holder(line: str) -> str | None:
    """The holder named by a copyright notice anywhere in a footer line, at its start
    or after a sentence end or a separator: "Copyright © 2024 Harbour Post. All
    Rights Reserved." -> "Harbour Post"; "Editor: Jane Roe. © Daily Example." ->
    "Daily Example"."""
    if not _names_notice(line):
        return None
    opens = _opens_notice()
    for start in (0, *(m.end() for m in _SEGMENT_START.finditer(line))):
        if not opens.match(line, start):
            continue
        holder = _holder_at(line[start:], marked=start > 0)
        if holder:
            return holder
    return None


def _holder_at(line: str, *, marked: bool = False) -> str | None:
    """The holder named by a notice that opens ``line``; with ``marked``, only a
    notice with a sign, a year or a phrase of several words ("© X", "Copyright 2024
    X", "Bản quyền thuộc X"), not a sentence that begins with the word "Copyright"."""
    opening, rights = _copyright()
    head = opening.match(line)
    if head is None or head.end() == 0:
        return None
    rest = line[head.end() :]
    if marked and not _MARKED.search(head.group(0)) and not _YEARS.match(rest.strip()):
        return None
    rest = opening.sub("", _YEARS.sub("", rest.strip()))  # "© 2023 Bản quyền thuộc ..."
    rest = _BY.sub("", _YEARS.sub("", rest.strip()))  # "© 2024 by X"
    cut = _NAME_END.search(rest)
    name = (rest[: cut.start()] if cut else rest).strip(" .,:;")
    name = _TRAILING_YEARS.sub("", name).strip(" .,:;")
    folded = fold(name)
    if not name or any(folded.startswith(r) for r in rights) or folded in ("by",):
        return None
    if len(name.split()) > _MAX_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return None
    return without_company_form(name)


_SHORT_FORM = 2


def _form_key(word: str) -> str:
    return fold(word).replace(".", "").strip(",;")


@cache
def _company_forms() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    def forms(key: str) -> tuple[tuple[str, ...], ...]:
        written = data.strings("metadata_cues", key)
        found = {tuple(_form_key(w) for w in form.split()) for form in written}
        return tuple(sorted(found, key=len, reverse=True))  # longest first

    return forms("company_forms_before"), forms("company_forms_after")


def _is_form(words: list[str], form: tuple[str, ...]) -> bool:
    if [_form_key(w) for w in words] != list(form):
        return False
    # "SA", "PT", "Co" only with a capital: "se", "co" may be words of a name
    return len(form) > 1 or len(form[0]) > _SHORT_FORM or words[0][:1].isupper()


def without_company_form(name: str) -> str:
    """ "SA LA NACION" -> "LA NACION", "PT Media Contoh Tbk" -> "Media Contoh",
    "Harian Contoh Sdn Bhd" -> "Harian Contoh": an outlet's name without the legal form
    of the company that owns it (``company_forms_before`` / ``_after``)."""
    words = name.split()
    before, after = _company_forms()
    changed = True
    while changed:
        changed = False
        for forms, at_end in ((after, True), (before, False)):
            for form in forms:
                n = len(form)
                part = words[-n:] if at_end else words[:n]
                if n < len(words) and _is_form(part, form):
                    words = words[:-n] if at_end else words[n:]
                    changed = True
                    break
    return " ".join(words).strip(" ,;-–—")


def from_footer(lines: list[str]) -> Finding | None:
    tail = lines[-_TAIL_LINES:]
    if not _names_notice("\n".join(tail)):  # most pages: one test for all the lines
        return None
    for line in reversed(tail):
        if len(line) > 300:
            continue
        holder = copyright_holder(line.strip())
        if holder:
            return Finding(holder, line.strip(), "copyright notice")
    return None


_LETTERHEAD_LINES = 6
_LETTERHEAD_WORDS = 10


_LABEL_EDGES = " :.-–—"


@cache
def _release_labels() -> frozenset[str]:
    return frozenset(fold(w) for w in data.strings("metadata_cues", "press_release_labels"))


@cache
def _longest_label() -> int:
    return max((len(label) for label in _release_labels()), default=0)


def _is_release_label(line: str) -> bool:
    """The line says "press release" in one of the languages, and nothing else.

    ``fold`` maps each character on its own, so the folded head of a line, stripped,
    is never longer than the whole line folded and stripped: a long line is told apart
    by folding its head only."""
    longest = _longest_label()
    if len(line) > longest + 1 and len(fold(line[: longest + 1]).strip(_LABEL_EDGES)) > longest:
        return False
    return fold(line).strip(_LABEL_EDGES) in _release_labels()


def from_letterhead(lines: list[str], text: str = "") -> Finding | None:
    """The issuer of a press release: the first line of a document whose next lines
    say it is one ("MINISTRY X / PRESS RELEASE"), spelt as the text spells it
    elsewhere when the letterhead is in capitals."""
    top = lines[:_LETTERHEAD_LINES]
    if not any(_is_release_label(line) for line in top[1:]):
        return None
    name = top[0].strip()
    if (
        _is_release_label(name)
        or len(name.split()) > _LETTERHEAD_WORDS
        or ends_sentence(name)
        or layout.is_date_line(name)
        or layout.is_bar(name)
        or any(ch.isdigit() for ch in name)
    ):
        return None
    return Finding(_spelt_in_text(name, text), name, "letterhead of a press release")


def _spelt_in_text(name: str, text: str) -> str:
    """A name in capitals as the text writes it elsewhere in lower case, if it does."""
    if not layout.is_all_caps(name) or not text:
        return name
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
        if not layout.is_all_caps(match.group(0)):
            return " ".join(match.group(0).split())
    return name


def from_masthead(lines: list[str]) -> Finding | None:
    lead = layout.lead_index(lines)
    found = layout.masthead(lines, lead)
    if found is None:
        return None
    _index, line = found
    return Finding(layout.name_part(line), line, "name of the page")


@lru_cache(maxsize=8)  # asked for the body, the title and the outlet of one page
def page_outlets(text: str) -> tuple[Finding, ...]:
    """The page's own name: masthead first, then copyright holder. A masthead in
    capitals takes the footer's spelling when both name the same outlet."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return ()
    letterhead = from_letterhead(lines, text)
    head = from_masthead(lines)
    foot = from_footer(lines)
    if head is not None and foot is not None and layout.is_all_caps(head.value):
        if fold(foot.value).startswith(fold(head.value)) or fold(head.value) == fold(foot.value):
            head = Finding(foot.value[: len(head.value)], head.evidence, head.how)
    found: list[Finding] = []
    for finding in (letterhead, head, foot):
        if finding is not None and all(f.value != finding.value for f in found):
            found.append(finding)
    return tuple(found)
