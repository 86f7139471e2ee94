"""What extraction returns and the settings it takes."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

DEFAULT_LANGUAGES = ("en", "fr", "vi", "ms", "id", "es", "de", "pt", "it", "zh")
STORED_TITLE_CHARS = 1000  # the length of articles.title


@dataclass(frozen=True)
class ExtractSettings:
    max_bytes: int = 50 * 1024 * 1024
    # ISO 639-1 codes the language detector chooses among.
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # "Today" for judging dates (None: the real today); tests fix it.
    today: dt.date | None = None


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
    encoding: str | None = None  # of a text file, as detected
    # (kind, value, weight) link features, added in the same pass by the importer
    # (desktop.core.linking.ingest); None when not computed
    link_features: list[tuple[str, str, float]] | None = None
    # the search index entry (desktop.core.search.indexing.entry_forms), added by the
    # importer; None when not computed
    search_forms: tuple[str, str, str, str, str, bytes, bytes] | None = None
    _sha: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def stored_title(self) -> str:
        """The title as an archive stores it."""
        return self.title[:STORED_TITLE_CHARS]

    @property
    def text_sha256(self) -> str:
        """Hash of ``text`` (computed once for a given text)."""
        if self._sha is None or self._sha[0] is not self.text:
            self._sha = (self.text, hashlib.sha256(self.text.encode("utf-8")).hexdigest())
        return self._sha[1]
