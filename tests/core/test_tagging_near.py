"""Objective cues beyond exact phrases: words that meet within a window, inflected forms,
and cues damped inside a cited law's title. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.data import objective_vocabulary
from desktop.core.tagging.engine import _fields, suggest
from desktop.core.tagging.near import compiled_near, find_near, law_title_mask
from desktop.core.tagging.objectives_match import score_objectives
from desktop.core.tagging.text import tokenize

LANGS = ("en", "fr", "es", "vi", "ms", "id")


def _near_objectives(text: str) -> set[int]:
    rules = compiled_near().rules
    return {rules[hit.rule].objective for hit in find_near(tokenize(text))}


def test_near_cues_of_the_reported_objectives_exist_in_every_language() -> None:
    vocab = objective_vocabulary()
    for number in (5, 9, 19):
        info = vocab.get(number)
        assert info is not None and info.near, number
        assert set(LANGS) <= info.near_languages, (number, set(LANGS) - info.near_languages)


LABOUR_AGREEMENTS = [
    (
        "en",
        "The two governments signed a memorandum on the hiring and protection of nurses' and "
        "care workers' rights.",
    ),
    (
        "fr",
        "Les deux pays ont signé un protocole d'accord portant sur le recrutement de "
        "travailleurs agricoles.",
    ),
    (
        "es",
        "Ambos gobiernos firmaron un memorando para la contratación temporal de trabajadores "
        "agrícolas.",
    ),
    (
        "vi",
        "Hai bộ đã ký bản ghi nhớ hợp tác về việc phái cử và tiếp nhận lao động ngành điều dưỡng.",
    ),
    (
        "ms",
        "Kedua-dua kerajaan menandatangani memorandum persefahaman bagi pengambilan pekerja "
        "domestik.",
    ),
    (
        "id",
        "Kedua negara meneken nota kesepahaman terkait penempatan dan pelindungan pekerja "
        "sektor perikanan.",
    ),
]


@pytest.mark.parametrize("language, text", LABOUR_AGREEMENTS, ids=[x[0] for x in LABOUR_AGREEMENTS])
def test_an_agreement_near_workers_speaks_to_regular_pathways(language: str, text: str) -> None:
    assert 5 in _near_objectives(text)


def test_words_too_far_apart_do_not_meet() -> None:
    text = (
        "The agreement was welcomed by the chamber of commerce, the port authority, the "
        "provincial tourism office and several large hotel groups, and later by workers."
    )
    assert 5 not in _near_objectives(text)


SMUGGLING = [
    ("en", "Police said the group had been paid to have the men smuggled across by boat."),
    ("fr", "Les exilés avaient payé des passeurs pour rejoindre la côte."),
    ("es", "Los jóvenes iban a ser trasladados de manera irregular hacia la frontera norte."),
    ("vi", "Nhóm đối tượng tổ chức đưa người sang nước láng giềng trái phép qua đường mòn."),
    ("ms", "Tekong itu cuba menyeludup masuk 20 pendatang melalui pantai."),
    (
        "id",
        "Polisi menggagalkan upaya memberangkatkan warga secara nonprosedural lewat jalan tikus.",
    ),
]


CONTEXT = " Migrant rights groups say migrants face risks on such migration routes."


@pytest.mark.parametrize("language, text", SMUGGLING, ids=[x[0] for x in SMUGGLING])
def test_smuggling_said_in_other_words_speaks_to_objective_9(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    result = suggest("", text + CONTEXT, language, registry)
    assert 9 in [o.number for o in result.objectives[:3]], result.objectives


def test_goods_smuggling_is_no_migrant_smuggling() -> None:
    assert 9 not in _near_objectives("Customs seized goods in a drug smuggling case at the border.")


REMITTANCES = [
    ("en", "Remittances, investment and growth: how money sent home builds local businesses."),
    ("fr", "Les envois de fonds soutiennent le développement des régions rurales."),
    ("es", "Las remesas impulsan la inversión en vivienda y pequeños negocios."),
    ("vi", "Nguồn kiều hối được đầu tư vào sản xuất kinh doanh ở nông thôn."),
    ("ms", "Kiriman wang pekerja di luar negara menyokong pembangunan kampung."),
    ("id", "Remitansi para pekerja ikut menggerakkan ekonomi desa asal mereka."),
]


@pytest.mark.parametrize("language, text", REMITTANCES, ids=[x[0] for x in REMITTANCES])
def test_remittances_for_development_speak_to_objective_19(language: str, text: str) -> None:
    assert 19 in _near_objectives(text)


LAW_TITLES = [
    (
        "en",
        "He was charged under the Prevention of Human Trafficking Act 2012 last week.",
        "Prevention of Human Trafficking Act 2012",
    ),
    (
        "ms",
        "Kes itu disiasat di bawah Akta Imigresen 1959 dan peraturan berkaitan.",
        "Akta Imigresen 1959",
    ),
    (
        "id",
        "Ia dijerat Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian kemarin.",
        "Undang Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
    ),
    ("es", "El caso se juzgó según la Ley de Migración vigente.", "Ley de Migración"),
    (
        "vi",
        "Theo Luật Phòng, chống mua bán người năm 2024, nạn nhân được hỗ trợ.",
        "Luật Phòng chống mua bán người",
    ),
    ("vi", "Điều này được Luật Cư trú quy định rõ.", "Luật Cư trú"),
]


@pytest.mark.parametrize("language, text, title", LAW_TITLES, ids=[x[0] for x in LAW_TITLES])
def test_a_cited_law_title_is_found(language: str, text: str, title: str) -> None:
    tokens = tokenize(text)
    mask = law_title_mask(tokens)
    assert " ".join(t.text for t, inside in zip(tokens, mask, strict=True) if inside) == title


def test_lowercase_words_or_a_lone_act_are_no_law_title() -> None:
    for text in (
        "The act of leaving home is hard for migrants.",
        "Luật sư nói với báo chí.",
        "Act now, said the minister.",
    ):
        assert not any(law_title_mask(tokenize(text)))


def test_a_cue_inside_a_law_title_counts_for_less() -> None:
    prose = (
        "Migrant workers met officials. The case concerns trafficking in persons and forced labour."
    )
    cited = (
        "Migrant workers met officials. The case falls under the Anti-Trafficking in Persons "
        "Act and forced labour rules."
    )

    def score(text: str) -> float:
        found = {o.number: o.score for o in score_objectives(_fields("", text), 0, minimum=0.0)}
        return found.get(10, 0.0)

    assert score(cited) < score(prose)


def test_every_objective_has_substantial_cues_in_every_language() -> None:
    for info in objective_vocabulary().objectives:
        for lang in LANGS:
            assert len(info.cues.get(lang, ())) >= 10, (info.number, lang)


FIELD_WORDS = [
    (
        "ms",
        "Kesesakan depot tahanan imigresen membimbangkan; NGO mahu alternatif kepada "
        "penahanan kanak-kanak migran.",
        {13},
    ),
    (
        "id",
        "Ratusan migran masih ditahan di Rudenim; aktivis mendesak alternatif penahanan "
        "bagi anak migran.",
        {13},
    ),
    (
        "es",
        "Los migrantes muertos en el naufragio de una patera; continúa la búsqueda y rescate "
        "de los migrantes desaparecidos.",
        {8},
    ),
    (
        "ms",
        "Operasi mencari dan menyelamat diteruskan selepas bot migran terbalik; beberapa "
        "migran lemas.",
        {8},
    ),
    (
        "es",
        "El costo de las remesas baja gracias a las billeteras digitales y a la educación "
        "financiera de los migrantes.",
        {20},
    ),
    (
        "id",
        "Biaya pengiriman uang pekerja migran turun berkat dompet digital dan literasi keuangan.",
        {20},
    ),
    (
        "id",
        "Portabilitas jaminan sosial pekerja migran dibahas dalam perjanjian jaminan "
        "sosial kedua negara.",
        {22},
    ),
    (
        "es",
        "La cohesión social y la integración de los migrantes en las comunidades de "
        "acogida avanzan.",
        {16},
    ),
    (
        "ms",
        "Kerjasama serantau diperlukan bagi pemulangan segera mangsa pemerdagangan orang "
        "dan migran.",
        {23, 21},
    ),
]


@pytest.mark.parametrize("language, text, expected", FIELD_WORDS, ids=[x[0] for x in FIELD_WORDS])
def test_field_words_in_malay_spanish_and_indonesian(
    registry: CompiledRegistry, language: str, text: str, expected: set[int]
) -> None:
    result = suggest("", text, language, registry)
    assert expected <= {o.number for o in result.objectives[:4]}, result.objectives


def test_a_short_phrase_inside_a_longer_one_still_meets() -> None:
    """ "migrant workers" is a longer near phrase of another cue; "workers" still counts."""
    assert 5 in _near_objectives("The new accord covers migrant workers in fisheries.")


def test_the_trie_gives_every_phrase_at_a_position() -> None:
    from desktop.core.tagging.text import PhraseTrie, parse_pattern

    trie: PhraseTrie[str] = PhraseTrie()
    for phrase in ("worker*", "workers abroad"):
        pattern = parse_pattern(phrase)
        assert pattern is not None
        trie.add(pattern.keys, phrase)
    tokens = tokenize("workers abroad")
    assert [m.payloads for m in trie.matches_at(tokens, 0)] == [("worker*",), ("workers abroad",)]
    longest = trie.longest_at(tokens, 0)
    assert longest is not None and longest.payloads == ("workers abroad",)


MORE_NEAR = [
    ("en", "Workers said they paid high fees to the agency before leaving.", 6),
    ("vi", "Nhiều người phải nộp chi phí rất cao cho công ty môi giới.", 6),
    ("id", "Calon pekerja dibebani biaya besar oleh calo di desa.", 6),
    ("fr", "Le coût moyen des envois de fonds reste élevé pour les familles.", 20),
    ("ms", "Kos menghantar wang ke kampung masih tinggi bagi ramai pekerja.", 20),
    ("es", "Los retornados recibirán apoyo psicológico y ofertas de empleo.", 21),
    ("vi", "Người lao động về nước được hỗ trợ tìm việc làm tại địa phương.", 21),
    ("ms", "Seramai 80 pendatang ditahan di bawah akta imigresen minggu lalu.", 13),
    ("id", "Puluhan migran ditahan di fasilitas imigrasi selama berbulan-bulan.", 13),
]


@pytest.mark.parametrize("language, text, objective", MORE_NEAR, ids=[x[0] for x in MORE_NEAR])
def test_fees_remittance_costs_return_support_and_detention_in_other_words(
    language: str, text: str, objective: int
) -> None:
    assert objective in _near_objectives(text)
