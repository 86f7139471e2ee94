"""Rescue and relief bodies that the grammar of public bodies' names did not read: the
national Red Cross and Red Crescent societies with their country, a Spanish service named
by its field and a capitalised adjective, and the movement's international bodies and
West Africa's regional community from the registry. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def organisations(registry: CompiledRegistry, text: str, language: str) -> list[str]:
    actors = suggest("", text, language, registry).actors
    return sorted(a.name for a in actors if a.kind == "organisation")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Volunteers of the Kenya Red Cross Society met the returnees at the airport.",
            "Kenya Red Cross Society",
        ),
        (
            "en",
            "The Italian Red Cross runs the reception centre where the migrants stay.",
            "Italian Red Cross",
        ),
        (
            "es",
            "Voluntarios de la Cruz Roja Mexicana atendieron a los migrantes en Tapachula.",
            "Cruz Roja Mexicana",
        ),
        (
            "fr",
            "La Croix-Rouge française gère le centre d'accueil des demandeurs d'asile.",
            "Croix-Rouge française",
        ),
        (
            "ms",
            "Bulan Sabit Merah Malaysia menghantar bantuan kepada pelarian di Kedah.",
            "Bulan Sabit Merah Malaysia",
        ),
        ("vi", "Hội Chữ thập đỏ tỉnh Nghệ An trao quà cho lao động hồi hương.", "Hội Chữ thập đỏ"),
    ],
)
def test_a_national_red_cross_society_is_read_with_its_country(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    assert name in organisations(registry, text, language)


def test_a_nationality_the_country_names_do_not_list_is_left_out(
    registry: CompiledRegistry,
) -> None:
    text = "La Croix-Rouge belge gère le centre d'accueil des demandeurs d'asile."
    assert organisations(registry, text, "fr") == ["Croix-Rouge"]


def test_a_society_named_again_without_its_country_is_the_same(
    registry: CompiledRegistry,
) -> None:
    text = (
        "La Cruz Roja Ecuatoriana instaló un punto de atención en la frontera. Según la Cruz "
        "Roja, 300 migrantes pasaron por él."
    )
    assert organisations(registry, text, "es") == ["Cruz Roja Ecuatoriana"]


def test_the_movements_international_bodies_come_from_the_registry(
    registry: CompiledRegistry,
) -> None:
    text = "Le Comité international de la Croix-Rouge a visité les migrants détenus à Tripoli."
    found = suggest("", text, "fr", registry).actors
    assert [(a.name, a.known) for a in found] == [("ICRC", True)]


def test_the_ecowas_commission_is_ecowas(registry: CompiledRegistry) -> None:
    text = "La Commission de la CEDEAO a présenté son plan sur la libre circulation à Abuja."
    found = suggest("", text, "fr", registry).actors
    assert [(a.name, a.known) for a in found] == [("ECOWAS", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Salvamento Marítimo localizó la neumática a 20 millas de Lanzarote.",
        "Una patrullera de Salvamento Marítimo localizó la neumática al amanecer.",
    ],
)
def test_a_spanish_service_named_by_its_field_and_an_adjective(
    registry: CompiledRegistry, text: str
) -> None:
    assert organisations(registry, text, "es") == ["Salvamento Marítimo"]


def test_a_capitalised_word_alone_at_a_sentence_start_is_no_body(
    registry: CompiledRegistry,
) -> None:
    assert organisations(registry, "Salvamento difícil en el puerto de Motril.", "es") == []
