"""What the article table needs besides its pages (:mod:`desktop.core.search.pages`):
the spec of the window's facets and the values the facet controls offer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select

from desktop.core.archive.session import Archive
from desktop.core.search.filters import Filters
from desktop.core.search.service import SearchSpec
from desktop.db.models import Actor, Article, Objective

MAX_OUTLETS = 500


def spec_from_facets(facets: Mapping[str, Any], sort: tuple[str, bool] | None) -> SearchSpec:
    """A :class:`SearchSpec` from the main window's facet dict.

    Keys: ``text``, ``exact``, ``filters`` (:class:`Filters`) and the window's simple
    ones, ``language`` (a code, "" for unknown), ``review_status`` and ``ids``.
    ``sort`` is (column key, descending), or None for relevance.
    """
    filters = facets.get("filters")
    if not isinstance(filters, Filters):
        filters = Filters()
    if "language" in facets:
        filters = replace(filters, languages=(str(facets["language"] or ""),))
    if facets.get("review_status"):
        filters = replace(filters, statuses=(str(facets["review_status"]),))
    if facets.get("ids") is not None:
        filters = replace(filters, ids=tuple(int(i) for i in facets["ids"]))
    text = str(facets.get("text") or "")
    key, descending = sort if sort is not None else ("relevance", True)
    if key == "relevance" and not text.strip():
        key, descending = "added", True
    return SearchSpec(
        text=text,
        exact=bool(facets.get("exact", False)),
        filters=filters,
        sort=key,
        descending=descending,
    )


@dataclass(frozen=True)
class FacetChoices:
    """Values offered by the facet controls."""

    languages: list[tuple[str, int]]  # ("", n) for unknown
    outlets: list[tuple[str, int]]
    objectives: list[tuple[int, dict[str, Any]]]  # number, titles by language
    actors: list[str]


def facet_choices(archive: Archive) -> FacetChoices:
    with archive.session() as session:
        languages = [
            (code or "", int(n))
            for code, n in session.execute(
                select(Article.language, func.count(Article.id))
                .group_by(Article.language)
                .order_by(func.count(Article.id).desc())
            )
        ]
        outlets = [
            (str(outlet), int(n))
            for outlet, n in session.execute(
                select(Article.outlet, func.count(Article.id))
                .where(Article.outlet.is_not(None), Article.outlet != "")
                .group_by(Article.outlet)
                .order_by(func.count(Article.id).desc(), Article.outlet)
                .limit(MAX_OUTLETS)
            )
        ]
        objectives = [
            (number, dict(titles or {}))
            for number, titles in session.execute(
                select(Objective.number, Objective.titles).order_by(Objective.number)
            )
        ]
        actors = list(session.scalars(select(Actor.name).order_by(Actor.name)))
    return FacetChoices(languages, outlets, objectives, actors)
