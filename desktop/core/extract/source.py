"""Where an article comes from: its source URL and its outlet, with the evidence.

Read from labelled lines ("Source:", "Sumber:", "Nguồn:", "Fuente:", ...), credit
lines ("(Theo example.vn)", "(AFP) -" datelines, "- AFP" sign-offs) and, for web
pages, the canonical link. Labels come from ``resources/metadata_cues.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from desktop.core.extract import data
from desktop.core.util.textfold import fold

URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.I)
_URL_TRAIL = ".,;:!?»”’"
# An agency code (checked by _is_code): capitals of any script, e.g. AFP, ĐTXMV, AFP/XNA.
_CODE = r"[^\W\d_][^\W_]{1,11}(?:[/&-][^\W_]{2,11})?"
# "Bangkok, 12 mars (AFP) - ", "HANOI, 12 Dis (Reuters-XNA) -- ", "Hanói, 15 jun (Agencia
# Ejemplo) Expertos ..." (a name of two or three words may go without the dash).
_DATELINE = re.compile(
    r"^(?P<lead>[^\n()]{0,80}?)\((?P<code>"
    + _CODE
    + r"|[\w-]+(?:\.[\w-]+)+|[A-Z][\w]+(?: [A-Z][\w]+){1,2})\)"
    + r"\s*\.?\s*(?:(?P<dash>[-–—:]{1,2}\s)|(?=[A-ZÀ-Ỹ]))"
)
# "TINMAU.com.vn - Sáng 14/6", "JAKARTA, CONTOH.com - Kementerian ...": a site's domain.
_DOMAIN_LEAD = re.compile(
    r"^(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ .]{1,30},\s*)?(?P<code>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\s*[-–—:]\s", re.I
)
_DOMAIN_PLACE = 32  # the longest place _DOMAIN_LEAD reads before its comma
_SIGN_OFF = re.compile(
    r"(?:^|[.!?…»”\"]\s*)(?:[-–—]{1,2}\s*(?P<dash>"
    + _CODE
    + r")|\((?P<paren>"
    + _CODE
    + r")\))\s*\.?$"
)
# "... the workers. AFP": an agency's code in capitals after the last sentence.
_BARE_SIGN_OFF = re.compile(r"[.!?…»”\"]\s+(?P<code>[A-Z]{2,6})\.?$")
_BARE_URL = re.compile(r"^\s*<?(https?://[^\s<>\"']+?)>?[.,;]?\s*$", re.I)
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.I)
_LEAD_LINES = 20
_URL_LABEL_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_PART_SEPARATORS = re.compile(r"\s+[—–|]\s+|\s+-\s+(?=\S+\.\w)")
_TAIL_LINES = 12


@dataclass(frozen=True)
class Finding:
    value: str
    evidence: str  # the text it was read from
    how: str  # what kind of evidence


@dataclass(frozen=True)
class SourceInfo:
    source_url: Finding | None
    outlet: Finding | None
    alternatives: tuple[Finding, ...] = ()


def _alternation(words: list[str]) -> str:
    forms = {w for word in words for w in (word, fold(word))}
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    labels = _alternation(data.strings("metadata_cues", "source_labels"))
    bare = data.strings("metadata_cues", "credit_prefixes")
    prefixes = _alternation(bare + data.strings("metadata_cues", "credit_prefixes_in_parentheses"))
    label_line = re.compile(
        r"^\s*[(\[]?\s*(?:" + labels + r")\s*[:：]\s*(?P<rest>.+?)\s*[)\]]?\s*\.?$", re.I
    )
    credit_line = re.compile(
        r"^\s*\(\s*(?:" + prefixes + r")\s*:?\s+(?P<name>[^()\n]{2,80}?)\s*\)\s*\.?$", re.I
    )
    # "Theo XNA", "Selon l'AFP": a bare credit names one agency, site or outlet.
    bare_line = re.compile(
        r"^\s*(?:" + _alternation(bare) + r")\s*:?\s+(?:l'|l’)?(?P<name>[^\s()]{2,40})\s*\.?$", re.I
    )
    # "(With AFP)", "(Avec AFP)" closing the last paragraph
    with_line = re.compile(
        r"\(\s*(?:"
        + _alternation(data.strings("metadata_cues", "credit_prefixes_in_parentheses"))
        + r")\s+(?P<code>"
        + _CODE
        + r")\s*\)\s*\.?$",
        re.I,
    )
    return label_line, credit_line, bare_line, with_line


def outlet_of_url(url: str) -> str:
    """The outlet named by a URL: its host without "www.", "m." or "amp."."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host


def clean_url(url: str) -> str:
    return url.rstrip(_URL_TRAIL)


@cache
def _bare_credit_words() -> int:
    """Most words a bare credit line can have: its prefix's, a colon, a name, a dot."""
    prefixes = data.strings("metadata_cues", "credit_prefixes")
    forms = [w for word in prefixes for w in (word, fold(word))]
    return max((len(w.split()) for w in forms), default=0) + 3


def _label_match(line: str) -> re.Match[str] | None:
    """A "Source: ..." line (it has a colon)."""
    if ":" not in line and "：" not in line:
        return None
    return _patterns()[0].match(line)


def _credit_match(line: str) -> re.Match[str] | None:
    """A "(Theo ...)" line (it opens with a parenthesis)."""
    if line.lstrip()[:1] != "(":
        return None
    return _patterns()[1].match(line)


def _bare_credit(line: str) -> str | None:
    most = _bare_credit_words()
    if len(line.split(None, most)) > most:  # more words than a credit has
        return None
    match = _patterns()[2].match(line)
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    return name if _is_code(name) or _is_name(name) or _camel_name(name) else None


def _camel_name(value: str) -> bool:
    """A one-word outlet name such as "DailyExpress" or "Tin Mẫu Online" written joined."""
    return value[:1].isupper() and any(ch.isupper() for ch in value[1:]) and value.isalnum()


def is_credit_line(line: str) -> bool:
    """True for a "Source: ...", "(Theo ...)", "Theo XNA" line or a bare URL: it
    closes an article."""
    if len(line) > 300:
        return False
    return bool(
        _label_match(line) or _credit_match(line) or _BARE_URL.match(line) or _bare_credit(line)
    )


def _named_parts(rest: str) -> list[str]:
    """The names in what follows "Source:": "Cục X — x.gov.vn — Ngày đăng: 05/10/2023"
    -> ["Cục X", "x.gov.vn"] (a date or another label is not a name)."""
    out = []
    for part in _PART_SEPARATORS.split(rest):
        part = part.strip(" .:")
        if not part or ":" in part or any(ch.isdigit() for ch in part.replace(".", "")[:1]):
            continue
        if _looks_like_name(part) and not part.isdigit():
            out.append(part)
    return out


def _looks_like_name(value: str) -> bool:
    words = value.split()
    return 0 < len(words) <= 6 and not value.endswith((".", "!", "?"))


def find_source(text: str) -> SourceInfo:
    """Source URL and outlet stated in the text, best evidence first."""
    lines = [line for line in text.split("\n") if line.strip()]
    urls: list[Finding] = []
    outlets: list[Finding] = []
    # Credits close articles (the last one is the article's); a "Source:" higher up is
    # more often a photo or quote credit than the article's.
    for line in reversed(lines[-_TAIL_LINES:]):
        if len(line) > 300:
            continue
        match = _label_match(line)
        if match:
            rest = match.group("rest")
            url = URL.search(rest)
            if url:
                value = clean_url(url.group(0))
                urls.append(Finding(value, line.strip(), "source line"))
                outlets.append(Finding(outlet_of_url(value), line.strip(), "source URL domain"))
            else:
                for name in _named_parts(rest):
                    outlets.append(Finding(name, line.strip(), "source line"))
            continue
        match = _credit_match(line)
        if match and _looks_like_name(match.group("name")):
            name = match.group("name").strip(" .:")
            outlets.append(Finding(name, line.strip(), "credit line"))
            continue
        bare = _bare_credit(line)
        if bare:
            outlets.append(Finding(bare, line.strip(), "credit line"))
    for line in lines[:_LEAD_LINES]:
        credit = _lead_credit(line)
        if credit is not None:
            outlets.append(credit)
            break
    if lines:
        sign_off = _sign_off(lines[-1])
        if sign_off is not None:
            outlets.append(sign_off)
    if not urls:  # a URL on one of the last lines, alone or after a short label
        for line in lines[-3:]:
            alone = _BARE_URL.match(line)
            inside = URL.search(line) if alone is None and len(line) < 400 else None
            if inside is not None:  # "Label — URL": the URL ends the line
                label = line[: inside.start()].strip(" -–—|:;,.")
                after = line[inside.end() :].strip(" .;,)")
                if after or len(label.split()) > _URL_LABEL_WORDS or _SENTENCE_END.search(label):
                    inside = None
            found = alone.group(1) if alone else inside.group(0) if inside else None
            if found:
                value = clean_url(found)
                urls.append(Finding(value, line.strip(), "URL at the end"))
                outlets.append(Finding(outlet_of_url(value), line.strip(), "source URL domain"))
    source_url = urls[0] if urls else None
    outlet = outlets[0] if outlets else None
    rest = tuple(f for f in [*urls[1:], *outlets[1:]])
    return SourceInfo(source_url, outlet, rest)


def _lead_credit(line: str) -> Finding | None:
    """The agency or site that opens a dispatch: "(AFP) -", "TINMAU.com.vn -"."""
    # the dateline's credit is in parentheses within its first 81 characters
    match = _DATELINE.match(line) if 0 <= line.find("(", 0, 81) else None
    if match is not None:
        code, lead = match.group("code"), match.group("lead")
        dashed = match.group("dash") is not None
        named = " " in code
        if _dateline_lead(lead) and (_is_code(code) or _is_name(code) or named):
            if dashed or (named and any(ch.isdigit() for ch in lead)):
                return Finding(code, line[: match.end()].strip(), "dateline")
    # the domain opens the line, or follows a place in capitals and a comma
    maybe_domain = "," in line[:_DOMAIN_PLACE] or "." in (line.split(None, 1) or [""])[0]
    match = _DOMAIN_LEAD.match(line) if maybe_domain else None
    if match is not None and _DOMAIN.match(match.group("code")):
        return Finding(match.group("code"), line[: match.end()].strip(), "dateline")
    return None


def _sign_off(last: str) -> Finding | None:
    """The agency that signs the last line: "- AFP", "(XNA)", "(With AFP)", ". AFP"."""
    tail = last[-60:]
    match = _SIGN_OFF.search(tail)
    code = (match.group("dash") or match.group("paren")) if match else None
    if match and code and _is_code(code):
        return Finding(code, match.group(0).strip(' ."”»'), "sign-off")
    match = _patterns()[3].search(tail)
    if match and _is_code(match.group("code")):
        return Finding(match.group("code"), match.group(0).strip(), "sign-off")
    match = _BARE_SIGN_OFF.search(tail)
    if match and len(last.split()) > 3:
        return Finding(match.group("code"), match.group(0).strip(' ."”»'), "sign-off")
    return None


def _dateline_lead(lead: str) -> bool:
    """What may precede "(AFP) -": nothing, a place and a date ("Bangkok, 12 mars"),
    or a place alone ("HANOI", "Hà Nội")."""
    words = lead.replace(",", " ").split()
    if not words:
        return True
    if any(ch.isdigit() for ch in lead):
        return len(words) <= 8
    return len(words) <= 3 and all(w[0].isupper() for w in words)


def _is_name(value: str) -> bool:
    """A one-word agency name such as "Reuters" or "Xinhua"."""
    return value.isalpha() and value[0].isupper() and len(value) <= 15


def _is_code(value: str) -> bool:
    """An agency code (all capitals, at least two letters) or a domain name."""
    if _DOMAIN.match(value):
        return True
    if value == value.upper() and sum(ch.isalpha() for ch in value) >= 2:
        return True
    parts = re.split(r"[/&-]", value)  # "Reuters-XNA", "AFP/XNA": two credits joined
    return len(parts) == 2 and all(_is_code(p) or _is_name(p) for p in parts)


def domain_like(value: str) -> bool:
    return bool(_DOMAIN.match(value))
