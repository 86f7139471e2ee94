"""One import operation for every front door: stored, searchable and linkable on return."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop.core.importing.run import import_paths
from desktop.core.linking.store import missing_features
from desktop.core.operations.progress import TaskState
from desktop.db.models import Article, ArticleFeature


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:02d}.txt").write_text(
            f"Atelier numéro {i}\n\nLe {i % 27 + 1} mars 2021, à Genève, l'OIM a réuni "
            f"{100 + i} délégués sur la migration.",
            "utf-8",
        )
    return folder


class _TripAfter(TaskState):
    """Asks to stop once ``steps`` progress reports have been made."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def progress(self, done: int, total: int, message: str = "") -> None:
        super().progress(done, total, message)
        self.steps -= 1
        if self.steps <= 0:
            self.cancel()


def test_import_returns_with_every_article_linkable(archive, tmp_path: Path, monkeypatch):
    from desktop.core.linking import store

    left_over: list[int] = []
    real = store.store_features
    monkeypatch.setattr(
        store, "store_features", lambda a, ids: left_over.extend(ids) or real(a, ids)
    )
    report = import_paths(archive, [_folder(tmp_path, 5)]).value
    assert report is not None and len(report.imported) == 5 and not report.cancelled
    assert left_over == []  # written with the articles, in the same pass
    assert missing_features(archive) == []
    with archive.session() as session:
        with_features = session.scalar(select(func.count(func.distinct(ArticleFeature.article_id))))
    assert with_features == 5


def test_import_cancelled_midway_keeps_what_it_stored(sqlite_archive, tmp_path: Path):
    state = _TripAfter(3)
    report = import_paths(sqlite_archive, [_folder(tmp_path, 12)], state).value
    assert report is not None and report.cancelled
    assert 0 < len(report.imported) < 12
    with sqlite_archive.session() as session:
        stored = session.scalar(select(func.count(Article.id)))
    assert stored == len(report.imported)
