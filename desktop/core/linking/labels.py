"""How features are shown to a curator: actor names, place names, readable dates."""

from __future__ import annotations

from desktop.core.linking import features as F
from desktop.core.linking.actors import ActorRegistry
from desktop.core.linking.features import MainDate
from desktop.core.linking.gazetteer import Gazetteer
from desktop.core.linking.scoring import describe_date
from desktop.i18n import current_language


class FeatureLabels:
    def __init__(self, actors: ActorRegistry, places: Gazetteer) -> None:
        self._actors = actors
        self._places = places

    def label(self, kind: str, value: str) -> str:
        if kind == F.ACTOR:
            actor = self._actors.actors.get(int(value))
            return actor.name if actor is not None else value
        if kind == F.PLACE:
            place = self._places.places.get(value)
            return place.display(current_language()) if place is not None else value
        if kind == F.NAME:
            return " ".join(word.capitalize() for word in value.split())
        if kind == F.CITED:
            year, month, day = (int(part) for part in value.split("-"))
            return describe_date(MainDate(month, day, day, year, True))
        return value

    def group(self, kind: str, value: str) -> str:
        if kind == F.ACTOR:
            actor = self._actors.actors.get(int(value))
            return "person" if actor is not None and actor.is_person else "organisation"
        return kind
