"""Shapes of new actors' names: ranks written without full stops, sentence-case names of
bodies spelled out by their acronym, diplomatic missions named by their head noun, and
hyphenated place names that are nobody. Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def _new(registry: CompiledRegistry, text: str, language: str) -> list[tuple[str, str]]:
    result = suggest("", text, language, registry)
    return [(a.name, a.kind) for a in result.actors if not a.known]


def test_a_rank_without_full_stops_is_a_title_not_part_of_the_name(registry) -> None:
    text = "Lt Gen Somchai Rattanakul, head of the border command, said the camp was closed."
    assert ("Somchai Rattanakul", "person") in _new(registry, text, "en")
    assert not any("Gen" in name for name, _kind in _new(registry, text, "en"))


def test_a_rank_with_full_stops_still_works(registry) -> None:
    text = "Maj. Gen. Arturo Villanueva told reporters the operation would continue."
    assert ("Arturo Villanueva", "person") in _new(registry, text, "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "L'Office français de l'immigration et de l'intégration (OFII) a ouvert un guichet.",
            "fr",
            "Office français de l'immigration et de l'intégration",
        ),
        (
            "La Sociedad de Salvamento y Seguridad Marítima (SASEMAR) rescató a 40 personas.",
            "es",
            "Sociedad de Salvamento y Seguridad Marítima",
        ),
    ],
)
def test_sentence_case_name_spelled_by_its_acronym(registry, text, language, name) -> None:
    assert (name, "organisation") in _new(registry, text, language)


def test_lower_case_words_before_an_unrelated_acronym_are_no_name(registry) -> None:
    text = "Le Gouvernement a présenté hier une nouvelle stratégie nationale (PNR) au Sénat."
    assert [n for n, kind in _new(registry, text, "fr") if kind == "organisation"] == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Konsulat Jenderal Republik Indonesia (KJRI) Kuching membantu pemulangan 40 WNI.",
            "id",
            "Consulate General of Indonesia in Kuching",
        ),
        (
            "Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Sumatera Utara "
            "menerima para deportan.",
            "id",
            "Balai Pelayanan Pelindungan Pekerja Migran Indonesia",
        ),
    ],
)
def test_missions_and_field_offices_with_their_acronym(registry, text, language, name) -> None:
    assert (name, "organisation") in _new(registry, text, language)


def test_hyphenated_place_after_a_title_is_not_a_person(registry) -> None:
    text = (
        "Le préfet du Val-de-Marne, Antoine Lefèvre, a visité le centre. Cap Blanc-Nez a été fermé."
    )
    names = [n for n, kind in _new(registry, text, "fr") if kind == "person"]
    assert names == ["Antoine Lefèvre"]


def test_hyphenated_first_names_stay_people(registry) -> None:
    text = "Marie-Claire Dubois a déclaré que le programme serait prolongé."
    assert ("Marie-Claire Dubois", "person") in _new(registry, text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Duta Besar Filipina di Kuala Lumpur, Maria Santos yang turut hadir berkata "
            "pihaknya akan membantu.",
            "ms",
            "Maria Santos",
        ),
        (
            "The head of the refugee agency in Bangkok, Tom Walker who arrived on Monday, "
            "spoke to reporters.",
            "en",
            "Tom Walker",
        ),
    ],
)
def test_title_comma_name_then_a_relative_clause(registry, text, language, name) -> None:
    assert (name, "person") in _new(registry, text, language)


def test_the_uk_home_office_in_an_article_about_the_uk(registry) -> None:
    text = "Four people died trying to reach the UK. The Home Office said it would act."
    result = suggest("", text, "en", registry)
    assert "Home Office (United Kingdom)" in [a.name for a in result.actors if a.known]
    alone = suggest("", "Bộ Nội vụ cho biết sẽ sắp xếp lại bộ máy.", "vi", registry)
    assert [a.name for a in alone.actors] == ["Ministry of Home Affairs (Viet Nam)"]


def test_spanish_press_writes_acronyms_as_words(registry) -> None:
    text = "La Agencia de la ONU para los Refugiados (Acnur) abrió una oficina; el Acnur ayudará."
    result = suggest("", text, "es", registry)
    assert [a.name for a in result.actors] == ["UNHCR"]
