"""People not yet in the registry, found next to a title.

"Đại sứ Phan Chí Thành", "Timbalan Menteri Luar Negeri Le Thi Thu Hang", "Mme Kendra
Rinas", "Luong Thanh Quang, chef adjoint…": a title (from ``resources/tagging/
titles.json``), then optionally a portfolio, a country or a known body, then two to
five capitalised words. A lone surname ("Mme Rinas") only counts when it ends a full
name found in the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import title_vocabulary
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.text import COMMA, DOT, SOFT, PhraseTrie, Token, parse_pattern

MAX_NAME = 5
MAX_SKIP = 10


@dataclass
class NewPerson:
    name: str  # as written in the text (its longest form)
    folded: tuple[str, ...]
    evidence: list[Evidence] = field(default_factory=list)
    in_lead: bool = False


@cache
def _titles() -> PhraseTrie[bool]:
    """Titles; the payload says whether the title needs a full stop after it ("M.")."""
    trie: PhraseTrie[bool] = PhraseTrie()
    for title in title_vocabulary().titles:
        pattern = parse_pattern(title, cased_acronyms=False)
        if pattern is not None:
            trie.add(pattern.keys, title.endswith("."))
    return trie


@cache
def _complements() -> PhraseTrie[bool]:
    trie: PhraseTrie[bool] = PhraseTrie()
    for phrase in title_vocabulary().complements:
        pattern = parse_pattern(phrase, cased_acronyms=False)
        if pattern is not None:
            trie.add(pattern.keys, True)
    return trie


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not (text.isupper() and len(text) > 1)


def _name_run(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Index after the capitalised run starting at ``j`` (``j`` when there is none)."""
    particles = title_vocabulary().particles
    k = j
    n = len(tokens)
    while k < n and k - j < MAX_NAME:
        token = tokens[k]
        if k > j and token.gap != SOFT:
            break
        if blocked[k]:
            break
        if _is_name_word(token):
            k += 1
            continue
        if k > j and token.folded in particles and token.text.islower():
            k += 1
            continue
        break
    while k > j and not _is_name_word(tokens[k - 1]):
        k -= 1  # no trailing particle
    return k


def _skip_to_name(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Skip portfolio words, countries, connectors and known bodies after a title."""
    connectors = title_vocabulary().connectors
    n = len(tokens)
    steps = 0
    while j < n and steps < MAX_SKIP:
        if tokens[j].gap > COMMA:
            break
        steps += 1
        if blocked[j]:
            j += 1
            continue
        comp = _complements().longest_at(tokens, j)
        if comp is not None:
            j = comp.last + 1
            continue
        country = country_at(tokens, j)
        if country is not None:
            j = country[1] + 1
            continue
        if tokens[j].folded in connectors and not tokens[j].capitalised:
            j += 1
            continue
        title = _titles().longest_at(tokens, j)
        if title is not None:
            j = title.last + 1
            continue
        break
    return j


def _candidate(
    tokens: Sequence[Token], first: int, end: int, text: str, field_name: str
) -> tuple[tuple[str, ...], Evidence] | None:
    if end <= first:
        return None
    if any(country_at(tokens, k) is not None for k in range(first, end)):
        return None  # "Đoàn Việt Nam", "Embassy of Thailand": not a person's name
    start, stop = tokens[first].start, tokens[end - 1].end
    folded = tuple(t.folded for t in tokens[first:end])
    return folded, Evidence(start, stop, text[start:stop], field_name)


def find_people(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    blocked: Sequence[bool],
    found: list[tuple[tuple[str, ...], Evidence]],
) -> None:
    """Append (folded name words, evidence) of people named next to a title."""
    titles = _titles()
    n = len(tokens)
    i = 0
    while i < n:
        match = titles.longest_at(tokens, i, max_gap=SOFT)
        if match is None or blocked[i]:
            i += 1
            continue
        after = match.last + 1
        needs_dot = any(match.payloads)
        if after < n:
            gap = tokens[after].gap
            ok = gap == DOT if needs_dot else gap in (SOFT, DOT)
            if ok:
                j = _skip_to_name(tokens, after, blocked)
                end = _name_run(tokens, j, blocked)
                candidate = _candidate(tokens, j, end, text, field_name)
                if candidate is not None:
                    found.append(candidate)
        # "Luong Thanh Quang, chef adjoint du département consulaire"
        if tokens[i].gap == COMMA and i >= 2:
            k = i
            while k > 0 and i - k < MAX_NAME and _is_name_word(tokens[k - 1]):
                if blocked[k - 1] or (k < i and tokens[k].gap != SOFT):
                    break
                k -= 1
            lead = titles.longest_at(tokens, k, max_gap=SOFT) if k < i else None
            if lead is not None and lead.last < i - 1:
                k = lead.last + 1  # "Mme Kendra Rinas, cheffe…": the name without "Mme"
            if i - k >= 2 and (k == 0 or tokens[k].gap != SOFT or not tokens[k - 1].capitalised):
                candidate = _candidate(tokens, k, i, text, field_name)
                if candidate is not None:
                    found.append(candidate)
        i = match.last + 1


def group_people(
    found: Sequence[tuple[tuple[str, ...], Evidence]],
    known_surnames: dict[str, set[int]],
    lead_end: int,
) -> tuple[list[NewPerson], dict[int, list[Evidence]]]:
    """Merge mentions by name; a lone surname joins the full name it ends.

    Returns the new people and, per known actor, evidence of its surname-only mentions.
    """
    people: dict[tuple[str, ...], NewPerson] = {}
    singles: list[tuple[str, Evidence]] = []
    for folded, evidence in found:
        if len(folded) == 1:
            singles.append((folded[0], evidence))
            continue
        person = people.get(folded)
        if person is None:
            person = people[folded] = NewPerson(evidence.text, folded)
        if all(evidence.start != e.start or evidence.field != e.field for e in person.evidence):
            person.evidence.append(evidence)
        person.in_lead = person.in_lead or (evidence.field == "title" or evidence.start < lead_end)
    known: dict[int, list[Evidence]] = {}
    for surname, evidence in singles:
        owners = [p for p in people.values() if p.folded[-1] == surname]
        if len(owners) == 1:
            owners[0].evidence.append(evidence)
            continue
        ids = known_surnames.get(surname, set())
        if not owners and len(ids) == 1:
            known.setdefault(next(iter(ids)), []).append(evidence)
    return list(people.values()), known
