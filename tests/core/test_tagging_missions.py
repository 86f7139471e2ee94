"""Diplomatic missions not in the registry, named alike in every language (texts written
for these tests)."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def _orgs(registry: CompiledRegistry, text: str, language: str) -> list[str]:
    return [a.name for a in suggest("", text, language, registry).actors if not a.known]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Đại diện Đại sứ quán Hàn Quốc tại Việt Nam dự buổi làm việc.", "vi"),
        ("Officials of the Embassy of South Korea in Viet Nam attended.", "en"),
        ("Des représentants de l'ambassade de Corée du Sud au Vietnam étaient présents.", "fr"),
        ("Asistieron funcionarios de la Embajada de Corea del Sur en Vietnam.", "es"),
    ],
)
def test_one_english_name_for_a_mission_in_every_language(registry, text, language) -> None:
    assert _orgs(registry, text, language) == ["Embassy of South Korea in Viet Nam"]


def test_a_consulate_with_its_acronym_and_seat_then_the_acronym_alone(registry) -> None:
    text = (
        "Konsulat Jenderal Republik Indonesia (KJRI) Kota Kinabalu menerbitkan surat "
        "perjalanan. KJRI juga mendampingi para deportan."
    )
    result = suggest("", text, "id", registry)
    (mission,) = [a for a in result.actors if not a.known]
    assert mission.name == "Consulate General of Indonesia in Kota Kinabalu"
    assert [e.text for e in mission.evidence][-1] == "KJRI"


def test_a_demonym_before_the_head(registry) -> None:
    text = "A spokesman for the Philippine Embassy in Riyadh said the workers were safe."
    assert _orgs(registry, text, "en") == ["Embassy of Philippines in Riyadh"]


def test_a_head_noun_without_a_country_is_no_mission(registry) -> None:
    assert _orgs(registry, "The embassy said it was following the case.", "en") == []
    assert _orgs(registry, "Đại sứ quán cho biết đang theo dõi vụ việc.", "vi") == []


def test_a_registry_mission_stays_the_registry_s(registry) -> None:
    result = suggest("", "Đại sứ quán Việt Nam tại Campuchia đã cấp giấy tờ.", "vi", registry)
    assert [(a.name, a.known) for a in result.actors] == [("Embassy of Viet Nam in Cambodia", True)]


def test_republic_of_before_the_country(registry) -> None:
    text = "The Consulate General of the Republic of Indonesia in Penang issued travel papers."
    assert _orgs(registry, text, "en") == ["Consulate General of Indonesia in Penang"]
