"""What is searched (prose, not metadata lines), relevance relative to the best hit,
snippets with the matched words, and an index rebuilt when the rules change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete

from desktop.cli.main import main
from desktop.core.archive.articles import articles_json
from desktop.core.search import (
    SearchSpec,
    ensure_current_index,
    index_is_current,
    relevance,
    search,
    snippets_for,
)
from desktop.core.search.body import indexable_body, is_metadata_line
from desktop.db.models import ArchiveSetting

BODY = """Une conférence sur les migrations s'est tenue à Hanoï.
Par Jean Dupont
Thứ bảy, 13/03/2021 09:33
Les délégués ont examiné la mise en œuvre du Pacte mondial.
(Theo example.vn)
Source : https://example.com/tin-tuc/di-cu-khong-chinh-thuc-123.htm"""


@pytest.mark.parametrize(
    "line",
    [
        "Source : https://example.com/a-b-c.htm",
        "Sumber: https://example.org/x",
        "www.example.net/article/1",
        "(Theo example.vn)",
        "By Jane Roe",
        "Par Jean Dupont",
        "Thứ bảy, 13/03/2021 09:33",
    ],
)
def test_metadata_lines_are_recognised(line):
    assert is_metadata_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Les délégués ont examiné la mise en œuvre du Pacte mondial.",
        "On 19 December 2024 the ministry met partners from twelve agencies to review the plan.",
        "Read the full plan at https://example.org/plan, which sets out twenty measures "
        "for safe and regular migration across the region.",
        "Migration",
    ],
)
def test_prose_is_kept(line):
    assert not is_metadata_line(line)


def test_indexable_body_drops_metadata_and_the_repeated_title():
    body = "Conférence sur les migrations\n" + BODY
    kept = indexable_body("Conférence sur les migrations", body)
    assert kept.splitlines() == [
        "Une conférence sur les migrations s'est tenue à Hanoï.",
        "Les délégués ont examiné la mise en œuvre du Pacte mondial.",
    ]


def test_words_of_a_source_url_no_longer_match(module_seeded):
    # Two demo articles (French, Malay) end with a source URL whose slug has "di-cu".
    hits = search(module_seeded, SearchSpec("di cư"), limit=50).hits
    languages = {a["id"]: a["language"] for a in articles_json(module_seeded)}
    assert hits and {languages[h.id] for h in hits} == {"vi"}


def test_relevance_is_a_share_of_the_best_hit(module_seeded):
    result = search(module_seeded, SearchSpec("migration OR migrations OR di cư"), limit=50)
    shares = [h.relevance for h in result.hits]
    assert result.ranked and shares[0] == 1.0
    assert all(s is not None and 0.0 <= s <= 1.0 for s in shares)
    assert shares == sorted(shares, reverse=True)
    assert relevance([2e-6, 1e-6, 0.0]) == [1.0, 0.5, 0.0]  # tiny bm25 values still rank
    assert relevance([0.0, 0.0]) == [1.0, 1.0]


def test_snippets_mark_the_matched_words(module_seeded):
    hits = search(module_seeded, SearchSpec("migrations"), limit=50).hits
    found = snippets_for(module_seeded, [h.id for h in hits], "migrations")
    for hit in hits:
        marked = found[hit.id].marked()
        assert "[migrations]" in marked.lower()
        assert "http" not in marked  # snippets come from the searched text


def test_cli_shows_rank_bar_and_snippet(seeds_dir, tmp_path, capsys):
    where = str(tmp_path / "cli.sqlite")
    assert main(["--archive", where, "import", str(seeds_dir)]) == 0
    capsys.readouterr()
    assert main(["--archive", where, "--json", "search", "migrations"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["rank"] for d in data] == list(range(1, len(data) + 1))
    assert data[0]["relevance"] == 1.0 and all("[" in d["snippet"] for d in data)
    assert main(["--archive", where, "search", "migrations"]) == 0
    out = capsys.readouterr().out
    assert "100%" in out and "█" in out and "[migrations]" in out.lower()


def test_an_index_built_by_older_rules_is_rebuilt(seeded_archive):
    assert index_is_current(seeded_archive)
    with seeded_archive.session() as session, session.begin():
        session.execute(delete(ArchiveSetting).where(ArchiveSetting.key == "search_index"))
    assert not index_is_current(seeded_archive)
    rebuilt = ensure_current_index(seeded_archive)
    assert rebuilt is not None and rebuilt.value == 5
    assert index_is_current(seeded_archive)
    assert ensure_current_index(seeded_archive) is None  # nothing to do twice


def test_reindex_marks_the_index_current(seeded_archive, tmp_path: Path):
    from desktop.core.search import reindex

    with seeded_archive.session() as session, session.begin():
        session.execute(delete(ArchiveSetting).where(ArchiveSetting.key == "search_index"))
    reindex(seeded_archive)
    assert index_is_current(seeded_archive)


def test_a_new_archive_is_indexed_by_the_current_rules(tmp_path: Path, seeded_archive):
    from desktop.core.archive.session import open_archive

    new = open_archive(tmp_path / "new.sqlite", curator="tester")
    try:
        assert index_is_current(new) and ensure_current_index(new) is None
    finally:
        new.close()
    # An archive that has articles and no record of the rules keeps its rebuild.
    with seeded_archive.session() as session, session.begin():
        session.execute(delete(ArchiveSetting).where(ArchiveSetting.key == "search_index"))
    again = open_archive(seeded_archive.location, curator="tester")
    try:
        assert not index_is_current(again)
    finally:
        again.close()
