"""The shape of the lines at the top of a scraped page: what is a navigation bar, a
date line, a byline, a photo caption, the page's own name, and where the article's
first paragraph (the lead) begins.

Every rule reads the shape of a line (length, separators, case, digits) and the
field's vocabulary (month and weekday names from Babel's locale data, byline and
photo-credit words from ``resources/metadata_cues.json``), never a list of outlets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.core.extract import data
from desktop.core.extract.clean import ends_sentence, is_chrome, is_widgets
from desktop.core.extract.date_patterns import babel_names
from desktop.core.extract.model import DEFAULT_LANGUAGES
from desktop.core.extract.regex import trie_pattern
from desktop.core.util.textfold import fold

# Separators of menus and mastheads: "Home | News", "Home › News", "A — B — C".
_BAR_SEPARATORS = re.compile(r"\s*[|•·»›●▪◦]\s*|\s+>\s+|\s+/\s+")
_DASH_SEPARATORS = re.compile(r"\s+[-–—]{1,2}\s+")
_BANNER_SEPARATORS = re.compile(r"\s+[–—]\s+")
# Where a bar or dash separator may be: without one, a line is all one part.
_ANY_SEPARATOR = re.compile(r"[|•·»›●▪◦]|\s[>/]\s|\s[-–—]")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_UNSPACED_LETTER = re.compile("[\u0e00-\u0e7f\u2e80-\U0010ffff]")
_LOWER_ASCII = re.compile("[a-z]")
_DIGITS = re.compile(r"\d")
# A day and month or a time written with digits ("12/12", "2-3/10", "17:40") or a year.
_DATE_DIGITS = re.compile(r"\d{1,4}[/.:-]\d{1,2}|(?<!\d)(?:19|20)\d\d(?!\d)|\d(?:am|pm|h)\b", re.I)
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CF]?\b")
_EMAIL_OR_URL = re.compile(r"\S+@\S+\.\w+|https?://|www\.\w", re.I)
# A place or an agency opening the lead: "HANOI, 12 Dec (AFP) -", "JAKARTA:", "XNA –".
_LEAD_OPENING = re.compile(
    r"^[^\n.!?]{0,60}?(?:\([^()\n]{2,40}\)\s*(?:[-–—:.]+\s|\s(?=[A-ZÀ-Ỹ]))|[A-ZÀ-Ỹ]{2,}[^a-z\s]*\s*[-–—:]+\s)"
)
_CLOSERS = "\"'”’»)] "
_INNER_SENTENCE = re.compile(r"[^\W\d_]{2,}[.!?…]\s+[\"“«(]?[A-ZÀ-Ỹ]")
MAX_HEADLINE_WORDS = 30
_MASTHEAD_WORDS = 6
_WRAPPED_LINES = 6
_UTILITY_LINES = 2
_MASTHEAD_LINES = 4
_PHONE_DIGITS = 6
MAX_HEADLINE_CHARS = 300


@dataclass(frozen=True)
class _Cues:
    date_words: frozenset[str]
    byline: re.Pattern[str]
    caption: re.Pattern[str]


@cache
def cues() -> _Cues:
    words: set[str] = set()
    for code in DEFAULT_LANGUAGES:
        for kind in ("month", "day"):
            for name in babel_names(kind, code):
                words.update(fold(name).rstrip(".").split())
    for name in data.strings("metadata_cues", "published_labels"):
        words.update(fold(name).split())
    words.update(fold(w) for w in data.strings("metadata_cues", "time_words"))
    byline = "|".join(
        re.escape(fold(w))
        for w in sorted(data.strings("metadata_cues", "byline_words"), key=len, reverse=True)
    )
    # a trie: the caption test runs on every line above the lead, and only asks
    # whether a photo word is there
    photo = trie_pattern({fold(w) for w in data.strings("metadata_cues", "photo_words")})
    return _Cues(
        date_words=frozenset(words),
        # "By JOHN DOE", "Oleh Nor Azlina", "Penulis: X | Editor: Y", "Par Jean Dupont"
        byline=re.compile(r"^(?:" + byline + r")\s*(?::|\s(?=\S))", re.I),
        # "(Photo: AFP)", "— Photo courtesy of the ILO", "Ảnh: Văn Mẫu", "Foto: Reuters"
        caption=re.compile(
            r"(?:^|[\s(\[—–-])(?:" + photo + r")\s*(?::|courtesy\b|credit\b|by\b|de\b|oleh\b)", re.I
        ),
    )


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


def unspaced(line: str) -> bool:
    """A line in a script written without spaces between words (Chinese, Japanese,
    Thai)."""
    if len(line) < 8 or line.isascii():
        return False
    # Such letters take three or four bytes in UTF-8: at most (bytes - letters) / 2 of
    # them, so they are never the most when UTF-8 takes at most two bytes a letter
    # (Latin, Vietnamese): most lines, told by the encoder.
    if len(line.encode("utf-8", "surrogatepass")) <= 2 * len(line):
        return False
    return len(_UNSPACED_LETTER.findall(line)) > len(line) / 2


def word_count(line: str) -> int:
    """Words of a line; in a script without spaces, about one word per two characters."""
    return len(line) // 2 if unspaced(line) else len(line.split())


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def has_short_items(line: str, *, dashes: bool = True) -> bool:
    """Three or more short items between separators, whatever the line's length: a
    menu of sections ("Home | News | World | ...") or, with ``dashes``, a banner of
    dashed parts ("Office X — PRESS RELEASE — News")."""
    parts = [p for p in _BAR_SEPARATORS.split(line) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts):
        return True
    if not dashes:
        return False
    dashed = [p for p in _DASH_SEPARATORS.split(line) if p.strip()]
    return len(dashed) >= 3 and all(len(p.split()) <= 8 for p in dashed)


@lru_cache(maxsize=4096)
def is_bar(line: str) -> bool:
    """A navigation bar, breadcrumb or banner: "Home | News | World", "Thời sự › Chính
    trị", "City Office — PRESS RELEASE — For immediate release"."""
    if not _ANY_SEPARATOR.search(line):  # one part only: most lines, found at once
        return False
    if has_short_items(line):
        return True
    parts = [p for p in _BAR_SEPARATORS.split(line) if p.strip()]
    if len(parts) == 2 and re.search(r"[›»>]", line) and all(len(p.split()) <= 4 for p in parts):
        return True
    return len(parts) >= 2 and sum(line.count(s) for s in "|•·●▪") >= 2


# A breadcrumb's separators ("Home › World", "News / Asia") and a section label's
# spaced dashes ("Kinh tế - Xã hội", "Thời sự › Lao động - Việc làm").
_CRUMB_SEPARATORS = re.compile(r"\s*[|•·»›]\s*|\s+[/>]\s+")
_CRUMB_ITEM_WORDS = 3
_LABEL_ITEM_WORDS = 2
_CRUMB_WORDS = 8


@lru_cache(maxsize=4096)
def is_breadcrumb(line: str) -> bool:
    """A breadcrumb or a section label in any language: short items, each opening with
    a capital, between navigation separators (up to three words each) or a spaced dash
    (up to two), without a digit or a sentence end ("Home › World", "Thời sự › Lao
    động - Việc làm", "Kinh tế - Xã hội"). A headline's parts are longer or go on in
    lower case ("Le Vietnam - un pays d'émigration", "Vietnam - Germany Sign Deal")."""
    if _DIGITS.search(line) or ends_sentence(line) or len(words(line)) > _CRUMB_WORDS:
        return False
    items = [p for p in _CRUMB_SEPARATORS.split(line.strip()) if p.strip()]
    labels = [part for item in items for part in _DASH_SEPARATORS.split(item) if part.strip()]
    if len(labels) < 2 or (len(items) == 1 and len(labels) > 2):
        return False
    for item in items:
        parts = [p for p in _DASH_SEPARATORS.split(item) if p.strip()]
        limit = _LABEL_ITEM_WORDS if len(parts) > 1 else _CRUMB_ITEM_WORDS
        for part in parts:
            found = words(part)
            if not 1 <= len(found) <= limit:
                return False
            first = found[0][:1]
            if first.lower() != first.upper() and not first.isupper():
                return False
    return True


def section_names(lines: list[str]) -> frozenset[str]:
    """The items of the navigation bars among ``lines``, folded: a line that only repeats
    one of them is the section's label, not a headline."""
    names: set[str] = set()
    for line in lines:
        if is_menu_bar(line):
            names.update(
                _fold(" ".join(words(p))) for p in _BAR_SEPARATORS.split(line) if p.strip()
            )
    return frozenset(names)


def is_section_label(line: str, sections: frozenset[str]) -> bool:
    return bool(sections) and _fold(" ".join(words(line))) in sections


def _is_utility_item(item: str) -> bool:
    """An item of a page's top bar that is not a section: a date or time, a widget
    ("Log in", "Register"), the weather ("28°C"), a language switch ("EN") or a
    contact ("Hotline: 0912 345 678", "news@example.org")."""
    item = item.strip()
    return (
        is_date_line(item)
        or is_widgets(item)
        or bool(_WEATHER.search(item) or _EMAIL_OR_URL.search(item))
        or len(_DIGITS.findall(item)) >= _PHONE_DIGITS
        or fold(item) in _language_codes()
    )


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(code.split("_")[0] for code in DEFAULT_LANGUAGES)


@lru_cache(maxsize=4096)
def is_utility_bar(line: str) -> bool:
    """A bar of the date, log-in links, the weather or languages above a page's name:
    "Monday, 03/12/2026 | Log in | Register", mostly items that are no section."""
    if not is_bar(line):
        return False
    items = [p for p in _BAR_SEPARATORS.split(line) if p.strip()]
    return 2 * sum(_is_utility_item(item) for item in items) > len(items)


@lru_cache(maxsize=4096)
def is_menu_bar(line: str) -> bool:
    """A bar of the site's sections, not of widgets ("Share | Print"), of a date or of
    the utilities at the top of a page (date, log-in, weather, languages)."""
    return (
        is_bar(line)
        and not is_date_line(line)
        and not is_widgets(line)
        and not is_utility_bar(line)
    )


@lru_cache(maxsize=4096)
def is_date_line(line: str) -> bool:
    """A date or time line: "Thứ Ba, 12/12/2023 | 17:40", "Jakarta ● Tue, October 3,
    2023", "Oktober 3, 2023 @ 9:05am", "Contoh.com - 02/10/2023, 14:35 WIB"."""
    if not _DIGITS.search(line) or len(line) > 120:
        return False
    date_words = cues().date_words
    other = 0
    named = False
    for w in words(_fold(line)):
        if any(ch.isdigit() for ch in w):
            continue
        if w.rstrip(".") in date_words:
            named = True
        else:
            other += 1
            if other > 2:
                return False
    return named or bool(_DATE_DIGITS.search(line))


def has_date(line: str) -> bool:
    """A date or a time written with digits somewhere in the line."""
    return is_date_line(line) or bool(_DATE_DIGITS.search(line))


def is_byline(line: str) -> bool:
    return len(line.split()) <= 12 and bool(cues().byline.match(_fold(line)))


def is_caption(line: str) -> bool:
    return bool(cues().caption.search(_fold(line)))


def is_name_like(line: str) -> bool:
    """Two to four capitalised words, maybe with "(Outlet)": a person's name in a byline."""
    bare = re.sub(r"\([^)]*\)\s*$", "", line).strip()
    found = bare.split()
    return 2 <= len(found) <= 4 and all(w[:1].isupper() for w in found) and not _DIGITS.search(bare)


def is_all_caps(line: str) -> bool:
    if _LOWER_ASCII.search(line):  # a lower-case letter: most lines, found at once
        return False
    cased = [ch for ch in line if ch.isalpha() and ch.lower() != ch.upper()]
    return len(cased) >= 4 and all(ch.isupper() for ch in cased)


@lru_cache(maxsize=4096)
def is_prose(line: str) -> bool:
    """A paragraph of running text (the lead or later), not a headline. A line of
    many short items between separators is a menu, however long; one of dashed
    parts is a banner unless it ends a sentence ("CITY – Monday – The minister said.")."""
    count = word_count(line)
    ends = ends_sentence(line)
    if count >= 35:
        running = True
    elif ends and count >= 8:
        # a headline may ask or exclaim; a lead rarely ends so within 20 words
        running = count >= 20 or line.rstrip(_CLOSERS)[-1:] not in "?!"
    else:
        running = count >= 20 and bool(_LEAD_OPENING.match(line)) and not is_bar(line)
    # the shape of running text first: it is cheaper to tell than a caption or a menu
    return running and not (is_caption(line) or has_short_items(line, dashes=not ends))


def has_inner_sentence(line: str) -> bool:
    return bool(_INNER_SENTENCE.search(line))


@lru_cache(maxsize=4096)
def is_field_line(line: str) -> bool:
    """A page's "label: value" field with a one- or two-word value ("Reading time: 3 min",
    "User content: No", "Ngôn ngữ: Tiếng Việt"), never a headline "Place: what happened"."""
    label, colon, value = line.partition(":")
    if not colon or not label.strip() or ends_sentence(line):
        return False
    label_words, value_words = len(label.split()), len(value.split())
    return 1 <= label_words <= 4 and 1 <= value_words <= 2 and not value.strip().startswith("//")


def is_furniture(line: str) -> bool:
    """A line that can never be a headline."""
    return (
        is_chrome(line)
        or is_bar(line)
        or is_breadcrumb(line)
        or is_date_line(line)
        or is_byline(line)
        or is_caption(line)
        or is_field_line(line)
        or bool(_EMAIL_OR_URL.search(line))
    )


def lead_index(lines: list[str], limit: int = 60) -> int:
    """Index of the first paragraph of running text among ``lines`` (non-empty lines);
    ``len(lines)`` when none is found within ``limit`` lines. A page's name with its
    tagline above the navigation bar is not the lead."""
    return _lead_index(tuple(lines), limit)


@lru_cache(maxsize=16)  # asked for the headline, the masthead and the first sentence
def _lead_index(lines: tuple[str, ...], limit: int) -> int:
    names = _named_lines(lines)
    for i, line in enumerate(lines[:limit]):
        if i in names:
            continue
        if is_prose(line) or is_prose(paragraph_at(lines, i)):
            return i
    return len(lines)


def _named_lines(lines: Sequence[str]) -> frozenset[int]:
    """Lines of the shape "NAME - tagline" or "NAME | tagline" at the top of a page,
    above its navigation bar: "SITE.EXAMPLE - The people's daily news site"."""
    first_bar = next(
        (i for i, line in enumerate(lines[:_MASTHEAD_LINES]) if is_menu_bar(line)), None
    )
    if first_bar is None:
        return frozenset()
    return frozenset(i for i in range(first_bar) if _is_name_and_tagline(lines[i]))


def _is_name_and_tagline(line: str) -> bool:
    name = name_part(line)
    if name == line.strip() or _DIGITS.search(line):
        return False
    count = len(name.split())
    return count <= _MASTHEAD_WORDS and (
        "." in name or is_all_caps(name) or all(w[:1].isupper() for w in name.split())
    )


# A site's wordmark in camel case ("kumparanNEWS", "eNewsDaily"): one word, never the
# rest of a sentence.
_WORDMARK = re.compile(r"^[a-z][a-z0-9]*[A-Z][\w.]*$")


def continues(line: str, following: str) -> bool:
    """``following`` goes on with the sentence of ``line`` (a hard-wrapped paragraph)."""
    return (
        bool(following[:1].islower())
        and not _WORDMARK.match(following.strip())
        and not ends_sentence(line)
        and not is_bar(line)
    )


def paragraph_at(lines: Sequence[str], i: int) -> str:
    """Line ``i`` joined with the lines that go on with its sentences."""
    parts = [lines[i]]
    for following in lines[i + 1 : i + _WRAPPED_LINES]:
        if not continues(parts[-1], following):
            break
        parts.append(following)
    return " ".join(parts)


def masthead(lines: list[str], lead: int) -> tuple[int, str] | None:
    """The page's own name printed above its navigation bar: the first short line
    before the first bar that is not a date, a menu, a widget or a bar of utilities
    (date, log-in, weather, languages) at the very top."""
    start = 0
    while start < min(lead, _UTILITY_LINES) and (
        is_utility_bar(lines[start]) or is_date_line(lines[start])
    ):
        start += 1
    first_bar = next((i for i in range(start, lead) if is_menu_bar(lines[i])), None)
    if first_bar is None or first_bar - start > 4:
        return None
    if first_bar == 0:  # a document's banner: "Ministry X — PORTAL — News"
        parts = [p.strip() for p in _BANNER_SEPARATORS.split(lines[0]) if p.strip()]
        if len(parts) >= 3 and 1 <= len(parts[0].split()) <= 10:
            return 0, parts[0]
        return None
    for i in range(start, first_bar):
        stripped = lines[i].strip()
        name = name_part(stripped)
        if not stripped or len(name.split()) > _MASTHEAD_WORDS:
            continue
        if ends_sentence(name) or "," in name:  # the tagline may be a sentence
            continue
        if is_date_line(stripped) or is_chrome(stripped) or _EMAIL_OR_URL.search(stripped):
            continue
        return i, stripped
    return None


def name_part(line: str) -> str:
    """ "BÁO X - Cơ quan của Y" -> "BÁO X"; "DailyPlus | Example News Agency" ->
    "DailyPlus": a masthead's name without its tagline."""
    for pattern in (_BAR_SEPARATORS, _DASH_SEPARATORS):
        parts = [p.strip() for p in pattern.split(line) if p.strip()]
        if len(parts) >= 2:
            return parts[0]
    return line.strip()
