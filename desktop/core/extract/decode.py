"""Bytes to text: encodings, binary detection, and the normal form of all text.

Text files arrive in UTF-8 (with or without BOM), UTF-16/32 with BOM, and legacy
code pages (Windows-1252, Latin-1, Windows-1258 Vietnamese, ...). UTF-8 is tried
first because it is by far the most common and is never a false positive on real
legacy text; other encodings are detected with charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import CharsetMatch, from_bytes

from desktop.core.extract.errors import ExtractError
from desktop.i18n import _

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Line breaks of every kind become "\n".
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Control and invisible formatting characters that carry no text.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# Spaces of every width become a plain space.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_MULTI_SPACE = re.compile(r" {2,}")
# Share of control characters above which decoded bytes are judged binary.
_MAX_CONTROL_RATIO = 0.01
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 text: NULs sit on one side of every ASCII character."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nul > 0.3 * half and odd_nul < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_INVALID = re.compile(r"[\udc80-\udcff]+")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few stray bytes (a bad copy, a truncated character): its valid
    multi-byte characters far outnumber its invalid runs, which a legacy code page's
    accented letters, almost never valid UTF-8 sequences, cannot do."""
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_INVALID.findall(text))
    if not invalid:
        return False
    valid_non_ascii = sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    return valid_non_ascii >= 4 * invalid


def _orthography() -> frozenset[str]:
    """Every non-ASCII character the archive's languages write (Vietnamese, French,
    Spanish, Malay/Indonesian loans, English), upper and lower case, and the typography
    of news text."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    letters = {unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưy" for t in tones}
    letters |= set("đàâæçéèêëîïôœùûüÿáíñóúü")
    letters |= {c.upper() for c in letters}
    return frozenset(letters | set("«»“”‘’–—…€°·•¿¡ºª§©®™ßøåäö"))


_KNOWN = _orthography()


def _fit(match: CharsetMatch) -> float:
    """Share of the non-ASCII characters of a reading that the archive's languages
    write: Windows-1250 or a DOS code page reading a French page as "prčs", "Ś"
    scores low, Windows-1252 reading it as "près" scores 1."""
    text = unicodedata.normalize("NFC", str(match))
    odd = [ch for ch in text if ch > "\x7f"]
    return sum(ch in _KNOWN for ch in odd) / len(odd) if odd else 1.0


def _best_match(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's readings of ``data``, the cleanest first; among those about
    as clean as the best, the one that fits the archive's languages best."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    clean = [m for m in matches if m.chaos <= matches[0].chaos + 0.02]
    return max(clean, key=_fit)  # max keeps the first of equals: charset-normalizer's order


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file or raise ExtractError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding + " (BOM)"
            except UnicodeDecodeError:
                raise ExtractError(
                    _("undecodable text: invalid {encoding} after its BOM").format(
                        encoding=encoding
                    )
                ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise ExtractError(_("binary file (contains NUL bytes), not text"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"
    best = _best_match(data)
    if best is None or best.encoding is None:
        raise ExtractError(_("undecodable text: not UTF-8 and no known encoding fits"))
    text = str(best)
    if len(_CONTROLS.findall(text)) > _MAX_CONTROL_RATIO * max(len(text), 1):
        raise ExtractError(_("binary file (control characters), not text"))
    return text, best.encoding


# Anything the slow path of normalize_text has to fix.
_ODD = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\xa0\u00ad\u1680\u2000-\u200d\u2028-\u202f\u205f\u2060\u3000\ufeff]"
)
_EDGE_SPACES = re.compile(r"(?m)^ +| +$")


def normalize_text(text: str) -> str:
    """One form for all text: NFC, "\\n" line breaks, no control or invisible characters,
    single spaces, no spaces at line edges, at most one blank line in a row."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    # every character _ODD finds is unprintable: most texts are settled by that test,
    # which is much faster than the pattern on text beyond Latin-1
    if not all(map(str.isprintable, text.split("\n"))) and _ODD.search(text):
        text = _NEWLINES.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        text = _SPACES.sub(" ", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        text = _EDGE_SPACES.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()
