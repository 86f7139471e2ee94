"""A title that closes with a world region ("Director for Asia and the Pacific", "Envoy
for the Sahel") is no part of the name that follows it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def people(registry: CompiledRegistry, text: str) -> list[str]:
    return sorted(a.name for a in suggest("", text, "en", registry).actors if a.kind == "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "UNICEF Regional Director for Eastern and Southern Africa Mary Lowe said the "
            "children would be reunited.",
            "Mary Lowe",
        ),
        (
            "The EU Special Envoy for the Sahel Pierre Marchand said the route was deadlier.",
            "Pierre Marchand",
        ),
        (
            "UNHCR Representative for the Caribbean Tom Wells said the asylum claims doubled.",
            "Tom Wells",
        ),
        (
            "The WFP Director for Asia-Pacific Anna Berg said food aid reached the returnees.",
            "Anna Berg",
        ),
    ],
)
def test_a_region_closing_a_title_is_no_part_of_the_name(
    registry: CompiledRegistry, text: str, name: str
) -> None:
    assert people(registry, text) == [name]
