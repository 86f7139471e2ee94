"""Indonesia's police commands (Polda, Polres, Polsek and their chiefs' titles) count for
the national police; a region's name after a unit is the unit's place, not a person."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.registry import registry_from_resources


@pytest.fixture(scope="module")
def registry() -> CompiledRegistry:
    return registry_from_resources()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kepala Polda Sumatera Utara Irjen Pol Hadi Wibowo mengatakan 9 korban diselamatkan.",
            "Hadi Wibowo",
        ),
        ("Kapolres Sambas, AKBP Yudi Pranata, menyerahkan para tersangka.", "Yudi Pranata"),
        ("Polsek Entikong menahan dua perekrut pekerja migran ilegal.", ""),
    ],
)
def test_police_commands_count_for_the_national_police(
    registry: CompiledRegistry, text: str, person: str
) -> None:
    actors = suggest("", text, "id", registry).actors
    assert [a.name for a in actors if a.known] == ["Indonesian National Police"]
    assert [a.name for a in actors if not a.known] == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala BP2MI Nusa Tenggara Barat Agus Salim menjemput para pekerja.", "Agus Salim"),
        ("Kapolda Kalimantan Selatan, Irjen Dedi Kurnia, hadir di pelabuhan.", "Dedi Kurnia"),
    ],
)
def test_a_region_after_a_unit_is_no_persons_name(
    registry: CompiledRegistry, text: str, person: str
) -> None:
    actors = suggest("", text, "id", registry).actors
    assert [a.name for a in actors if a.kind == "person"] == [person]


def test_a_name_that_opens_with_a_compass_word_stays_a_name(registry: CompiledRegistry) -> None:
    text = "Kepala Dinas Sosial, Timur Santoso, membuka posko bantuan."
    actors = suggest("", text, "id", registry).actors
    assert "Timur Santoso" in [a.name for a in actors if a.kind == "person"]
