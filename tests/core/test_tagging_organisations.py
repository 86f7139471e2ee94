"""New organisations: whole names with a head noun or a tail and their acronym, local
governments; never a fragment, a place, an instrument or a registry actor."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def new_organisations(registry: CompiledRegistry, text: str, language: str) -> list[str]:
    result = suggest("", text, language, registry)
    return [a.name for a in result.actors if not a.known and a.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ms",
            "Kontrak itu dimeterai bersama Persatuan Pengeksport Kopi Laos (LCEA) semalam.",
            "Persatuan Pengeksport Kopi Laos",
        ),
        (
            "en",
            "The Cambodia Garment Workers Federation (CGWF) welcomed the decision.",
            "Cambodia Garment Workers Federation",
        ),
        (
            "es",
            "La Asociación de Trabajadores Agrícolas de Tailandia (ATAT) pidió reformas.",
            "Asociación de Trabajadores Agrícolas de Tailandia",
        ),
        (
            "vi",
            "Hiệp hội Thủy sản Miền Trung (HTM) đã ký thỏa thuận với đối tác.",
            "Hiệp hội Thủy sản Miền Trung",
        ),
        (
            "vi",
            "Ông Lê Văn Sơn, Phó Chủ tịch UBND tỉnh Hà Giang, cho biết tỉnh sẽ hỗ trợ.",
            "UBND tỉnh Hà Giang",
        ),
    ],
)
def test_new_organisations_are_proposed_whole(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    assert new_organisations(registry, text, language) == [name]


def test_the_acronym_alone_later_counts_for_the_same_organisation(
    registry: CompiledRegistry,
) -> None:
    text = "The Mekong Fishers Association (MFA) met. Later the MFA issued a statement."
    result = suggest("", text, "en", registry)
    org = next(a for a in result.actors if a.name == "Mekong Fishers Association")
    assert [e.text for e in org.evidence] == ["Mekong Fishers Association", "MFA"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Global Compact for Safe, Orderly and Regular Migration (GCM) was adopted."),
        ("en", "The International Organization for Migration (IOM) opened an office."),
        ("en", "Workers arrived from Viet Nam (VN) and from the Lao Republic (LR)."),
        ("en", "Ms Jane Roe (ILO) and Mr John Smith (UNDP) spoke."),
        ("fr", "Le Programme des Nations unies pour le développement (PNUD) a publié un rapport."),
    ],
)
def test_instruments_registry_actors_places_and_people_are_not_new_organisations(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    assert new_organisations(registry, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "Así lo informó el Banco Central de Reserva de El Salvador este martes.",
            "Banco Central de Reserva de El Salvador",
        ),
        (
            "fr",
            "Selon la Banque centrale des États de l'Afrique de l'Ouest, les envois ont augmenté.",
            "Banque centrale des États de l'Afrique de l'Ouest",
        ),
        (
            "fr",
            "La Commission de la Communauté économique et monétaire de l'Afrique centrale "
            "(CEMAC) a présenté son rapport.",
            "Commission de la Communauté économique et monétaire de l'Afrique centrale",
        ),
    ],
)
def test_central_banks_and_long_names_of_regional_bodies(registry, language, text, name):
    assert name in new_organisations(registry, text, language)
