"""Plain data of suggestions: what was found, how sure, and where in the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.util.textfold import fold_words

TITLE, BODY = "title", "body"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A phrase of the article that supports a suggestion, with its offsets in ``field``."""

    start: int
    end: int
    text: str
    field: str = BODY

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "field": self.field}


@dataclass(frozen=True)
class ObjectiveSuggestion:
    number: int
    score: float
    evidence: tuple[Evidence, ...] = ()
    tagged: bool = False

    @property
    def key(self) -> str:
        return str(self.number)

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "score": round(self.score, 3),
            "evidence": [e.as_dict() for e in self.evidence],
            "tagged": self.tagged,
        }


@dataclass(frozen=True)
class ActorSuggestion:
    name: str
    score: float
    evidence: tuple[Evidence, ...] = ()
    known: bool = True
    actor_id: int | None = None
    kind: str = "organisation"
    tagged: bool = False
    role: str = ""  # for a new actor, the role the text gives ("Deputy Minister of ...")

    @property
    def decision_kind(self) -> str:
        return "actor" if self.known else "new_actor"

    @property
    def key(self) -> str:
        """What a :class:`~desktop.db.models.SuggestionDecision` remembers it by."""
        if self.known and self.actor_id is not None:
            return str(self.actor_id)
        return fold_words(self.name)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "score": round(self.score, 3),
            "evidence": [e.as_dict() for e in self.evidence],
            "known": self.known,
            "actor_id": self.actor_id,
            "kind": self.kind,
            "tagged": self.tagged,
            "role": self.role,
        }


@dataclass(frozen=True)
class Suggestions:
    objectives: tuple[ObjectiveSuggestion, ...] = ()
    actors: tuple[ActorSuggestion, ...] = ()
    country: str = ""
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "objectives": [o.as_dict() for o in self.objectives],
            "actors": [a.as_dict() for a in self.actors],
        }


def sort_key_objective(s: ObjectiveSuggestion) -> tuple[float, int]:
    return (-s.score, s.number)


def sort_key_actor(s: ActorSuggestion) -> tuple[float, str]:
    return (-s.score, s.name.casefold())
