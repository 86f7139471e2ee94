"""One entry point for every kind of export (CLI ``export``, File ▸ Export)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.archive.session import Archive
from desktop.core.exports import ExportError
from desktop.core.exports.archive_json import export_json
from desktop.core.exports.files import export_bag, export_csv
from desktop.core.operations.progress import TaskState

KINDS = {"json": export_json, "csv": export_csv, "bagit": export_bag}


def export(archive: Archive, kind: str, dest: Path, state: TaskState | None = None) -> Path:
    try:
        writer = KINDS[kind]
    except KeyError:
        raise ExportError(f"unknown export kind {kind!r} (json, csv, bagit)") from None
    return writer(archive, dest, state)
