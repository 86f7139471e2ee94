"""Language of an article: lingua restricted to the likely languages, plus cues for
close pairs (Malay/Indonesian, Spanish/Portuguese) from ``resources/language_cues.json``.

A detector is built once per set of languages and shared by all threads (building
one takes one to a few seconds; call :func:`warm_up` off the GUI thread). Lingua
costs about 1.3 µs per character, so detection reads a sample of ~180 characters
and reads 1,500 only when the answer is not clear (a close pair counts as clear:
its cues decide). Text written in letters that only one configured language uses
(Vietnamese ơ ư ệ đ..., Chinese, Thai, Korean, Japanese kana) is settled by those
letters without lingua, and a sample with several function words of one language and
none of another (among languages whose words were chosen against each other) by them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from lingua import (
    ConfidenceValue,
    IsoCode639_1,
    Language,
    LanguageDetector,
    LanguageDetectorBuilder,
)

from desktop.core.extract import data
from desktop.core.util.textfold import fold
from desktop.i18n import _

SAMPLE_CHARS = 180  # lingua reads samples under ~120 letters more slowly
LONG_SAMPLE_CHARS = 1500
CUE_CHARS = 2000
_CLEAR = 0.9  # a first answer at least this confident is kept
_LINGUA_WEIGHT = 1.5
_SURE = 1.0
_MIN_LETTERS = 20
_LOCK = threading.Lock()
_DETECTORS: dict[tuple[str, ...], LanguageDetector | str | None] = {}
_WORDS = re.compile(r"\w+(?:[-']\w+)*")
_NOT_LETTER = re.compile(r"[\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None
    confidence: float | None
    evidence: str
    review: str | None = None  # why a curator should check it


def _lingua_language(code: str) -> Language | None:
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        return None


def _key(languages: Sequence[str]) -> tuple[str, ...]:
    return _sorted_key(tuple(languages))


@cache
def _sorted_key(languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({c.lower() for c in languages}))


def detector(languages: Sequence[str]) -> LanguageDetector | str | None:
    """The shared detector for ``languages`` (a code when only one language is known)."""
    key = _key(languages)
    found = _DETECTORS.get(key, False)
    if found is not False:
        return found  # type: ignore[return-value]
    with _LOCK:
        if key in _DETECTORS:
            return _DETECTORS[key]
        known = [lang for lang in (_lingua_language(c) for c in key) if lang is not None]
        built: LanguageDetector | str | None
        if not known:
            built = None
        elif len(known) == 1:
            built = known[0].iso_code_639_1.name.lower()
        else:
            builder = LanguageDetectorBuilder.from_languages(*known)
            built = builder.with_preloaded_language_models().build()
        _DETECTORS[key] = built
        return built


# Texts that make a lazy detector load every model of the Latin-script and Chinese
# languages (all n-gram lengths: words of five letters, no letter that narrows the field).
_MODEL_SAMPLES = ("abcde", "中华人民共和")


def load_models(languages: Sequence[str]) -> None:
    """Load lingua's models of ``languages`` into its process-wide cache without starting
    a thread, so that a process forked afterwards builds its detector at once.

    :func:`detector` preloads the models with a pool of threads: a process forked from
    one that did so deadlocks when it builds a detector. A lazy detector loads the
    models its texts need in the calling thread; the samples need them all (languages of
    other scripts are loaded by the forked process itself, as before)."""
    known = [lang for lang in (_lingua_language(c) for c in _key(languages)) if lang is not None]
    if len(known) < 2:
        return
    lazy = LanguageDetectorBuilder.from_languages(*known).build()
    for sample in _MODEL_SAMPLES:
        lazy.compute_language_confidence_values(sample)


def warm_up(languages: Sequence[str]) -> None:
    """Build the detector and load the cue lists now (slow: not on the GUI thread)."""
    found = detector(languages)
    if not isinstance(found, str) and found is not None:
        found.detect_language_of("warm up")
    _pairs()
    _letter_rules()
    _function_words()


@dataclass(frozen=True)
class _LetterRule:
    code: str
    chars: re.Pattern[str]
    min_count: int
    share: float
    unless: frozenset[str]


@cache
def _letter_rules() -> tuple[_LetterRule, ...]:
    rules = []
    for entry in data.load("language_cues").get("letters", []):
        rules.append(
            _LetterRule(
                entry["language"],
                re.compile("[" + entry["chars"] + "]"),
                int(entry.get("min_count", 8)),
                float(entry.get("share", 0.03)),
                frozenset(entry.get("unless_configured", [])),
            )
        )
    return tuple(rules)


def _by_letters(sample: str, configured: set[str]) -> LanguageGuess | None:
    """A language settled by letters only it writes among the configured ones."""
    for rule in _letter_rules():
        if rule.code not in configured or rule.unless & configured:
            continue
        count = len(rule.chars.findall(sample))
        if count >= rule.min_count and count >= rule.share * len(sample):
            evidence = f"{count} letters of its own in {len(sample)} characters"
            return LanguageGuess(rule.code, 1.0, evidence)
    return None


@dataclass(frozen=True)
class _Words:
    among: frozenset[str]  # the languages the words were chosen against
    min_words: int
    by_word: dict[str, str]  # function word -> its language


@cache
def _function_words() -> _Words:
    entry = data.load("language_cues").get("words", {})
    by_word = {word: code for code, words in entry.get("languages", {}).items() for word in words}
    return _Words(frozenset(entry.get("among", [])), int(entry.get("min_words", 4)), by_word)


@dataclass(frozen=True)
class _Pair:
    languages: tuple[str, str]
    margin: int
    words: dict[str, tuple[str, str]]  # folded cue word -> (language, cue as written)
    phrases: tuple[tuple[str, str, str], ...]  # (folded phrase, language, cue)


@cache
def _pairs() -> tuple[_Pair, ...]:
    pairs: list[_Pair] = []
    for entry in data.load("language_cues").get("pairs", []):
        words: dict[str, tuple[str, str]] = {}
        phrases: list[tuple[str, str, str]] = []
        for code, cues in entry["cues"].items():
            for cue in cues:
                folded = " ".join(fold(cue).split())
                if " " in folded:
                    phrases.append((folded, code, cue))
                else:
                    words.setdefault(folded, (code, cue))
        first, second = entry["languages"]
        margin = int(entry.get("min_margin", 2))
        pairs.append(_Pair((first, second), margin, words, tuple(phrases)))
    return tuple(pairs)


def _sample(text: str, size: int) -> str:
    """About ``size`` characters of running text, after the first line (a title or a
    date line says little) when the text is long enough, cut at a space."""
    first_break = text.find("\n")
    if 0 <= first_break < len(text) - 2 * size:
        text = text[first_break + 1 :].lstrip()
    if len(text) <= size:
        return text
    cut = text.find(" ", size)
    return text[: cut if cut > 0 else size]


_Vote = tuple[int, dict[str, list[str]]]


def _cue_vote(text: str, pair: _Pair) -> _Vote:
    """How many more distinct cue words of the first language of ``pair`` than of the
    second the text uses, and the cue words found."""
    lowered = text[:CUE_CHARS].lower()
    tokens = _WORDS.findall(lowered)
    if not lowered.isascii():
        tokens = [t if t.isascii() else fold(t) for t in tokens]
    hits: dict[str, set[str]] = {code: set() for code in pair.languages}
    for token in set(tokens) & pair.words.keys():
        code, cue = pair.words[token]
        hits[code].add(cue)
    if pair.phrases:
        joined = f" {' '.join(tokens)} "
        for phrase, code, cue in pair.phrases:
            if f" {phrase} " in joined:
                hits[code].add(cue)
    first, second = pair.languages
    found = {code: sorted(words) for code, words in hits.items()}
    return len(hits[first]) - len(hits[second]), found


def _pair_lean(values: list[ConfidenceValue], pair: _Pair) -> float:
    """How far lingua leans to the first language of ``pair`` against the second,
    from -1 (all second) to 1 (all first)."""
    share = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
    first, second = (share.get(code, 0.0) for code in pair.languages)
    return (first - second) / (first + second) if first + second > 0 else 0.0


def _partner(code: str, configured: set[str]) -> tuple[_Pair, str] | None:
    for pair in _pairs():
        if code in pair.languages and set(pair.languages) <= configured:
            first, second = pair.languages
            return pair, second if code == first else first
    return None


def _top(values: list[ConfidenceValue], configured: set[str]) -> tuple[str, float, float]:
    """Best language, its confidence, and the confidence of it or its close partner
    (ms/id, es/pt): the cues settle a pair, so lingua only has to find the pair."""
    code = values[0].language.iso_code_639_1.name.lower()
    own = float(values[0].value)
    paired = _partner(code, configured)
    if paired is None:
        return code, own, own
    partner = paired[1]
    both = own + sum(
        float(v.value) for v in values[1:3] if v.language.iso_code_639_1.name.lower() == partner
    )
    return code, own, both


def _by_words(
    text: str, sample: str, configured: set[str], votes: dict[tuple[str, str], _Vote]
) -> LanguageGuess | None:
    """A language settled by function words only it writes among the configured ones:
    at least ``min_words`` distinct ones of one language, none of any other. A close
    pair's words (written "ms+id") settle the pair; its cues then decide between its
    languages when they do by more than lingua's lean could change (the vote is kept
    in ``votes``)."""
    words = _function_words()
    if not configured <= words.among:
        return None
    found: dict[str, set[str]] = {}
    for token in set(_WORDS.findall(sample.lower())) & words.by_word.keys():
        found.setdefault(words.by_word[token], set()).add(token)
    if len(found) != 1:
        return None
    ((key, hits),) = found.items()
    if len(hits) < words.min_words:
        return None
    evidence = f"{len(hits)} function words in {len(sample)} characters: {', '.join(sorted(hits))}"
    codes = key.split("+")
    paired = _partner(codes[0], configured) if codes[0] in configured else None
    if len(codes) == 1:
        return None if paired is not None else LanguageGuess(codes[0], 1.0, evidence)
    if paired is None or set(paired[0].languages) != set(codes):
        return None
    pair = paired[0]
    vote = votes[pair.languages] = _cue_vote(text, pair)
    diff, cues = vote
    if abs(diff) < max(pair.margin, _LINGUA_WEIGHT + _SURE):
        return None  # lingua's lean could turn the vote or make it a close call
    first, second = pair.languages
    return LanguageGuess(
        first if diff > 0 else second, 1.0, f"{evidence}; cues {_cues(pair, cues)}"
    )


def _cues(pair: _Pair, hits: dict[str, list[str]]) -> str:
    return "; ".join(f"{c}: {', '.join(hits[c][:8]) or '-'}" for c in pair.languages)


def _too_little_text(text: str) -> bool:
    """Fewer than ``_MIN_LETTERS`` letters in the first 400 characters. Letters of the
    alphabet count as letters there, so most texts are settled by their first words."""
    if sum(map(str.isalpha, text[: 3 * _MIN_LETTERS])) >= _MIN_LETTERS:
        return False
    return len(_NOT_LETTER.sub("", text[:400])) < _MIN_LETTERS


def detect(text: str, languages: Sequence[str]) -> LanguageGuess:
    """The ISO 639-1 code of ``text`` among ``languages``, with confidence and evidence."""
    if _too_little_text(text):
        return LanguageGuess(
            None, None, _("too little text"), _("language unknown: too little text")
        )
    found = detector(languages)
    if found is None:
        return LanguageGuess(None, None, _("no supported language configured"))
    if isinstance(found, str):
        return LanguageGuess(found, 1.0, _("the only language configured"))
    configured = set(_key(languages))
    sample = _sample(text, SAMPLE_CHARS)
    votes: dict[tuple[str, str], _Vote] = {}
    settled = _by_letters(sample, configured) or _by_words(text, sample, configured, votes)
    if settled is not None:
        return settled
    values = found.compute_language_confidence_values(sample)
    clear = bool(values) and _top(values, configured)[2] >= _CLEAR
    if not clear and len(text) > len(sample):
        sample = _sample(text, LONG_SAMPLE_CHARS)
        values = found.compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return LanguageGuess(None, None, "lingua", _("language unknown"))
    code, own, both = _top(values, configured)
    evidence = f"lingua {own:.2f} on {len(sample)} characters"
    paired = _partner(code, configured)
    if paired is None:
        review = None if own >= 0.5 else _("language uncertain")
        return LanguageGuess(code, round(own, 3), evidence, review)
    pair, other = paired
    diff, hits = votes.get(pair.languages) or _cue_vote(text, pair)
    evidence = f"{evidence}; cues {_cues(pair, hits)}"
    if abs(diff) < pair.margin and len(sample) < LONG_SAMPLE_CHARS < len(text):
        sample = _sample(text, LONG_SAMPLE_CHARS)  # a close call: lingua reads more
        values = found.compute_language_confidence_values(sample)
    # The cues count one per distinct word; lingua's lean on the pair counts up to
    # _LINGUA_WEIGHT. Below _SURE, the curator is asked to check.
    score = diff + _LINGUA_WEIGHT * _pair_lean(values, pair)
    first, second = pair.languages
    winner = first if score > 0 else second if score < 0 else code
    if abs(score) < _SURE:
        loser = second if winner == first else first
        return LanguageGuess(
            winner,
            round(min(own, 0.5), 3),
            evidence,
            _("language may be {other} rather than {code}").format(other=loser, code=winner),
        )
    return LanguageGuess(winner, round(both, 3), evidence)
