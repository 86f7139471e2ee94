"""What a saved web page states about itself: headline, site name, canonical URL.

Read from ``<h1>``, og:title/twitter:title, JSON-LD (NewsArticle ``headline``,
``publisher.name``, ``url``), ``<title>`` (without its " | Site" part),
og:site_name, ``<link rel=canonical>``, og:url and the copyright footer. Values are
only read, never interpreted as markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.extract.outlet import copyright_holder
from desktop.core.extract.title import similarity, strip_site_suffix

_MAX_JSON_CHARS = 200_000
# Class or id words of a standfirst (the lead-in under the headline), which readers of
# the main text often take for a teaser and drop.
_STANDFIRST_MARKS = frozenset(
    {"sapo", "chapo", "chapeau", "standfirst", "summary", "lead", "intro", "deck", "excerpt"}
)
_MARK_SPLIT = re.compile(r"[\s_-]+")
_STANDFIRST_WORDS = (8, 120)
_OUTSIDE = frozenset({"nav", "aside", "footer", "header", "form"})
_SAME_HEADLINE = 0.8


@dataclass
class PageMeta:
    title: str | None = None
    title_evidence: str = ""
    site_name: str | None = None
    site_name_evidence: str = ""
    url: str | None = None
    url_evidence: str = ""
    standfirst: str | None = None


def _text(node: Any) -> str:
    return " ".join(str(node.text_content()).split())


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        value = " ".join((node.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    return found


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _objects(value.get("@graph", []))


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            parsed = json.loads(node.text[:_MAX_JSON_CHARS])
        except ValueError:
            continue
        out.extend(_objects(parsed))
    return out


def _ld_string(objects: list[dict[str, Any]], *path: str) -> str | None:
    for obj in objects:
        value: Any = obj
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, list):
                value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _http(value: str | None) -> str | None:
    return value if value and value.startswith(("http://", "https://")) else None


def _footer_holder(tree: Any) -> str | None:
    texts: list[str] = []
    for node in tree.iter("footer"):
        texts.append(_text(node))
    for node in tree.iter("div", "p", "section"):
        marker = f"{node.get('id') or ''} {node.get('class') or ''}".lower()
        if "footer" in marker or "copyright" in marker:
            texts.append(_text(node))
    for text in texts:
        for piece in text.split("  "):
            at = piece.find("©")
            holder = copyright_holder(piece[at:] if at >= 0 else piece)
            if holder:
                return holder
    return None


def _outside(node: Any) -> bool:
    """Inside the site's chrome (menus, asides, footers, forms, the page header).

    A ``<header>`` within an ``<article>`` or ``<main>`` is the article's own header
    (headline, standfirst, byline), as HTML5 templates and most CMS themes write it.
    """
    ancestors = list(node.iterancestors())
    for i, parent in enumerate(ancestors):
        if parent.tag in _OUTSIDE:
            if parent.tag == "header" and any(
                a.tag in ("article", "main") for a in ancestors[i + 1 :]
            ):
                continue
            return True
    return False


def _standfirst(tree: Any, description: str | None = None) -> str | None:
    """The lead-in under the headline: a block marked as such by its class or id, else
    the block of the article whose text is the page's description (meta/og description,
    which CMS fill with the standfirst)."""
    low, high = _STANDFIRST_WORDS
    described = None
    wanted = " ".join((description or "").split()).casefold()
    for node in tree.iter("p", "div", "h2", "section"):
        if _outside(node):
            continue
        text = _text(node)
        if not low <= len(text.split()) <= high:
            continue
        marker = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if set(_MARK_SPLIT.split(marker)) & _STANDFIRST_MARKS:
            return text
        if described is None and wanted and text.casefold() == wanted:
            if any(a.tag in ("article", "main") for a in node.iterancestors()):
                described = text
    return described


def read_meta(tree: Any) -> PageMeta:
    meta = _meta(tree)
    wanted = ("headline", "publisher", "url", "mainEntityOfPage")
    objects = [o for o in _json_ld(tree) if any(key in o for key in wanted)]
    page = PageMeta()
    site = meta.get("og:site_name") or _ld_string(objects, "publisher", "name")
    site_how = "og:site_name" if meta.get("og:site_name") else "JSON-LD publisher"
    if not site and meta.get("application-name"):
        site, site_how = meta["application-name"], "application-name"
    titles = tree.findall(".//title")
    page_title = _text(titles[0]) if titles else ""
    stated = (
        (meta.get("og:title"), "og:title"),
        (_ld_string(objects, "headline"), "JSON-LD headline"),
        (meta.get("twitter:title"), "twitter:title"),
    )
    known = [s for s in (site,) if s]
    headings = [_text(h) for h in tree.iter("h1")]
    headings = [h for h in headings if len(h) >= 8]
    for value, how in stated:
        if value:
            clean, _suffix = strip_site_suffix(value, known)
            page.title, page.title_evidence = clean, how
            break
    if page_title:
        clean, suffix = strip_site_suffix(page_title, known, guess=True)
        if not page.title:
            page.title, page.title_evidence = clean, "page title"
        if not site and suffix and similarity(clean, page.title or "") >= _SAME_HEADLINE:
            site, site_how = suffix, "page title"
    for heading in headings:  # the headline as displayed, when it matches the stated one
        if not page.title or similarity(heading, page.title) >= _SAME_HEADLINE:
            page.title, page.title_evidence = heading, "page headline (h1)"
            break
    if not site:
        site, site_how = _footer_holder(tree), "copyright notice"
    if site:
        page.site_name, page.site_name_evidence = site, site_how
    canonical = next(
        (
            link.get("href")
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        None,
    )
    for value, how in (
        (canonical, "canonical link of the page"),
        (meta.get("og:url"), "og:url"),
        (_ld_string(objects, "url"), "JSON-LD url"),
        (_ld_string(objects, "mainEntityOfPage", "@id"), "JSON-LD mainEntityOfPage"),
        (_ld_string(objects, "mainEntityOfPage"), "JSON-LD mainEntityOfPage"),
    ):
        url = _http((value or "").strip())
        if url:
            page.url, page.url_evidence = url, how
            break
    page.standfirst = _standfirst(tree, meta.get("description") or meta.get("og:description"))
    return page
