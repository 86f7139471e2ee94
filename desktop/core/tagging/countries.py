"""Which countries a text speaks of: CLDR country names (via Babel) plus demonyms.

Used to read a national body's unqualified name ("Ministry of Foreign Affairs",
"Bộ Ngoại giao", "Kementerian Luar Negeri") as the body of the country the article
is about, or of the country named right next to it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache

from desktop.core.tagging.data import country_data
from desktop.core.tagging.text import Match, PhraseTrie, Token, parse_pattern, tokenize

# Latin-script locales whose country names are worth looking for.
_LOCALES = ("en", "fr", "es", "vi", "ms", "id", "de", "pt", "it", "nl", "tl")
# Not countries: unions, pseudo-codes, and CLDR's parts of a country ("Canary Islands",
# "Ceuta and Melilla" are Spain's regions; their governments are regional ones).
_NOT_COUNTRIES = {
    "EU",
    "EZ",
    "UN",
    "QO",
    "XA",
    "XB",
    "ZZ",
    "XK",
    "IC",
    "EA",
    "DG",
    "AC",
    "TA",
    "CP",
}

# (ISO code, needs a capital letter in the text, the name's words as written)
CountryPayload = tuple[str, bool, str]


def _written(words: Sequence[str]) -> str:
    """Words with their diacritics, composed and case-folded."""
    return unicodedata.normalize("NFC", " ".join(words)).casefold()


def _name_payload(iso: str, name: str, needs_capital: bool) -> CountryPayload:
    return iso, needs_capital, _written([t.text for t in tokenize(name)])


@cache
def country_trie() -> PhraseTrie[CountryPayload]:
    trie: PhraseTrie[CountryPayload] = PhraseTrie()
    try:
        from babel import Locale

        for code in _LOCALES:
            territories = Locale.parse(code).territories
            for iso, name in territories.items():
                if len(iso) != 2 or not iso.isalpha() or iso in _NOT_COUNTRIES:
                    continue
                pattern = parse_pattern(name, cased_acronyms=False)
                if pattern is None:
                    continue
                if len(pattern.keys) == 1 and len(pattern.keys[0]) <= 3:
                    continue  # "Ý", "Nga", "Anh": too often a word or a given name
                trie.add(pattern.keys, _name_payload(iso, name, True))
    except (ImportError, ValueError):  # pragma: no cover - Babel is a dependency
        pass
    for iso, names in country_data().get("names", {}).items():
        for name in names:
            pattern = parse_pattern(name, cased_acronyms=True)
            if pattern is not None:
                trie.add(pattern.keys, _name_payload(iso, name, name[:1].isupper()))
    return trie


@cache
def country_name(iso: str) -> str:
    """The country's English name ("Colombia"), as the registry's names spell it; or ""."""
    own = country_data().get("english_names", {}).get(iso)
    if own:
        return str(own)
    try:
        from babel import Locale

        return str(Locale.parse("en").territories.get(iso, "")).split(" (")[0]
    except (ImportError, ValueError):  # pragma: no cover - Babel is a dependency
        return ""


def _plain(text: str) -> bool:
    return text.isascii()


def _country_of(tokens: Sequence[Token], match: Match[CountryPayload]) -> str:
    """The country a match of the trie names ("" when none). Words written without
    diacritics only name a country whose name is written so: "Lao" (of "Lao động",
    labour) is not "Lào" (Laos); "Hanói" and "París" still name theirs."""
    written = ""
    for iso, needs_capital, name in match.payloads:
        if needs_capital and not tokens[match.first].capitalised:
            continue
        written = written or _written([t.text for t in tokens[match.first : match.last + 1]])
        if written == name or not _plain(written) or _plain(name):
            return iso
    return ""


def country_at(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """The country named at token ``i``: (code, index of its last token), or ``None``."""
    match = country_trie().longest_at(tokens, i)
    if match is None:
        return None
    iso = _country_of(tokens, match)
    return (iso, match.last) if iso else None


def country_mentions(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """Every country named in ``tokens``: (first token, last token, code), in text order."""
    out: list[tuple[int, int, str]] = []
    for match in country_trie().find_all(tokens):
        iso = _country_of(tokens, match)
        if iso:
            out.append((match.first, match.last, iso))
    return out


def country_counts(tokens: Sequence[Token]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for match in country_trie().find_all(tokens):
        iso = _country_of(tokens, match)
        if iso:
            counts[iso] += 1
    return counts


def home_country(language: str | None) -> str:
    """The country whose national language ``language`` is ("vi" → VN), or ""."""
    return str(country_data().get("default_by_language", {}).get(language or "", ""))


def main_country(counts: Counter[str], language: str | None) -> str:
    """The country most spoken of; the language's usual country breaks ties or fills in."""
    default = str(country_data().get("default_by_language", {}).get(language or "", ""))
    if not counts:
        return default
    best = max(counts.values())
    leaders = sorted(iso for iso, n in counts.items() if n == best)
    return default if default in leaders else leaders[0]


LEAD_RATIO = 1.5  # how far ahead of the next country the article's country must be


def dominant_country(counts: Counter[str], language: str | None) -> str:
    """The country the article is clearly about, or "" when two run close.

    An unqualified national body ("Ministry of Interior") is given to this country only:
    in a story that names Cambodia five times and Viet Nam six, it stays unattributed
    rather than be given to the wrong one. The language's usual country counts as clear
    when it leads (its own press speaks of its own bodies unqualified).
    """
    country = main_country(counts, language)
    if not counts or country == home_country(language):
        return country
    ranked = sorted(counts.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return country if counts[country] >= LEAD_RATIO * runner_up else ""


@cache
def _demonym_heads() -> frozenset[str]:
    from desktop.core.tagging.text import fold_word

    heads = country_data().get("heads_before_demonym", {})
    return frozenset(fold_word(w) for words in heads.values() for w in words)


def demonym_view(tokens: Sequence[Token]) -> tuple[list[int], dict[int, str]]:
    """The tokens without the nationality adjectives set inside an institution's name.

    "ministère vietnamien de l'Intérieur", "Policía Nacional indonesia de …": the
    adjective after a head noun (and before the rest of the name) is left out, so the
    name matches as "ministère de l'Intérieur", and its country is kept. Returns the
    indices kept and, per head noun's index, the country its adjective names.
    """
    heads = _demonym_heads()
    kept: list[int] = []
    countries: dict[int, str] = {}
    n = len(tokens)
    i = 0
    while i < n:
        kept.append(i)
        if tokens[i].folded in heads and i + 1 < n and tokens[i + 1].gap == 0:
            found = country_at(tokens, i + 1)
            if (
                found is not None
                and not tokens[i + 1].capitalised
                and found[1] + 1 < n
                and tokens[found[1] + 1].gap == 0
            ):
                countries[i] = found[0]
                i = found[1] + 1
                continue
        i += 1
    return kept, countries
