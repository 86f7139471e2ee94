"""Organisations not yet in the registry, found by how their names are built.

Its patterns, words from ``resources/tagging/organisations.json``:

- a name opened by a head noun ("Ministry of …", "Hiệp hội …", "Persatuan …",
  "Asociación …") or closed by a tail ("… Food Association", "… Berhad") and followed by
  its acronym in brackets: "Persatuan Pengusaha Beras Negara (PPBN)";
- a local government and its province or city: "UBND tỉnh Hà Giang";
- a diplomatic mission, its country and its seat, under one English name
  (:mod:`desktop.core.tagging.missions`): "Đại sứ quán Việt Nam tại Pháp";
- a public body named without an acronym, read by the grammar of bodies' names
  (:mod:`desktop.core.tagging.bodies`): "Direction générale de la sécurité civile";
- a ministry named through its minister's title (:mod:`desktop.core.tagging.ministers`):
  "Menteri Perladangan dan Komoditi" gives "Kementerian Perladangan dan Komoditi";
- an office named through its holder's title and seat (:mod:`desktop.core.tagging.offices`):
  "la préfète du Pas-de-Calais" gives "préfecture du Pas-de-Calais".

Only whole names count: the name runs from its head (or the start of its capitalised
run) to the bracket, crosses no punctuation, holds no registry actor, and is not a
country or a place. A person's name never has a head noun, so people stay people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.tagging.bodies import find_bodies
from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import _load
from desktop.core.tagging.ministers import find_ministers
from desktop.core.tagging.missions import find_missions
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.offices import find_offices
from desktop.core.tagging.text import (
    SOFT,
    PhraseTrie,
    Token,
    fold_word,
    phrases_trie,
)

MAX_WORDS = 16  # "Commission de la Communauté économique des États de l’Afrique de l’Ouest"


@dataclass(frozen=True)
class _Vocabulary:
    heads: PhraseTrie[str]  # payload: the head's language
    tails: frozenset[str]
    joiners: frozenset[str]
    local: PhraseTrie[bool]


@cache
def _vocabulary() -> _Vocabulary:
    data = _load("tagging/organisations.json")
    heads = phrases_trie((word, lang) for lang, words in data["heads"].items() for word in words)
    local = phrases_trie((phrase, True) for phrase in data["local"])
    return _Vocabulary(
        heads,
        frozenset(fold_word(w) for w in data["tails"]),
        frozenset(fold_word(w) for w in data["joiners"]),
        local,
    )


@dataclass
class NewOrganisation:
    name: str
    folded: tuple[str, ...]
    acronym: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    in_lead: bool = False


def _acronym_at(tokens: Sequence[Token], text: str, k: int) -> bool:
    """Whether token ``k`` is an acronym alone in brackets: "(ABC)"."""
    t = tokens[k]
    if not (t.upper and 2 <= len(t.text) <= 8 and t.text[:1].isalpha()):
        return False
    before = text[tokens[k - 1].end : t.start].strip() if k > 0 else ""
    after = text[t.end : t.end + 2].strip()[:1]
    return before == "(" and after == ")"


def _spells(acronym: str, words: Sequence[Token]) -> bool:
    """Whether the acronym's letters are the initials of ``words`` in order, the first
    letter the first word's: SNSM for "Société nationale de sauvetage en mer"."""
    letters = [c for c in fold_word(acronym) if c.isalpha()]
    initials = [fold_word(t.text)[:1] for t in words]
    if len(letters) < 2 or not initials or initials[0] != letters[0]:
        return False
    i = 1
    for initial in initials[1:]:
        if i < len(letters) and initial == letters[i]:
            i += 1
    return i == len(letters)


def _start(tokens: Sequence[Token], blocked: Sequence[bool], end: int) -> int | None:
    """Where the name that ends before ``end`` starts (``None`` when it is no organisation)."""
    vocab = _vocabulary()
    span = end
    while span > 0 and end - span < MAX_WORDS and not blocked[span - 1]:
        span -= 1
        if tokens[span].gap != SOFT:
            break
    for s in range(span, end - 1):  # the leftmost head that makes a whole name
        head = vocab.heads.longest_at(tokens, s, max_gap=SOFT)
        if head is None or head.last >= end - 1:
            continue
        written_lower = not tokens[s].capitalised
        if written_lower and "vi" not in head.payloads and head.payloads[0] not in ("fr", "es"):
            continue
        vietnamese = "vi" in head.payloads
        rest = tokens[head.last + 1 : end]
        if all(t.capitalised or t.folded in vocab.joiners or vietnamese for t in rest):
            if any(t.capitalised for t in rest):
                return s
        if not written_lower and end < len(tokens) and _spells(tokens[end].text, tokens[s:end]):
            return s  # "Société nationale de sauvetage en mer (SNSM)": sentence case
    if tokens[end - 1].folded in vocab.tails and tokens[end - 1].capitalised:
        s = end - 1
        while s > span and (tokens[s - 1].capitalised or tokens[s - 1].folded in vocab.joiners):
            s -= 1
        while s < end and (not tokens[s].capitalised or tokens[s].folded in vocab.joiners):
            s += 1  # "The …", "La …" open the sentence, not the name
        if end < len(tokens):  # the acronym tells where the name starts: "Officials of
            for c in range(end - 2, s, -1):  # the Public Prosecutor's Office (PPO)"
                if tokens[c].capitalised and _spells(tokens[end].text, tokens[c:end]):
                    s = c
                    break
        return s if end - s >= 2 else None
    return None


def _place_only(tokens: Sequence[Token], first: int, end: int) -> bool:
    found = country_at(tokens, first)
    return found is not None and found[1] >= end - 1


def find_organisations(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    blocked: list[bool],
    found: dict[tuple[str, ...], NewOrganisation],
    lead_end: int,
    language: str | None = None,
    *,
    capitals_tell: bool = True,
) -> None:
    """Add the new organisations named in ``tokens`` to ``found``; mark their words.

    ``capitals_tell`` is false for a headline with every word capitalised: the names
    read from capitals alone (:mod:`desktop.core.tagging.bodies`) are not looked for."""
    vocab = _vocabulary()
    n = len(tokens)

    def add(
        first: int, end: int, acronym: str = "", name: str = "", key: tuple[str, ...] = ()
    ) -> None:
        if _place_only(tokens, first, end) or any(blocked[first:end]):
            return
        start, stop = tokens[first].start, tokens[end - 1].end
        if key:
            folded = key
        elif name:  # one English name for a mission, whatever the language
            folded = tuple(fold_word(w) for w in name.split())
        else:
            folded = tuple(t.folded for t in tokens[first:end])
        written = name or text[start:stop]
        org = found.setdefault(folded, NewOrganisation(written, folded, acronym))
        if len(written) > len(org.name) and not org.acronym:
            org.name = written  # the name with its country: "Tổng cục Xuất nhập cảnh Campuchia"
        org.evidence.append(Evidence(start, stop, text[start:stop], field_name))
        org.in_lead = org.in_lead or start < lead_end
        for k in range(first, end):
            blocked[k] = True

    for mission in find_missions(tokens, text, blocked, lambda k: _acronym_at(tokens, text, k)):
        add(mission.first, mission.end, mission.acronym, mission.name)
    for k in range(1, n):
        if not blocked[k] and _acronym_at(tokens, text, k):
            first = _start(tokens, blocked, k)
            if first is not None and k - first >= 2:
                add(first, k, tokens[k].text)
                blocked[k] = True
    for i in range(n):
        local = vocab.local.longest_at(tokens, i, max_gap=SOFT)
        if local is None or blocked[i] or not tokens[i].capitalised:
            continue
        end = local.last + 1
        while end < n and tokens[end].gap == SOFT and tokens[end].capitalised and end - i < 8:
            end += 1
        if end > local.last + 1:
            add(i, end)
    if capitals_tell:
        for minister in find_ministers(tokens, text, blocked, language):
            add(minister.first, minister.end, name=minister.name, key=minister.key)
        for office in find_offices(tokens, text, blocked):
            add(office.first, office.end, name=office.name, key=office.key)
        for body in find_bodies(tokens, text, blocked, language):
            add(body.first, body.end, key=body.key)
    acronyms = {o.acronym: o for o in found.values() if o.acronym}
    for k in range(n):  # the acronym alone later on
        org = acronyms.get(tokens[k].text) if tokens[k].upper else None
        if org is not None and not blocked[k]:
            start, stop = tokens[k].start, tokens[k].end
            org.evidence.append(Evidence(start, stop, text[start:stop], field_name))
            blocked[k] = True
