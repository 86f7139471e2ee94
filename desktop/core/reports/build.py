"""Build a :class:`Report` from the archive, and write it to a file.

``build_report`` reads the chosen articles (explicit ids, a saved search, filters),
their text, tags, actors and events, then hands plain data to
:func:`~desktop.core.reports.assemble.assemble_report`. ``write_report`` renders
it as PDF or HTML by the file's extension and replaces the file atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.archive.articles import actors_by_article, objectives_by_article
from desktop.core.archive.session import Archive
from desktop.core.operations.progress import PhaseState, TaskState
from desktop.core.reports.assemble import assemble_report, excerpt
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import Report, ReportArticle, ReportEvent
from desktop.core.reports.options import ReportInput, ReportOptions
from desktop.core.util.paths import resources_dir
from desktop.core.util.textfold import fold, fold_words
from desktop.db.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    Curator,
    Event,
    Objective,
    SavedSearch,
)
from desktop.i18n import _

CHUNK = 500
STEPS = 1000  # the one scale of a report's progress
READ_SHARE = 0.1  # reading and arranging the articles; the rest is rendering


class ReportError(Exception):
    """A report cannot be made as asked (unknown saved search, unknown format...)."""


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _report_date() -> Any:
    return func.coalesce(Article.published, Article.event_date)


def _actor_ids(session: Session, names: Iterable[str]) -> set[int]:
    wanted = {fold_words(n) for n in names if n.strip()}
    if not wanted:
        return set()
    found = {
        actor_id
        for actor_id, name in session.execute(select(Actor.id, Actor.name))
        if fold_words(name) in wanted
    }
    found |= set(session.scalars(select(ActorAlias.actor_id).where(ActorAlias.folded.in_(wanted))))
    return found


def _filtered(session: Session, stmt: Select[Any], spec: ReportInput) -> Select[Any]:
    date = _report_date()
    if spec.date_from is not None:
        stmt = stmt.where(date >= spec.date_from)
    if spec.date_to is not None:
        stmt = stmt.where(date <= spec.date_to)
    if spec.languages:
        stmt = stmt.where(Article.language.in_([lang.lower() for lang in spec.languages]))
    if spec.objectives:
        tagged = select(ArticleObjective.article_id).where(
            ArticleObjective.objective_number.in_(spec.objectives)
        )
        stmt = stmt.where(Article.id.in_(tagged))
    if spec.actors:
        actor_ids = _actor_ids(session, spec.actors)
        linked = select(ArticleActor.article_id).where(ArticleActor.actor_id.in_(actor_ids))
        stmt = stmt.where(Article.id.in_(linked))
    return stmt


def saved_search_ids(archive: Archive, name: str) -> list[int]:
    """The articles the saved search ``name`` finds now (its name matched loosely)."""
    from desktop.core.search.saved import SavedSearchError, run_saved_search

    with archive.session() as session:
        names = list(session.scalars(select(SavedSearch.name)))
    exact = name if name in names else next((n for n in names if fold(n) == fold(name)), None)
    if exact is None:
        raise ReportError(_("No saved search is named “%(name)s”.") % {"name": name})
    try:
        return run_saved_search(archive, exact)
    except SavedSearchError as exc:
        raise ReportError(str(exc)) from exc


def resolve_ids(archive: Archive, spec: ReportInput) -> list[int]:
    """The ids of the articles the report covers, in id order.

    Explicit ids and a saved search narrow the archive (both: their intersection);
    the filters then apply on top.
    """
    ids: set[int] | None = set(spec.ids) if spec.ids is not None else None
    if ids:
        _require_articles(archive, ids)
    if spec.saved_search:
        found = set(saved_search_ids(archive, spec.saved_search))
        ids = found if ids is None else ids & found
    with archive.session() as session:
        stmt = _filtered(session, select(Article.id), spec).order_by(Article.id)
        if ids is None:
            return list(session.scalars(stmt))
        out: list[int] = []
        for chunk in _chunks(sorted(ids)):
            out += session.scalars(stmt.where(Article.id.in_(chunk)))
        return sorted(out)


def _require_articles(archive: Archive, ids: set[int]) -> None:
    """Refuse ids that name no article: a report must not silently leave them out."""
    with archive.session() as session:
        found: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            found.update(session.scalars(select(Article.id).where(Article.id.in_(chunk))))
    missing = sorted(ids - found)
    if missing:
        raise ReportError(_("no article with id {id}").format(id=", ".join(map(str, missing))))


def objective_titles(session: Session, language: str) -> dict[int, str]:
    """Objective titles in ``language`` (English when missing), from the archive or
    from ``resources/objectives.json``."""
    rows = {
        n: dict(t or {}) for n, t in session.execute(select(Objective.number, Objective.titles))
    }
    if not rows:
        rows = _bundled_objectives()
    return {n: str(t.get(language) or t.get("en") or "") for n, t in rows.items()}


def _bundled_objectives() -> dict[int, dict[str, Any]]:
    path = resources_dir() / "objectives.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data.get("objectives", data) if isinstance(data, dict) else data
    out: dict[int, dict[str, Any]] = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and "number" in item:
                out[int(item["number"])] = dict(item.get("titles") or {})
    return out


def _load(
    session: Session, ids: Sequence[int], limit: int | None, state: TaskState | None
) -> tuple[list[ReportArticle], dict[int, ReportEvent]]:
    articles: list[ReportArticle] = []
    event_ids: set[int] = set()
    for done, chunk in enumerate(_chunks(ids)):
        if state is not None:
            state.check()
            state.progress(done * CHUNK, len(ids), _("Reading articles"))
        tags = objectives_by_article(session, chunk)
        actors = actors_by_article(session, chunk)
        stmt = (
            select(Article, ArticleText.body)
            .join(ArticleText, ArticleText.article_id == Article.id, isouter=True)
            .where(Article.id.in_(chunk))
        )
        for article, body in session.execute(stmt):
            text, cut = excerpt(body or "", limit, title=article.title)
            if article.event_id is not None:
                event_ids.add(article.event_id)
            articles.append(
                ReportArticle(
                    id=article.id,
                    title=article.title or "",
                    outlet=article.outlet or "",
                    language=article.language or "",
                    published=article.published,
                    event_date=article.event_date,
                    source_url=article.source_url or "",
                    actors=tuple(actors.get(article.id, ())),
                    objectives=tuple(tags.get(article.id, ())),
                    text=text,
                    truncated=cut,
                    event_id=article.event_id,
                    event_role=article.event_role or "",
                )
            )
    events: dict[int, ReportEvent] = {}
    for chunk in _chunks(sorted(event_ids)):
        for event in session.scalars(select(Event).where(Event.id.in_(chunk))):
            events[event.id] = ReportEvent(
                id=event.id,
                title=event.title or "",
                date_start=event.date_start,
                date_end=event.date_end,
                place=event.place or "",
            )
    return articles, events


def build_report(
    archive: Archive, options: ReportOptions, state: TaskState | None = None
) -> Report:
    """Read the articles chosen by ``options.input`` and arrange them as a report."""
    opts = options.resolved()
    ids = resolve_ids(archive, opts.input)
    loc = ReportLocale(opts.locale)
    with archive.session() as session:
        articles, events = _load(session, ids, opts.excerpt_chars, state)
        titles = objective_titles(session, loc.language)
        curator = (
            session.scalar(select(Curator.display_name).where(Curator.id == archive.curator_id))
            or archive.curator_name
        )
    return assemble_report(
        articles, opts, objective_titles=titles, events=events, curator=curator, state=state
    )


FORMATS = ("pdf", "html")


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in FORMATS:
        raise ReportError(
            _("A report is written as .pdf or .html, not “%(name)s”.") % {"name": Path(path).name}
        )
    return suffix


def render(report: Report, fmt: str, state: TaskState | None = None) -> bytes:
    """The report's file content in ``fmt`` ("pdf" or "html")."""
    if fmt == "pdf":
        from desktop.core.reports.pdf import render_pdf

        return render_pdf(report, state)
    from desktop.core.reports.html_render import render_html

    return render_html(report, state).encode("utf-8")


def write_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no half file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def make_report(
    archive: Archive, options: ReportOptions, fmt: str = "pdf", state: TaskState | None = None
) -> tuple[Report, bytes]:
    """Build the report and render it in ``fmt``, without writing a file."""
    state = state or TaskState()
    report = build_report(archive, options, PhaseState(state, 0.0, READ_SHARE, STEPS))
    data = render(report, fmt, PhaseState(state, READ_SHARE, 1.0 - READ_SHARE, STEPS))
    state.progress(STEPS, STEPS, "")
    return report, data


def write_report(
    archive: Archive, options: ReportOptions, path: str | Path, state: TaskState | None = None
) -> Report:
    """Build the report and write it to ``path`` (.pdf or .html). Returns the report.

    Progress reaches ``state`` in one scale of :data:`STEPS` that only grows."""
    fmt = format_of(path)
    state = state or TaskState()
    report = build_report(archive, options, PhaseState(state, 0.0, READ_SHARE, STEPS))
    data = render(report, fmt, PhaseState(state, READ_SHARE, 1.0 - READ_SHARE, STEPS))
    write_file(path, data)
    state.progress(STEPS, STEPS, "")
    return report
