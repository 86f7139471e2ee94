"""Finding registry actors in a text: one word trie over every alias.

A :class:`CompiledRegistry` is built once per registry version (see
``registry.py``) and reused for every article. A national body's alias that names no
country ("Bộ Ngoại giao", "ministère des Affaires étrangères") is *generic*: it is
read as the body of the country named right next to it, or else of the country the
article is mainly about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from desktop.core.tagging.aliases import alias_variants
from desktop.core.tagging.body_grammar import opens_name, portfolio_words
from desktop.core.tagging.countries import (
    country_at,
    country_counts,
    country_name,
    demonym_view,
)
from desktop.core.tagging.data import _load, title_vocabulary
from desktop.core.tagging.ministers import ministry_named
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.text import (
    DOT,
    HARD,
    SOFT,
    PhraseTrie,
    Token,
    fold_word,
    parse_pattern,
    phrases_trie,
    tokenize,
)

GOVERNMENT = "government"
PERSON = "person"
GENERIC_WORDS = 3  # a unique national body's alias this short may be another country's too
UNIT_OF = "\x00unit"  # marks, among an article's senses, a unit whose parent the text names
FORUM = "forum"  # a recurring meeting or process: matched, never suggested as a participant


@dataclass(frozen=True)
class RegistryActor:
    id: int
    name: str
    kind: str = "organisation"
    country: str = ""
    objectives: tuple[int, ...] = ()


AliasPayload = tuple[int, bool]  # (actor id, generic)


@dataclass
class CompiledRegistry:
    """Every alias of every actor in one trie, plus what resolution needs."""

    actors: dict[int, RegistryActor]
    trie: PhraseTrie[AliasPayload]
    surnames: dict[str, set[int]] = field(default_factory=dict)
    fingerprint: tuple[int, ...] = ()

    @classmethod
    def build(
        cls,
        actors: Iterable[RegistryActor],
        aliases: Iterable[tuple[int, str]],
        fingerprint: tuple[int, ...] = (),
    ) -> CompiledRegistry:
        by_id = {a.id: a for a in actors}
        trie: PhraseTrie[AliasPayload] = PhraseTrie()
        surnames: dict[str, set[int]] = defaultdict(set)
        names = [(a.id, a.name) for a in by_id.values()]
        parsed: list[tuple[RegistryActor, str, tuple[str, ...]]] = []
        countries: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for actor_id, written in [*names, *aliases]:
            actor = by_id.get(actor_id)
            for alias in alias_variants(written):
                pattern = parse_pattern(alias.replace("^", " ").replace("*", " "))
                if actor is None or pattern is None:
                    continue
                parsed.append((actor, alias, pattern.keys))
                countries[pattern.keys].add(actor.country)
        for actor, alias, keys in parsed:
            # generic: names no country, and several countries' bodies bear it or it is short
            # ("Bộ Ngoại giao", "National Assembly"); a long unique name is the body's own
            generic = (
                actor.kind == GOVERNMENT
                and not country_counts(tokenize(alias))
                and (len(countries[keys]) > 1 or len(keys) <= GENERIC_WORDS)
            )
            actor_id = actor.id
            trie.add(keys, (actor_id, generic))
            if actor.kind == PERSON and len(keys) >= 2:
                surnames[keys[-1].lstrip("^*")].add(actor_id)
        return cls(by_id, trie, dict(surnames), fingerprint)


@dataclass
class ActorHit:
    actor_id: int
    evidence: list[Evidence] = field(default_factory=list)
    specific: bool = False  # found by an alias that names it unambiguously
    in_lead: bool = False


def _qualifier(tokens: Sequence[Token], first: int, last: int, text: str = "") -> str | None:
    """A country named right after the phrase ("…of Viet Nam", "…Việt Nam", "… (Thailand)")
    or right before it ("Thai Ministry of Labour", "Malaysia's Human Resources Ministry")."""
    connectors = title_vocabulary().connectors
    j = last + 1
    for _ in range(3):
        if j >= len(tokens):
            break
        bracket = text and text[tokens[j - 1].end : tokens[j].start].strip() == "("
        if tokens[j].gap > 0 and not bracket:
            break
        found = country_at(tokens, j)
        if found is not None:
            return found[0]
        if tokens[j].folded not in connectors or bracket:
            break
        j += 1
    if first > 0 and tokens[first].gap == 0:
        for back in (1, 2, 3):
            k = first - back
            if k < 0:
                break
            found = country_at(tokens, k)
            if found is None:
                continue
            if found[1] == first - 1 or (found[1] == first - 2 and tokens[first - 1].folded == "s"):
                return found[0]
    return None


SENTENCE_WORDS = 25  # how far back in its sentence a mention looks for a country


def _before_in_sentence(tokens: Sequence[Token], first: int) -> str:
    """The country named last before ``first`` in the same sentence ("Vietnam was
    represented by its Deputy Home Affairs Minister"), or ""."""
    k = first
    while k > 0 and first - k < SENTENCE_WORDS and tokens[k].gap < DOT:
        k -= 1
        found = country_at(tokens, k)
        if found is not None and found[1] < first:
            return found[0]
    return ""


@dataclass(frozen=True)
class _Citations:
    by: PhraseTrie[bool]
    passive: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    instrument_of: frozenset[str]
    instruments: PhraseTrie[bool]
    agents: frozenset[str]
    participles: PhraseTrie[bool]
    addressed: PhraseTrie[bool]
    conjunctions: PhraseTrie[bool]


@cache
def _citations() -> _Citations:
    data = _load("tagging/citations.json")

    def trie(phrases: Iterable[str]) -> PhraseTrie[bool]:
        return phrases_trie((phrase, True) for phrase in phrases)

    def words(phrase: str) -> tuple[str, ...]:
        return tuple(t.folded for t in tokenize(phrase))

    return _Citations(
        by=trie(p for items in data["by"].values() for p in items),
        passive=tuple((words(a), words(b)) for a, b in data["passive"]),
        instrument_of=frozenset(fold_word(w) for w in data["instrument_of"]),
        instruments=trie(data["instruments"]),
        agents=frozenset(fold_word(w) for w in data.get("agent_markers", ())),
        participles=trie(data.get("participles", ())),
        addressed=trie(p for items in data.get("addressed", {}).values() for p in items),
        conjunctions=trie(data.get("conjunctions", ())),
    )


_ARTICLES = frozenset({"the", "la", "le", "l", "el", "los", "las", "les"})


def cited(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the body at ``first..last`` is only cited as the author of a law or decision."""
    c = _citations()
    end = first - 1 if first > 0 and tokens[first - 1].folded in _ARTICLES else first
    for back in range(1, 5):  # a "by" phrase ending right before the mention
        k = end - back
        if k < 0:
            break
        match = c.by.longest_at(tokens, k, max_gap=SOFT)
        if match is not None and match.last == end - 1:
            return True
    for before, after in c.passive:
        n, m = len(before), len(after)
        head = tuple(t.folded for t in tokens[max(0, end - n) : end])
        tail = tuple(t.folded for t in tokens[last + 1 : last + 1 + m])
        if head == before and tail == after:
            return True
    if end > 0 and tokens[end - 1].folded in c.agents:  # "adoptée fin novembre par l'…"
        for k in range(max(0, end - 7), end - 1):
            if tokens[k + 1].gap >= DOT:
                continue
            if c.participles.longest_at(tokens, k, max_gap=SOFT) is not None:
                return True
    if end > 0 and tokens[end - 1].folded in c.instrument_of:
        for k in range(max(0, end - 12), end - 1):
            if tokens[k + 1].gap >= HARD:
                continue
            if c.instruments.longest_at(tokens, k) is not None:
                return True
    return False


def _ends_before(trie: PhraseTrie[bool], tokens: Sequence[Token], end: int, reach: int) -> bool:
    """A phrase of ``trie`` ending within ``reach`` words before ``end`` in the same clause."""
    for k in range(max(0, end - reach), end):
        if any(tokens[j].gap > SOFT for j in range(k + 1, end + 1) if j < len(tokens)):
            continue
        if trie.longest_at(tokens, k, max_gap=SOFT) is not None:
            return True
    return False


def addressed(tokens: Sequence[Token], first: int, previous: tuple[int, bool] | None) -> bool:
    """Whether the body at ``first`` is asked to do something ("urged the IOM to …"), or is
    joined by "and" to the body just before that was (``previous``: its last index, flag)."""
    c = _citations()
    end = first - 1 if first > 0 and tokens[first - 1].folded in _ARTICLES else first
    if previous is not None and previous[1]:
        if first == previous[0] + 1:
            return True  # its acronym in brackets: "… pour les migrations (OIM)"
        gap_words = end - previous[0] - 1
        if 0 < gap_words <= 3 and c.conjunctions.longest_at(tokens, previous[0] + 1) is not None:
            return True
    return _ends_before(c.addressed, tokens, end, 4)


@cache
def _units() -> tuple[frozenset[str], PhraseTrie[bool]]:
    data = _load("tagging/units.json")
    heads = frozenset(fold_word(p.split()[0]) for ps in data["heads"].values() for p in ps)
    return heads, phrases_trie((phrase, True) for phrase in data["links"])


def unit_words() -> frozenset[str]:
    """Folded first words of units' names ("Cục", "Department", "Direktorat"…)."""
    return _units()[0]


def _parent_named(
    registry: CompiledRegistry,
    tokens: Sequence[Token],
    text: str,
    unit: tuple[int, int, tuple[AliasPayload, ...]],
    parent: tuple[int, int, tuple[AliasPayload, ...]],
) -> bool:
    """Whether ``unit`` (a department's name) is followed by the body it belongs to:
    "Cục Quản lý lao động ngoài nước (Bộ Nội vụ)", "Department X of the Ministry of Y"."""
    heads, links = _units()
    first, last, payloads = unit
    if tokens[first].folded not in heads:
        return False
    governments = {registry.actors[aid].kind == GOVERNMENT for aid, _g in (*payloads, *parent[2])}
    if governments != {True} or {a for a, _g in payloads} & {a for a, _g in parent[2]}:
        return False
    start = last + 1
    if start == parent[0]:
        return text[tokens[last].end : tokens[start].start].strip() == "("
    if tokens[start].gap > 0:
        return False
    link = links.longest_at(tokens, start, max_gap=0)
    return link is not None and link.last + 1 == parent[0] and tokens[parent[0]].gap == 0


def match_actors(
    registry: CompiledRegistry,
    tokens: Sequence[Token],
    text: str,
    field_name: str,
    country: str,
    hits: dict[int, ActorHit],
    blocked: list[bool],
    lead_end: int,
    mentioned: Collection[str] = (),
    *,
    home: str = "",
    senses: dict[tuple[str, ...], str] | None = None,
    unowned: dict[str, list[Evidence]] | None = None,
) -> None:
    """Add the registry actors found in ``tokens`` to ``hits``; mark their words in ``blocked``.

    A generic alias goes to the body of the country named next to it (or by an adjective
    inside it: "ministère vietnamien de l'Intérieur"), else of the country the same
    alias was qualified with elsewhere in the article (``senses``, filled as it goes),
    else of ``home`` (the country of the article's language: an unqualified "Bộ Nội vụ"
    in Vietnamese is Viet Nam's) when one of its owners is there, else of the article's
    ``country``. An alias that only one body has goes to it when its country is among
    the ``mentioned`` ones (or when the alias is an acronym such as KESUMA).
    """
    kept, adjectives = demonym_view(tokens)
    view = [tokens[k] for k in kept]
    senses = {} if senses is None else senses
    matches = []
    for found in registry.trie.find_all(view):
        first, last = kept[found.first], kept[found.last]
        inside = [adjectives[k] for k in kept[found.first : found.last + 1] if k in adjectives]
        key = tuple(t.folded for t in view[found.first : found.last + 1])
        matches.append((first, last, found.payloads, inside[0] if inside else None, key))
    starts = {m[0] for m in matches}
    matches = [m for m in matches if not _not_its_name(registry, tokens, text, m, starts)]
    for first, last, _payloads, adjective, key in matches:  # qualified mentions first
        named = adjective or _qualifier(tokens, first, last, text)
        if named:
            senses.setdefault(key, named)
    for m, (first, last, payloads, _adjective, key) in enumerate(matches):
        if m + 1 < len(matches) and _parent_named(
            registry, tokens, text, (first, last, payloads), matches[m + 1][:3]
        ):
            senses[(UNIT_OF, *key)] = "parent"  # this unit's parent is named in the article
    previous: tuple[int, bool] | None = None
    for first, last, payloads, adjective, key in matches:
        for k in range(first, last + 1):
            blocked[k] = True
        if (UNIT_OF, *key) in senses:
            continue  # the unit counts for the parent the text names with it
        asked = addressed(tokens, first, previous)
        previous = (last, asked)
        if asked or cited(tokens, first, last):
            continue
        specific = sorted({aid for aid, generic in payloads if not generic})
        chosen: list[int]
        if specific:
            chosen = specific
        else:
            owners = {aid for aid, _generic in payloads}
            named = adjective or _qualifier(tokens, first, last, text) or senses.get(key)
            where = named
            if not where:
                at_home = any(registry.actors[aid].country == home for aid in owners)
                where = home if home and at_home else country or _before_in_sentence(tokens, first)
            chosen = sorted(
                aid for aid in owners if registry.actors[aid].country == where and where
            )
            if not chosen and len(owners) == 1 and not named:  # not "Quốc hội Nhật Bản"
                (only,) = owners
                acronym = first == last and tokens[first].upper
                if acronym or registry.actors[only].country in mentioned:
                    chosen = [only]
        start, end = tokens[first].start, tokens[last].end
        evidence = Evidence(start, end, text[start:end], field_name)
        if not chosen and unowned is not None and not specific:
            written = ministry_named(text[start:end])  # "ministro de X": "Ministerio de X"
            if where:
                name = _body_of(registry, owners, where, written)
            elif mentioned or written != text[start:end] or not _national(registry, owners):
                name = ""  # a title alone ("Minister of Foreign Affairs said") is too vague
            else:  # an article that names no country: the body as the text names it
                name = written
            if name:
                unowned.setdefault(name, []).append(evidence)
        for aid in chosen:
            hit = hits.setdefault(aid, ActorHit(aid))
            hit.evidence.append(evidence)
            hit.specific = hit.specific or bool(specific)
            hit.in_lead = hit.in_lead or start < lead_end


AGREE = 0.75  # how many of the other countries' bodies must bear one English name


_AND = frozenset({"and", "y", "et", "e", "và", "dan"})  # as written: "dân" is no "dan"
_LINKS = frozenset({"de", "du", "des", "la", "l", "del"})
Found = tuple[int, int, tuple[AliasPayload, ...], "str | None", tuple[str, ...]]


def _not_its_name(
    registry: CompiledRegistry, tokens: Sequence[Token], text: str, match: Found, starts: set[int]
) -> bool:
    """Whether a national body's alias found here names another body: a longer name it
    opens ("Ministry of Health" in "Ministry of Health and Family Welfare", whose next
    words are words of bodies' names), or the same name of another country's body
    ("Cục Quản lý xuất nhập cảnh Trung Quốc")."""
    first, last, payloads, adjective, _key = match
    if not all(registry.actors[aid].kind == GOVERNMENT for aid, _g in payloads):
        return False
    n = len(tokens)
    j = last + 1
    if j < n and tokens[j].gap == SOFT and tokens[j].text.casefold() in _AND:
        j += 1
        while j < n and tokens[j].gap == SOFT and tokens[j].folded in _LINKS:
            j += 1
        if (
            j < n
            and tokens[j].gap == SOFT
            and j not in starts
            and tokens[j].capitalised
            and not tokens[j].upper
            and tokens[j].folded in portfolio_words()
            and country_at(tokens, j) is None
            and not opens_name(tokens, j)
        ):
            return True
    if any(generic for _aid, generic in payloads):
        return False
    named = adjective or _qualifier(tokens, first, last, text)
    return bool(named) and all(
        registry.actors[aid].country not in ("", named) for aid, _g in payloads
    )


def _national(registry: CompiledRegistry, owners: Collection[int]) -> bool:
    """Whether ``owners`` are all countries' government bodies."""
    return all(
        registry.actors[aid].kind == GOVERNMENT and registry.actors[aid].country for aid in owners
    )


def _body_of(
    registry: CompiledRegistry, owners: Collection[int], country: str, written: str = ""
) -> str:
    """The name of ``country``'s body that ``owners`` (other countries' bodies) are named
    after: "Ministry of Foreign Affairs (Colombia)". When their English names disagree
    (an interior ministry is "of Home Affairs" here, "of the Interior" there) or only
    one body bears the name, the name as ``written`` with the country: "Bộ Nội vụ
    (Cambodia)"; "" without either."""
    actors = [registry.actors[aid] for aid in owners]
    if any(a.kind != GOVERNMENT or a.country == country or not a.country for a in actors):
        return ""
    bases = Counter(a.name.rsplit(" (", 1)[0] for a in actors if a.name.endswith(")"))
    place = country_name(country)
    if not bases or not place:
        return ""
    base, n = bases.most_common(1)[0]
    if n >= 2 and n >= AGREE * len(actors):  # one body's name is no shared name
        return f"{base} ({place})"
    named_alike = sum(bases.values()) == len(actors)  # each one "X (its country)"
    return f"{written} ({place})" if written and named_alike else ""


def actor_score(hit: ActorHit, ambiguous: bool = False) -> float:
    mentions = len({(e.field, e.start) for e in hit.evidence})
    score = 0.6 + 0.08 * min(mentions - 1, 3)
    if hit.in_lead:
        score += 0.08
    if hit.specific:
        score += 0.05
    if ambiguous:
        score -= 0.2
    return round(min(score, 0.97), 3)


def mention_counts(hits: dict[int, ActorHit]) -> Counter[int]:
    return Counter({aid: len(hit.evidence) for aid, hit in hits.items()})
