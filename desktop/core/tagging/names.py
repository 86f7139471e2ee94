"""What a person's name and role look like in the text, in the six supported languages.

The words come from ``resources/tagging/titles.json``: titles before a name, verbs of
attribution around it, words of institutions and places that never belong to a name.
:mod:`desktop.core.tagging.people` puts these pieces together into the four patterns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import title_vocabulary
from desktop.core.tagging.text import (
    COMMA,
    DOT,
    SOFT,
    PhraseTrie,
    Token,
    phrases_trie,
)

MAX_NAME = 5
MAX_ROLE = 30
MAX_ROLE_AFTER = 14
_TOGETHER = frozenset("and et y dan serta bersama together with với cùng junto avec".split())
HONORIFICS = frozenset(
    "mr mrs ms dr m mme mlle mm me pr sr sra srta don dona senor senora ong ba encik en puan pn "
    "cik tuan bapak pak ibu saudara datuk dato datin tan sri seri tun tunku tengku haji hajah "
    "dong chi professor prof".split()
)


def phrase_trie(phrases: Sequence[str], payload_dot: bool = False) -> PhraseTrie[bool]:
    return phrases_trie((p, p.endswith(".") if payload_dot else True) for p in phrases)


@cache
def titles() -> PhraseTrie[bool]:
    """Titles; the payload says whether the title needs a full stop after it ("M.")."""
    return phrase_trie(title_vocabulary().titles, payload_dot=True)


@cache
def complements() -> PhraseTrie[bool]:
    return phrase_trie(title_vocabulary().complements)


@cache
def verbs_after() -> PhraseTrie[bool]:
    return phrase_trie(title_vocabulary().reporting_after)


@cache
def verbs_before() -> PhraseTrie[bool]:
    return phrase_trie(title_vocabulary().reporting_before)


@cache
def places() -> PhraseTrie[bool]:
    return phrase_trie(title_vocabulary().place_words)


@cache
def not_name_words() -> frozenset[str]:
    """Folded words that never belong to a person's name: institutions' words, the longer
    words of titles (not Vietnamese ones, nor short ones such as "Tuan" or "Tan", which
    are also Vietnamese names once unaccented) and sentence openers."""
    from desktop.core.tagging.data import _load
    from desktop.core.tagging.text import fold_word

    titles = _load("tagging/titles.json")["titles"]
    words = {
        fold_word(word)
        for lang, items in titles.items()
        if lang != "vi"
        for title in items
        for word in title.split()
        if word[:1].isupper() and len(word) >= 5
    }
    return title_vocabulary().not_name_words | frozenset(words)


def not_name(token: Token) -> bool:
    """Whether ``token`` can never be part of a person's name."""
    return token.folded in not_name_words() or (
        token.text.casefold() in title_vocabulary().not_name_exact
    )


@cache
def _written_titles() -> frozenset[str]:
    from desktop.core.tagging.text import tokenize

    return frozenset(
        " ".join(t.text for t in tokenize(title)).casefold() for title in title_vocabulary().titles
    )


def title_at(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the last token of a title starting at ``k`` ("M." needs its full stop).

    Accents count: "Vũ Trường" (a name) is not "Vụ trưởng" (a title)."""
    match = titles().longest_at(tokens, k, max_gap=SOFT)
    if match is None:
        return None
    needs_dot = all(match.payloads)  # "Gen." and "Gen" may both be titles
    if needs_dot and (match.last + 1 >= len(tokens) or tokens[match.last + 1].gap != DOT):
        return None
    written = " ".join(t.text for t in tokens[k : match.last + 1]).casefold()
    if written not in _written_titles() and written != " ".join(
        t.folded for t in tokens[k : match.last + 1]
    ):
        return None  # written with other accents than any title
    return match.last


def is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not (text.isupper() and len(text) > 1)


def is_particle(token: Token) -> bool:
    return token.folded in title_vocabulary().particles and token.text.islower()


def crossable(text: str, a: Token, b: Token) -> bool:
    """Only spaces, commas and brackets between ``a`` and ``b`` (a role may hold "(…)")."""
    return not text[a.end : b.start].strip(" ,()\u00a0")


def name_run(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Index after the capitalised run starting at ``j`` (``j`` when there is none)."""
    k = j
    n = len(tokens)
    while k < n and k - j < MAX_NAME:
        if (k > j and tokens[k].gap != SOFT) or blocked[k]:
            break
        if is_name_word(tokens[k]) or (k > j and is_particle(tokens[k])):
            k += 1
            continue
        break
    while k > j and not is_name_word(tokens[k - 1]):
        k -= 1  # no trailing particle
    return k


def run_back(tokens: Sequence[Token], end: int, blocked: Sequence[bool]) -> int:
    """Start of the capitalised run that ends just before ``end``."""
    k = end
    while k > 0 and end - k < MAX_NAME + 2:
        if k < end and tokens[k].gap != SOFT:
            break
        t = tokens[k - 1]
        if blocked[k - 1] or not (is_name_word(t) or (k < end and is_particle(t))):
            break
        k -= 1
    while k < end and not is_name_word(tokens[k]):
        k += 1
    return k


def is_place(tokens: Sequence[Token], first: int, end: int) -> bool:
    vocab = title_vocabulary()
    for back in (1, 2):  # "in Bangkok", "procedentes de Mae Sot"
        k = first - back
        if k < 0 or tokens[k + 1].gap != SOFT:
            break
        if tokens[k].text.casefold() in vocab.locatives:
            return True
        if tokens[k].folded not in vocab.connectors:
            break
    if end < len(tokens) and tokens[end].gap == SOFT and places().longest_at(tokens, end):
        return True
    for back in (1, 2, 3):  # "sân bay Nội Bài", "aeropuerto de Mae Sot"
        k = first - back
        if k < 0 or tokens[k + 1].gap != SOFT:
            break
        match = places().longest_at(tokens, k)
        if match is not None and match.last >= first - 3:
            return True
    return False


def valid_name(
    tokens: Sequence[Token],
    first: int,
    end: int,
    blocked: Sequence[bool],
    *,
    min_words: int = 2,
) -> tuple[int, int] | None:
    """The name's bounds once leading title words are left out, or ``None``.

    A region's name ("Jawa Timur", "Sumatera Utara": a word of the compass after another
    word) is no part of a name; before one it is the unit's place ("Kepala BP2MI Jawa
    Barat Budi Santoso"), last it is a place ("Kapolda Jawa Tengah")."""
    tails = title_vocabulary().place_tails
    for k in range(first + 1, end):
        if tokens[k].folded in tails and tokens[k].capitalised and k - first <= 3:
            while k + 1 < end and tokens[k + 1].folded in tails:
                k += 1  # "Nusa Tenggara Barat"
            if k == end - 1:
                return None
            first = k + 1
            break
    for k in range(end - 2, first - 1, -1):  # "… for North Africa [Jane Roe]": a name
        if not_name(tokens[k]) and tokens[k].capitalised:  # holds no such word, it
            first = max(k + 1, (title_at(tokens, k) or k) + 1)  # starts after the last
            break  # one, or after the title it opens ("Irjen Pol")
    while first < end:
        title_end = title_at(tokens, first)
        country = country_at(tokens, first)
        if title_end is not None and title_end < end - 1:
            first = title_end + 1
        elif country is not None and country[1] < end - 1:
            first = country[1] + 1
        elif not_name(tokens[first]) or not is_name_word(tokens[first]):
            first += 1
        else:
            break
    while end > first and not is_name_word(tokens[end - 1]):
        end -= 1
    words = [t for t in tokens[first:end] if is_name_word(t)]
    if not (min_words <= len(words) <= MAX_NAME):
        return None
    for k in range(first, end):
        if blocked[k] or not_name(tokens[k]) or country_at(tokens, k) is not None:
            return None
        place = places().longest_at(tokens, k)
        if place is not None and place.last < end:
            return None  # "Sheraton Hotel", "Noi Bai Airport"
    if is_place(tokens, first, end):
        return None
    return first, end


def role_before(tokens: Sequence[Token], text: str, first: int) -> str:
    """The title phrase standing before the name in its sentence ("" when none)."""
    start = None
    k = first - 1
    while k >= 0 and first - k <= MAX_ROLE:
        nxt = tokens[k + 1]
        if nxt.gap >= DOT and not crossable(text, tokens[k], nxt):
            break  # a sentence ends (brackets and commas do not)
        if verb_at(tokens, k):
            break  # another clause: "X đã tiếp bà Y", "X met Ambassador Y"
        if start is not None and nxt.gap >= COMMA and tokens[start].folded not in HONORIFICS:
            break  # the title found belongs to this name, what is before to another
        if title_at(tokens, k) is not None:
            start = k
        k -= 1
    if start is None:
        return ""
    return tidy_role(text[tokens[start].start : tokens[first - 1].end])


def role_after(tokens: Sequence[Token], text: str, end: int) -> str:
    """The apposition after "Name," when it holds a title ("a senior specialist at the ILO")."""
    if end >= len(tokens) or tokens[end].gap != COMMA or tokens[end].folded in _TOGETHER:
        return ""  # "…, together with Ambassador Y": another person's title
    k, titled = end, False
    while k < len(tokens) and k - end < MAX_ROLE_AFTER:
        if k > end and (tokens[k].gap != SOFT or verb_at(tokens, k)):
            break  # the clause or the apposition ends ("…, Giám đốc ILO Việt Nam cho biết")
        titled = titled or (k - end <= 5 and title_at(tokens, k) is not None)
        k += 1
    return tidy_role(text[tokens[end].start : tokens[k - 1].end]) if titled else ""


def tidy_role(role: str) -> str:
    """A role without leading or trailing punctuation or honorifics, brackets closed."""
    from desktop.core.tagging.text import tokenize

    role = role.strip(" ,:;–-(")
    words = tokenize(role)
    while words and words[-1].folded in HONORIFICS:  # "Menteri Dalam Negeri Datuk"
        role = role[: words[-1].start].rstrip(" ,")
        words.pop()
    if role.count("(") > role.count(")"):
        role += ")"
    return role if words and not all(w.folded in HONORIFICS for w in words) else ""


def stands_alone(tokens: Sequence[Token], k: int) -> bool:
    """Whether the one-word name at ``k`` follows its office, not the rest of a name."""
    if k == 0 or tokens[k].gap != SOFT:
        return False
    prev = tokens[k - 1]
    if not prev.capitalised or prev.upper or not_name(prev):
        return True
    return any(
        (found := country_at(tokens, j)) is not None and found[1] == k - 1
        for j in range(max(0, k - 3), k)
    )


def verb_at(tokens: Sequence[Token], i: int) -> bool:
    """A verb of attribution at ``i``; French past tenses too ("a lancé", "a rencontré")."""
    if verbs_after().longest_at(tokens, i, max_gap=SOFT) is not None:
        return True
    return (
        tokens[i].text == "a"
        and i + 1 < len(tokens)
        and tokens[i + 1].gap == SOFT
        and tokens[i + 1].text.endswith(("é", "ée", "i", "u", "it", "is", "int"))
    )
