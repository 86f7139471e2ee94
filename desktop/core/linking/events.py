"""The curator's actions on events: link, accept, reject, merge, unlink, roles.

Every action is one core function running one transaction, returning an
:class:`~desktop.core.operations.changes.OpResult` whose ``undo`` restores what it touched
(:mod:`.undo_state`), and writing an audit record. When articles are linked, a
version whose event date lacks its year takes it from a version that knows it; the
date stays marked "inferred" and the evidence names the linked article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.linking import features as F
from desktop.core.linking.features import main_date_of
from desktop.core.linking.gazetteer import gazetteer
from desktop.core.linking.store import ensure_in_session
from desktop.core.linking.undo_state import Tracker
from desktop.core.operations import audit, hooks
from desktop.core.operations.changes import OpResult
from desktop.db.models import Article, ArticleFeature, Confidence, Event, EventRole, utcnow
from desktop.i18n import _

T = TypeVar("T")
ACCEPTED, REJECTED = "accepted", "rejected"
TRANSLATION_KINDS = ("human", "machine")
TITLE_MAX = 500


class LinkError(ValueError):
    """An event action cannot be done; the message says why, for the curator."""


def _run(
    archive: Archive,
    label: str,
    action: str,
    body: Callable[[Session, Tracker], tuple[T, dict[str, Any], int | None]],
) -> OpResult[T]:
    with archive.session() as session, session.begin():
        tracker = Tracker(session)
        value, details, event_id = body(session, tracker)
        session.flush()
        audit.record(session, archive.curator_id, action, "event", event_id, details)
        if tracker.dates_changed:
            hooks.run(hooks.ARTICLES_CHANGED, session, sorted(tracker.dates_changed))
    return OpResult(tracker.changes(), tracker.undo(label, action), value)


def _articles(session: Session, ids: Sequence[int]) -> list[Article]:
    found = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(list(ids))))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise LinkError(_("no article with id {ids}").format(ids=", ".join(map(str, missing))))
    return [found[i] for i in ids]


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise LinkError(_("no event with id {id}").format(id=event_id))
    return event


def _members(session: Session, event_id: int) -> list[Article]:
    stmt = select(Article).where(Article.event_id == event_id).order_by(Article.id)
    return list(session.scalars(stmt))


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


# ------------------------------------------------------------------ linking


def _link(
    session: Session,
    tracker: Tracker,
    ids: Sequence[int],
    title: str | None,
    into: int | None,
) -> tuple[int, list[int]]:
    """Put ``ids`` in one event (new, existing or merged). Returns (event id, merged ids)."""
    articles = _articles(session, ids)
    existing = sorted({a.event_id for a in articles if a.event_id is not None})
    if into is not None:
        target = tracker.event(_event(session, into))
    elif existing:
        target = tracker.event(_event(session, existing[0]))
    else:
        name = (title or _default_title(articles))[:TITLE_MAX]
        target = tracker.new_event(Event(title=name))
    merged = [e for e in existing if e != target.id]
    for event_id in merged:
        _absorb(session, tracker, target, _event(session, event_id))
    for article in articles:
        if article.event_id != target.id:
            tracker.article(article).event_id = target.id
    if title:
        target.title = title[:TITLE_MAX]
    session.flush()
    fill_missing_years(session, tracker, target.id)
    _complete_event(session, target)
    return target.id, merged


def _default_title(articles: Sequence[Article]) -> str:
    for article in articles:
        if article.title.strip():
            return article.title.strip()
    return _("Event")


def _absorb(session: Session, tracker: Tracker, target: Event, other: Event) -> None:
    """Move the members of ``other`` into ``target`` and delete ``other``."""
    tracker.event(target)
    for article in _members(session, other.id):
        tracker.article(article).event_id = target.id
    if other.notes.strip() and other.notes.strip() not in target.notes:
        target.notes = f"{target.notes}\n\n{other.notes}".strip()
    if other.place and not target.place:
        target.place = other.place
    starts = [d for d in (target.date_start, other.date_start) if d is not None]
    ends = [d for d in (target.date_end, other.date_end) if d is not None]
    target.date_start = min(starts) if starts else None
    target.date_end = max(ends) if ends else None
    session.flush()
    tracker.delete_event(other)
    session.flush()


def link_articles(
    archive: Archive, ids: Sequence[int], title: str | None = None, *, into: int | None = None
) -> OpResult[int]:
    """Link articles as versions of one event: a new one, or the event some are already in
    (several events among them are merged). ``value`` is the event id."""
    wanted = _unique(ids)
    if len(wanted) < 2 and into is None:
        raise LinkError(_("give at least two articles to link"))

    def body(session: Session, tracker: Tracker) -> tuple[int, dict[str, Any], int | None]:
        event_id, merged = _link(session, tracker, wanted, title, into)
        return event_id, {"articles": wanted, "merged_events": merged}, event_id

    return _run(archive, _("Link articles"), "event.link", body)


def accept_suggestion(archive: Archive, a: int, b: int, title: str | None = None) -> OpResult[int]:
    """Accept a suggested link: create or extend the event, remember the decision."""
    if a == b:
        raise LinkError(_("an article cannot be linked to itself"))

    def body(session: Session, tracker: Tracker) -> tuple[int, dict[str, Any], int | None]:
        event_id, merged = _link(session, tracker, [a, b], title, None)
        tracker.decide(a, b, ACCEPTED, archive.curator_id)
        tracker.decide(b, a, ACCEPTED, archive.curator_id)
        return event_id, {"articles": [a, b], "merged_events": merged}, event_id

    return _run(archive, _("Accept link"), "event.accept", body)


def reject_link(archive: Archive, a: int, b: int) -> OpResult[None]:
    """Reject a suggested link; it is remembered for both articles and never comes back."""
    if a == b:
        raise LinkError(_("an article cannot be linked to itself"))

    def body(session: Session, tracker: Tracker) -> tuple[None, dict[str, Any], int | None]:
        _articles(session, [a, b])
        tracker.decide(a, b, REJECTED, archive.curator_id)
        tracker.decide(b, a, REJECTED, archive.curator_id)
        return None, {"articles": [a, b]}, None

    return _run(archive, _("Reject link"), "event.reject", body)


def unlink_article(archive: Archive, article_id: int) -> OpResult[int]:
    """Take an article out of its event (an event left empty is deleted)."""

    def body(session: Session, tracker: Tracker) -> tuple[int, dict[str, Any], int | None]:
        (article,) = _articles(session, [article_id])
        if article.event_id is None:
            raise LinkError(_("article {id} is in no event").format(id=article_id))
        event = tracker.event(_event(session, article.event_id))
        tracker.article(article)
        article.event_id = None
        article.event_role = None
        article.translation_kind = None
        article.translated_from = None
        session.flush()
        if not _members(session, event.id):
            tracker.delete_event(event)
        return event.id, {"article": article_id}, event.id

    return _run(archive, _("Unlink article"), "event.unlink", body)


def merge_events(archive: Archive, keep: int, other: int) -> OpResult[int]:
    """Move every member of event ``other`` into event ``keep`` and delete ``other``."""
    if keep == other:
        raise LinkError(_("an event cannot be merged with itself"))

    def body(session: Session, tracker: Tracker) -> tuple[int, dict[str, Any], int | None]:
        target = _event(session, keep)
        _absorb(session, tracker, target, _event(session, other))
        fill_missing_years(session, tracker, keep)
        _complete_event(session, target)
        return keep, {"merged_event": other}, keep

    return _run(archive, _("Merge events"), "event.merge", body)


def set_role(
    archive: Archive,
    article_id: int,
    role: str | None,
    translation_kind: str | None = None,
    translated_from: str | None = None,
) -> OpResult[None]:
    """Mark an event member as the original, a translation (human or machine, from which
    language) or an independent report; ``None`` clears the role."""
    if role is not None and role not in set(EventRole):
        raise LinkError(_("unknown role {role!r}").format(role=role))
    if translation_kind is not None and translation_kind not in TRANSLATION_KINDS:
        raise LinkError(_("translation kind must be human or machine"))
    if translated_from is not None and not (2 <= len(translated_from) <= 8):
        raise LinkError(_("not a language code: {code!r}").format(code=translated_from))
    if role != EventRole.TRANSLATION and (translation_kind or translated_from):
        raise LinkError(_("only a translation has a translation kind or a source language"))

    def body(session: Session, tracker: Tracker) -> tuple[None, dict[str, Any], int | None]:
        (article,) = _articles(session, [article_id])
        if article.event_id is None:
            raise LinkError(_("article {id} is in no event").format(id=article_id))
        tracker.article(article)
        article.event_role = role
        article.translation_kind = translation_kind
        article.translated_from = translated_from
        details = {"article": article_id, "role": role, "translation_kind": translation_kind}
        details["translated_from"] = translated_from
        return None, details, article.event_id

    return _run(archive, _("Set role"), "event.role", body)


def update_event(
    archive: Archive,
    event_id: int,
    *,
    title: str | None = None,
    place: str | None = None,
    notes: str | None = None,
    date_start: dt.date | None = None,
    date_end: dt.date | None = None,
) -> OpResult[None]:
    """Edit an event's title, place, notes or dates (arguments left ``None`` are kept)."""
    if date_start and date_end and date_end < date_start:
        raise LinkError(_("the event cannot end before it starts"))

    def body(session: Session, tracker: Tracker) -> tuple[None, dict[str, Any], int | None]:
        event = tracker.event(_event(session, event_id))
        values = {
            "title": title[:TITLE_MAX] if title is not None else None,
            "place": place[:200] if place is not None else None,
            "notes": notes,
            "date_start": date_start,
            "date_end": date_end,
        }
        given = {k: v for k, v in values.items() if v is not None}
        for name, value in given.items():
            setattr(event, name, value)
        event.updated_at = utcnow()
        return None, {k: str(v) for k, v in given.items()}, event_id

    return _run(archive, _("Edit event"), "event.edit", body)


def delete_event(archive: Archive, event_id: int) -> OpResult[None]:
    """Dissolve an event: its articles stay, unlinked."""

    def body(session: Session, tracker: Tracker) -> tuple[None, dict[str, Any], int | None]:
        event = _event(session, event_id)
        members = _members(session, event_id)
        for article in members:
            tracker.article(article)
            article.event_id = None
            article.event_role = None
            article.translation_kind = None
            article.translated_from = None
        session.flush()
        tracker.delete_event(event)
        return None, {"articles": [a.id for a in members]}, event_id

    return _run(archive, _("Delete event"), "event.delete", body)


# ------------------------------------------------------------------ dates and place


def _text_dates(session: Session, ids: Sequence[int]) -> dict[int, F.MainDate | None]:
    ensure_in_session(session, ids)
    rows: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    stmt = select(ArticleFeature.article_id, ArticleFeature.kind, ArticleFeature.value).where(
        ArticleFeature.article_id.in_(list(ids)),
        ArticleFeature.kind.in_([F.DAY, F.MONTH, F.YEAR, F.SEEN]),
    )
    for article_id, kind, value in session.execute(stmt):
        rows[article_id].append((kind, value))
    return {i: main_date_of(keys) for i, keys in rows.items()}


def _known_year(article: Article, text: F.MainDate | None) -> tuple[int, str] | None:
    """(year, how it is known) of an article's event date, if known."""
    if article.event_date is not None and article.event_date_confidence != Confidence.UNKNOWN:
        return article.event_date.year, article.event_date.isoformat()
    if text is not None and text.year is not None:
        return text.year, _("year {year} read in its text").format(year=text.year)
    return None


def _nearest(year: int, month: int, day: int, donor: dt.date | None) -> dt.date | None:
    """The date with that day and month closest to the donor's date (Dec/Jan boundaries)."""
    options = []
    for y in (year - 1, year, year + 1) if donor is not None else (year,):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if donor is None:
        return options[0]
    return min(options, key=lambda d: abs((d - donor).days))


def fill_missing_years(session: Session, tracker: Tracker, event_id: int) -> None:
    """Give members whose event date lacks a year the year a linked version knows."""
    members = _members(session, event_id)
    dates = _text_dates(session, [m.id for m in members])
    donors = []
    for m in members:
        known = _known_year(m, dates.get(m.id))
        if known is not None:
            rank = 0 if m.event_date_confidence in (Confidence.CURATOR, Confidence.STATED) else 1
            donors.append((rank, m.id, m, known))
    donors.sort(key=lambda item: (item[0], item[1]))
    for m in members:
        if m.event_date is not None:
            continue
        text = dates.get(m.id)
        month = m.event_month or (text.month if text else None)
        day = m.event_day or (text.first_day if text else None)
        donor = next((d for d in donors if d[1] != m.id), None)
        if month is None or day is None or donor is None:
            continue
        _rank, donor_id, donor_article, (year, how) = donor
        value = _nearest(year, month, day, donor_article.event_date)
        if value is None:
            continue
        tracker.article(m)
        m.event_date, m.event_month, m.event_day = value, month, day
        m.event_date_confidence = Confidence.INFERRED
        evidence = dict(m.evidence or {})
        evidence["event_date"] = {
            "value": value.isoformat(),
            "confidence": Confidence.INFERRED.value,
            "evidence": _("year {year} from linked article #{id} ({how})").format(
                year=value.year, id=donor_id, how=how
            ),
            "source": "event link",
            "month": month,
            "day": day,
            "linked_article": donor_id,
        }
        m.evidence = evidence
        m.updated_at = utcnow()
        tracker.dates_changed.add(m.id)
    session.flush()


def _complete_event(session: Session, event: Event) -> None:
    """Fill an event's empty dates and place from its members."""
    members = _members(session, event.id)
    if event.date_start is None:
        known = sorted(m.event_date for m in members if m.event_date is not None)
        if known:
            event.date_start, event.date_end = known[0], known[-1]
    if not event.place:
        ensure_in_session(session, [m.id for m in members])
        counts: Counter[str] = Counter()
        stmt = select(ArticleFeature.value).where(
            ArticleFeature.article_id.in_([m.id for m in members]),
            ArticleFeature.kind == F.PLACE,
        )
        places = gazetteer().places
        for value in session.scalars(stmt):
            place = places.get(value)
            if place is not None and place.kind == "city":
                counts[value] += 1
        if counts:
            best, n = counts.most_common(1)[0]
            if n >= 2 or len(members) == 1:
                event.place = places[best].display()
    session.flush()
