"""A regional roadmap, guidelines or plan of action on migration speaks to objective 23
(international and regional cooperation), in every language; "dans le cadre de", a
regional director or a regional office alone do not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.engine import _fields
from desktop.core.tagging.near import compiled_near, find_near
from desktop.core.tagging.objectives_match import score_objectives
from desktop.core.tagging.text import tokenize

REGIONAL_INSTRUMENTS = [
    (
        "en",
        "Interior ministers of the Western Balkans adopted a regional roadmap on the "
        "return of migrants.",
    ),
    (
        "fr",
        "Les pays du Sahel ont validé à Niamey une feuille de route régionale sur la "
        "protection des migrants.",
    ),
    (
        "es",
        "Los países andinos aprobaron en Lima unos lineamientos regionales para la "
        "atención de los migrantes retornados.",
    ),
    (
        "vi",
        "Các nước tiểu vùng Mê Công thống nhất kế hoạch hành động về phòng chống mua bán người.",
    ),
    ("ms", "Negara anggota bersetuju menyediakan garis panduan serantau mengenai pekerja migran."),
    (
        "id",
        "Negara-negara di kawasan itu menyusun peta jalan bersama untuk perlindungan pekerja "
        "migran.",
    ),
]


def _near_objectives(text: str) -> set[int]:
    rules = compiled_near().rules
    return {rules[hit.rule].objective for hit in find_near(tokenize(text))}


@pytest.mark.parametrize(("language", "text"), REGIONAL_INSTRUMENTS)
def test_a_regional_instrument_speaks_to_objective_23(language: str, text: str) -> None:
    assert 23 in _near_objectives(text), language


@pytest.mark.parametrize(
    "text",
    [
        "Dans le cadre de la visite, le directeur régional a rencontré des migrants.",
        "The regional director said the office would open next month in Accra for migrants.",
        "El director regional de migración inauguró una oficina en la frontera.",
    ],
)
def test_regional_words_alone_make_no_regional_instrument(text: str) -> None:
    assert 23 not in _near_objectives(text)


def test_a_regional_roadmap_on_returns_suggests_objective_23() -> None:
    title = "Central Asian states agree on a regional roadmap for returning migrants"
    body = (
        "Migration officials of five Central Asian states agreed in Almaty on a regional "
        "roadmap to coordinate the return and reintegration of migrant workers expelled "
        "from abroad, with data-sharing between their migration services."
    )
    numbers = [o.number for o in score_objectives(_fields(title, body), 400)]
    assert 23 in numbers[:5]
