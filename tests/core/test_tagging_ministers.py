"""A ministry the registry does not know, named only through its minister's title: the
ministry takes part, named by its minister's portfolio; the minister stays a person."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.ministers import ministry_named
from desktop.core.tagging.registry import registry_from_resources


@pytest.fixture(scope="module")
def registry() -> CompiledRegistry:
    return registry_from_resources()


def new(registry: CompiledRegistry, text: str, language: str, kind: str) -> list[str]:
    actors = suggest("", text, language, registry).actors
    return sorted(a.name for a in actors if not a.known and a.kind == kind)


@pytest.mark.parametrize(
    ("language", "text", "ministry", "person"),
    [
        (  # set off by a comma: the whole portfolio
            "ms",
            "Turut hadir, Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Hamid Nor.",
            "Kementerian Pertanian dan Keterjaminan Makanan",
            "Hamid Nor",
        ),
        (  # the name follows unmarked: the portfolio ends with its last portfolio word
            "id",
            "Menteri Perhubungan dan Komunikasi Budi Hartono meninjau pelabuhan di Medan.",
            "Kementerian Perhubungan dan Komunikasi",
            "Budi Hartono",
        ),
        (
            "en",
            "Also attending were Tourism and Culture Minister Jane Doherty and farmers.",
            "Tourism and Culture Ministry",
            "Jane Doherty",
        ),
        (
            "en",
            "The Minister of Social Development, Carla Benton, said the scheme would grow.",
            "Ministry of Social Development",
            "Carla Benton",
        ),
        (  # a secretary heads a department only of a portfolio
            "en",
            "Secretary of Labor Julia Marsh met farm workers in Fresno on Monday.",
            "Department of Labor",
            "Julia Marsh",
        ),
        (  # a list of portfolios closed by "y"
            "es",
            "El ministro de Agricultura, Pesca y Alimentación, Luis Prado, visitó Huelva.",
            "Ministerio de Agricultura, Pesca y Alimentación",
            "Luis Prado",
        ),
        (  # in lower case after a nationality: portfolio words and their adjectives
            "fr",
            "La ministre portugaise du travail et de la sécurité sociale, Ana Reis, a signé.",
            "ministère du travail et de la sécurité sociale",
            "Ana Reis",
        ),
    ],
)
def test_a_ministry_is_named_by_its_ministers_title(
    registry: CompiledRegistry, language: str, text: str, ministry: str, person: str
) -> None:
    assert new(registry, text, language, "organisation") == [ministry]
    assert person in new(registry, text, language, "person")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Prime Minister John Roebuck opened the port on Friday."),
        ("en", "Secretary of State Ann Lowe arrived in Manila."),
        ("ms", "Menteri Besar Kedah berkata projek itu akan diteruskan."),
        ("fr", "Le Premier ministre a visité le chantier."),
        ("fr", "Le ministre-conseiller de l'ambassade a reçu la presse."),
        ("es", "El primer ministro de Portugal llegó a Madrid."),
    ],
)
def test_no_ministry_from_a_title_that_is_no_ministers(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    assert new(registry, text, language, "organisation") == []


def test_a_known_ministrys_title_still_names_the_known_ministry(
    registry: CompiledRegistry,
) -> None:
    text = "Menteri Sumber Manusia, Datuk Amir Salleh, berkata pekerja asing dilindungi."
    actors = suggest("", text, "ms", registry).actors
    assert [a.name for a in actors if a.known] == ["Ministry of Human Resources (Malaysia)"]
    assert new(registry, text, "ms", "organisation") == []


def test_a_shared_ministry_name_in_an_article_naming_no_country(
    registry: CompiledRegistry,
) -> None:
    """No country to give it to: the ministry as the text names it (not its minister's
    title alone); a minister's title read as the ministry where a country is known."""
    text = "El Ministerio de Trabajo y la Dirección de Empleo abrieron el registro en la capital."
    assert "Ministerio de Trabajo" in new(registry, text, "es", "organisation")
    assert new(registry, "El ministro de Trabajo no respondió.", "es", "organisation") == []
    assert ministry_named("Labour Minister") == "Labour Ministry"
    assert ministry_named("Menteri Kewangan") == "Kementerian Kewangan"
    assert ministry_named("Ministerio de Salud") == "Ministerio de Salud"
