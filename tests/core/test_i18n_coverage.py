"""The fr and vi interface catalogs are complete and in step with the strings in the code.

When this fails: run ``make messages``, translate the new or fuzzy entries of
``resources/locale/{fr,vi}/LC_MESSAGES/gcm-archive.po``, then ``make catalogs``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "gcm-archive"
LANGUAGES = ("fr", "vi")
# The same keywords as `make messages` (pybabel extract -k _ -k N_ -k ngettext:1,2).
KEYWORDS = {**DEFAULT_KEYWORDS, "_": None, "N_": None, "ngettext": (1, 2)}
HINT = "run `make messages`, then translate the listed entries in the fr and vi .po files"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|\{[^{}]*\}")

Key = tuple[object, str | None]


def _key(message: Message) -> Key:
    return (message.id, message.context)


def _show(keys: set[Key], limit: int = 15) -> str:
    if not keys:
        return " none"
    shown = sorted(repr(k[0]) + (f" (context {k[1]!r})" if k[1] else "") for k in keys)
    more = f"\n  … and {len(shown) - limit} more" if len(shown) > limit else ""
    return "\n  " + "\n  ".join(shown[:limit]) + more


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


@pytest.fixture(scope="module")
def code_keys() -> set[Key]:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    catalog = Catalog()
    for _filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / "desktop"), method_map, options_map, keywords=KEYWORDS
    ):
        catalog.add(message, None, [("", lineno)], auto_comments=comments, context=context)
    keys = {_key(m) for m in catalog if m.id}
    assert len(keys) > 100, "extraction found almost no strings: is babel.cfg right?"
    return keys


def _is_translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


def test_template_matches_the_code(code_keys: set[Key]) -> None:
    template = {_key(m) for m in _read(LOCALE / f"{DOMAIN}.pot") if m.id}
    new, gone = code_keys - template, template - code_keys
    assert not new and not gone, (
        f"{DOMAIN}.pot is out of date with the code ({HINT}).\n"
        f"In the code, not in the template:{_show(new)}\nIn the template only:{_show(gone)}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_matches_the_code(lang: str, code_keys: set[Key]) -> None:
    catalog = _read(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po", lang)
    keys = {_key(m) for m in catalog if m.id}
    new, gone = code_keys - keys, keys - code_keys
    assert not new and not gone, (
        f"{lang}/{DOMAIN}.po is out of date with the code ({HINT}).\n"
        f"New strings in the code:{_show(new)}\nNo longer in the code:{_show(gone)}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_fully_translated(lang: str) -> None:
    catalog = _read(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po", lang)
    untranslated = {_key(m) for m in catalog if m.id and not _is_translated(m)}
    fuzzy = {_key(m) for m in catalog if m.id and m.fuzzy}
    assert not untranslated and not fuzzy, (
        f"{lang}/{DOMAIN}.po is not fully translated ({HINT}).\n"
        f"Untranslated:{_show(untranslated)}\nFuzzy:{_show(fuzzy)}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_their_placeholders(lang: str) -> None:
    """A lost or renamed ``{n}`` / ``%(n)s`` would raise at run time in that language only."""
    catalog = _read(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po", lang)
    wrong = []
    for message in catalog:
        if not message.id or not _is_translated(message):
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        allowed = {tuple(sorted(PLACEHOLDER.findall(i))) for i in ids}
        for text in strings:
            if tuple(sorted(PLACEHOLDER.findall(text))) not in allowed:
                wrong.append(f"{ids[0]!r} -> {text!r}")
    assert not wrong, f"{lang}: placeholders differ from the English:\n  " + "\n  ".join(wrong)
