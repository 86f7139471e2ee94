"""Public bodies with no acronym, found by the grammar of their names in each language.

A body the registry does not know and the text names without an acronym in brackets
("Ministerio de Inclusión, Seguridad Social y Migraciones", "préfecture maritime de la
Manche", "Dinas Sosial Kota Batam", "Tổng cục Xuất nhập cảnh Campuchia") is read from its
head noun and its complements up to a natural boundary: punctuation, a verb or a
function word, another body's head (its parent: "… du ministère de l'Intérieur"), a
person's name, a date. Each family of languages has its grammar
(:mod:`desktop.core.tagging.body_grammar`).

Four shapes more: a national Red Cross or Red Crescent society ("Cruz Roja Española",
"the Philippine Red Cross"), a national agency named by its field and its country ("Migración
Colombia"), an association introduced by what it is ("the charity …", "la ONG …"), and
a place's local government ("chính quyền tỉnh …", "autorités de …").

A name that ends with its country keeps it, and is the same body as the name without
it in the same article ("Tổng cục Xuất nhập cảnh" and "Tổng cục Xuất nhập cảnh
Campuchia"). A body only cited (the author of a law) or asked to act is left out, as
registry actors are. Words from ``resources/tagging/bodies.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.actors_match import addressed, cited
from desktop.core.tagging.body_grammar import (
    ENGLISH,
    MALAY,
    ROMANCE,
    cap_run,
    english,
    head_at,
    joined,
    malay,
    place_at,
    romance,
    sentence_start,
    vietnamese,
    vocabulary,
    written,
)
from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import _load
from desktop.core.tagging.text import SOFT, PhraseTrie, Token, fold_word, phrases_trie, tokenize


@dataclass(frozen=True, slots=True)
class Body:
    first: int
    end: int  # index after the name's last token
    key: tuple[str, ...]  # folded words without a closing country: one body, qualified or not
    country: str = ""


def find_bodies(
    tokens: Sequence[Token], text: str, blocked: Sequence[bool], language: str | None = None
) -> list[Body]:
    """The public bodies named in ``tokens`` outside the ``blocked`` words, in text order."""
    out: list[Body] = []
    n = len(tokens)
    i = 0
    previous: tuple[int, bool] | None = None
    ends: set[int] = set()  # where the bodies read so far end
    openers = vocabulary().openers | _societies().openers
    while i < n:
        if blocked[i] or tokens[i].folded not in openers:
            i += 1
            continue
        body = (
            _society(text, tokens, i, blocked)
            or _service(tokens, i, blocked)
            or _authority(text, tokens, i, blocked)
            or _group(text, tokens, i, blocked)
            or _named(text, tokens, i, blocked, language)
        )
        if body is None:
            i += 1
            continue
        asked = addressed(tokens, body.first, previous)
        previous = (body.end - 1, asked)
        if not (
            asked
            or cited(tokens, body.first, body.end - 1)
            or _unit_or_parent(text, tokens, body, blocked, ends)
        ):
            out.append(body)
        ends.add(body.end)
        i = body.end
    return out


def _unit_or_parent(
    text: str, tokens: Sequence[Token], body: Body, blocked: Sequence[bool], ends: set[int]
) -> bool:
    """Whether ``body`` is a unit named with its registry parent right before or after it
    or in brackets ("ILO Department of …", "Bahagian Buruh Sekretariat ASEAN", "Cục Việc làm
    (Bộ Nội vụ)": the parent is the actor, as registry units count for theirs), or a new
    parent in brackets after a unit ("Cục Thống kê (Bộ Tài chính)": the unit is)."""
    end, first = body.end, body.first
    if first > 0 and tokens[first].gap == SOFT and blocked[first - 1]:
        return True  # "ILO Department of Communication": the registry actor's own unit
    if end < len(tokens) and tokens[end].gap == SOFT:
        if blocked[end] or tokens[end].capitalised and head_at(tokens, end) is not None:
            return True
    if end < len(tokens) and blocked[end]:  # "Cục Việc làm (Bộ Nội vụ)": the registry's
        if text[tokens[end - 1].end : tokens[end].start].strip() == "(":
            return True
    if first == 0 or end >= len(tokens) or not (blocked[first - 1] or first in ends):
        return False
    before = text[tokens[first - 1].end : tokens[first].start].strip()
    after = text[tokens[end - 1].end : tokens[end].start].strip()[:1]
    return before == "(" and after == ")"


def _named(
    text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool], language: str | None
) -> Body | None:
    found = head_at(tokens, i, language)
    if found is None:
        return None
    head_last, family, lower_ok = found
    if any(blocked[i : head_last + 1]) or _after_locative(tokens, i):
        return None
    first = i
    read: tuple[int, str] | None
    if family == ROMANCE:
        read = romance(text, tokens, i, head_last, lower_ok, blocked)
    elif family == ENGLISH:
        found_en = english(text, tokens, i, head_last, blocked)
        if found_en is None:
            return None
        first, read = found_en[0], found_en[1:]
    elif family == MALAY:
        read = malay(text, tokens, i, head_last, blocked)
    else:
        read = vietnamese(text, tokens, i, head_last, blocked)
    if read is None:
        return None
    end, country = read
    if vocabulary().not_names.longest_at(tokens, first, max_gap=SOFT) is not None:
        return None  # "Badan Usaha Milik Negara": a kind of body, not one
    stop = _qualifier_start(text, tokens, first, end)
    while stop > first + 1 and tokens[stop - 1].folded in _LINK_WORDS:
        stop -= 1  # "Ministerio del Interior de [Vietnam]"
    return Body(first, end, tuple(t.folded for t in tokens[first:stop]), country)


_LINK_WORDS = frozenset({"of", "the", "de", "del", "du", "des", "d", "la", "l", "en"})


def _qualifier_start(text: str, tokens: Sequence[Token], first: int, end: int) -> int:
    """Index where a country or a province closing the name starts (``end`` when none):
    "Tổng cục Xuất nhập cảnh [Lào]", "Sở Nội vụ [tỉnh Hà Tĩnh]"."""
    for k in range(first + 1, end):
        found = country_at(tokens, k)
        if found is not None and found[1] == end - 1 and tokens[k].capitalised:
            return k
        place = place_at(tokens, k)
        if (
            place is not None
            and place + 1 < end
            and cap_run(text, tokens, place + 1, [False] * len(tokens)) == end
        ):
            return k
    return end


def _after_locative(tokens: Sequence[Token], i: int) -> bool:
    """A head right after "in", "tại", "devant la"…: a building, not a body."""
    vocab = vocabulary()
    k = i - 1
    if k >= 0 and tokens[i].gap == SOFT and tokens[k].folded in vocab.articles:
        k -= 1
    return k >= 0 and tokens[k + 1].gap == SOFT and written([tokens[k].text]) in vocab.locatives


def _service(tokens: Sequence[Token], i: int, blocked: Sequence[bool]) -> Body | None:
    """ "Migración Colombia", "Immigration New Zealand": a national agency named by its
    field and its country, both capitalised, the field word opening the name."""
    vocab = vocabulary()
    t = tokens[i]
    if t.folded not in vocab.services or not t.capitalised or t.upper:
        return None
    if i > 0 and t.gap == SOFT and tokens[i - 1].capitalised and not sentence_start(tokens, i - 1):
        return None  # inside a longer name: "Jabatan Imigresen Malaysia"
    found = country_at(tokens, i + 1) if joined(tokens, i + 1, blocked) else None
    if found is None or not tokens[i + 1].capitalised:
        return None
    end = found[1] + 1
    if joined(tokens, end, blocked) and tokens[end].capitalised:
        return None  # "Migration Colombia Forum": some other name
    return Body(i, end, (t.folded,), found[0])


@dataclass(frozen=True)
class _Societies:
    names: PhraseTrie[bool]  # "Red Cross", "Cruz Roja", "Hội Chữ thập đỏ"…
    openers: frozenset[str]
    closers: frozenset[str]  # "Society", "Sociedad" after the name


@cache
def _societies() -> _Societies:
    data = _load("tagging/bodies.json")["societies"]
    names = phrases_trie((name, True) for name in data["names"])
    return _Societies(
        names,
        frozenset(fold_word(tokenize(n)[0].text) for n in data["names"]),
        frozenset(fold_word(w) for w in data["closers"]),
    )


def _society(text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool]) -> Body | None:
    """A national Red Cross or Red Crescent society, with its country or nationality
    before or after it when the text gives one: "the Philippine Red Cross", "Cruz Roja
    Española", "Croix-Rouge française", "Palang Merah Indonesia", "Hội Chữ thập đỏ Việt
    Nam". Its key leaves the country out: "Cruz Roja" later is the same society."""
    societies = _societies()
    match = societies.names.longest_at(tokens, i, max_gap=SOFT)
    if match is None or not tokens[i].capitalised or any(blocked[i : match.last + 1]):
        return None
    key = tuple(t.folded for t in tokens[i : match.last + 1])
    first, end = i, match.last + 1
    if i > 0 and tokens[i].gap == SOFT and not blocked[i - 1] and tokens[i - 1].capitalised:
        before = tokens[i - 1]  # "Philippine Red Cross", not "Sunday Red Cross" at a start
        if country_at(tokens, i - 1) is not None or not sentence_start(tokens, i - 1):
            if before.text.isalpha() and before.folded not in vocabulary().articles:
                first = i - 1
    if joined(tokens, end, blocked) and tokens[end].folded in societies.closers:
        end += 1  # "… Red Cross Society"
    place = country_at(tokens, end) if joined(tokens, end, blocked) else None
    if place is not None:
        end = place[1] + 1  # "Cruz Roja Española", "Croix-Rouge française"
    elif joined(tokens, end, blocked) and tokens[end].capitalised and tokens[end].text.isalpha():
        if head_at(tokens, end) is None:
            end += 1  # a nationality the country names do not list: "Cruz Roja Mexicana"
    return Body(first, end, key)


_INSIDE_NAMES = frozenset({"the", "of", "for", "and", "de", "du", "des", "la", "del"})


def _group(text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool]) -> Body | None:
    """ "the charity Utopia 56", "la organización agraria ASAJA": an association named
    right after what it is."""
    vocab = vocabulary()
    if tokens[i].capitalised and not tokens[i].upper:
        return None  # "Association …" opens a name of its own
    match = vocab.groups.longest_at(tokens, i, max_gap=SOFT)
    if match is None:
        return None
    k = match.last + 1
    for _ in range(2):  # "humanitaire", "agraria"
        if joined(tokens, k, blocked) and tokens[k].text.islower() and tokens[k].text.isalpha():
            k += 1
    if not joined(tokens, k, blocked) or not tokens[k].capitalised:
        return None
    end = cap_run(text, tokens, k, blocked)
    while (
        joined(tokens, end, blocked)
        and tokens[end].folded in _INSIDE_NAMES
        and tokens[end].text.islower()
        and joined(tokens, end + 1, blocked)
        and tokens[end + 1].capitalised
    ):
        end = cap_run(text, tokens, end + 1, blocked)  # "Save the Children"
    place = country_at(tokens, k)
    if end == k or (place is not None and place[1] >= end - 1):
        return None
    return Body(k, end, tuple(t.folded for t in tokens[k:end]))


def _authority(text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool]) -> Body | None:
    """ "chính quyền tỉnh Svay Rieng", "autorités de Nghe An", "authorities of X province":
    the local government of a place (never a country's: that is its government)."""
    vocab = vocabulary()
    match = vocab.authorities.longest_at(tokens, i, max_gap=SOFT)
    if match is None:
        return None
    k = match.last + 1
    if not joined(tokens, k, blocked) or not tokens[k].capitalised:
        return None
    end = cap_run(text, tokens, k, blocked)
    if end == k or end - k > 3 or country_at(tokens, k) is not None:
        return None
    if tokens[match.last].folded in vocab.en_prepositions:
        if not (joined(tokens, end, blocked) and tokens[end].folded in vocab.authorities_after):
            return None  # "authorities of X province"; "authorities of X" may be anything
        end += 1
    return Body(i, end, tuple(t.folded for t in tokens[i:end]))
