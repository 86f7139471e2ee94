"""The text of a whole web page as a browser shows it, one block per line.

The main-text reader keeps the article and drops the chrome around it, and with it,
on pages that do not mark their article up, the date line between the headline and
the lead ("Outlet | Selasa, 10 Jun 2025 19:20 WIB" in a ``<div>`` of its own). The
date steps read date lines among the chrome, so they are given this text as well.
"""

from __future__ import annotations

from typing import Any

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
)
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
        "time", "u", "var", "wbr",
    }
)  # fmt: skip
_MAX_DEPTH = 200


def rendered_text(tree: Any) -> str:
    """Every block of the page's ``<body>`` on a line of its own (scripts, styles and
    templates left out); "" when the page has no body."""
    bodies = tree.xpath("//body") if hasattr(tree, "xpath") else []
    if not bodies:
        return ""
    parts: list[str] = []
    _walk(bodies[0], parts, 0)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: Any, parts: list[str], depth: int) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag.lower() in _SKIPPED or depth > _MAX_DEPTH:
        return
    block = bool(tag) and tag.lower() not in _INLINE
    if block:
        parts.append("\n")
    if tag.lower() == "br":
        parts.append("\n")
    if tag and node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts, depth + 1)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")
