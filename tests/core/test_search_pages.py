"""Keyset pages: page after page, the same rows in the same order as offset paging."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import insert, select

from desktop.core.archive.session import Archive
from desktop.core.search import Filters, SearchSpec, count, search_ids
from desktop.core.search import backends as search_backends
from desktop.core.search import pages as search_pages
from desktop.core.search.indexing import index_articles
from desktop.core.search.pages import CAPPED, page
from desktop.db.models import Article, ArticleObjective, ArticleText, Event, Original

N = 57
COLUMN_SORTS = (
    "date",
    "title",
    "language",
    "published",
    "event_date",
    "outlet",
    "status",
    "objectives",
    "event",
    "added",
)


@pytest.fixture
def many(archive: Archive) -> Archive:
    """Articles with many equal values and many missing ones in every sortable column."""
    rnd = random.Random(5)
    words = ["migration", "migration travail", "migration rare", "pacte"]
    with archive.session() as session, session.begin():
        session.execute(insert(Event), [{"id": i, "title": f"E{i}"} for i in (1, 2, 3)])
        for i in range(1, N + 1):
            sha = f"{i:064x}"
            session.execute(insert(Original), [{"sha256": sha, "size": 1, "data": b"x"}])
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(6))
            session.execute(
                insert(Article),
                [
                    {
                        "id": i,
                        "title": rnd.choice(["Alpha", "alpha", "Beta", "Ça va", "Zed"]),
                        "language": rnd.choice(["fr", "vi", None]),
                        "outlet": rnd.choice(["A.example", "a.example", "b.example", None]),
                        "published": day if rnd.random() < 0.7 else None,
                        "event_date": day if rnd.random() < 0.3 else None,
                        "review_status": rnd.choice(["new", "reviewed"]),
                        "event_id": rnd.choice([1, 2, 3, None, None]),
                        "sha256": sha,
                        "text_sha256": sha,
                    }
                ],
            )
            session.execute(
                insert(ArticleText), [{"article_id": i, "body": rnd.choice(words) + f" n{i}"}]
            )
            if rnd.random() < 0.5:
                numbers = rnd.sample([2, 6, 23], rnd.randint(1, 2))
                session.execute(
                    insert(ArticleObjective),
                    [{"article_id": i, "objective_number": n} for n in numbers],
                )
        index_articles(session.connection(), list(range(1, N + 1)))
    return archive


def all_pages(archive: Archive, spec: SearchSpec, size: int) -> list[int]:
    got: list[int] = []
    first = page(archive, spec, None, size)
    current = first
    while True:
        assert len(current.rows) <= size
        got += [row.id for row in current.rows]
        assert len(got) <= N, "a page came again"
        if current.after is None:
            return got
        current = page(archive, spec, current.after, size)
        assert current.ranked == first.ranked and current.capped == first.capped


def test_keyset_pages_equal_offset_paging_in_every_order(many):
    lists = (("", Filters()), ("migration", Filters(languages=("fr", ""))))
    for sort in COLUMN_SORTS:
        for descending in (True, False):
            for text, filters in lists:
                spec = SearchSpec(text, filters=filters, sort=sort, descending=descending)
                expected = search_ids(many, spec).ids
                assert len(expected) > 20
                for size in (3, 200):
                    got = all_pages(many, spec, size)
                    assert got == expected, (sort, descending, text, size)


def test_relevance_pages_equal_offset_paging(many):
    spec = SearchSpec("migration travail OR rare")
    expected = search_ids(many, spec)
    assert expected.ranked and len(expected.ids) > 5
    first = page(many, spec, None, 4)
    assert first.ranked and first.scores == pytest.approx(expected.scores[:4])
    assert all_pages(many, spec, 4) == expected.ids
    faceted = SearchSpec("migration", filters=Filters(statuses=("new",)))
    assert all_pages(many, faceted, 3) == search_ids(many, faceted).ids


def test_too_many_to_rank_pages_newest_first(many, monkeypatch):
    for backend in (search_backends.SqliteBackend, search_backends.PostgresBackend):
        monkeypatch.setattr(backend, "rank_cap", 5)
    spec = SearchSpec("migration")
    expected = search_ids(many, spec)
    assert expected.capped and expected.ids == sorted(expected.ids, reverse=True)
    first = page(many, spec, None, 10)
    assert first.capped and not first.ranked and first.after is not None
    assert first.after.mode == CAPPED
    assert all_pages(many, spec, 10) == expected.ids


def test_a_page_carries_light_rows_with_objectives(many):
    spec = SearchSpec(sort="objectives", descending=False)
    rows = page(many, spec, None, 5).rows
    assert [r.objectives[0] for r in rows] == sorted(r.objectives[0] for r in rows)
    assert all(r.title and r.objectives == tuple(sorted(r.objectives)) for r in rows)


def test_the_last_page_says_the_list_ends_and_counts_agree(many):
    spec = SearchSpec(filters=Filters(languages=("vi",)), sort="title", descending=False)
    total = count(many, spec)
    pages = []
    after = None
    while True:
        current = page(many, spec, after, 5)
        pages.append(current)
        if current.after is None:
            break
        after = current.after
    assert sum(len(p.rows) for p in pages) == total > 5
    assert page(many, SearchSpec("nothingmatchesthis"), None, 5).rows == []
    few = page(many, SearchSpec("pacte"), None, N)
    assert few.ranked and few.rows and few.after is None


@pytest.mark.parametrize("common_events", [0.0, 2.0])  # read along the order / grouped
def test_date_ranges_and_translations_page_as_they_count(many, monkeypatch, common_events):
    """The statements written for their plans (an event-date range read along the Date
    column's index, "has translations" asked article by article) list what counting
    finds, in the order of offset paging."""
    with many.session() as session:
        rows = session.execute(select(Article.id, Article.event_id, Article.language)).all()
    languages: dict[int, set[str]] = {}
    for _id, event, language in rows:
        if event is not None:
            languages.setdefault(event, set()).add(language or "")
    translated = {i for i, event, _l in rows if event is not None and len(languages[event]) > 1}
    assert translated
    monkeypatch.setattr(search_pages, "COMMON_EVENTS", common_events)
    lists = (
        Filters(date_field="event", date_from=dt.date(2020, 1, 2), date_to=dt.date(2020, 1, 4)),
        Filters(date_from=dt.date(2020, 1, 2), date_to=dt.date(2020, 1, 4)),
        Filters(has_translations=True),
    )
    for filters in lists:
        for descending in (True, False):
            spec = SearchSpec(filters=filters, sort="date", descending=descending)
            expected = search_ids(many, spec).ids
            assert len(expected) > 3
            assert all_pages(many, spec, 3) == expected, (filters, descending)
            assert count(many, spec) == len(expected)
            if filters.has_translations:
                assert set(expected) == translated
