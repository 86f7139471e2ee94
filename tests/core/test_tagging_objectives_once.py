"""One mention counts once toward an objective: an embassy's name is a body that speaks to
objective 14, not also a cue inside it and a registry actor's hint on top."""

from __future__ import annotations

from desktop.core.tagging.engine import _fields
from desktop.core.tagging.model import Evidence
from desktop.core.tagging.objectives_match import score_objectives

TEXT = (
    "Para pekerja migran yang ditipu majikan mengadu kepada Kedutaan Besar Indonesia "
    "di Kuala Lumpur, yang memulangkan mereka pekan ini."
)


def _fourteen(hinted: list[tuple[tuple[int, ...], tuple[Evidence, ...]]]) -> float:
    found = score_objectives(_fields("", TEXT), 400, None, None, minimum=0.0, hinted=hinted)
    return next((o.score for o in found if o.number == 14), 0.0)


def test_an_actor_named_only_as_a_body_adds_no_hint() -> None:
    start = TEXT.index("Kedutaan")
    end = TEXT.index(" di Kuala")
    embassy = Evidence(start, end, TEXT[start:end], "body")
    assert _fourteen([((14,), (embassy,))]) == _fourteen([])
    assert _fourteen([]) > 0


def test_an_actor_also_named_otherwise_still_hints() -> None:
    start = TEXT.index("Kedutaan")
    end = TEXT.index(" di Kuala")
    embassy = Evidence(start, end, TEXT[start:end], "body")
    elsewhere = Evidence(0, 4, TEXT[0:4], "body")
    assert _fourteen([((14,), (embassy, elsewhere))]) > _fourteen([])


def test_a_cue_inside_a_bodys_name_adds_nothing() -> None:
    """ "Kedutaan" is a cue of 14 and "Kedutaan Besar" a body: the name counts once, as
    much as another body of 14 with no cue inside it."""
    embassy = score_objectives(_fields("", TEXT), 400, None, None, minimum=0.0)
    other = TEXT.replace("Kedutaan Besar", "Konsulat Jeneral")
    consulate = score_objectives(_fields("", other), 400, None, None, minimum=0.0)
    assert [o.score for o in embassy if o.number == 14] == [
        o.score for o in consulate if o.number == 14
    ]
