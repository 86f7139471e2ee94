"""Link suggestions on the seeds, the date veto, candidates from the index, rejections."""

from __future__ import annotations

import pytest

from desktop.core.linking import features as F
from desktop.core.linking.events import reject_link
from desktop.core.linking.features import DateFacts, MainDate
from desktop.core.linking.scoring import DEFAULT_MIN_SCORE, date_check
from desktop.core.linking.suggest import explain_pair, suggest_for_article, suggest_links
from tests.core.linking_helpers import TRUTH, forget_metadata, seed_ids


def _pairs(archive) -> dict[tuple[int, int], float]:
    return {s.articles: s.score for s in suggest_links(archive, min_score=0.0)}


def _check_truth(archive) -> None:
    ids = seed_ids(archive)
    scores = _pairs(archive)
    for a, b in TRUTH["same_event"]:
        pair = tuple(sorted((ids[a], ids[b])))
        assert scores.get(pair, 0.0) >= DEFAULT_MIN_SCORE, (a, b, scores)
    for a, b in TRUTH["must_not_link"]:
        pair = tuple(sorted((ids[a], ids[b])))
        assert scores.get(pair, 0.0) < DEFAULT_MIN_SCORE, (a, b, scores)
        assert explain_pair(archive, ids[a], ids[b]).veto is not None


def test_seeds_truth_with_extracted_metadata(seeded_archive):
    _check_truth(seeded_archive)


def test_seeds_truth_from_text_alone(seeded_archive):
    """Without language or dates from extraction, the text's own features decide."""
    forget_metadata(seeded_archive)
    _check_truth(seeded_archive)
    ids = seed_ids(seeded_archive)
    veto = explain_pair(
        seeded_archive, ids["001_b28986079c88c4a6.txt"], ids["004_5b85843a97cbeb94.txt"]
    )
    assert veto.veto is not None and "different days" in veto.veto


def test_reasons_are_readable(seeded_sqlite):
    ids = seed_ids(seeded_sqlite)
    a, b = ids["000_65e45b9f2491a3fb.txt"], ids["002_f3354f7f8490ee7e.txt"]
    (best,) = [s for s in suggest_for_article(seeded_sqlite, a) if b in s.articles]
    text = "\n".join(best.reasons)
    assert "Phan Chi Thanh" in text and "Luong Thanh Quang" in text
    assert "Bangkok" in text and "Thailand" in text
    assert "400" in text
    assert "12-13 March" in text and "10-12 March 2021" in text
    assert best.as_json() == {
        "articles": [a, b],
        "score": round(best.score, 3),
        "reasons": list(best.reasons),
        "dates_checked": best.dates_checked,
    }


def _date(
    month: int, first: int | None, last: int | None = None, year: int | None = None
) -> MainDate:
    return MainDate(month, first, last if last is not None else first, year, True)


def _facts(main: MainDate | None, *years: int) -> DateFacts:
    own = {main.year} if main is not None and main.year is not None else set()
    return DateFacts(main, frozenset(own | set(years)))


@pytest.mark.parametrize(
    ("a", "b", "veto"),
    [
        (_facts(_date(12, 18, year=2024)), _facts(_date(12, 18, year=2025)), "years"),
        (_facts(_date(12, 18), 2024), _facts(_date(12, 20), 2024), "days"),
        (_facts(_date(12, 18), 2024), _facts(_date(12, 19), 2024), None),  # the day after
        (_facts(_date(12, 18)), _facts(_date(12, 19)), "days"),  # unknown years: no leeway
        (_facts(_date(4, 19)), _facts(_date(12, 19)), "months"),
        (_facts(_date(3, 12, 13)), _facts(_date(3, 10, 12, 2021)), None),
        (_facts(_date(3, None)), _facts(_date(3, 12)), None),
        (_facts(None), _facts(_date(3, 12)), None),
        (_facts(None, 2023), _facts(_date(3, 12), 2024), "years"),  # publication years
        (_facts(_date(12, 12), 2024, 2023), _facts(_date(12, 12), 2023), None),
    ],
)
def test_date_veto(a, b, veto):
    assert date_check(a, b).veto == veto
    assert date_check(b, a).veto == veto


def test_dates_checked_only_when_both_years_and_days_are_known():
    full = _facts(_date(3, 12), 2021)
    assert date_check(full, full).check == "checked"
    assert date_check(full, _facts(_date(3, 12))).check == "partly"
    assert date_check(_facts(None), _facts(None)).check == "unchecked"


def test_month_veto_lifted_when_a_text_also_mentions_the_other_day():
    """A version that opens with an earlier date but also names the event's day."""
    opens_early = MainDate(2, 27, 27, None, True, frozenset({"02-27", "03-12"}))
    plain = MainDate(3, 12, 12, None, True, frozenset({"03-12"}))
    assert date_check(_facts(opens_early), _facts(plain)).veto is None
    unrelated = MainDate(3, 19, 19, None, True, frozenset({"03-19"}))
    assert date_check(_facts(opens_early), _facts(unrelated)).veto == "months"


def _write(folder, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


MEETING = (
    "Hanoi, {day} December {year} - Kendra Rinas, chief of mission of IOM in Viet Nam, and "
    "deputy director Ngo Minh Khoa opened the review of the Global Compact for Migration (GCM) "
    "in Hanoi with 120 delegates from 31 provinces."
)


def test_same_actors_place_and_month_but_another_year_is_vetoed(archive, tmp_path):
    from desktop.core.importing.run import import_paths

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", MEETING.format(day=18, year=2024))
    _write(folder, "b.txt", MEETING.format(day=18, year=2025) + " Second edition.")
    _write(folder, "c.txt", MEETING.format(day=21, year=2024) + " Other day.")
    _write(folder, "d.txt", MEETING.format(day=18, year=2024) + " Một bản khác.")
    report = import_paths(archive, [folder]).value
    assert report is not None and not report.failed
    ids = {r["path"].rsplit("/", 1)[-1]: r["id"] for r in report.imported}
    scores = _pairs(archive)
    assert scores.get(tuple(sorted((ids["a.txt"], ids["d.txt"]))), 0) >= DEFAULT_MIN_SCORE
    for other in ("b.txt", "c.txt"):
        assert tuple(sorted((ids["a.txt"], ids[other]))) not in scores


def test_rejected_link_never_comes_back(seeded_archive):
    ids = seed_ids(seeded_archive)
    a, b = ids["000_65e45b9f2491a3fb.txt"], ids["002_f3354f7f8490ee7e.txt"]
    assert (a, b) in _pairs(seeded_archive)
    result = reject_link(seeded_archive, b, a)
    assert (a, b) not in _pairs(seeded_archive)
    assert all(b not in s.articles for s in suggest_for_article(seeded_archive, a, min_score=0))
    assert result.undo is not None
    result.undo.apply(seeded_archive)
    assert (a, b) in _pairs(seeded_archive)


def test_candidates_come_from_shared_rare_features(sqlite_archive, tmp_path):
    """An article sharing nothing but common words with the others is never a candidate."""
    from desktop.core.importing.run import import_paths

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "x.txt", "Le texte parle de migration, sans nom ni chiffre ni date.")
    _write(folder, "y.txt", "Bài viết nói về di cư, không có tên, số hay ngày tháng.")
    report = import_paths(sqlite_archive, [folder]).value
    assert report is not None
    first = report.imported[0]["id"]
    assert suggest_for_article(sqlite_archive, first, min_score=0.0) == []


def test_features_follow_article_edits(seeded_sqlite):
    from desktop.core.archive.editing import update_article
    from desktop.db.models import ArticleFeature

    ids = seed_ids(seeded_sqlite)
    a = ids["000_65e45b9f2491a3fb.txt"]
    update_article(seeded_sqlite, a, event_date="2021-03-12")
    with seeded_sqlite.session() as session:
        values = {
            (f.kind, f.value)
            for f in session.query(ArticleFeature).filter(ArticleFeature.article_id == a)
        }
    assert (F.DATE, "2021-03-12") in values and (F.YEAR, "2021") in values


YEARLESS_MS = """Akhbar Contoh
Utama | Setempat | Dunia | Sukan
Setempat
64 pekerja asing tanpa permit dihantar pulang ke Zamboanga melalui Sandakan
Oleh Wartawan Contoh
Mac 9 @ 7:40pm
Sandakan: Seramai 64 pekerja asing tanpa permit dihantar pulang ke Zamboanga menerusi \
Pelabuhan Sandakan, semalam. Pengarah Imigresen, Datuk Rahimah Osman berkata mereka \
terdiri daripada 41 lelaki, 17 wanita dan enam kanak-kanak; 2,318 orang sejak Januari."""

DATED_ID = """Kabar Contoh
Sabtu, 8 Maret 2025 21:10 WIB
64 Pekerja Dideportasi dari Sandakan ke Zamboanga
Sebanyak 64 pekerja tanpa izin dideportasi dari Pelabuhan Sandakan ke Zamboanga, Sabtu \
(8/3/2025). Direktur Imigrasi Sabah Datuk Rahimah Osman menyebut rombongan terdiri atas \
41 laki-laki, 17 perempuan dan enam anak; total 2,318 orang sejak Januari."""


def test_a_yearless_version_links_to_its_dated_version_only(archive, tmp_path):
    """A version without a year anywhere links (dates partly checked) to the version of
    the same day; the look-alike of a year before, on another day, does not."""
    from desktop.core.importing.run import import_paths

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "ms.txt", YEARLESS_MS)
    _write(folder, "id.txt", DATED_ID)
    look_alike = DATED_ID.replace("8 Maret 2025", "1 Maret 2024").replace("8/3/2025", "1/3/2024")
    _write(folder, "old.txt", look_alike)
    report = import_paths(archive, [folder]).value
    assert report is not None and not report.failed
    ids = {r["path"].rsplit("/", 1)[-1]: r["id"] for r in report.imported}
    found = {s.articles: s for s in suggest_links(archive)}
    pair = tuple(sorted((ids["ms.txt"], ids["id.txt"])))
    assert pair in found and found[pair].dates_checked == "partly"
    for other in ("id.txt", "ms.txt"):
        assert tuple(sorted((ids["old.txt"], ids[other]))) not in found
