"""Large imports extract in a worker process: same results as in-process, failures isolated."""

from __future__ import annotations

from pathlib import Path

from desktop.core.archive.articles import articles_json
from desktop.core.importing import run as importer


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(
            f"Conférence numéro {i}\n\nLe {i + 1} mars 2021, à Genève, l'OIM a réuni "
            f"{100 + i} délégués sur la migration sûre, ordonnée et régulière.",
            "utf-8",
        )
    (folder / "copy.txt").write_bytes((folder / "a0.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def test_worker_process_import_matches_in_process(tmp_path: Path, monkeypatch, sqlite_archive):
    corpus = _corpus(tmp_path / "in")
    monkeypatch.setattr(importer, "MIN_FILES_FOR_WORKERS", 2)
    report = importer.import_paths(sqlite_archive, [corpus]).value
    assert len(report.imported) == 6
    assert [Path(d["path"]).name for d in report.duplicates] == ["copy.txt"]
    assert sorted(Path(f["path"]).name for f in report.failed) == ["binary.txt", "empty.txt"]
    by_worker = {
        r["title"]: (r["language"], r["event_date"]) for r in articles_json(sqlite_archive)
    }

    monkeypatch.setattr(importer, "MIN_FILES_FOR_WORKERS", 10**9)
    from desktop.core.archive.session import open_archive

    other = open_archive(tmp_path / "other.sqlite")
    try:
        importer.import_paths(other, [corpus])
        in_process = {r["title"]: (r["language"], r["event_date"]) for r in articles_json(other)}
    finally:
        other.close()
    assert by_worker == in_process
    assert all(lang == "fr" for lang, _ in by_worker.values())


def _features(archive) -> dict[str, set[tuple[str, str, float]]]:
    from sqlalchemy import select

    from desktop.db.models import Article, ArticleFeature

    with archive.session() as session:
        rows = session.execute(
            select(
                Article.title, ArticleFeature.kind, ArticleFeature.value, ArticleFeature.weight
            ).join(ArticleFeature, ArticleFeature.article_id == Article.id)
        )
        out: dict[str, set[tuple[str, str, float]]] = {}
        for title, kind, value, weight in rows:
            out.setdefault(title, set()).add((kind, value, weight))
        return out


def test_link_features_come_from_the_workers_as_they_would_after(
    tmp_path: Path, monkeypatch, sqlite_archive
):
    from desktop.core.linking import store

    corpus = _corpus(tmp_path / "in")
    recomputed: list[int] = []
    real = store.store_features
    monkeypatch.setattr(
        store, "store_features", lambda a, ids: recomputed.extend(ids) or real(a, ids)
    )
    monkeypatch.setattr(importer, "MIN_FILES_FOR_WORKERS", 2)
    importer.import_paths(sqlite_archive, [corpus])
    assert recomputed == []  # nothing left for the follow-up: computed in the same pass
    by_worker = _features(sqlite_archive)
    assert len(by_worker) == 6 and all(by_worker.values())
    store.rebuild_features(sqlite_archive)
    assert _features(sqlite_archive) == by_worker
