"""Language detection: lingua among the configured languages, shared and thread-safe,
with cues for Malay against Indonesian."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.extract import language, warm_up
from desktop.core.extract.model import DEFAULT_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]

MALAY = (
    "Pada 19 Disember, Kementerian Luar Negeri telah menganjurkan satu persidangan untuk "
    "mengkaji semula pelaksanaan perjanjian itu. Timbalan Menteri menegaskan bahawa kerajaan "
    "akan terus bekerjasama dengan pertubuhan antarabangsa kerana migrasi memberikan "
    "sumbangan penting kepada pembangunan negara. Beliau juga berkata cabaran baharu "
    "memerlukan penyelarasan yang lebih berkesan antara jabatan."
)
INDONESIAN = (
    "Pada 17 Agustus, Kementerian Luar Negeri menggelar rapat koordinasi tentang "
    "perlindungan pekerja migran. Menurut pernyataan resmi, pemerintah akan meningkatkan "
    "kerja sama dengan organisasi internasional karena banyak pekerja migran menghadapi "
    "tantangan baru. Perwakilan dari kantor imigrasi mengatakan bahwa kasus perdagangan "
    "orang masih tinggi dan bisa terus meningkat."
)
SPANISH = (
    "El ministerio organizó una conferencia sobre el Pacto Mundial para la Migración con "
    "un centenar de delegados de ministerios y organizaciones internacionales."
)


def test_malay_and_indonesian_are_told_apart_by_cues():
    ms = language.detect(MALAY, DEFAULT_LANGUAGES)
    id_ = language.detect(INDONESIAN, DEFAULT_LANGUAGES)
    assert (ms.code, id_.code) == ("ms", "id")
    assert "bahawa" in ms.evidence
    assert "bahwa" in id_.evidence
    assert ms.review is None and id_.review is None


def test_undecided_malay_indonesian_is_flagged():
    # Only words both standards write the same way: no cue, and lingua unsure.
    shared = (
        "Menteri itu bertemu dengan wakil negara jiran untuk isu migrasi dan pekerja "
        "di rantau ini pada hari ini."
    )
    guess = language.detect(shared, ["ms", "id", "en"])
    assert guess.code in ("ms", "id")
    assert guess.review is not None


def test_one_cue_and_lingua_agreeing_decide_malay():
    # "pertubuhan" (Indonesian: "organisasi") and "membincangkan" (Indonesian: "membahas")
    text = (
        "Pada hari ini menteri luar negeri bertemu dengan wakil pertubuhan dan "
        "membincangkan isu migrasi serta pekerja di rantau ini untuk masa depan."
    )
    guess = language.detect(text, ["ms", "id", "en"])
    assert guess.code == "ms"
    assert "pertubuhan" in guess.evidence


@pytest.mark.parametrize(
    ("name", "code"),
    [("000", "fr"), ("001", "fr"), ("002", "vi"), ("003", "vi"), ("004", "ms")],
)
def test_seed_languages(name, code):
    path = next((ROOT / "seeds").glob(f"{name}_*.txt"))
    assert language.detect(path.read_text("utf-8"), DEFAULT_LANGUAGES).code == code


def test_restricted_to_the_configured_languages():
    guess = language.detect(SPANISH, ["en", "fr"])
    assert guess.code in ("en", "fr")
    assert language.detect(SPANISH, ["es", "pt", "fr"]).code == "es"


def test_single_language_and_too_little_text():
    assert language.detect(SPANISH, ["es"]).code == "es"
    assert language.detect("12 34 ...", DEFAULT_LANGUAGES).code is None


def test_detector_is_built_once_and_shared_between_threads():
    warm_up(("fr", "vi", "ms", "id", "en"))
    first = language.detector(["en", "fr", "vi", "ms", "id"])
    assert language.detector(["id", "ms", "vi", "fr", "en"]) is first
    results: list[str | None] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                results.append(language.detect(MALAY, ["en", "fr", "vi", "ms", "id"]).code)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert results == ["ms"] * 80


def test_concurrent_first_builds_give_one_detector():
    languages = ["de", "it", "pt"]
    built: list[object] = []
    threads = [
        threading.Thread(target=lambda: built.append(language.detector(languages)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(item is built[0] for item in built)


def test_every_detected_language_has_cleaning_cues_and_calendar_names():
    from desktop.core.extract import data
    from desktop.core.extract.date_patterns import babel_names

    chrome = data.load("boilerplate")["languages"]
    for code in DEFAULT_LANGUAGES:
        assert chrome[code]["ui"] and chrome[code]["blocks"], code
        assert babel_names("month", code), code  # date lines are recognised in it
    paired = {c for pair in data.load("language_cues")["pairs"] for c in pair["languages"]}
    assert {"ms", "id", "es", "pt"} <= paired


FRENCH = (
    "Le ministère des Affaires étrangères a organisé une conférence avec les organisations "
    "internationales pour examiner la mise en œuvre du pacte, selon un communiqué."
)


def test_function_words_settle_a_language_without_lingua(monkeypatch):
    warm_up(DEFAULT_LANGUAGES)
    found = language.detector(DEFAULT_LANGUAGES)
    calls = []
    real = found.compute_language_confidence_values  # type: ignore[union-attr]
    monkeypatch.setitem(
        language._DETECTORS,
        language._key(DEFAULT_LANGUAGES),
        type(
            "Counting",
            (),
            {"compute_language_confidence_values": lambda _s, t: calls.append(t) or real(t)},
        )(),
    )
    guess = language.detect(FRENCH, DEFAULT_LANGUAGES)
    assert (guess.code, guess.confidence, calls) == ("fr", 1.0, [])
    assert "function words" in guess.evidence
    # words of another language beside them: lingua decides
    mixed = FRENCH.replace("selon un communiqué", "which the statement said they would")
    assert language.detect(mixed, DEFAULT_LANGUAGES).code == "fr" and calls
    # a configured language the words were not chosen against: lingua decides
    assert language._by_words(FRENCH, FRENCH, {"fr", "ca"}, {}) is None


def test_function_words_and_decisive_cues_settle_a_close_pair():
    configured = set(DEFAULT_LANGUAGES)
    guess = language._by_words(MALAY, language._sample(MALAY, 180), configured, {})
    assert guess is not None and (guess.code, guess.confidence) == ("ms", 1.0)
    assert "cues ms: " in guess.evidence
    # the pair's words, but cues that lingua's lean could overturn: lingua decides
    plain = "Pada hari ini mereka akan datang ke pejabat dan juga ke rumah yang baru itu."
    votes: dict = {}
    assert language._by_words(plain, plain, configured, votes) is None
    assert votes  # the vote is not counted twice


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            # a Spanish lead quoting an English title: the English words are not the language
            "La OIM presenta su informe anual en Ginebra\n«The State of Migrants: What We Know "
            "and What They Need», así se titula el informe que la organización presentó ayer "
            "en Ginebra ante los representantes de los Estados miembros.",
            "es",
        ),
        (
            # a Portuguese lead quoting one
            "Relatório da OIM apresentado em Genebra\n«The State of Migrants: What We Know and "
            "What They Need» é o título do relatório que a organização apresentou ontem, com "
            "dados de muitos países que não publicam os seus números.",
            "pt",
        ),
    ],
)
def test_words_quoted_from_another_language_settle_nothing(text, code):
    assert language.detect(text, DEFAULT_LANGUAGES).code == code
