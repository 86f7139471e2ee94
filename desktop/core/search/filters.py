"""Facets (filters on article metadata) and sort orders: what a list asks for.

Within one facet the values are alternatives (language fr OR vi); different facets
must all hold (language AND objective AND date range). Their SQL is written by
:mod:`desktop.core.search.statements`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

DATE_FIELDS = ("published", "event")


@dataclass(frozen=True)
class Filters:
    languages: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_field: str = "published"  # or "event"
    objectives: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()  # names or aliases, matched folded
    events: tuple[int, ...] = ()
    outlets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    untagged: bool = False  # no GCM objective yet
    has_translations: bool = False  # another article of its event is in another language
    ids: tuple[int, ...] | None = None  # only these articles (e.g. the members of an event)

    @property
    def active(self) -> bool:
        return self != Filters(date_field=self.date_field)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with only the facets that are set."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "date_field":
                if value != "published":
                    out[f.name] = value
            elif isinstance(value, dt.date):
                out[f.name] = value.isoformat()
            elif isinstance(value, tuple):
                if value or f.name == "ids":
                    out[f.name] = list(value)
            elif value:
                out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Filters:
        """The inverse of :meth:`to_json`; unknown keys and bad values are ignored."""
        data = data or {}
        values: dict[str, Any] = {}

        def seq(key: str, kind: type) -> tuple[Any, ...]:
            raw = data.get(key) or ()
            if isinstance(raw, str | int):
                raw = [raw]
            out = []
            for item in raw if isinstance(raw, list | tuple) else ():
                try:
                    out.append(kind(item))
                except (TypeError, ValueError):
                    continue
            return tuple(out)

        values["languages"] = seq("languages", str)
        values["objectives"] = seq("objectives", int)
        values["actors"] = seq("actors", str)
        values["events"] = seq("events", int)
        values["outlets"] = seq("outlets", str)
        values["statuses"] = seq("statuses", str)
        for key in ("date_from", "date_to"):
            values[key] = _date(data.get(key))
        field_value = data.get("date_field", "published")
        values["date_field"] = field_value if field_value in DATE_FIELDS else "published"
        values["untagged"] = bool(data.get("untagged", False))
        values["has_translations"] = bool(data.get("has_translations", False))
        values["ids"] = seq("ids", int) if data.get("ids") is not None else None
        return cls(**values)

    def without(self, facet: str) -> Filters:
        """These filters with one facet cleared (to count that facet's values)."""
        default = Filters()
        return replace(self, **{facet: getattr(default, facet)})


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------- sorting

SORT_KEYS = (
    "relevance",
    "added",
    "title",
    "language",
    "date",
    "published",
    "event_date",
    "outlet",
    "status",
    "objectives",
    "event",
)
