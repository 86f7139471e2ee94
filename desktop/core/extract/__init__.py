"""Turn one article file into clean text and metadata with evidence.

Contract used by the importer (desktop/core/importer.py):
``extract_file(path, data, settings) -> Extracted`` or raises :class:`ExtractError`
with a one-line reason a curator can read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ExtractError(Exception):
    """The file cannot be imported; ``str(error)`` says why in one line."""


@dataclass(frozen=True)
class ExtractSettings:
    max_bytes: int = 50 * 1024 * 1024
    # ISO 639-1 codes the language detector chooses among.
    languages: tuple[str, ...] = ("en", "fr", "vi", "ms", "id", "es", "de", "pt", "it", "zh")


@dataclass
class Extracted:
    title: str
    text: str  # cleaned, NFC: what views, search and reports use
    media_type: str = "text/plain"
    language: str | None = None
    language_confidence: float | None = None
    source_url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_confidence: str = "unknown"
    event_date: dt.date | None = None
    event_month: int | None = None
    event_day: int | None = None
    event_date_confidence: str = "unknown"
    # field name -> {"value": ..., "confidence": ..., "evidence": "...", "source": "..."}
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    review_reasons: list[str] = field(default_factory=list)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def extract_file(path: Path, data: bytes, settings: ExtractSettings | None = None) -> Extracted:
    """Provisional plain-text reader; replaced by the full pipeline."""
    settings = settings or ExtractSettings()
    if not data.strip():
        raise ExtractError("empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractError(f"not valid UTF-8 text ({exc.reason})") from None
    text = text.replace("\r\n", "\n").strip()
    title = text.split("\n", 1)[0].strip()[:300]
    return Extracted(title=title, text=text)
