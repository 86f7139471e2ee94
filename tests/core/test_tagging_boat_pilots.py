"""The skipper of a migrant boat ("el patrón de la patera", "le pilote du canot") is how
the press names a smuggler: objective 9. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.near import compiled_near, find_near
from desktop.core.tagging.text import tokenize


def _near_objectives(text: str) -> set[int]:
    rules = compiled_near().rules
    return {rules[hit.rule].objective for hit in find_near(tokenize(text))}


@pytest.mark.parametrize(
    "text",
    [
        "La Policía Nacional detuvo al patrón de la patera que llegó a Almería.",
        "Los dos patrones del cayuco fueron puestos a disposición judicial.",
        "Le pilote du canot a été placé en garde à vue à Boulogne.",
        "The skipper of the dinghy was arrested when it reached Dover.",
    ],
)
def test_a_migrant_boats_skipper_speaks_to_objective_9(text: str) -> None:
    assert 9 in _near_objectives(text)


@pytest.mark.parametrize(
    "text",
    [
        "El patrón de la empresa agrícola contrató a veinte temporeros.",
        "Le capitaine de la pirogue de pêche a débarqué deux tonnes de sardinelles.",
    ],
)
def test_an_employer_or_a_fishing_captain_is_no_smuggler(text: str) -> None:
    assert 9 not in _near_objectives(text)
