"""A body closed by "Office" and its acronym in brackets, possessive included ("Attorney
General's Office (AGO)"), read from where its acronym's letters start, not from the
capitalised words before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def new_organisations(registry: CompiledRegistry, text: str) -> list[str]:
    actors = suggest("", text, "en", registry).actors
    return sorted(a.name for a in actors if not a.known and a.kind == "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Solicitor General's Office (SGO) appealed the ruling on the deportees.",
            "Solicitor General's Office",
        ),
        (
            "Staff of the State Prosecutor's Office (SPO) interviewed the trafficked workers.",
            "State Prosecutor's Office",
        ),
        (
            "Delegates of the Domestic Workers Alliance (DWA) met the ministers.",
            "Domestic Workers Alliance",
        ),
    ],
)
def test_the_name_starts_where_its_acronym_does(
    registry: CompiledRegistry, text: str, name: str
) -> None:
    assert new_organisations(registry, text) == [name]


def test_an_office_without_its_acronym_is_not_read_this_way(registry: CompiledRegistry) -> None:
    text = "Staff of the State Prosecutor's Office interviewed the trafficked workers."
    assert "State Prosecutor's Office" not in new_organisations(registry, text)
