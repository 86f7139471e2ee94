"""Agreements between countries speak to international cooperation (objective 23): an
agreement word with two countries named beside it, a phrase naming both parties, or one
foreign country named in an article written in the home country's language.
Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.objectives_match import agreements_between_countries
from desktop.core.tagging.text import tokenize


def _top(result, n: int = 5) -> list[int]:
    return [o.number for o in result.objectives[:n]]


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Deal on asylum seekers' transfers",
            "Italy and Albania signed an agreement on Monday under which asylum seekers rescued "
            "at sea will be screened in two centres; the migrants' claims will be heard there.",
        ),
        (
            "es",
            "Pacto migratorio en la frontera sur",
            "Costa Rica y Panamá firmaron un acuerdo para atender a los migrantes que cruzan la "
            "selva del Darién y compartir información sobre los flujos.",
        ),
        (
            "vi",
            "Việt Nam và Hàn Quốc ký bản ghi nhớ về lao động",
            "Hai nước đã ký bản ghi nhớ về việc đưa người lao động Việt Nam sang làm việc, "
            "mở rộng hợp tác trong lĩnh vực di cư.",
        ),
        (
            "id",
            "Indonesia dan Arab Saudi sepakati sistem penempatan satu kanal",
            "Kedua negara menyepakati sistem baru untuk pekerja migran sektor domestik; calon PMI "
            "wajib mengikuti pelatihan pra-keberangkatan.",
        ),
    ],
)
def test_agreement_between_countries_points_to_cooperation(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert 23 in _top(suggest(title, body, language, registry))


def test_one_foreign_country_counts_with_the_home_country() -> None:
    tokens = tokenize("Kerajaan memeterai perjanjian dengan Bangladesh mengenai pekerja.")
    assert agreements_between_countries(tokens, None, home="MY")
    assert not agreements_between_countries(tokens, None, home="")


def test_an_agreement_within_one_country_is_not_between_countries() -> None:
    tokens = tokenize(
        "The city council and the regional health board reached an agreement on clinic hours."
    )
    assert agreements_between_countries(tokens, None) == []
    tokens = tokenize("France signed an agreement with the football league about TV rights.")
    assert agreements_between_countries(tokens, None) == []


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Labour-sending states meet in Kathmandu",
            "Senior officials of the Colombo Process met on Thursday to discuss recruitment "
            "costs for migrant workers heading to the Gulf; remittances from overseas workers "
            "and pre-departure training were also on the agenda.",
        ),
        (
            "vi",
            "Hội nghị Tiến trình Bali tại Bangkok",
            "Đại diện các nước thành viên Tiến trình Bali thảo luận về phòng, chống mua bán "
            "người và đưa người di cư trái phép.",
        ),
    ],
)
def test_regional_migration_processes_taking_part_speak_to_cooperation(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert 23 in _top(suggest(title, body, language, registry))
