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
from functools import cache

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import title_vocabulary
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.text import (
    COMMA,
    DOT,
    SOFT,
    PhraseTrie,
    Token,
    parse_pattern,
    tokenize,
)

MAX_NAME = 5
MAX_SKIP = 10
MAX_ROLE = 30
MAX_ROLE_AFTER = 14
LINKS = frozenset({"of", "from", "at", "dari", "daripada", "de", "del", "du", "cua", "tu", "with"})
HONORIFICS = frozenset(
    "mr mrs ms dr m mme mlle mm me pr sr sra srta don dona senor senora ong ba encik en puan pn "
    "cik tuan bapak pak ibu saudara datuk dato datin tan sri dong chi professor prof".split()
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


def _trie(phrases: Sequence[str], payload_dot: bool = False) -> PhraseTrie[bool]:
    trie: PhraseTrie[bool] = PhraseTrie()
    for phrase in phrases:
        pattern = parse_pattern(phrase, cased_acronyms=False)
        if pattern is not None:
            trie.add(pattern.keys, phrase.endswith(".") if payload_dot else True)
    return trie


@cache
def _titles() -> PhraseTrie[bool]:
    """Titles; the payload says whether the title needs a full stop after it ("M.")."""
    return _trie(title_vocabulary().titles, payload_dot=True)


@cache
def _complements() -> PhraseTrie[bool]:
    return _trie(title_vocabulary().complements)


@cache
def _verbs_after() -> PhraseTrie[bool]:
    return _trie(title_vocabulary().reporting_after)


@cache
def _verbs_before() -> PhraseTrie[bool]:
    return _trie(title_vocabulary().reporting_before)


@cache
def _places() -> PhraseTrie[bool]:
    return _trie(title_vocabulary().place_words)


@cache
def _not_name() -> frozenset[str]:
    """Folded words that never belong to a person's name: institutions' words, title words
    (Vietnamese ones left out: their syllables are also names) and sentence openers."""
    from desktop.core.tagging.data import _load
    from desktop.core.tagging.text import fold_word

    titles = _load("tagging/titles.json")["titles"]
    words = {
        fold_word(word)
        for lang, items in titles.items()
        if lang != "vi"
        for title in items
        for word in title.split()
        if word[:1].isupper()
    }
    return title_vocabulary().not_name_words | frozenset(words)


def _title_at(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the last token of a title starting at ``k`` ("M." needs its full stop)."""
    match = _titles().longest_at(tokens, k, max_gap=SOFT)
    if match is None:
        return None
    if any(match.payloads) and (match.last + 1 >= len(tokens) or tokens[match.last + 1].gap != DOT):
        return None
    return match.last


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not (text.isupper() and len(text) > 1)


def _particle(token: Token) -> bool:
    return token.folded in title_vocabulary().particles and token.text.islower()


def _crossable(text: str, a: Token, b: Token) -> bool:
    """Only spaces, commas and brackets between ``a`` and ``b`` (a role may hold "(…)")."""
    return not text[a.end : b.start].strip(" ,()\u00a0")


def _name_run(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Index after the capitalised run starting at ``j`` (``j`` when there is none)."""
    k = j
    n = len(tokens)
    while k < n and k - j < MAX_NAME:
        if (k > j and tokens[k].gap != SOFT) or blocked[k]:
            break
        if _is_name_word(tokens[k]) or (k > j and _particle(tokens[k])):
            k += 1
            continue
        break
    while k > j and not _is_name_word(tokens[k - 1]):
        k -= 1  # no trailing particle
    return k


def _run_back(tokens: Sequence[Token], end: int, blocked: Sequence[bool]) -> int:
    """Start of the capitalised run that ends just before ``end``."""
    k = end
    while k > 0 and end - k < MAX_NAME + 2:
        if k < end and tokens[k].gap != SOFT:
            break
        t = tokens[k - 1]
        if blocked[k - 1] or not (_is_name_word(t) or (k < end and _particle(t))):
            break
        k -= 1
    while k < end and not _is_name_word(tokens[k]):
        k += 1
    return k


def _is_place(tokens: Sequence[Token], first: int, end: int) -> bool:
    vocab = title_vocabulary()
    for back in (1, 2):  # "in Bangkok", "procedentes de Mae Sot"
        k = first - back
        if k < 0 or tokens[k + 1].gap != SOFT:
            break
        if tokens[k].folded in vocab.locatives:
            return True
        if tokens[k].folded not in vocab.connectors:
            break
    if end < len(tokens) and tokens[end].gap == SOFT and _places().longest_at(tokens, end):
        return True
    for back in (1, 2, 3):  # "sân bay Nội Bài", "aeropuerto de Mae Sot"
        k = first - back
        if k < 0 or tokens[k + 1].gap > COMMA:
            break
        match = _places().longest_at(tokens, k)
        if match is not None and match.last >= first - 3:
            return True
    return False


def _valid(
    tokens: Sequence[Token],
    first: int,
    end: int,
    blocked: Sequence[bool],
    *,
    min_words: int = 2,
) -> tuple[int, int] | None:
    """The name's bounds once leading title words are left out, or ``None``."""
    bad = _not_name()
    while first < end:
        title_end = _title_at(tokens, first)
        country = country_at(tokens, first)
        if title_end is not None and title_end < end - 1:
            first = title_end + 1
        elif country is not None and country[1] < end - 1:
            first = country[1] + 1
        elif tokens[first].folded in bad or not _is_name_word(tokens[first]):
            first += 1
        else:
            break
    while end > first and not _is_name_word(tokens[end - 1]):
        end -= 1
    words = [t for t in tokens[first:end] if _is_name_word(t)]
    if not (min_words <= len(words) <= MAX_NAME):
        return None
    for k in range(first, end):
        if blocked[k] or tokens[k].folded in bad or country_at(tokens, k) is not None:
            return None
    if _is_place(tokens, first, end):
        return None
    return first, end


def _role_before(tokens: Sequence[Token], text: str, first: int) -> str:
    """The title phrase standing before the name in its sentence ("" when none)."""
    start = None
    k = first - 1
    while k >= 0 and first - k <= MAX_ROLE:
        nxt = tokens[k + 1]
        if nxt.gap >= DOT and not _crossable(text, tokens[k], nxt):
            break  # a sentence ends (brackets and commas do not)
        if _verb_at(tokens, k):
            break  # another clause: "X đã tiếp bà Y", "X met Ambassador Y"
        if _title_at(tokens, k) is not None:
            start = k
        k -= 1
    if start is None:
        return ""
    return text[tokens[start].start : tokens[first - 1].end].strip(" ,(")


def _role_after(tokens: Sequence[Token], text: str, end: int) -> str:
    """The apposition after "Name," when it holds a title ("a senior specialist at the ILO")."""
    if end >= len(tokens) or tokens[end].gap != COMMA:
        return ""
    k, titled = end, False
    while k < len(tokens) and k - end < MAX_ROLE_AFTER:
        if k > end and tokens[k].gap != SOFT:
            break
        titled = titled or (k - end <= 5 and _title_at(tokens, k) is not None)
        k += 1
    return text[tokens[end].start : tokens[k - 1].end] if titled else ""


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
    if all(t.folded in HONORIFICS for t in tokenize(role)):
        role = ""  # "Mme", "bà", "Datuk" say who, not what
    start, stop = tokens[first].start, tokens[end - 1].end
    folded = tuple(t.folded for t in tokens[first:end] if _is_name_word(t) or _particle(t))
    found.append((folded, Evidence(start, stop, text[start:stop], field_name), role, alone))


def _skip_to_name(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Skip portfolio words, countries, connectors and known bodies after a title."""
    connectors = title_vocabulary().connectors
    n = len(tokens)
    steps = 0
    while j < n and steps < MAX_SKIP:
        if tokens[j].gap > COMMA:
            break
        steps += 1
        if blocked[j] or tokens[j].upper:
            j += 1
            continue
        for trie in (_complements(), _titles()):
            match = trie.longest_at(tokens, j)
            if match is not None:
                j = match.last + 1
                break
        else:
            country = country_at(tokens, j)
            if country is not None:
                j = country[1] + 1
            elif tokens[j].folded in connectors and not tokens[j].capitalised:
                j += 1
            else:
                break
    return j


def _after_title(
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    blocked: Sequence[bool],
    i: int,
    found: list[Found],
) -> int:
    """A name after the title starting at ``i``; returns the index to go on from."""
    match = _titles().longest_at(tokens, i, max_gap=SOFT)
    if match is None:
        return i + 1
    after = match.last + 1
    if after < len(tokens):
        gap = tokens[after].gap
        if gap == DOT if any(match.payloads) else gap in (SOFT, DOT):
            j = _skip_to_name(tokens, after, blocked)
            end = _name_run(tokens, j, blocked)
            bounds = _valid(tokens, j, end, blocked, min_words=1)
            if bounds is not None:
                start = i - 1 if i > 0 and blocked[i - 1] and tokens[i].gap == SOFT else i
                role = text[tokens[start].start : tokens[bounds[0] - 1].end].strip(" ,(")
                if all(t.folded in HONORIFICS for t in tokens[i : bounds[0]]):
                    role = _role_before(tokens, text, i)
                _emit(
                    tokens,
                    text,
                    field_name,
                    bounds,
                    role or _role_after(tokens, text, bounds[1]),
                    found,
                )
    return match.last + 1


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
        if token.gap <= COMMA and _verb_at(tokens, i):
            e = i
            while e > 0 and tokens[e - 1].folded in vocab.adverbs and tokens[e].gap == SOFT:
                e -= 1
            first = _run_back(tokens, e, blocked)
            bounds = _valid(tokens, first, e, blocked)
            alone = False
            if bounds is None and first < e:  # a single name: "Duta Besar … Malaysia Hermono"
                bounds = _valid(tokens, first, e, blocked, min_words=1)
                alone = bounds is not None and _stands_alone(tokens, bounds[0])
                bounds = bounds if alone else None
            if bounds is not None:
                role = _role_before(tokens, text, bounds[0]) or _role_after(tokens, text, bounds[1])
                if alone and not role:
                    continue
                _emit(tokens, text, field_name, bounds, role, found, alone)
        # "Jane Roe, a senior specialist at the ILO" / "Jane Roe of the ASEAN Secretariat"
        if token.gap == COMMA or (token.gap == SOFT and token.folded in LINKS):
            first = _run_back(tokens, i, blocked)
            bounds = _valid(tokens, first, i, blocked) if first < i else None
            if (
                bounds is None
                or first > 0
                and tokens[first].gap == SOFT
                and tokens[first - 1].capitalised
            ):
                continue
            if token.gap == COMMA:
                role = _role_after(tokens, text, bounds[1])
                if role:
                    _emit(tokens, text, field_name, bounds, role, found)
            elif _institution_follows(tokens, i + 1, blocked):
                _emit(
                    tokens, text, field_name, bounds, _role_before(tokens, text, bounds[0]), found
                )
    # "Menurut Ketua Pengarah …, Jane Roe, …": a name set off by commas after its title
    for i in range(1, n):
        if tokens[i].gap != COMMA:
            continue
        end = _name_run(tokens, i, blocked)
        if end >= n or tokens[end].gap != COMMA:
            continue
        bounds = _valid(tokens, i, end, blocked)
        if bounds is not None and bounds[0] == i:
            role = _role_before(tokens, text, i)
            if role:
                _emit(tokens, text, field_name, bounds, role, found)
    # "said Jane Roe", "menurut Jane Roe"
    for i in range(n):
        match = _verbs_before().longest_at(tokens, i, max_gap=SOFT)
        if match is None or match.last + 1 >= n:
            continue
        j = match.last + 1
        if tokens[j].gap > COMMA:
            continue
        end = _name_run(tokens, j, blocked)
        bounds = _valid(tokens, j, end, blocked)
        if bounds is not None and (bounds[1] >= n or tokens[bounds[1]].gap >= COMMA):
            _emit(tokens, text, field_name, bounds, _role_after(tokens, text, bounds[1]), found)


def _stands_alone(tokens: Sequence[Token], k: int) -> bool:
    """Whether the one-word name at ``k`` follows its office, not the rest of a name."""
    if k == 0 or tokens[k].gap != SOFT:
        return False
    prev = tokens[k - 1]
    if not prev.capitalised or prev.upper or prev.folded in _not_name():
        return True
    return any(
        (found := country_at(tokens, j)) is not None and found[1] == k - 1
        for j in range(max(0, k - 3), k)
    )


def _verb_at(tokens: Sequence[Token], i: int) -> bool:
    """A verb of attribution at ``i``; French past tenses too ("a lancé", "a rencontré")."""
    if _verbs_after().longest_at(tokens, i, max_gap=SOFT) is not None:
        return True
    return (
        tokens[i].text == "a"
        and i + 1 < len(tokens)
        and tokens[i + 1].gap == SOFT
        and tokens[i + 1].text.endswith(("é", "ée", "i", "u", "it", "is", "int"))
    )


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
