"""What the report builder offers: saved searches, objectives, languages, actors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.archive.session import Archive
from desktop.core.reports.build import objective_titles
from desktop.core.util.textfold import fold
from desktop.db.models import Actor, Article, SavedSearch


@dataclass(frozen=True)
class ReportChoices:
    saved_searches: tuple[str, ...]
    objectives: tuple[tuple[int, str], ...]  # number, title in the asked language
    languages: tuple[str, ...]  # codes present in the archive
    actors: tuple[str, ...]


def report_choices(archive: Archive, language: str = "en") -> ReportChoices:
    with archive.session() as session:
        searches = sorted(session.scalars(select(SavedSearch.name)), key=lambda n: (fold(n), n))
        titles = objective_titles(session, language)
        languages = sorted(
            code for code in session.scalars(select(Article.language).distinct()) if code
        )
        actors = sorted(session.scalars(select(Actor.name)), key=lambda n: (fold(n), n))
    numbers = sorted(set(range(1, 24)) | set(titles))
    return ReportChoices(
        saved_searches=tuple(searches),
        objectives=tuple((n, titles.get(n, "")) for n in numbers),
        languages=tuple(languages),
        actors=tuple(actors),
    )
