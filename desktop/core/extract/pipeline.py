"""One file in, clean text and metadata with evidence out."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

from desktop.core.extract import chronology, date_patterns, dates, formats, language, pubdate
from desktop.core.extract.body import article_body
from desktop.core.extract.chronology import INFERRED, STATED, UNKNOWN
from desktop.core.extract.clean import clean_text
from desktop.core.extract.decode import normalize_text
from desktop.core.extract.errors import ExtractError, internal_error
from desktop.core.extract.model import Extracted, ExtractSettings
from desktop.core.extract.outlet import page_outlets
from desktop.core.extract.reading import too_large
from desktop.core.extract.source import Finding, SourceInfo, find_source, outlet_of_url
from desktop.core.extract.title import (
    MAX_TITLE_CHARS,
    headline_from_lines,
    strip_site_suffix,
    title_from_text,
)
from desktop.i18n import _

logger = logging.getLogger(__name__)

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Italics: "*Lire aussi :*" must read as the heading it is. An underscore only marks
# emphasis at word edges ("snake_case" and URLs keep theirs).
_MD_ITALIC = re.compile(
    r"\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*|(?<!\w)_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?!\w)"
)
_MD_HEADING = re.compile(r"(?m)^#{1,6}\s+")


def _markdown_to_text(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1 (\2)", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_ITALIC.sub(lambda m: m.group(1) or m.group(2), text)
    return _MD_HEADING.sub("", text)


def _finding(value: Any, confidence: str, evidence: str, how: str) -> dict[str, Any]:
    return {"value": value, "confidence": confidence, "evidence": evidence, "source": how}


def _source_and_outlet(
    result: Extracted,
    raw: formats.RawDocument,
    found: SourceInfo,
    path: Path,
    settings: ExtractSettings,
) -> None:
    if raw.source_url:
        result.source_url = raw.source_url
        result.evidence["source_url"] = _finding(
            raw.source_url, STATED, raw.source_url, raw.source_url_evidence
        )
    elif found.source_url is not None:
        f = found.source_url
        result.source_url = f.value
        result.evidence["source_url"] = _finding(f.value, STATED, f.evidence, f.how)
    outlets = _outlet_findings(raw, found)
    if outlets:
        best = outlets[0]
        result.outlet = best.value
        result.evidence["outlet"] = _finding(best.value, STATED, best.evidence, best.how)
    elif result.source_url:
        domain = outlet_of_url(result.source_url)
        result.outlet = domain or None
        result.evidence["outlet"] = _finding(domain, INFERRED, result.source_url, "URL domain")
    others = [f for f in outlets[1:] if f.value != result.outlet]
    others += [f for f in found.alternatives if f.value != result.outlet]
    if others and "outlet" in result.evidence:
        result.evidence["outlet"]["alternatives"] = [
            {"value": f.value, "evidence": f.evidence, "source": f.how} for f in others
        ]
    if result.source_url is None and result.outlet is None:
        result.review_reasons.append(_("no source URL or outlet found"))


def _outlet_findings(raw: formats.RawDocument, found: SourceInfo) -> list[Finding]:
    """Every statement of the outlet, best first: what the page says of itself (site
    name, masthead, copyright holder), then a "Source:" line, then agency credits."""
    out: list[Finding] = []
    if raw.site_name:
        out.append(Finding(raw.site_name, raw.site_name_evidence or raw.site_name, "site name"))
    credits = [found.outlet] if found.outlet is not None else []
    labelled = [f for f in credits if f.how == "source line"]
    out += labelled
    out += page_outlets(raw.text)
    out += [f for f in credits if f.how != "source line"]
    seen: set[str] = set()
    unique = []
    for f in out:
        if f.value and f.value not in seen:
            seen.add(f.value)
            unique.append(f)
    return unique


def extract_file(path: Path, data: bytes, settings: ExtractSettings | None = None) -> Extracted:
    """Clean text and metadata of one file, or :class:`ExtractError` with the reason."""
    settings = settings or ExtractSettings()
    if len(data) > settings.max_bytes:
        raise too_large(len(data), settings.max_bytes)
    if not data.strip():
        raise ExtractError(_("empty file"))
    path = path if isinstance(path, Path) else Path(path)
    raw = formats.read(path, data)
    text = page_text(raw)
    if not text:
        raise ExtractError(_("empty file: it holds no text"))
    raw.text = text  # normalised: the metadata steps read the page's lines from it
    found = find_source(text)
    cleaned = clean_text(text, trim_tail=raw.kind in ("text", "markdown")) or text
    if raw.kind in ("html", "mhtml"):
        cleaned = article_body(cleaned, page_title=raw.title)
    else:
        outlets = tuple(f.value for f in _outlet_findings(raw, found))
        found_headline = headline_from_lines(text, outlets)
        cleaned = article_body(cleaned, headline=found_headline.text if found_headline else None)

    result = Extracted(title="", text=cleaned, media_type=raw.media_type, encoding=raw.encoding)
    result.review_reasons.extend(raw.review)
    for step in (_language, _title, _source_and_outlet, _dates):
        try:
            step(result, raw, found, path, settings)
        except Exception:  # a metadata bug must not lose the article: it is flagged
            logger.exception("metadata step %s failed on %s", step.__name__, path)
            result.review_reasons.append(
                _("metadata could not be read ({step})").format(step=step.__name__.strip("_"))
            )
    if not result.title:
        result.title = path.stem
    return result


def extract_or_error(
    path: Path, data: bytes, settings: ExtractSettings | None = None
) -> Extracted | ExtractError:
    """:func:`extract_file`, with any failure returned: an :class:`ExtractError` for a
    bad file, an :class:`InternalError` for an unexpected exception (a library that
    fails to load, a bug), which the curator is asked to report."""
    try:
        return extract_file(path, data, settings)
    except ExtractError as exc:
        return exc
    except Exception as exc:
        return internal_error(exc, path)


def _language(
    result: Extracted,
    raw: formats.RawDocument,
    found: SourceInfo,
    path: Path,
    settings: ExtractSettings,
) -> None:
    guess = language.detect(result.text, settings.languages)
    result.language, result.language_confidence = guess.code, guess.confidence
    result.evidence["language"] = _finding(
        guess.code, INFERRED if guess.code else UNKNOWN, guess.evidence, "language detection"
    )
    result.evidence["language"]["score"] = guess.confidence
    if guess.review:
        result.review_reasons.append(guess.review)


def _title(
    result: Extracted,
    raw: formats.RawDocument,
    found: SourceInfo,
    path: Path,
    settings: ExtractSettings,
) -> None:
    outlets = tuple(f.value for f in _outlet_findings(raw, found))
    if raw.title:
        title, _site = strip_site_suffix(raw.title, outlets)
        confidence, evidence = STATED, raw.title_evidence
    else:
        title, confidence, evidence = title_from_text(raw.text, outlets)
    if not title:
        title, confidence, evidence = path.stem, INFERRED, _("file name")
    result.title = title[:MAX_TITLE_CHARS]
    result.evidence["title"] = _finding(result.title, confidence, evidence, evidence)


def page_text(raw: formats.RawDocument) -> str:
    """The whole text of the page in normal form, chrome included."""
    return _page_text(raw.text, raw.kind)


def _page_text(text: str, kind: str) -> str:
    text = normalize_text(text)
    if kind == "markdown":
        text = normalize_text(_markdown_to_text(text))
    return text


def _dates(
    result: Extracted,
    raw: formats.RawDocument,
    found: SourceInfo,
    path: Path,
    settings: ExtractSettings,
) -> None:
    # The page as read, not the cleaned text: date lines sit among the chrome.
    # extract_file has put raw.text in normal form (normalize_text leaves its own output
    # as it is); a Markdown page's text is read as Markdown once more.
    text = page_text(raw) if raw.kind == "markdown" else raw.text
    today = settings.today or dt.date.today()
    languages = date_patterns.date_languages(result.language, settings.languages)
    mentions = dates.find_mentions(text, languages)
    # A title taken from the lead's first sentence is no headline line: the date step
    # must still read that sentence as the lead.
    headline = result.title if result.evidence.get("title", {}).get("confidence") == STATED else ""
    page = chronology.Page.of(text, mentions, languages, headline)
    stated = (raw.published, raw.published_evidence) if raw.published is not None else None
    published = pubdate.publication_date(page, stated, result.source_url, today)
    if published.result.confidence != STATED and raw.page_text:
        # the date line of a page without article markup lies outside its main text
        whole = normalize_text(raw.page_text)
        around = chronology.Page.of(
            whole, dates.find_mentions(whole, languages), languages, headline
        )
        whole_page = pubdate.publication_date(around, None, result.source_url, today)
        if whole_page.result.confidence == STATED:
            published = whole_page
    result.published = published.result.value
    result.published_confidence = published.result.confidence
    result.evidence["published"] = published.result.as_evidence()
    event = chronology.event_date(page, published)
    result.event_date, result.event_date_confidence = event.value, event.confidence
    result.event_month, result.event_day = event.month, event.day
    result.evidence["event_date"] = event.as_evidence()
    result.review_reasons.extend(event.review)
