"""What linking fills in from an event's members: the year of an event date that lacks
it, taken from a linked version that knows it (marked "inferred", the evidence naming
that article), and the event's empty dates and place."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.linking import features as F
from desktop.core.linking.features import main_date_of
from desktop.core.linking.gazetteer import gazetteer
from desktop.core.linking.store import ensure_in_session
from desktop.core.linking.undo_state import Tracker
from desktop.db.models import Article, ArticleFeature, Confidence, Event, utcnow
from desktop.i18n import _


def members_of(session: Session, event_id: int) -> list[Article]:
    stmt = select(Article).where(Article.event_id == event_id).order_by(Article.id)
    return list(session.scalars(stmt))


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
    members = members_of(session, event_id)
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


def complete_event(session: Session, event: Event) -> None:
    """Fill an event's empty dates and place from its members."""
    members = members_of(session, event.id)
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
