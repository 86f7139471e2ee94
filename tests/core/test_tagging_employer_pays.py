"""Recruitment free of charge to workers, its costs paid by employers, said in other words
than "employer pays principle": objective 6 (fair and ethical recruitment), in every
language. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.engine import _fields
from desktop.core.tagging.near import compiled_near, find_near
from desktop.core.tagging.objectives_match import score_objectives
from desktop.core.tagging.text import tokenize

SAID = [
    ("en", "Under the new scheme, employers will pay the visa and airfare of every caregiver."),
    ("en", "Placement services will be provided free of charge to workers."),
    ("fr", "Les billets d'avion des saisonniers seront pris en charge par les employeurs."),
    ("fr", "Le recrutement sera gratuit pour les travailleurs agricoles."),
    ("es", "Los empleadores asumirán el costo del pasaje de los jornaleros."),
    ("es", "La contratación será sin costo para los trabajadores agrícolas."),
    ("vi", "Người lao động được tuyển dụng miễn phí theo chương trình mới."),
    ("ms", "Majikan akan menanggung kos tiket penerbangan pekerja tersebut."),
    ("id", "Penempatan pekerja ke Korea Selatan tidak dipungut biaya sama sekali."),
]


def _near_objectives(text: str) -> set[int]:
    rules = compiled_near().rules
    return {rules[hit.rule].objective for hit in find_near(tokenize(text))}


@pytest.mark.parametrize(("language", "text"), SAID)
def test_costs_borne_by_employers_speak_to_objective_6(language: str, text: str) -> None:
    assert 6 in _near_objectives(text), language


@pytest.mark.parametrize(
    "text",
    [
        "Employers in the port said the new crane was free.",
        "Les employeurs du port ont inauguré une grue.",
    ],
)
def test_employers_or_free_alone_are_no_recruitment_cost(text: str) -> None:
    assert 6 not in _near_objectives(text)


def test_an_agreement_on_free_recruitment_suggests_objective_6() -> None:
    title = "Two countries agree that migrant fishers will be recruited free of charge"
    body = (
        "Under the agreement signed on Monday, migrant fishers will be recruited free of "
        "charge: employers will pay the airfare and the medical checks."
    )
    numbers = [o.number for o in score_objectives(_fields(title, body), 400)]
    assert 6 in numbers[:3]
