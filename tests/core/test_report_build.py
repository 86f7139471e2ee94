"""Reports built from a real archive (SQLite and PostgreSQL): input, filters, files."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.archive.session import Archive
from desktop.core.operations import hooks
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.reports import (
    ReportError,
    ReportInput,
    ReportOptions,
    Template,
    build_report,
    format_of,
    resolve_ids,
    write_report,
)
from desktop.core.reports.pdf import render_pdf
from desktop.core.util.paths import resources_dir
from desktop.db.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleObjective,
    ArticleText,
    Event,
    Objective,
    Original,
    SavedSearch,
)
from tests.conftest import unchanged
from tests.core.report_samples import VI_TEXT, VI_TITLE
from tests.core.task_states import TripAfter

GENERATED = dt.date(2025, 1, 2)


def add_article(archive: Archive, title: str, body: str, **fields: object) -> int:
    objectives = fields.pop("objectives", ())
    actors = fields.pop("actors", ())
    data = f"{title}\n{body}".encode()
    digest = hashlib.sha256(data).hexdigest()
    with archive.session() as s, s.begin():
        s.add(Original(sha256=digest, size=len(data), data=data))
        s.flush()
        article = Article(title=title, sha256=digest, text_sha256=digest, **fields)
        s.add(article)
        s.flush()
        s.add(ArticleText(article_id=article.id, body=body))
        s.flush()
        hooks.run(hooks.ARTICLES_ADDED, s, [article.id])  # search index, link features
        for number in objectives:  # type: ignore[attr-defined]
            s.add(ArticleObjective(article_id=article.id, objective_number=number))
        for name in actors:  # type: ignore[attr-defined]
            actor = s.query(Actor).filter_by(name=name).one_or_none()
            if actor is None:
                actor = Actor(name=name)
                s.add(actor)
                s.flush()
            s.add(ArticleActor(article_id=article.id, actor_id=actor.id))
        return article.id


def ensure_objectives(archive: Archive) -> None:
    """The 23 objectives, when the archive's vocabulary is not loaded yet."""
    data = json.loads((resources_dir() / "objectives.json").read_text(encoding="utf-8"))
    with archive.session() as s, s.begin():
        if s.query(Objective).count() == 0:
            for item in data["objectives"]:
                s.add(Objective(number=item["number"], titles=item["titles"]))


def fill(archive: Archive) -> dict[str, int]:
    """Four articles, an event, objectives and actors; returns the articles' ids."""
    ensure_objectives(archive)
    with archive.session() as s, s.begin():
        event = Event(
            title="Regional review of the GCM", date_start=dt.date(2021, 3, 10), place="Bangkok"
        )
        s.add(event)
        s.flush()
        event_id = event.id
    ids = {
        "vi": add_article(
            archive,
            VI_TITLE,
            f"{VI_TITLE}\n\n{VI_TEXT}",
            language="vi",
            outlet="ĐCSVN",
            published=dt.date(2021, 3, 13),
            objectives=(23,),
            actors=("Phan Chí Thành", "IOM"),
            event_id=event_id,
            event_role="original",
            source_url="https://dangcongsan.vn/a.html",
        ),
        "fr": add_article(
            archive,
            "Le Vietnam appelle à la coopération",
            "Texte " * 200,
            language="fr",
            outlet="VNA",
            published=dt.date(2021, 3, 12),
            objectives=(23, 1),
            actors=("Phan Chí Thành",),
            event_id=event_id,
            event_role="translation",
        ),
        "ms": add_article(
            archive,
            "<img src=x> Persidangan",
            "Pada 19 Disember...",
            language="ms",
            outlet="Bernama",
            published=dt.date(2025, 12, 19),
            objectives=(6,),
            actors=("ILO",),
        ),
        "en": add_article(archive, "Undated note", "Workshop on data.", language="en"),
    }
    return ids


@pytest.fixture(scope="module")
def filled(module_archive: Archive) -> Iterator[tuple[Archive, dict[str, int]]]:
    """For the tests that only read: one filled archive per backend for the module."""
    ids = fill(module_archive)
    with unchanged(module_archive):
        yield module_archive, ids


@pytest.fixture
def own_filled(archive: Archive) -> tuple[Archive, dict[str, int]]:
    """For the tests that write: a filled archive of the test's own."""
    return archive, fill(archive)


def test_whole_archive_by_default(filled: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = filled
    assert resolve_ids(archive, ReportInput()) == sorted(ids.values())


def test_filters(filled: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = filled
    assert resolve_ids(archive, ReportInput(languages=("vi", "ms"))) == sorted(
        [ids["vi"], ids["ms"]]
    )
    assert resolve_ids(archive, ReportInput(objectives=(1,))) == [ids["fr"]]
    assert resolve_ids(archive, ReportInput(date_from=dt.date(2021, 3, 13))) == sorted(
        [ids["vi"], ids["ms"]]
    )
    assert resolve_ids(archive, ReportInput(date_to=dt.date(2021, 12, 31))) == sorted(
        [ids["vi"], ids["fr"]]
    )
    # actor names match without case or diacritics
    assert resolve_ids(archive, ReportInput(actors=("phan chi thanh",))) == sorted(
        [ids["vi"], ids["fr"]]
    )
    assert resolve_ids(archive, ReportInput(ids=(ids["vi"], ids["ms"]), languages=("vi",))) == [
        ids["vi"]
    ]


def test_actor_alias_matches(own_filled: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = own_filled
    with archive.session() as s, s.begin():
        actor = s.query(Actor).filter_by(name="ILO").one()
        s.add(
            ActorAlias(
                actor_id=actor.id,
                alias="Văn phòng ILO Hà Nội",
                folded="van phong ilo ha noi",
                language="vi",
            )
        )
    assert resolve_ids(archive, ReportInput(actors=("VĂN PHÒNG ILO HÀ NỘI",))) == [ids["ms"]]


def test_saved_search_query_and_filters(own_filled: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = own_filled
    with archive.session() as s, s.begin():
        s.add(
            SavedSearch(name="Asia review", query="thoa thuan", filters={"languages": ["vi", "fr"]})
        )
        s.add(SavedSearch(name="Since 2025", query="", filters={"date_from": "2025-01-01"}))
    assert resolve_ids(archive, ReportInput(saved_search="Asia review")) == [ids["vi"]]
    assert resolve_ids(archive, ReportInput(saved_search="since 2025")) == [ids["ms"]]
    with pytest.raises(ReportError):
        resolve_ids(archive, ReportInput(saved_search="nothing"))


def test_build_report_reads_metadata(filled: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = filled
    report = build_report(
        archive,
        ReportOptions(
            template=Template.BY_EVENT, locale="fr", excerpt_chars=120, generated=GENERATED
        ),
    )
    assert report.summary.total == 4
    by_id = {a.id: a for a in report.articles}
    vi = by_id[ids["vi"]]
    assert vi.outlet == "ĐCSVN" and vi.language == "vi" and vi.objectives == (23,)
    assert set(vi.actors) == {"Phan Chí Thành", "IOM"}
    assert not vi.text.startswith(VI_TITLE)  # the repeated title is dropped
    assert by_id[ids["fr"]].truncated and len(by_id[ids["fr"]].text) <= 121
    event_sections = [s for s in report.sections if s.key.startswith("ev-")]
    assert len(event_sections) == 1
    versions = event_sections[0].blocks[0].event.articles  # type: ignore[union-attr]
    assert [a.id for a in versions] == [ids["vi"], ids["fr"]]  # the original first
    assert report.author == "tester"


def test_objective_titles_in_report_language(filled: tuple[Archive, dict[str, int]]) -> None:
    archive, _ = filled
    report = build_report(archive, ReportOptions(locale="vi", generated=GENERATED))
    assert report.objective_title(23).startswith("Tăng cường hợp tác quốc tế")


def test_write_pdf_and_html(filled: tuple[Archive, dict[str, int]], tmp_path: Path) -> None:
    archive, _ = filled
    options = ReportOptions(locale="vi", generated=GENERATED, title="Điểm báo tháng 3")
    pdf_path = tmp_path / "out" / "briefing.pdf"
    seen: list[int] = []
    write_report(archive, options, pdf_path, TaskState(on_progress=lambda d, t, m: seen.append(d)))
    reader = PdfReader(io.BytesIO(pdf_path.read_bytes()))
    assert "Điểm báo tháng 3" in reader.pages[0].extract_text()
    assert seen
    html_path = tmp_path / "briefing.html"
    write_report(archive, options, html_path)
    html = html_path.read_text(encoding="utf-8")
    assert "&lt;img src=x&gt; Persidangan" in html and "<img src=x>" not in html
    assert not list(tmp_path.glob("**/.report-*"))  # no temporary file left


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    assert format_of("a.PDF") == "pdf" and format_of("b.htm") == "html"
    with pytest.raises(ReportError):
        format_of(tmp_path / "report.docx")


@pytest.mark.parametrize(
    ("template", "locale", "heading"),
    [
        (Template.BY_OBJECTIVE, "vi", "Mục lục"),
        (Template.BY_EVENT, "fr", "Table des matières"),
        (Template.CHRONOLOGICAL, "en", "Contents"),
    ],
)
def test_seeded_archive_briefings(
    module_seeded: Archive, template: Template, locale: str, heading: str
) -> None:
    report = build_report(
        module_seeded, ReportOptions(template=template, locale=locale, generated=GENERATED)
    )
    assert report.summary.total == 5 and report.sections
    pdf = render_pdf(report)
    text = unicodedata.normalize(
        "NFC", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    )
    assert heading in text
    assert "Thỏa thuận" in text and "Đại sứ Phan Chí Thành" in text  # the Vietnamese seed
    assert "Kementerian Luar Negeri" in text  # the Malay seed


@pytest.mark.parametrize("name", ["briefing.html", "briefing.pdf"])
def test_cancel_midway_writes_nothing(
    filled: tuple[Archive, dict[str, int]], tmp_path: Path, name: str
) -> None:
    archive, _ = filled
    target = tmp_path / "out" / name
    target.parent.mkdir()
    state = TripAfter(steps=2)  # reading the articles passes, rendering stops
    with pytest.raises(Cancelled):
        write_report(archive, ReportOptions(locale="en", generated=GENERATED), target, state)
    assert state.checks == 3 and state.reports
    assert list(target.parent.iterdir()) == []  # no report, no temporary file
