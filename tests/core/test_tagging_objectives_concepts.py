"""Objective cues for concepts the press names without the word "migration": moving
abroad under a climate mobility pathway with permanent residence (2, 5), qualifications of
workers trained abroad (18), totalising social security periods between two countries
(22), age assessment and first screening of young arrivals (12), the kafala sponsorship
system (7), stay permits (5) and research on migration (1). Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def _top(result, n: int = 5) -> list[int]:
    return [o.number for o in result.objectives[:n]]


CASES = [
    (
        "en",
        "Kiribati households to resettle in New Zealand",
        "Sixty households from South Tarawa will be able to move to New Zealand under a new "
        "climate mobility pathway, as sea-level rise and saltwater intrusion ruin their wells. "
        "Those selected receive permanent residency and can work from the day they arrive.",
        {2, 5},
    ),
    (
        "fr",
        "Des familles de Kiribati pourront s'installer en Nouvelle-Zélande",
        "Face à la montée des eaux, Wellington ouvrira chaque année 150 places de résidence "
        "permanente aux habitants de l'archipel, dans le cadre d'un accord de mobilité climatique.",
        {2, 5},
    ),
    (
        "es",
        "Los kiribatianos podrán instalarse en Nueva Zelanda",
        "Ante la subida del nivel del mar, el Gobierno neozelandés ofrecerá cada año 150 plazas "
        "de residencia permanente a los habitantes del archipiélago que quieran emigrar.",
        {2, 5},
    ),
    (
        "en",
        "Ontario speeds up licences for foreign-trained engineers",
        "Engineers trained abroad will no longer need Canadian work experience to get their "
        "qualifications recognised, the province said, after years in which internationally "
        "trained professionals drove taxis while waiting for a licence.",
        {18},
    ),
    (
        "fr",
        "Les médecins diplômés hors d'Europe attendent toujours",
        "Près de 4 000 praticiens formés à l'étranger travaillent dans les hôpitaux sous un statut "
        "précaire, faute de pouvoir faire reconnaître leurs diplômes, dénonce un syndicat.",
        {18},
    ),
    (
        "es",
        "Enfermeras formadas en el extranjero esperan dos años",
        "Las enfermeras formadas en el extranjero denuncian que el Ministerio tarda dos años en "
        "reconocer sus títulos, mientras los hospitales buscan personal.",
        {18},
    ),
    (
        "vi",
        "Việt Nam và Hungary đàm phán hiệp định bảo hiểm xã hội",
        "Hai bên thống nhất sẽ cộng dồn thời gian đóng bảo hiểm của người lao động làm việc ở hai "
        "nước; cộng đồng người Việt tại Hungary hiện có khoảng 7.000 người.",
        {22},
    ),
    (
        "en",
        "Hungary and Viet Nam open talks on a social security agreement",
        "Periods of insurance completed in either country will be totalised, so a worker who moves "
        "back home keeps the pension rights earned abroad.",
        {22},
    ),
    (
        "en",
        "Greek islands adopt new age assessment rules",
        "Young people arriving by boat who say they are under 18 will get a screening interview "
        "within 48 hours and be referred to child protection while their age is assessed; bone "
        "X-rays may only be used as a last resort.",
        {12},
    ),
    (
        "es",
        "Baleares fija un protocolo para determinar la edad de los chicos llegados en patera",
        "Los jóvenes pasarán un cribado inicial en el puerto y serán derivados a un centro de "
        "menores mientras se resuelve la determinación de la edad.",
        {12},
    ),
    (
        "fr",
        "Mineurs isolés : un nouveau protocole d'évaluation de l'âge",
        "Le département promet une évaluation de la minorité en dix jours pour les jeunes exilés, "
        "sans recourir systématiquement aux tests osseux.",
        {12},
    ),
    (
        "en",
        "Jordan eases the kafala system for domestic workers",
        "Migrant domestic workers in Jordan will be able to leave an abusive employer without "
        "their sponsor's consent, a first crack in the kafala sponsorship system.",
        {7},
    ),
    (
        "id",
        "Pemerintah terbitkan izin tinggal tetap bagi eks WNI",
        "Mantan warga negara Indonesia yang kini berkewarganegaraan asing dapat mengajukan izin "
        "tinggal tetap dan visa kunjungan beberapa kali perjalanan.",
        {5},
    ),
    (
        "vi",
        "Công bố nghiên cứu về di cư lao động từ miền núi phía Bắc",
        "Báo cáo nghiên cứu dựa trên khảo sát 2.000 hộ gia đình ở Hà Giang và Lai Châu cho thấy "
        "thanh niên di cư chủ yếu vì thiếu việc làm tại chỗ.",
        {1},
    ),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), CASES)
def test_concepts_named_without_the_word_migration(
    language: str, title: str, body: str, expected: set[int], registry: CompiledRegistry
) -> None:
    top = _top(suggest(title, body, language, registry))
    assert expected <= set(top), (language, top)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Council approves coastal defence works",
            "The council approved new sea walls against sea-level rise and king tides; residents "
            "of the bay will keep their homes.",
        ),
        (
            "fr",
            "Le syndicat des infirmières réclame des hausses",
            "La reconnaissance de l'ancienneté et des diplômes de spécialité est au cœur des "
            "négociations salariales, dit le syndicat.",
        ),
    ],
)
def test_no_objective_without_migration(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert _top(suggest(title, body, language, registry)) == []


def test_short_vietnamese_country_name_makes_an_agreement_between_countries(
    registry: CompiledRegistry,
) -> None:
    """ "Séc" (Czechia) is too short for the CLDR names read by default; an agreement with
    it is still one between two countries (23)."""
    top = _top(
        suggest(
            "Việt Nam và Séc ký biên bản ghi nhớ về hợp tác lao động",
            "Biên bản ghi nhớ tạo điều kiện cho người lao động Việt Nam sang Cộng hòa Séc làm "
            "việc theo chương trình tiếp nhận lao động nước ngoài có tay nghề của Séc.",
            "vi",
            registry,
        )
    )
    assert 23 in top, top


def test_workers_with_skills_are_no_recognition_of_qualifications(registry: CompiledRegistry):
    """Folded, "công nhân" (workers) reads like "công nhận" (recognise): a labour article
    on skilled workers is not about recognising qualifications (18)."""
    body = (
        "Năm nay tỉnh đưa 2.000 lao động đi làm việc ở nước ngoài theo hợp đồng. Doanh nghiệp "
        "cho biết công nhân có trình độ tay nghề cao được ưu tiên tuyển chọn."
    )
    top = _top(suggest("Tỉnh đưa 2.000 lao động đi làm việc ở nước ngoài", body, "vi", registry), 1)
    assert 18 not in top
