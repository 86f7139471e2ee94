"""The report labels' catalog: find them in the code, keep the ``.po`` files in step.

Labels are the literal first arguments of ``loc.t(...)`` and ``loc.tn(...)`` calls
in this package. Babel's extractor misses calls inside f-strings on Python 3.11,
so they are found from the syntax tree instead. Run::

    python -m desktop.core.reports.catalog          # add new labels to fr/vi .po files

then translate the empty ``msgstr`` entries.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from desktop.core.reports.locale import DOMAIN, REPORT_LANGUAGES
from desktop.core.util.paths import resources_dir

Message = tuple[str, str | None]  # msgid, plural


def collect_messages(folder: Path | None = None) -> list[Message]:
    """Every label of the report code, in first-seen order."""
    folder = folder or Path(__file__).parent
    seen: dict[Message, None] = {}
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            args = node.args
            if name == "t" and args and _literal(args[0]) is not None:
                seen.setdefault((_literal(args[0]) or "", None), None)
            elif name == "tn" and len(args) >= 2:
                single, plural = _literal(args[0]), _literal(args[1])
                if single is not None and plural is not None:
                    seen.setdefault((single, plural), None)
    return list(seen)


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def po_path(language: str) -> Path:
    return resources_dir() / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update_catalogs() -> list[str]:
    """Add missing labels to each translated catalog; returns the untranslated ones."""
    messages = collect_messages()
    missing: list[str] = []
    for language in REPORT_LANGUAGES:
        if language == "en":
            continue
        path = po_path(language)
        if path.is_file():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=language, domain=DOMAIN)
        else:
            catalog = Catalog(locale=language, domain=DOMAIN, project="GCM Archive reports")
        added = False
        for msgid, plural in messages:
            key = msgid if plural is None else (msgid, plural)
            if msgid not in catalog:
                catalog.add(key, "" if plural is None else ("", ""))
                added = True
        for message in catalog:
            if not message.id:
                continue
            text = message.string
            empty = not text or (isinstance(text, tuple) and not all(text))
            if empty:
                missing.append(f"{language}: {message.id!r}")
        if added or not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                write_po(fh, catalog, width=100, omit_header=False, sort_output=True)
    return missing


if __name__ == "__main__":  # pragma: no cover
    untranslated = update_catalogs()
    for line in untranslated:
        print("untranslated", line)
    sys.exit(1 if untranslated else 0)
