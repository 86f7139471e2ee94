"""People not yet in the registry, found by the words that stand around a name, with
the role the text gives them.

Four patterns, in every supported language (words from ``resources/tagging/titles.json``):

- a title before the name: "Đại sứ Phan Chí Thành", "Timbalan Menteri Luar Negeri Ahmad
  Zaki", "Mme Kendra Rinas", "Kepala Misi IOM di Vietnam Jane Roe";
- a name before a verb of attribution: "…, Jane Roe berkata", "Trần Văn An cho biết",
  "…, Juan Pérez, consideró", also after one: "said Jane Roe", "menurut Jane Roe";
- a name followed by its role: "Jane Roe, a senior specialist at the ILO, said",
  "Luong Thanh Quang, chef adjoint du département consulaire";
- a name followed by its institution: "Jane Roe of the ASEAN Secretariat".

A name is two to five capitalised words (particles such as "bin", "van", "de" inside);
it never holds an institution's word ("Inválidos de Guerra y Asuntos" is a fragment of a
ministry's name, not a person), a country, a registry actor, or a place (a phrase after
"in"/"tại"/"di" or next to "airport"/"province"). The role is the title phrase before the
name or the apposition after it. A lone surname ("Mme Rinas") only counts when it ends a
full name found in the same text.

No named-entity model is used: spaCy ships current pipelines on PyPI for French only
(the Spanish one is years old and the English ones are unofficial mirrors), none for
Vietnamese, Malay or Indonesian, and a pipeline costs tens of milliseconds per article
where all suggestions must fit in 50 ms; these patterns cover the six languages alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import title_vocabulary
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.names import (
    HONORIFICS,
    complements,
    is_name_word,
    is_particle,
    name_run,
    role_after,
    role_before,
    run_back,
    stands_alone,
    tidy_role,
    title_at,
    valid_name,
    verb_at,
    verbs_before,
)
from desktop.core.tagging.text import COMMA, DOT, SOFT, Token

MAX_SKIP = 10
LINKS = frozenset({"of", "from", "at", "dari", "daripada", "de", "del", "du", "cua", "tu", "with"})
# words that may end an apposition "title, Name …" besides a comma or the sentence's end,
# among them relative pronouns ("…, Sigit Prasetyo yang hadir berkata", "…, Jane Roe, who")
APPOSITION_ENDS = LINKS | frozenset(
    "pour para untuk mewakili representing and et y dan serta va cung "
    "yang who qui quien quienes".split()
)

# folded name words, evidence, role, and whether a one-word name stands alone (a mononym)
Found = tuple[tuple[str, ...], Evidence, str, bool]


@dataclass
class NewPerson:
    name: str  # as written in the text (its longest form)
    folded: tuple[str, ...]
    evidence: list[Evidence] = field(default_factory=list)
    in_lead: bool = False
    role: str = ""


def _emit(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    bounds: tuple[int, int],
    role: str,
    found: list[Found],
    alone: bool = False,
) -> None:
    first, end = bounds
    start, stop = tokens[first].start, tokens[end - 1].end
    written = text[start:stop]
    if first + 1 < end and not any(ch.isspace() for ch in written):
        return  # one hyphenated word ("Pas-de-Calais", "Gris-Nez") names a place
    role = tidy_role(role)  # "Mme", "bà", "Datuk" say who, not what
    folded = tuple(t.folded for t in tokens[first:end] if is_name_word(t) or is_particle(t))
    found.append((folded, Evidence(start, stop, text[start:stop], field_name), role, alone))


def _skip_to_name(tokens: Sequence[Token], j: int, blocked: Sequence[bool], text: str = "") -> int:
    """Skip portfolio words, countries, connectors and known bodies after a title, and
    the acronym in brackets that closes a body's name ("… Sumber Manusia (KESUMA) X")."""
    connectors = title_vocabulary().connectors
    n = len(tokens)
    steps = 0
    while j < n and steps < MAX_SKIP:
        if tokens[j].gap > COMMA:
            if j + 1 < n and text and _acronym_in_brackets(text, tokens, j):
                steps += 1
                j += 1
                if text[tokens[j - 1].end : tokens[j].start].strip() == ")":
                    return j
                continue
            break
        steps += 1
        if blocked[j] or tokens[j].upper:
            j += 1
            continue
        complement = complements().longest_at(tokens, j)
        title_end = title_at(tokens, j)
        if complement is not None or title_end is not None:
            j = max(complement.last if complement else -1, title_end or -1) + 1
        else:
            country = country_at(tokens, j)
            if country is not None:
                j = country[1] + 1
            elif tokens[j].folded in connectors and not tokens[j].capitalised:
                j += 1
            else:
                acronym = _unit_then_acronym(tokens, j, text)
                if acronym is None or acronym + 1 >= n or not tokens[acronym + 1].capitalised:
                    break  # "Minister Jane Roe (IOM) on Monday": the name came first
                j = acronym + 1
    return j


_MAX_UNIT_WORDS = 6


def _unit_then_acronym(tokens: Sequence[Token], j: int, text: str = "") -> int | None:
    """The acronym closing a unit's name after a title ("Direktur Jenderal Penempatan
    KP2MI Andi Prasetyo", "Timbalan Ketua Setiausaha Kementerian Sumber Manusia (KESUMA)
    Rosli"): its index, when a few capitalised words lead to it."""
    for k in range(j, min(len(tokens), j + _MAX_UNIT_WORDS + 1)):
        if k > j and text and _acronym_in_brackets(text, tokens, k):
            return k
        if k > j and tokens[k].gap != SOFT:
            return None
        if k > j and tokens[k].upper and len(tokens[k].text) >= 2:
            return k
        if not tokens[k].capitalised:
            return None
    return None


def _after_title(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    blocked: Sequence[bool],
    i: int,
    found: list[Found],
) -> int:
    """A name after the title starting at ``i``; returns the index to go on from."""
    last = title_at(tokens, i)
    if last is None:
        return i + 1
    after = last + 1
    if after < len(tokens):
        if tokens[after].gap in (SOFT, DOT):
            j = _skip_to_name(tokens, after, blocked, text)
            end = name_run(tokens, j, blocked)
            bounds = valid_name(tokens, j, end, blocked, min_words=1)
            if bounds is not None:
                start = i - 1 if i > 0 and blocked[i - 1] and tokens[i].gap == SOFT else i
                role = text[tokens[start].start : tokens[bounds[0] - 1].end].strip(" ,(")
                if all(t.folded in HONORIFICS for t in tokens[i : bounds[0]]):
                    role = role_before(tokens, text, i)
                _emit(
                    tokens,
                    text,
                    field_name,
                    bounds,
                    role or role_after(tokens, text, bounds[1]),
                    found,
                )
    return last + 1


def find_people(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    blocked: Sequence[bool],
    found: list[Found],
) -> None:
    """Append (folded name words, evidence, role) of the people named in ``tokens``."""
    vocab = title_vocabulary()
    n = len(tokens)
    i = 0
    while i < n:
        i = _after_title(tokens, text, field_name, blocked, i, found)
    for i in range(1, n):
        token = tokens[i]
        # "…, Jane Roe berkata" / "Trần Văn An cho biết"
        if token.gap <= COMMA and verb_at(tokens, i):
            e = i
            while e > 0 and tokens[e - 1].folded in vocab.adverbs and tokens[e].gap == SOFT:
                e -= 1
            first = run_back(tokens, e, blocked)
            bounds = valid_name(tokens, first, e, blocked)
            alone = False
            if bounds is None and first < e:  # a single name: "Duta Besar … Malaysia Hermono"
                bounds = valid_name(tokens, first, e, blocked, min_words=1)
                alone = bounds is not None and stands_alone(tokens, bounds[0])
                bounds = bounds if alone else None
            if bounds is not None:
                role = role_before(tokens, text, bounds[0]) or role_after(tokens, text, bounds[1])
                if alone and not role:
                    continue
                _emit(tokens, text, field_name, bounds, role, found, alone)
        # "Jane Roe, a senior specialist at the ILO" / "Jane Roe of the ASEAN Secretariat"
        if token.gap == COMMA or (token.gap == SOFT and token.folded in LINKS):
            first = run_back(tokens, i, blocked)
            bounds = valid_name(tokens, first, i, blocked) if first < i else None
            if (
                bounds is None
                or first > 0
                and tokens[first].gap == SOFT
                and tokens[first - 1].capitalised
            ):
                continue
            if token.gap == COMMA:
                role = role_after(tokens, text, bounds[1])
                if role:
                    _emit(tokens, text, field_name, bounds, role, found)
            elif _institution_follows(tokens, i + 1, blocked):
                _emit(tokens, text, field_name, bounds, role_before(tokens, text, bounds[0]), found)
    # "Menurut Ketua Pengarah …, Jane Roe, …": a name set off by a comma after its title,
    # then a comma, the sentence's end or a linking word ("Les coprésidents, X pour …")
    for i in range(1, n):
        if tokens[i].gap != COMMA and not _bracket_then_comma(text, tokens[i - 1], tokens[i]):
            continue
        end = name_run(tokens, i, blocked)
        if end < n and tokens[end].gap == SOFT and tokens[end].folded not in APPOSITION_ENDS:
            continue
        if end < n and tokens[end].gap == SOFT and not tokens[end].text.islower():
            continue
        bounds = valid_name(tokens, i, end, blocked)
        if bounds is not None and bounds[0] == i:
            role = role_before(tokens, text, i)
            if role:
                _emit(tokens, text, field_name, bounds, role, found)
    # "said Jane Roe", "menurut Jane Roe"
    for i in range(n):
        match = verbs_before().longest_at(tokens, i, max_gap=SOFT)
        if match is None or match.last + 1 >= n:
            continue
        j = match.last + 1
        if tokens[j].gap > COMMA:
            continue
        end = name_run(tokens, j, blocked)
        bounds = valid_name(tokens, j, end, blocked)
        if bounds is not None and (bounds[1] >= n or tokens[bounds[1]].gap >= COMMA):
            _emit(tokens, text, field_name, bounds, role_after(tokens, text, bounds[1]), found)


def _acronym_in_brackets(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is an acronym alone in brackets: "(KESUMA)"."""
    t = tokens[k]
    if not (t.upper and len(t.text) >= 2) or k == 0:
        return False
    after = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
    return text[tokens[k - 1].end : t.start].strip() == "(" and text[
        t.end : after
    ].strip().startswith(")")


def _bracket_then_comma(text: str, a: Token, b: Token) -> bool:
    """A bracket closing before the comma: "… Indonesia (KP2MI), Andi Prasetyo"."""
    return text[a.end : b.start].replace(" ", "") == "),"


def _institution_follows(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> bool:
    """A registry actor within a few words ("of the ASEAN Secretariat", "of Vietnam's …")."""
    for k in range(j, min(j + 4, len(tokens))):
        if tokens[k].gap > SOFT:
            return False
        if blocked[k]:
            return True
    return False


def group_people(
    found: Sequence[Found],
    known_surnames: dict[str, set[int]],
    lead_end: int,
) -> tuple[list[NewPerson], dict[int, list[Evidence]]]:
    """Merge mentions by name; a lone surname joins the full name it ends.

    Returns the new people and, per known actor, evidence of its surname-only mentions.
    """
    people: dict[tuple[str, ...], NewPerson] = {}
    singles: list[tuple[str, Evidence, str, bool]] = []
    for folded, evidence, role, alone in found:
        if len(folded) == 1:
            singles.append((folded[0], evidence, role, alone))
            continue
        person = people.get(folded)
        if person is None:
            person = people[folded] = NewPerson(evidence.text, folded)
        if all(evidence.start != e.start or evidence.field != e.field for e in person.evidence):
            person.evidence.append(evidence)
        person.role = person.role or role
        person.in_lead = person.in_lead or (evidence.field == "title" or evidence.start < lead_end)
    known: dict[int, list[Evidence]] = {}
    for surname, evidence, role, alone in singles:
        owners = [p for p in people.values() if p.folded[-1] == surname]
        if len(owners) == 1:
            if all(evidence.start != e.start for e in owners[0].evidence):
                owners[0].evidence.append(evidence)
            continue
        ids = known_surnames.get(surname, set())
        if not owners and len(ids) == 1:
            known.setdefault(next(iter(ids)), []).append(evidence)
        elif not owners and not ids and alone:
            # a single name with its office ("Duta Besar RI untuk Malaysia Hermono menegaskan")
            person = people.setdefault((surname,), NewPerson(evidence.text, (surname,), role=role))
            if all(evidence.start != e.start for e in person.evidence):
                person.evidence.append(evidence)
            person.in_lead = person.in_lead or evidence.start < lead_end
    return list(people.values()), known
