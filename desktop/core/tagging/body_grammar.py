"""The grammar of public bodies' names, one reader per family of languages.

Each reader starts at a head noun (written with its accents: "Secretaría" is a body,
"secretaria" a person) and returns where the name ends and the country it names, or
``None`` when the words there are no body's name:

- French and Spanish (:func:`romance`): head, adjectives, then complements opened by a
  preposition ("de l'Intérieur", "de la Manche et de la mer du Nord"), a list of
  portfolios ("de Inclusión, Seguridad Social y Migraciones"). A head capitalised
  inside a sentence opens a name in sentence case ("Direction générale de
  l'immigration"); a head in lower case ("ministère", "préfecture") needs a capitalised
  complement, and the name ends with the last one ("Servicio de Salud", not "… de la
  ciudad").
- English (:func:`english`): a title-case name around its head ("General Department of
  Immigration", "Department of Labor and Employment").
- Malay and Indonesian (:func:`malay`): the head and a run of capitalised words
  ("Kantor Imigrasi Kelas I Khusus TPI Batam"); after a title ("Kepala …") the name must
  end with punctuation, or a person's name could follow it unmarked.
- Vietnamese (:func:`vietnamese`): the head, then capitalised syllables each with its
  lower-case ones ("Cục Du lịch Quốc gia"), up to a verb or a function word, a person's
  name (capitalised syllables only) or punctuation, then a country or a province.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.countries import country_at
from desktop.core.tagging.data import _load
from desktop.core.tagging.names import title_at
from desktop.core.tagging.text import (
    COMMA,
    DOT,
    SOFT,
    PhraseTrie,
    Token,
    fold_word,
    phrases_trie,
    tokenize,
)

MAX_WORDS = 14
ROMANCE, ENGLISH, MALAY, VIETNAMESE = "romance", "english", "malay", "vietnamese"
FAMILY_OF = {"fr": ROMANCE, "es": ROMANCE, "en": ENGLISH, "ms": MALAY, "id": MALAY}

Head = tuple[str, bool, bool]  # (family, may be written in lower case, may take a list)


def written(words: Iterable[str]) -> str:
    """Words as written (accents kept), composed and case-folded."""
    return unicodedata.normalize("NFC", " ".join(words)).casefold()


def _as_written(phrase: str) -> str:
    return written(t.text for t in tokenize(phrase))


@dataclass(frozen=True)
class Vocabulary:
    heads: PhraseTrie[Head]
    written: frozenset[str]  # every head as written, accents kept
    prepositions: PhraseTrie[bool]
    articles: frozenset[str]
    coordinations: frozenset[str]
    adjectives: frozenset[str]
    identifying: frozenset[str]
    en_prepositions: frozenset[str]
    en_coordinations: frozenset[str]
    local_heads: frozenset[str]
    malay_joiners: frozenset[str]
    malay_places: frozenset[str]
    vi_places: dict[str, tuple[tuple[str, ...], ...]]  # as vi_stops
    vi_stops: dict[str, tuple[tuple[str, ...], ...]]  # first syllable → phrases, as written
    vi_max: int
    services: frozenset[str]
    groups: PhraseTrie[bool]
    authorities: PhraseTrie[bool]
    authorities_after: frozenset[str]
    locatives: frozenset[str]  # as written
    stopwords: frozenset[str]
    others: PhraseTrie[bool]  # heads of organisations and missions (organisations.json)
    not_names: PhraseTrie[bool]  # categories written like names ("Badan Usaha Milik Negara")
    openers: frozenset[str]  # folded first words of every head, group and authority phrase


def _by_first(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as written, longest first, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(written([t.text]) for t in tokenize(phrase))
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _first_words(*phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(
        tokens[0].folded for group in phrases for p in group if (tokens := tokenize(p))
    )


@cache
def vocabulary() -> Vocabulary:
    data = _load("tagging/bodies.json")
    rom, eng, mal, vie = data["romance"], data["english"], data["malay"], data["vietnamese"]
    lower = {_as_written(h) for h in rom["lower_heads"]}
    lists = {_as_written(h) for h in rom["list_heads"]}
    entries: list[tuple[str, Head]] = []
    for words in rom["heads"].values():
        entries += [(h, (ROMANCE, _as_written(h) in lower, _as_written(h) in lists)) for h in words]
    entries += [(h, (ENGLISH, False, True)) for h in eng["heads"]]
    entries += [(h, (MALAY, False, False)) for h in mal["heads"]]
    entries += [(h, (VIETNAMESE, False, False)) for h in vie["heads"]]
    stopwords = _load("tagging/stopwords.json")
    orgs = _load("tagging/organisations.json")

    def folded(items: Iterable[str]) -> frozenset[str]:
        return frozenset(fold_word(w) for w in items)

    return Vocabulary(
        heads=phrases_trie(entries),
        written=frozenset(_as_written(h) for h, _p in entries),
        prepositions=phrases_trie((p, True) for p in rom["prepositions"]),
        articles=folded([*rom["articles"], *eng["articles"]]),
        coordinations=folded(rom["coordinations"]),
        adjectives=folded(w for ws in rom["adjectives"].values() for w in ws),
        identifying=folded(rom["identifying"]),
        en_prepositions=folded(eng["prepositions"]),
        en_coordinations=folded(eng["coordinations"]),
        local_heads=frozenset(_as_written(h) for h in mal["local_heads"]),
        malay_joiners=folded(mal["joiners"]),
        malay_places=folded(mal["places"]),
        vi_places=_by_first(vie["places"]),
        vi_stops=_by_first(vie["stops"]),
        vi_max=int(vie.get("max_syllables", 6)),
        services=folded(data["services"]["words"]),
        groups=phrases_trie(  # "ONG" in capitals only: "ông" is Vietnamese for "Mr"
            ((g, True) for ws in data["groups"].values() for g in ws), cased_acronyms=True
        ),
        authorities=phrases_trie((a, True) for a in data["authorities"]["before_place"]),
        authorities_after=folded(data["authorities"]["place_after"]),
        locatives=frozenset(_as_written(w) for w in data["locatives"]),
        stopwords=folded(
            w for lang, ws in stopwords.items() if lang != "about" for w in ws if len(w) > 1
        ),
        not_names=phrases_trie((p, True) for p in data.get("not_names", ())),
        openers=_first_words(
            [h for h, _p in entries],
            [g for ws in data["groups"].values() for g in ws],
            data["authorities"]["before_place"],
            data["services"]["words"],
        ),
        others=phrases_trie(
            (h, True)
            for ws in [*orgs["heads"].values(), *orgs["missions"]["heads"].values()]
            for h in ws
        ),
    )


# --- pieces shared by the readers ---------------------------------------------------------


def sentence_start(tokens: Sequence[Token], i: int) -> bool:
    return i == 0 or tokens[i].gap >= DOT


def joined(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> bool:
    """Token ``j`` exists, is free, and only a space (or a hyphen) comes before it."""
    return j < len(tokens) and tokens[j].gap == SOFT and not blocked[j]


def cap_run(text: str, tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int:
    """Index after the capitalised words from ``j`` ("Seguridad Social", "Boulogne-sur-Mer",
    "Utopia 56"); ``j`` when there is none."""
    k = j
    while k < len(tokens) and (k == j or joined(tokens, k, blocked)) and not blocked[k]:
        t = tokens[k]
        hyphen = k > j and text[tokens[k - 1].end : t.start] == "-"
        if t.capitalised or t.text[:1].isdigit() or hyphen:
            k += 1
            continue
        break
    while k > j and not (tokens[k - 1].capitalised or tokens[k - 1].text[:1].isdigit()):
        k -= 1
    return k


def country_named(tokens: Sequence[Token], j: int) -> tuple[str, int] | None:
    """A country written with its capital at ``j``: (code, its last token)."""
    found = country_at(tokens, j)
    return found if found is not None and tokens[j].capitalised else None


def head_at(
    tokens: Sequence[Token], i: int, language: str | None = None
) -> tuple[int, str, bool] | None:
    """(last token, family, may be in lower case) of a head written with its accents at
    ``i``; of the family of ``language`` when the head is one of several languages'."""
    vocab = vocabulary()
    match = vocab.heads.longest_at(tokens, i, max_gap=SOFT)
    if match is None or written(t.text for t in tokens[i : match.last + 1]) not in vocab.written:
        return None  # "secretaria" (a person) is not "Secretaría" (a body)
    wanted = FAMILY_OF.get(language or "")
    family, lower_ok, _lists = next(
        (p for p in match.payloads if p[0] == wanted), match.payloads[0]
    )
    return match.last, family, lower_ok


@cache
def portfolio_words() -> frozenset[str]:
    """Folded first words of ministries' portfolios ("Trade", "Welfare", "Economía"): after
    "and" they go on with a body's name rather than name another actor."""
    data = _load("tagging/bodies.json")["portfolios"]
    return frozenset(fold_word(p.split()[0]) for ps in data.values() for p in ps)


def opens_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether a body's or an organisation's name opens at ``k`` ("Bộ …", "Embassy …")."""
    if not tokens[k].capitalised:
        return False
    return head_at(tokens, k) is not None or (
        vocabulary().others.longest_at(tokens, k, max_gap=SOFT) is not None
    )


def _takes_list(tokens: Sequence[Token], i: int) -> bool:
    match = vocabulary().heads.longest_at(tokens, i, max_gap=SOFT)
    return match is not None and any(p[2] for p in match.payloads if p[0] == ROMANCE)


# --- French and Spanish -----------------------------------------------------------------


def romance(
    text: str,
    tokens: Sequence[Token],
    i: int,
    head_last: int,
    lower_ok: bool,
    blocked: Sequence[bool],
) -> tuple[int, str] | None:
    vocab = vocabulary()
    n = len(tokens)
    if not (tokens[i].capitalised or lower_ok):
        return None  # "agence de coopération": a description, not a name
    after = head_last + 1  # "Salvamento Marítimo rescató …": a capitalised adjective names
    as_name = tokens[i].capitalised and (
        not sentence_start(tokens, i)
        or (
            joined(tokens, after, blocked)
            and tokens[after].capitalised
            and tokens[after].folded in vocab.adjectives
        )
    )
    country, identified = "", False
    j = head_last + 1
    while joined(tokens, j, blocked) and (tokens[j].text.islower() or as_name):
        found = country_at(tokens, j)  # "ministère vietnamien de …"
        if found is not None and found[1] == j and tokens[j].text.islower():
            country, identified = found[0], True
        elif tokens[j].folded in vocab.adjectives:  # "générale", "Nacional"
            identified = identified or tokens[j].folded in vocab.identifying
        else:
            break
        j += 1
    end_lower = end_capital = head = j
    while j < n and j - i < MAX_WORDS:
        k = j
        if not joined(tokens, k, blocked):
            if tokens[k].gap == COMMA and end_capital == j and _takes_list(tokens, i):
                listed = _listed(text, tokens, k, blocked)  # ", Seguridad Social y Migraciones"
                if listed:
                    end_capital = listed
            break
        coordinated = tokens[k].folded in vocab.coordinations and j > head
        if coordinated:
            k += 1
        if tokens[k].folded == "en" and joined(tokens, k + 1, blocked):
            place = country_named(tokens, k + 1)  # "… des étrangers en France"
            if place is not None and (end_capital > head or as_name):
                country, end_capital = place[0], place[1] + 1
            break
        prep = vocab.prepositions.longest_at(tokens, k, max_gap=SOFT) if k < n else None
        if prep is not None and joined(tokens, k, blocked):
            k = prep.last + 1
            if joined(tokens, k, blocked) and tokens[k].folded in vocab.articles:
                k += 1
        elif not coordinated:
            break
        if not joined(tokens, k, blocked) or head_at(tokens, k) is not None:
            break  # another body, the parent: "… du ministère de l'Intérieur"
        place = country_named(tokens, k)
        if place is not None:
            if prep is not None:  # "… de Vietnam", "… en France"
                country, end_capital = place[0], place[1] + 1
            break
        if tokens[k].capitalised:
            k = end_capital = cap_run(text, tokens, k, blocked)
        elif (
            prep is not None
            and tokens[k].text.isalpha()
            and len(tokens[k].text) > 2
            and tokens[k].folded not in vocab.stopwords
            and (coordinated or end_lower == head or end_capital > head)
        ):  # "de l'immigration et de l'intégration", not "de presse de la ville"
            k += 1
            if end_capital == head:
                end_lower = k
        else:
            break
        while (
            joined(tokens, k, blocked)
            and tokens[k].text.islower()
            and (tokens[k].folded in vocab.adjectives)
        ):
            k += 1
            if end_capital == head:
                end_lower = k
        j = k
    if end_capital > head:
        return end_capital, country
    if as_name and end_lower > head:
        return end_lower, country  # "Direction générale de l'immigration"
    if identified and as_name:
        return head, country  # "Marine nationale", "Policía Nacional"
    return None


def _listed(text: str, tokens: Sequence[Token], k: int, blocked: Sequence[bool]) -> int:
    return listed_names(text, tokens, k, blocked, vocabulary().coordinations)


def listed_names(
    text: str,
    tokens: Sequence[Token],
    k: int,
    blocked: Sequence[bool],
    coordinations: frozenset[str],
) -> int:
    """The end of ", Seguridad Social y Migraciones": capitalised names closed by one of
    ``coordinations`` ("y", "et"...) (0 when the comma ends the name)."""
    n = len(tokens)
    while k < n and tokens[k].capitalised and not blocked[k] and country_at(tokens, k) is None:
        k = cap_run(text, tokens, k, blocked)
        if k < n and tokens[k].gap == COMMA and tokens[k].capitalised:
            continue
        if joined(tokens, k, blocked) and tokens[k].folded in coordinations:
            if joined(tokens, k + 1, blocked) and tokens[k + 1].capitalised:
                if country_at(tokens, k + 1) is None:
                    return cap_run(text, tokens, k + 1, blocked)
        return 0
    return 0


# --- English -------------------------------------------------------------------------------


def english(
    text: str, tokens: Sequence[Token], i: int, head_last: int, blocked: Sequence[bool]
) -> tuple[int, int, str] | None:
    """(first, end, country) of a title-case name around the head at ``i``."""
    vocab = vocabulary()
    n = len(tokens)
    if not tokens[i].capitalised:
        return None
    first, country, content = i, "", False
    while first > 0 and i - first < 3 and tokens[first].gap == SOFT and not blocked[first - 1]:
        t = tokens[first - 1]
        if not t.capitalised or t.folded in vocab.articles:
            break
        found = country_at(tokens, first - 1)
        first -= 1
        if found is not None and found[1] == first:
            country = found[0]  # "Australian Department of …": the rest is the name
            break
        content = True
        if sentence_start(tokens, first):
            break
    j = end = head_last + 1
    while j < n and j - first < MAX_WORDS:
        k = j
        if not joined(tokens, k, blocked):
            break
        if end > head_last + 1 and tokens[k].folded in vocab.en_coordinations:
            k += 1  # "… and Trade"; "… and the United Nations" is another actor
        elif end == head_last + 1 and tokens[k].folded in vocab.en_prepositions:
            k += 1
            if joined(tokens, k, blocked) and tokens[k].folded in vocab.articles:
                k += 1  # "Office of the …"
        else:
            break
        if not joined(tokens, k, blocked) or not tokens[k].capitalised:
            break
        if head_at(tokens, k) is not None:
            break  # "… and the Ministry of …": another body
        place = country_named(tokens, k)
        if place is not None:
            country, end = place[0], place[1] + 1
            break
        end = j = cap_run(text, tokens, k, blocked)
        content = True
        while j < n and tokens[j].gap == COMMA and tokens[j].capitalised and not blocked[j]:
            listed = cap_run(text, tokens, j, blocked)  # "Health, Labour and Welfare"
            if joined(tokens, listed, blocked) and tokens[listed].folded in vocab.en_coordinations:
                end = j = listed
            else:
                break
    if not content and not (country and first < i):
        return None
    return first, end, country


# --- Malay and Indonesian ----------------------------------------------------------------


def malay(
    text: str, tokens: Sequence[Token], i: int, head_last: int, blocked: Sequence[bool]
) -> tuple[int, str] | None:
    vocab = vocabulary()
    n = len(tokens)
    if not tokens[i].capitalised:
        return None
    j = head_last + 1
    country, place_words = "", -1
    while joined(tokens, j, blocked) and j - i < MAX_WORDS:
        t = tokens[j]
        if t.folded in vocab.malay_joiners and t.text.islower():
            if joined(tokens, j + 1, blocked) and tokens[j + 1].capitalised:
                j += 1
                continue
            break
        if not (t.capitalised or t.text[:1].isdigit()) or title_at(tokens, j) is not None:
            break
        if head_at(tokens, j) is not None:
            break  # the parent: "Bahagian Buruh Kementerian …"
        found = country_named(tokens, j)
        if found is not None:
            country, j = found[0], found[1] + 1
            break
        if place_words >= 0:
            place_words += 1
            if place_words > 3:
                return None  # a place's name is short: is the rest someone's name?
        elif t.folded in vocab.malay_places:
            place_words = 0
        j += 1
    head = written(t.text for t in tokens[i : head_last + 1])
    if j - head_last - 1 < (2 if head in vocab.local_heads else 1):
        return None
    if _titled_before(tokens, i) and j < n and tokens[j].gap == SOFT:
        return None  # "Kepala Dinas X Budi Santoso mengatakan": where does the name end?
    return j, country


def _titled_before(tokens: Sequence[Token], i: int) -> bool:
    """A title ends right before ``i`` or takes in its head ("Kepala Dinas …")."""
    for back in (1, 2, 3):
        k = i - back
        last = title_at(tokens, k) if k >= 0 else None
        if last is not None and last >= i - 1:
            return True
    return False


# --- Vietnamese --------------------------------------------------------------------------


def _phrase_at(
    tokens: Sequence[Token], j: int, phrases: dict[str, tuple[tuple[str, ...], ...]]
) -> int | None:
    """Index of the last word of the longest phrase written (accents kept) at ``j``."""
    for phrase in phrases.get(written([tokens[j].text]), ()):
        words = tokens[j : j + len(phrase)]
        if len(words) == len(phrase) and tuple(written([t.text]) for t in words) == phrase:
            if all(t.gap == SOFT for t in words[1:]):
                return j + len(phrase) - 1
    return None


def place_at(tokens: Sequence[Token], j: int) -> int | None:
    """Index of the last word of a Vietnamese place word at ``j`` ("tỉnh", "thành phố")."""
    return _phrase_at(tokens, j, vocabulary().vi_places)


def _vi_stop(tokens: Sequence[Token], j: int) -> bool:
    return _phrase_at(tokens, j, vocabulary().vi_stops) is not None


def _vi_chunk(tokens: Sequence[Token], j: int, blocked: Sequence[bool]) -> int | None:
    """Index after a capitalised syllable and its lower-case ones ("Thống kê", "Xuất nhập
    cảnh"); ``None`` for a person's name (capitals only) or a run too long to end."""
    vocab = vocabulary()
    if not (joined(tokens, j, blocked) and tokens[j].capitalised and not tokens[j].upper):
        return None
    k = j + 1
    while joined(tokens, k, blocked) and tokens[k].text.islower() and not _vi_stop(tokens, k):
        place = _phrase_at(tokens, k, vocab.vi_places)
        if place is not None and joined(tokens, place + 1, blocked):
            if tokens[place + 1].capitalised:
                break  # "… tỉnh Tây Ninh": the province, read by the caller
        k += 1
        if k - j > vocab.vi_max:
            return None
    if k == j + 1 and joined(tokens, k, blocked) and not _vi_stop(tokens, k):
        return None  # "Thuế Nguyễn …": one capital before more capitals is a person's name
    return k


def vietnamese(
    text: str, tokens: Sequence[Token], i: int, head_last: int, blocked: Sequence[bool]
) -> tuple[int, str] | None:
    vocab = vocabulary()
    if not tokens[i].capitalised:
        return None
    end = _vi_chunk(tokens, head_last + 1, blocked)
    if end is None:
        return None
    country = ""
    while joined(tokens, end, blocked) and end - i < MAX_WORDS:
        found = country_named(tokens, end)
        if found is not None:
            country, end = found[0], found[1] + 1
            break
        place = _phrase_at(tokens, end, vocab.vi_places)
        if place is not None and joined(tokens, place + 1, blocked):
            stop = cap_run(text, tokens, place + 1, blocked)
            if stop > place + 1:
                end = stop  # "… tỉnh Tây Ninh"
            break
        k = end + 1 if written([tokens[end].text]) == "và" else end
        if head_at(tokens, k) is not None:
            break  # the parent: "Cục … Bộ …"
        nxt = _vi_chunk(tokens, k, blocked)
        if nxt is None:
            break
        end = nxt  # "Du lịch Quốc gia", "Tài nguyên và Môi trường"
    return end, country
