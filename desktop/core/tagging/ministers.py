"""A ministry named only through its minister's title.

"Plantation and Commodities Minister X", "Minister of Social Development X", "Menteri
Perladangan dan Komoditi, X", "la ministra de Inclusión, Seguridad Social y Migraciones",
"la ministre sénégalaise du travail et de l'emploi", "Secretary of Labor X": the
ministry takes part in the event through its minister, as a ministry the registry knows
does ("Menteri Dalam Negeri" for "Kementerian Dalam Negeri"). Its name is the ministry's
word and the minister's portfolio: "Plantation and Commodities Ministry", "Kementerian
Perladangan dan Komoditi", "Ministerio de Inclusión, Seguridad Social y Migraciones".

The portfolio is read by the grammar of each language (words in the ``ministers`` part
of ``resources/tagging/bodies.json``):

- English: the capitalised words before "Minister" ("Home Affairs Minister"), joined by
  "and", never a rank ("Deputy", "Prime") or a country; or the title-case complement
  after "Minister of/for" (a "Secretary" only this way, and only of a portfolio word:
  "Secretary of Labor", not "Secretary of State").
- Malay and Indonesian: the capitalised words after "Menteri", the first a portfolio
  word; they run to a comma or a title when the name is set off ("Menteri Perladangan
  dan Komoditi, Datuk …"), else only over portfolio words (a name may follow unmarked).
- French and Spanish: after the minister word and maybe a nationality ("ministre
  espagnole"), complements opened by a preposition: capitalised words, or in lower case
  a portfolio word and its adjectives ("de la sécurité sociale"), listed with commas and
  closed by "et"/"y".

No title that is no minister of a ministry: "Prime Minister", "Perdana Menteri", "Menteri
Besar" (a Malaysian state's head of government), "Chief Minister".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from desktop.core.tagging.body_grammar import (
    cap_run,
    head_at,
    joined,
    listed_names,
    portfolio_words,
)
from desktop.core.tagging.countries import country_at, country_name
from desktop.core.tagging.data import _load
from desktop.core.tagging.names import title_at
from desktop.core.tagging.text import (
    COMMA,
    SOFT,
    PhraseTrie,
    Token,
    fold_word,
    phrases_trie,
    tokenize,
)

MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Minister:
    first: int  # the title's first token
    end: int  # index after the title's last token
    name: str  # the ministry's name, maybe with its country in brackets

    @property
    def key(self) -> tuple[str, ...]:
        """Folded words of the name without its country: one body, qualified or not."""
        bare = self.name.split(" (")[0]
        return tuple(t.folded for t in tokenize(bare))


@dataclass(frozen=True)
class _Words:
    ministers: dict[str, str]  # folded minister word → family ("en", "malay", "romance")
    ministry: dict[str, str]  # folded minister word → the ministry's word
    secretaries: frozenset[str]  # heads of a department, only with "of" and a portfolio
    ranks: frozenset[str]  # words before a title that are no portfolio ("Deputy")
    not_before: frozenset[str]  # "Prime", "Perdana": no ministry's minister
    not_after: frozenset[str]  # "Besar", "President"
    prepositions: PhraseTrie[bool]
    articles: frozenset[str]
    coordinations: frozenset[str]
    adjectives: frozenset[str]
    stopwords: frozenset[str]


@cache
def _words() -> _Words:
    data = _load("tagging/bodies.json")["ministers"]
    stop = _load("tagging/stopwords.json")
    ministers: dict[str, str] = {}
    ministry: dict[str, str] = {}
    for family, entries in data["titles"].items():
        for word, body in entries.items():
            ministers[fold_word(word)] = family
            ministry[fold_word(word)] = body
    rom = _load("tagging/bodies.json")["romance"]

    def folded(items: Sequence[str]) -> frozenset[str]:
        return frozenset(fold_word(w) for w in items)

    return _Words(
        ministers=ministers,
        ministry=ministry,
        secretaries=folded(data["secretaries"]),
        ranks=folded(data["ranks"]),
        not_before=folded(data["not_before"]),
        not_after=folded(data["not_after"]),
        prepositions=phrases_trie((p, True) for p in rom["prepositions"]),
        articles=folded(rom["articles"]),
        coordinations=folded([*rom["coordinations"], "and", "&", "dan", "serta"]),
        adjectives=folded([w for ws in rom["adjectives"].values() for w in ws]),
        stopwords=folded(
            [w for lang, ws in stop.items() if lang != "about" for w in ws if len(w) > 1]
        ),
    )


def ministry_named(written: str) -> str:
    """The ministry a minister's title names, in the title's words: "ministro de Trabajo"
    → "Ministerio de Trabajo", "Labour Minister" → "Labour Ministry"; other names as they
    are."""
    words = _words()
    parts = written.split()
    for k in (0, len(parts) - 1):
        if parts and fold_word(parts[k]) in words.ministry:
            ministry = words.ministry[fold_word(parts[k])]
            if k == len(parts) - 1 and k > 0:
                ministry = ministry.capitalize()
            return " ".join([*parts[:k], ministry, *parts[k + 1 :]])
    return written


def _portfolio(tokens: Sequence[Token], k: int) -> bool:
    return tokens[k].folded in portfolio_words()


def _cut(tokens: Sequence[Token], start: int, end: int) -> int:
    """The end of a portfolio read from ``start`` to ``end``: all of it when punctuation
    or a title sets it off ("Menteri Perladangan dan Komoditi, Datuk …"), else up to its
    last portfolio word or the word after "and" ("Secretary of Labor [Julie Smith]"): a
    person's name may follow the title unmarked."""
    if end >= len(tokens) or tokens[end].gap != SOFT or title_at(tokens, end) is not None:
        return end
    if not tokens[end].capitalised and not tokens[end - 1].capitalised:
        return end
    words = _words()
    cut = start
    for k in range(start, end):
        after_and = k > start and tokens[k - 1].folded in words.coordinations
        if _portfolio(tokens, k) or after_and:
            cut = k + 1
    return cut


def find_ministers(
    tokens: Sequence[Token], text: str, blocked: Sequence[bool], language: str | None = None
) -> list[Minister]:
    """The ministries named by their ministers' titles in ``tokens``, in text order."""
    words = _words()
    out: list[Minister] = []
    for i, t in enumerate(tokens):
        family = words.ministers.get(t.folded)
        secretary = t.folded in words.secretaries and t.capitalised
        if blocked[i] or not (family or secretary):
            continue
        if i > 0 and tokens[i].gap == SOFT and tokens[i - 1].folded in words.not_before:
            continue
        if joined(tokens, i + 1, blocked) and tokens[i + 1].folded in words.not_after:
            continue
        found: Minister | None = None
        if secretary:
            found = _english_of(text, tokens, i, blocked, "Department", need_portfolio=True)
        elif family == "en" and t.capitalised:
            found = _english_of(text, tokens, i, blocked, words.ministry[t.folded])
            found = found or _english_before(text, tokens, i, blocked, words.ministry[t.folded])
        elif family == "malay" and t.capitalised:
            found = _malay(text, tokens, i, blocked, words.ministry[t.folded])
        elif family == "romance":
            found = _romance(text, tokens, i, blocked, words.ministry[t.folded])
        if found is not None and not any(blocked[found.first : found.end]):
            out.append(found)
    return out


def _english_of(
    text: str,
    tokens: Sequence[Token],
    i: int,
    blocked: Sequence[bool],
    ministry: str,
    need_portfolio: bool = False,
) -> Minister | None:
    """ "Minister of Social Development", "Secretary of Labor and Employment"."""
    k = i + 1
    if not (joined(tokens, k, blocked) and tokens[k].folded in ("of", "for")):
        return None
    k += 1
    if joined(tokens, k, blocked) and tokens[k].folded == "the" and tokens[k].text.islower():
        k += 1
    start = k
    if not (joined(tokens, k, blocked) and tokens[k].capitalised):
        return None
    if country_at(tokens, k) is not None or head_at(tokens, k) is not None:
        return None  # "Minister of Indonesia", "Secretary of the Ministry of …"
    if need_portfolio and not _portfolio(tokens, k):
        return None  # "Secretary of State", "Secretary of the Party"
    end = _cut(tokens, start, _english_run(text, tokens, k, blocked))
    if end <= start or (end - start == 1 and tokens[start].folded == "state"):
        return None  # "Minister of State"
    portfolio = text[tokens[start].start : tokens[end - 1].end]
    return Minister(i, end, f"{ministry} of {portfolio}")


def _english_run(text: str, tokens: Sequence[Token], k: int, blocked: Sequence[bool]) -> int:
    """The end of title-case words joined by "and" or commas ("Health, Labour and
    Welfare"), stopping before a country or a person's title."""
    words = _words()
    end = k
    while end - k < MAX_WORDS:
        stop = end
        j = cap_run(text, tokens, end, blocked)
        for m in range(end, j):
            if country_at(tokens, m) is not None or (m > end and title_at(tokens, m)):
                j = m
                break
        if j <= stop:
            break
        end = j
        nxt = end
        if joined(tokens, nxt, blocked) and tokens[nxt].folded in words.coordinations:
            nxt += 1
        elif nxt < len(tokens) and tokens[nxt].gap == COMMA and _portfolio(tokens, nxt):
            pass  # ", Labour and Welfare"
        else:
            break
        if not (
            nxt < len(tokens)
            and tokens[nxt].gap <= COMMA
            and not blocked[nxt]
            and tokens[nxt].capitalised
            and country_at(tokens, nxt) is None
            and head_at(tokens, nxt) is None
        ):
            break
        end = nxt
    return end


def _english_before(
    text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool], ministry: str
) -> Minister | None:
    """ "Plantation and Commodities Minister": the portfolio before the title."""
    words = _words()
    first = i
    k = i - 1
    while k >= 0 and i - k <= MAX_WORDS and tokens[k + 1].gap == SOFT and not blocked[k]:
        t = tokens[k]
        if t.folded in words.coordinations and t.text.islower() and first < i:
            if k > 0 and tokens[k].gap == SOFT and tokens[k - 1].capitalised:
                k -= 1
                continue
            break
        if not t.capitalised or t.upper or t.folded in words.ranks:
            break
        if t.folded in words.stopwords or t.folded in words.articles:
            break
        if country_at(tokens, k) is not None or head_at(tokens, k) is not None:
            break
        first = k
        k -= 1
    if first == i:
        return None
    portfolio = text[tokens[first].start : tokens[i - 1].end]
    return Minister(first, i + 1, f"{portfolio} {ministry}")


def _malay(
    text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool], ministry: str
) -> Minister | None:
    """ "Menteri Perladangan dan Komoditi, Datuk …", "Menteri Ketenagakerjaan Budi …"."""
    words = _words()
    k = i + 1
    if not (joined(tokens, k, blocked) and tokens[k].capitalised and _portfolio(tokens, k)):
        return None
    end = k
    while joined(tokens, end, blocked) and end - i <= MAX_WORDS:
        t = tokens[end]
        if t.folded in words.coordinations and t.text.islower():
            if joined(tokens, end + 1, blocked) and tokens[end + 1].capitalised:
                end += 1
                continue
            break
        if not t.capitalised or title_at(tokens, end) is not None:
            break
        if country_at(tokens, end) is not None or head_at(tokens, end) is not None:
            break
        end += 1
    end = _cut(tokens, k, end)
    if end <= k:
        return None
    portfolio = text[tokens[k].start : tokens[end - 1].end]
    return Minister(i, end, f"{ministry} {portfolio}")


def _romance(
    text: str, tokens: Sequence[Token], i: int, blocked: Sequence[bool], ministry: str
) -> Minister | None:
    """ "ministra de Inclusión, Seguridad Social y Migraciones", "ministre sénégalais du
    travail, de l'emploi et des relations"."""
    words = _words()
    n = len(tokens)
    k = i + 1
    country = ""
    if joined(tokens, k, blocked) and _nationality(tokens, k):
        found = country_at(tokens, k)
        country = country_name(found[0]) if found is not None else ""
        k += 1  # "ministre espagnole de …": the nationality is no part of the name
    start = k
    end = _complement(text, tokens, k, blocked, first=True)
    if end is None:
        return None
    while end < n and end - i < MAX_WORDS:
        t = tokens[end]
        if t.gap == COMMA and t.capitalised and not blocked[end]:
            listed = listed_names(
                text, tokens, end, blocked, _words().coordinations
            )  # ", Seguridad Social y …"
            if listed:
                end = listed
            break
        nxt = end
        if t.gap == COMMA or (t.gap == SOFT and t.folded in words.coordinations):
            if t.gap == SOFT:
                nxt += 1
            elif joined(tokens, nxt, blocked) or blocked[nxt]:
                break
            following = _complement(text, tokens, nxt, blocked)
            if following is None:
                break
            if t.gap == COMMA and not _closed(text, tokens, following, blocked):
                break  # ", de la ville de …": not a list of portfolios
            end = following
            continue
        break
    if end <= start:
        return None
    name = f"{ministry} {text[tokens[start].start : tokens[end - 1].end]}"
    return Minister(i, end, f"{name} ({country})" if country else name)


def _nationality(tokens: Sequence[Token], k: int) -> bool:
    """A word in lower case between a minister's word and the portfolio's preposition:
    "ministre sénégalaise du …", "ministra colombiana de …"."""
    words = _words()
    t = tokens[k]
    return (
        t.text.islower()
        and t.text.isalpha()
        and len(t.text) > 3
        and t.folded not in words.stopwords
        and not _portfolio(tokens, k)
        and words.prepositions.longest_at(tokens, k + 1, max_gap=SOFT) is not None
    )


def _closed(text: str, tokens: Sequence[Token], end: int, blocked: Sequence[bool]) -> bool:
    """Whether a list goes on from ``end`` to its "et"/"y" (or more commas before it)."""
    words = _words()
    while end < len(tokens):
        t = tokens[end]
        if t.gap == SOFT and t.folded in words.coordinations and not blocked[end]:
            return _complement(text, tokens, end + 1, blocked) is not None
        if t.gap != COMMA:
            return False
        following = _complement(text, tokens, end, blocked)
        if following is None:
            return False
        end = following
    return False


def _complement(
    text: str, tokens: Sequence[Token], k: int, blocked: Sequence[bool], first: bool = False
) -> int | None:
    """The end of "de Trabajo", "du travail", "de la sécurité sociale" at ``k`` (a
    preposition, maybe an article, then capitalised words or a portfolio word in lower
    case and its adjectives); ``None`` when there is none."""
    words = _words()
    n = len(tokens)
    if k >= n or blocked[k]:
        return None
    prep = words.prepositions.longest_at(tokens, k, max_gap=SOFT)
    if prep is None:
        return None
    j = prep.last + 1
    if joined(tokens, j, blocked) and tokens[j].folded in words.articles:
        j += 1
    if not joined(tokens, j, blocked) or head_at(tokens, j) is not None:
        return None  # "ministre du ministère …"
    if country_at(tokens, j) is not None:
        return None  # "ministro de Colombia"
    if tokens[j].capitalised:
        end = cap_run(text, tokens, j, blocked)
        for m in range(j, end):
            if title_at(tokens, m) is not None and m > j:
                end = m
                break
        return end if end > j else None
    if not _portfolio(tokens, j):
        return None
    j += 1
    while joined(tokens, j, blocked) and tokens[j].folded in words.adjectives:
        j += 1  # "sociale"
    return j
