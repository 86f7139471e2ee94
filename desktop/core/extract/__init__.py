"""Turn one article file into clean text and metadata with evidence.

Contract used by the importer (desktop/core/importer.py):
``extract_file(path, data, settings) -> Extracted`` or raises :class:`ExtractError`
with a one-line reason a curator can read. Call :func:`warm_up` once off the GUI
thread before a batch: it builds the language detector (about a second) and loads
the rule files.

Modules: ``decode`` (bytes to normal text), ``formats`` (txt/md/html/docx/pdf),
``clean`` (site chrome), ``language``, ``source`` (source URL, outlet), ``dates``
(date mentions), ``chronology`` (publication and event dates), ``title``;
``pool.ExtractPool`` runs extraction in worker processes for large imports.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extract.errors import ExtractError
from desktop.core.extract.model import DEFAULT_LANGUAGES, Extracted, ExtractSettings
from desktop.core.extract.pipeline import extract_file


def warm_up(languages: Sequence[str] | None = None) -> None:
    """Build the shared language detector and load every rule file now."""
    from desktop.core.extract import clean, dates, language, source

    codes = tuple(languages or DEFAULT_LANGUAGES)
    language.warm_up(codes)
    dates.warm_up(codes)
    clean.vocabulary()
    source.is_credit_line("")


__all__ = [
    "DEFAULT_LANGUAGES",
    "ExtractError",
    "ExtractSettings",
    "Extracted",
    "extract_file",
    "warm_up",
]
