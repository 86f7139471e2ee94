"""Objective cues for kinds of report the first vocabulary missed: deaths and rescues in
boat crossings (8), immigration depots (13), a path to regular status and the permits
that prove it (7, 4), smuggling gangs (9). Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def _top(result, n: int = 5) -> list[int]:
    return [o.number for o in result.objectives[:n]]


CASES = [
    (
        "en",
        "Five people drown off Lesbos",
        "Four people died when a rubber dinghy sank off the Greek island on Sunday. The coast "
        "guard said 31 people were rescued at sea after a distress call; smuggling gangs charge "
        "up to 2,000 euros for the short crossing. Police arrested two suspected smugglers.",
        {8, 9},
    ),
    (
        "fr",
        "Deux exilés meurent au large de Calais",
        "Deux personnes sont mortes lors d'une tentative de traversée vers l'Angleterre à bord "
        "d'une embarcation surchargée. Les secours ont été alertés d'une situation de détresse.",
        {8},
    ),
    (
        "es",
        "Mueren cuatro personas frente a Canarias",
        "Cuatro migrantes murieron al intentar cruzar en una lancha neumática hacia las islas; "
        "Salvamento recibió un aviso de socorro de madrugada.",
        {8},
    ),
    (
        "vi",
        "Ba người tử vong trên biển",
        "Ba người tử vong khi vượt biển bằng xuồng hơi từ Libya sang Italy, lực lượng cứu hộ "
        "đã đưa 40 người khác vào bờ.",
        {8},
    ),
    (
        "en",
        "Detainees sent home from Sabah",
        "Sixty Filipino immigration offenders held at the Papar immigration depot were deported "
        "by ferry after completing their sentences.",
        {13},
    ),
    (
        "id",
        "WNI dideportasi dari Sabah",
        "Sebanyak 60 WNI yang ditahan di depo imigrasi Tawau dideportasi ke Nunukan.",
        {13},
    ),
    (
        "es",
        "Chile abre un proceso de regularización",
        "El Gobierno abrió la regularización de 80.000 migrantes en situación irregular, que "
        "recibirán un permiso de residencia temporal.",
        {7, 4},
    ),
    (
        "fr",
        "Espagne : une vaste régularisation",
        "Des centaines de milliers de travailleurs étrangers sans papiers pourront obtenir un "
        "titre de séjour grâce à la régularisation décidée par le gouvernement.",
        {7, 4},
    ),
    (
        "en",
        "Thailand opens registration for workers without papers",
        "Migrant workers in an irregular status can regularise their status and obtain a "
        "residence permit valid for two years, the labour ministry said.",
        {7, 4},
    ),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), CASES)
def test_field_vocabulary_of_crossings_depots_and_regularisation(
    language: str, title: str, body: str, expected: set[int], registry: CompiledRegistry
) -> None:
    top = _top(suggest(title, body, language, registry))
    assert expected <= set(top), (language, top)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "en",
            "Ferry timetable changes",
            "The ferry to the island will cross twice a day; the "
            "boat is new and the crossing takes an hour.",
        ),
        (
            "fr",
            "Un cycliste meurt sur la route",
            "Un homme est mort dans un accident; les secours "
            "sont arrivés en dix minutes, a indiqué la préfecture.",
        ),
    ],
)
def test_death_or_crossing_words_alone_are_no_objective(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert _top(suggest(title, body, language, registry)) == []


LAND_AND_LABOUR_CASES = [
    (
        "en",
        "Forty found in a sealed container at a border checkpoint",
        "Customs officers opened a sealed container and found forty people suffering from "
        "suffocation and dehydration; smugglers had charged each of them thousands of dollars.",
        {8, 9},
    ),
    (
        "es",
        "Hallan a 60 personas en un camión en la frontera norte",
        "Las personas migrantes, entre ellas diez niños, presentaban asfixia y deshidratación tras "
        "viajar hacinadas en un camión; los traficantes cobraban 5 mil dólares por persona.",
        {8},
    ),
    (
        "en",
        "Labour export firms told to stop charging workers",
        "Companies sending contract workers to Korea must stop charging brokerage fees, the "
        "labour export regulator said, as it opened skill-testing centres so that workers' "
        "skills can be tested and certified before pre-departure training.",
        {6, 18},
    ),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), LAND_AND_LABOUR_CASES)
def test_deaths_on_land_routes_and_labour_export_vocabulary(
    registry, language, title, body, expected
):
    assert expected <= set(_top(suggest(title, body, language, registry)))
