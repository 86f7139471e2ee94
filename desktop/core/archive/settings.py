"""Settings that belong to an archive (shared by a team), kept in ``archive_settings``.

Per-machine preferences (window layout, interface language) live in the GUI's
QSettings instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from desktop.core.archive.session import Archive
from desktop.core.extract import DEFAULT_LANGUAGES, ExtractSettings
from desktop.core.operations import audit
from desktop.core.operations.changes import Changes, OpResult
from desktop.db.models import ArchiveSetting

IMPORT_KEY = "import"
DEFAULT_MAX_MB = 50


class SettingsError(ValueError):
    """A setting value that cannot be used; the message says why."""


def get_setting(archive: Archive, key: str) -> dict[str, Any]:
    with archive.session() as session:
        value = session.scalar(select(ArchiveSetting.value).where(ArchiveSetting.key == key))
    return dict(value or {})


def set_setting(archive: Archive, key: str, value: dict[str, Any]) -> OpResult[None]:
    with archive.session() as session, session.begin():
        row = session.get(ArchiveSetting, key)
        old = dict(row.value) if row is not None else {}
        if row is None:
            session.add(ArchiveSetting(key=key, value=value))
        else:
            row.value = value
        audit.record(session, archive.curator_id, "settings", "archive", None, {key: value})
    return OpResult(Changes.of("settings"), _SetSetting(key, old))


class _SetSetting:
    def __init__(self, key: str, value: dict[str, Any]) -> None:
        self.key, self.value = key, value
        self.label = "Change settings"

    def apply(self, archive: Archive) -> OpResult[None]:
        return set_setting(archive, self.key, self.value)


def import_settings(archive: Archive) -> ExtractSettings:
    """How this archive imports: size limit and the languages to choose among."""
    stored = get_setting(archive, IMPORT_KEY)
    max_mb = float(stored.get("max_mb", DEFAULT_MAX_MB))
    languages = tuple(stored.get("languages") or DEFAULT_LANGUAGES)
    return ExtractSettings(max_bytes=int(max_mb * 1024 * 1024), languages=languages)


def set_import_settings(
    archive: Archive, *, max_mb: float | None = None, languages: Sequence[str] | None = None
) -> OpResult[None]:
    stored = get_setting(archive, IMPORT_KEY)
    if max_mb is not None:
        if not 0 < max_mb <= 2048:
            raise SettingsError("the size limit must be between 0 and 2048 MB")
        stored["max_mb"] = max_mb
    if languages is not None:
        codes = [c.strip().lower() for c in languages if c.strip()]
        bad = [c for c in codes if not c.isalpha() or not 2 <= len(c) <= 3]
        if bad or not codes:
            raise SettingsError(f"not ISO 639-1 language codes: {', '.join(bad) or '(none)'}")
        stored["languages"] = codes
    return set_setting(archive, IMPORT_KEY, stored)
