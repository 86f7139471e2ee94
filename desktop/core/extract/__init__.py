"""Turn one article file into clean text and metadata with evidence.

Contract used by the importer (desktop/core/importing/run.py):
``extract_file(path, data, settings) -> Extracted`` or raises :class:`ExtractError`
with a one-line reason a curator can read. Call :func:`warm_up` once off the GUI
thread before a batch: it builds the language detector (about a second) and loads
the rule files.

Modules: ``decode`` (bytes to normal text), ``formats`` (txt/md/html/docx/pdf, Markdown
front matter) and ``htmlmeta`` (a web page's headline, site name and URL), ``clean``
(site chrome), ``layout`` (the shape of a page's top lines: menus, date lines,
bylines, captions, masthead, lead), ``title`` (the headline), ``body`` (the article's
text without what surrounds it), ``language``, ``source`` (source URL and credits) and
``outlet`` (the page's own name), ``date_patterns`` (month and weekday names, date
patterns) and ``dates`` (date mentions), ``pagelines`` (date lines, list items, the first
paragraph), ``pubdate`` (the publication date), ``leadcues`` (the time expressions of the
lead) and ``chronology`` (the event date). For large imports,
:mod:`desktop.core.importing.pool` runs extraction in worker processes.

This package reads no database and no archive: bytes in, :class:`Extracted` out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.core.extract.errors import ExtractError
from desktop.core.extract.model import DEFAULT_LANGUAGES, Extracted, ExtractSettings


def extract_file(path: Path, data: bytes, settings: ExtractSettings | None = None) -> Extracted:
    """Clean text and metadata of one file, or :class:`ExtractError` with the reason.

    The pipeline (rule files, patterns, format readers) is imported on the first call:
    what only needs the settings or the result's type (opening an archive, the
    window's first page) does not pay for it."""
    from desktop.core.extract.pipeline import extract_file as run

    return run(path, data, settings)


def warm_up(languages: Sequence[str] | None = None) -> None:
    """Build the shared language detector and load every rule file now."""
    from desktop.core.extract import language

    codes = tuple(languages or DEFAULT_LANGUAGES)
    language.warm_up(codes)
    warm_up_rules(codes)


def warm_up_rules(languages: Sequence[str] | None = None) -> None:
    """Load every rule file and compile the date patterns now (no language detector:
    this starts no thread)."""
    from desktop.core.extract import clean, date_patterns, layout, outlet, source

    codes = tuple(languages or DEFAULT_LANGUAGES)
    date_patterns.warm_up(codes)
    clean.vocabulary()
    source.is_credit_line("")
    layout.cues()
    outlet.copyright_holder("")


__all__ = [
    "DEFAULT_LANGUAGES",
    "ExtractError",
    "ExtractSettings",
    "Extracted",
    "extract_file",
    "warm_up",
    "warm_up_rules",
]
