"""Objective cues for services whatever a person's status (15), orientation and welcoming
schools (16), and migration context read from newcomers settling in and from workers going
back to their country of origin.
Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def _top(result, n: int = 5) -> list[int]:
    return [o.number for o in result.objectives[:n]]


SERVICES_CASES = [
    (
        "en",
        "City clinics open to all residents",
        "The city council said undocumented families can see a doctor at municipal clinics "
        "regardless of their immigration status, and pregnant women will get antenatal care.",
        15,
    ),
    (
        "es",
        "Colegios abren cupos para hijos de inmigrantes",
        "La secretaría de educación amplió la matrícula escolar para niños venezolanos, que "
        "podrán estudiar independientemente de su situación migratoria.",
        15,
    ),
    (
        "fr",
        "Des permanences santé pour les exilés",
        "La mairie ouvre des permanences d'accès aux soins de santé pour les sans-papiers, "
        "quel que soit leur statut administratif, et aide à l'inscription scolaire des enfants.",
        15,
    ),
    (
        "fr",
        "Un nouveau centre pour les primo-arrivants à Liège",
        "Les primo-arrivants pourront suivre des cours de français et un parcours "
        "d'intégration près de chez eux, a annoncé la ville.",
        16,
    ),
    (
        "ms",
        "Caruman pekerja dibayar selepas pulang ke negara asal",
        "Pekerja Bangladesh yang sudah kembali ke negara asal boleh menuntut faedah keselamatan "
        "sosial mereka secara dalam talian.",
        22,
    ),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), SERVICES_CASES)
def test_services_whatever_the_status_and_newcomers_context(
    language: str, title: str, body: str, expected: int, registry: CompiledRegistry
) -> None:
    top = _top(suggest(title, body, language, registry))
    assert expected in top, (language, top)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        (
            "es",
            "Abren la matrícula escolar 2027",
            "El ministerio abrió la matrícula escolar para el "
            "próximo año; los padres pueden inscribir a sus hijos en línea.",
        ),
        (
            "fr",
            "Rentrée : l'inscription scolaire en ligne",
            "La commune rappelle que l'inscription scolaire se fait désormais en ligne.",
        ),
    ],
)
def test_school_enrolment_alone_is_no_migration_objective(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert 15 not in _top(suggest(title, body, language, registry))


INCLUSION_CASES = [
    (
        "en",
        "Refugee families start orientation classes",
        "Newly resettled refugees attend a two-week post-arrival orientation on local services, "
        "and the district runs welcoming schools programmes for their children.",
    ),
    (
        "es",
        "Colegios con alumnos extranjeros refuerzan la convivencia escolar",
        "La secretaría de educación financia planes de convivencia escolar e integración escolar "
        "en colegios con muchos alumnos inmigrantes.",
    ),
    (
        "fr",
        "Les réfugiés suivront une formation civique",
        "Les réfugiés statutaires suivront une formation civique et une orientation sociale "
        "dès leur arrivée dans la commune.",
    ),
]


@pytest.mark.parametrize(("language", "title", "body"), INCLUSION_CASES)
def test_orientation_and_welcoming_schools_point_to_inclusion(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    assert 16 in _top(suggest(title, body, language, registry))
