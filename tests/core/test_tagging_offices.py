"""Offices named through their holder's title and seat, and regional governments named
by their region: "la préfète de la Gironde", "el delegado del Gobierno en Ceuta", "le
gouvernement du Québec". Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def new_organisations(registry: CompiledRegistry, text: str, language: str) -> list[str]:
    actors = suggest("", text, language, registry).actors
    return sorted(a.name for a in actors if not a.known and a.kind == "organisation")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "La préfète de la Gironde a réuni les associations d'aide aux exilés.",
            "préfecture de la Gironde",
        ),
        (
            "fr",
            "Le procureur de la République de Perpignan a ouvert une enquête pour traite.",
            "parquet de Perpignan",
        ),
        (
            "fr",
            "Selon la procureure de Nice, les passeurs demandaient 3 000 euros.",
            "parquet de Nice",
        ),
        (
            "es",
            "La delegada del Gobierno en Ceuta visitó el centro de estancia temporal.",
            "Delegación del Gobierno en Ceuta",
        ),
        (
            "es",
            "El fiscal general del Estado pidió más medios contra la trata de personas.",
            "Fiscalía General del Estado",
        ),
    ],
)
def test_an_office_is_named_through_its_holders_title_and_seat(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    assert name in new_organisations(registry, text, language)


def test_a_title_without_its_seat_names_no_office(registry: CompiledRegistry) -> None:
    text = "Le préfet a reçu les maires pour parler de l'accueil des demandeurs d'asile."
    assert new_organisations(registry, text, "fr") == []


def test_the_seat_is_no_person(registry: CompiledRegistry) -> None:
    text = "Le procureur de Saint-Malo a requis deux ans contre les passeurs."
    names = [a.name for a in suggest("", text, "fr", registry).actors]
    assert names == ["parquet de Saint-Malo"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "El consejero de Empleo del Gobierno de Cantabria firmó el convenio con la OIM.",
            "Gobierno de Cantabria",
        ),
        (
            "es",
            "La portavoz del Gobierno de Canarias reclamó el reparto de los menores.",
            "Gobierno de Canarias",
        ),
        (
            "fr",
            "Le gouvernement du Québec recrutera 2 000 travailleurs étrangers.",
            "gouvernement du Québec",
        ),
    ],
)
def test_a_regional_government_is_named_by_its_region(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    assert name in new_organisations(registry, text, language)


def test_a_countrys_government_is_no_regional_one(registry: CompiledRegistry) -> None:
    text = "El Gobierno de Marruecos anunció la regularización de los trabajadores."
    assert new_organisations(registry, text, "es") == []
