"""A CSV of articles with their tags, and a BagIt bag of originals, texts and metadata."""

from __future__ import annotations

import csv
import json
import mimetypes
import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import __version__
from desktop.core.archive.articles import articles_json
from desktop.core.archive.session import Archive
from desktop.core.exports import ExportError, atomic_file
from desktop.core.operations.progress import TaskState
from desktop.db.files import check_destination
from desktop.db.models import ArticleText, Original

CSV_COLUMNS = (
    "id",
    "title",
    "language",
    "published",
    "event_date",
    "date_confidence",
    "outlet",
    "source_url",
    "source_path",
    "sha256",
    "objectives",
    "actors",
    "event_id",
    "review_status",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
# Extensions the system's table may not know (a page saved as one file).
_EXTENSIONS = {"multipart/related": ".mhtml", "text/markdown": ".md"}


def _cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: never a formula (CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def export_csv(archive: Archive, dest: Path, state: TaskState | None = None) -> Path:
    """Every article (one row each) with its objectives and actors, UTF-8 with a BOM."""
    state = state or TaskState()
    rows = articles_json(archive)
    with atomic_file(dest) as part, part.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for n, row in enumerate(rows, 1):
            writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
            if n % 500 == 0:
                state.check()
                state.progress(n, len(rows), "")
    state.progress(len(rows), len(rows), "")
    return Path(dest).expanduser().absolute()


def export_bag(archive: Archive, dest: Path, state: TaskState | None = None) -> Path:
    """A BagIt bag at the new folder ``dest``: ``data/originals/`` (the imported files,
    unchanged), ``data/texts/ID.txt``, ``data/metadata/articles.{json,csv}``, with
    sha256 and sha512 manifests."""
    import bagit

    state = state or TaskState()
    dest = Path(dest).expanduser().absolute()
    check_destination(dest, ExportError)
    work = dest.with_name(f".{dest.name}.part")
    shutil.rmtree(work, ignore_errors=True)
    try:
        for sub in ("originals", "texts", "metadata"):
            (work / sub).mkdir(parents=True)
        rows = articles_json(archive)
        names = _write_originals(archive, work / "originals", state, len(rows))
        _write_texts(archive, work / "texts", state)
        for row in rows:
            row["original"] = f"originals/{names.get(row['sha256'], '')}"
            row["text"] = f"texts/{row['id']}.txt"
        (work / "metadata" / "articles.json").write_text(
            json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        export_csv(archive, work / "metadata" / "articles.csv")
        state.check()
        bagit.make_bag(
            str(work),
            {
                "Source-Organization": "GCM Archive",
                "External-Description": "News articles on the Global Compact for Safe, "
                "Orderly and Regular Migration: original files, cleaned texts, metadata.",
                "Bag-Software-Agent": f"gcm-archive {__version__}",
            },
            checksums=["sha256", "sha512"],
        )
        os.replace(work, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def _write_originals(
    archive: Archive, folder: Path, state: TaskState, total: int
) -> dict[str, str]:
    names: dict[str, str] = {}
    with archive.engine.connect() as conn:
        result = conn.execution_options(yield_per=200).execute(
            select(Original.sha256, Original.media_type, Original.data)
        )
        for n, (sha, media_type, data) in enumerate(result, 1):
            name = sha + (
                _EXTENSIONS.get(media_type) or mimetypes.guess_extension(media_type or "") or ".bin"
            )
            (folder / name).write_bytes(data)
            names[sha] = name
            if n % 200 == 0:
                state.check()
                state.progress(n, total, name)
    return names


def _write_texts(archive: Archive, folder: Path, state: TaskState) -> None:
    with archive.engine.connect() as conn:
        result = conn.execution_options(yield_per=500).execute(
            select(ArticleText.article_id, ArticleText.body)
        )
        for n, (article_id, body) in enumerate(result, 1):
            (folder / f"{article_id}.txt").write_text(body or "", encoding="utf-8")
            if n % 500 == 0:
                state.check()
