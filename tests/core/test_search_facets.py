"""Facets combined with text, sorting, saved searches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.archive.session import open_archive
from desktop.core.operations.undo import UndoStack
from desktop.core.search import (
    Filters,
    SavedSearchError,
    SearchSpec,
    count,
    delete_saved_search,
    get_saved_search,
    list_saved_searches,
    run_saved_search,
    save_search,
    search,
    search_ids,
)
from tests.conftest import unchanged
from tests.core.search_corpus import ARTICLES, build, tag


@pytest.fixture(scope="module")
def corpus(module_archive, tmp_path_factory: pytest.TempPathFactory):
    """Searches only read: one tagged corpus per backend for the module."""
    ids = build(module_archive, tmp_path_factory.mktemp("corpus"))
    made = tag(module_archive, ids)
    with unchanged(module_archive):
        yield module_archive, ids, made


@pytest.fixture
def own_corpus(archive, tmp_path: Path):
    """A corpus of the test's own, for tests that save searches."""
    ids = build(archive, tmp_path / "corpus")
    made = tag(archive, ids)
    return archive, ids, made


def names(ids: dict[str, int], found: list[int]) -> set[str]:
    back = {v: k for k, v in ids.items()}
    return {back[i] for i in found}


def run(archive, ids, text: str = "", **filters) -> set[str]:
    return names(ids, search_ids(archive, SearchSpec(text, filters=Filters(**filters))).ids)


def test_single_facets(corpus):
    archive, ids, made = corpus
    assert run(archive, ids, languages=("vi",)) == {"vi1", "vi2", "vi3"}
    assert run(archive, ids, languages=("fr", "ms")) == {"fr1", "fr2", "ms1"}
    assert run(archive, ids, date_from=dt.date(2023, 1, 1)) == {"fr2", "vi2", "ms1"}
    assert run(archive, ids, date_from=dt.date(2021, 3, 12), date_to=dt.date(2021, 3, 13)) == {
        "fr1",
        "vi1",
    }
    assert run(archive, ids, date_field="event", date_to=dt.date(2021, 12, 31)) == {"fr1", "vi1"}
    assert run(archive, ids, objectives=(6,)) == {"fr1", "vi1"}
    assert run(archive, ids, objectives=(6, 23)) == {"fr1", "vi1", "ms1"}
    assert run(archive, ids, actors=("phan chi thanh",)) == {"fr2", "vi1"}
    assert run(archive, ids, actors=("OIM",)) == {"fr2"}  # an alias
    assert run(archive, ids, actors=("nobody",)) == set()
    assert run(archive, ids, events=(made["event"],)) == {"fr1", "vi1"}
    assert run(archive, ids, outlets=("nld.com.vn",)) == {"fr2"}  # case does not matter
    assert run(archive, ids, statuses=("reviewed",)) == {"fr1", "ms1"}
    assert run(archive, ids, untagged=True) == {"fr2", "vi2", "vi3"}
    assert run(archive, ids, has_translations=True) == {"fr1", "vi1"}


def test_facets_combine_with_text_and_each_other(corpus):
    archive, ids, _made = corpus
    assert run(archive, ids, "di cu", languages=("vi",), untagged=True) == {"vi2"}
    assert run(archive, ids, "phan chi thanh", languages=("fr",)) == {"fr2"}
    assert run(archive, ids, "da nang", has_translations=True, statuses=("reviewed",)) == {"fr1"}
    assert run(archive, ids, "NOT migrasi", objectives=(23,)) == {"vi1"}
    spec = SearchSpec("di cu", filters=Filters(languages=("vi",)))
    assert count(archive, spec) == 2
    hits = search(archive, spec).hits
    assert {h.id for h in hits} == {ids["vi1"], ids["vi2"]} and all(h.snippet for h in hits)


def _key(name: str, sort: str):
    _t, _b, language, _o, published, event_date, _s = ARTICLES[name]
    return {"language": language, "event_date": event_date, "published": published}.get(sort)


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("published", True, ["vi2", "fr2", "ms1", "vi1", "fr1", "vi3"]),
        ("published", False, ["vi3", "fr1", "vi1", "ms1", "fr2", "vi2"]),
        ("title", False, ["vi2", "vi3", "fr2", "ms1", "vi1", "fr1"]),
        ("event_date", True, ["fr2", "ms1", "fr1", "vi1", "vi2", "vi3"]),  # nulls last
        ("language", False, ["fr1", "fr2", "ms1", "vi1", "vi2", "vi3"]),
    ],
)
def test_sort_in_the_database(corpus, sort, descending, expected):
    archive, ids, _made = corpus
    got = [
        names(ids, [i]).pop()
        for i in search_ids(archive, SearchSpec(sort=sort, descending=descending)).ids
    ]
    if sort in ("event_date", "language"):  # equal keys: any order among them
        assert [_key(n, sort) for n in got] == [_key(n, sort) for n in expected]
    else:
        assert got == expected


def test_sort_with_text_query(corpus):
    archive, ids, _made = corpus
    spec = SearchSpec("phan chi thanh OR migrasi", sort="published", descending=False)
    assert [i for i in search_ids(archive, spec).ids] == [ids["vi1"], ids["ms1"], ids["fr2"]]
    hits = search(archive, spec).hits
    assert [h.id for h in hits] == [ids["vi1"], ids["ms1"], ids["fr2"]]


def test_filters_json_round_trip():
    filters = Filters(
        languages=("vi", "fr"),
        date_from=dt.date(2020, 1, 1),
        date_field="event",
        objectives=(6,),
        actors=("IOM",),
        untagged=True,
    )
    assert Filters.from_json(filters.to_json()) == filters
    assert Filters.from_json({"languages": "vi", "objectives": ["x", 3], "date_to": "bad"}) == (
        Filters(languages=("vi",), objectives=(3,))
    )
    spec = SearchSpec("di cư", exact=True, filters=filters, sort="title", descending=False)
    assert SearchSpec.from_json("di cư", spec.to_json()) == spec


def test_saved_searches_persist_and_feed_reports(own_corpus):
    archive, ids, _made = own_corpus
    spec = SearchSpec("di cư", exact=True, filters=Filters(languages=("vi",)), sort="published")
    save_search(archive, "Vietnamese migration", spec)
    save_search(archive, "Malay", SearchSpec(filters=Filters(languages=("ms",))))
    location = archive.location
    reopened = open_archive(location, curator="someone else")
    try:
        listed = list_saved_searches(reopened)
        assert [s.name for s in listed] == ["Malay", "Vietnamese migration"]
        assert get_saved_search(reopened, "Vietnamese migration").spec == spec
        assert run_saved_search(reopened, "Vietnamese migration") == [ids["vi2"], ids["vi1"]]
        assert run_saved_search(reopened, "Malay") == [ids["ms1"]]
    finally:
        reopened.close()


def test_saved_search_replace_delete_and_undo(own_corpus):
    archive, ids, _made = own_corpus
    stack = UndoStack(archive)
    stack.push(save_search(archive, "watch", SearchSpec("migrasi")))
    stack.push(save_search(archive, "watch", SearchSpec("securite")))
    assert run_saved_search(archive, "watch") == [ids["fr1"]]
    stack.undo()
    assert run_saved_search(archive, "watch") == [ids["ms1"]]
    stack.push(delete_saved_search(archive, "watch"))
    with pytest.raises(SavedSearchError):
        run_saved_search(archive, "watch")
    stack.undo()
    assert run_saved_search(archive, "watch") == [ids["ms1"]]
    stack.undo()  # the first save
    assert list_saved_searches(archive) == []
    with pytest.raises(SavedSearchError):
        save_search(archive, "  ", SearchSpec("x"))
