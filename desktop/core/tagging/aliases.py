"""The usual other forms of a registry alias, so that one written form finds them all.

"Ministry of Labour (Thailand)" is also written "Ministry of Labour", "Labour Ministry",
"Ministry of Labor"; "Ministry for the Protection of Indonesian Migrant Workers" also
"Ministry of Migrant Workers Protection"; "Kementerian Dalam Negeri" is named by its
minister's title "Menteri Dalam Negeri".
"""

from __future__ import annotations

import re

from desktop.core.tagging.countries import country_counts
from desktop.core.tagging.text import tokenize

_HEAD_OF = re.compile(
    r"^(Ministry|Department|Office|Agency|Bureau|Directorate|Commission|Committee)"
    r" (?:of|for|on) (?:the )?([^()]+)$"
)


_BRACKETS = re.compile(r"\s*\(([^()]*)\)\s*")
# "Ministry for the Protection of Migrant Workers" → "Ministry of Migrant Workers Protection"
_ACTION_OF = re.compile(
    r"^(Ministry|Department|Office|Agency|Bureau|Directorate|Commission|Committee)"
    r" (?:of|for) (?:the )?([A-Z][a-z]+) of (?:the )?([^()]+)$"
)
# spellings that differ for the same word (British/American English, Indonesian reforms)
_SPELLINGS = (
    ("Pelindungan", "Perlindungan"),
    ("Labour", "Labor"),
    ("Organisation", "Organization"),
    ("Programme", "Program"),
    ("Centre", "Center"),
    ("Defence", "Defense"),
)


# a ministry's name → its minister's title, which names the ministry too
_MINISTER = (
    (re.compile(r"^Ministry (of|for) "), "Minister {0} "),
    (re.compile(r" Ministry$"), " Minister"),
    (re.compile(r"^Kementerian "), "Menteri "),
    (re.compile(r"^ministère (de|du|des) ", re.IGNORECASE), "ministre {0} "),
    (re.compile(r"^Ministerio (de|del) ", re.IGNORECASE), "Ministro {0} "),
)


def _minister_of(alias: str) -> str:
    """ "Ministry of Home Affairs" → "Minister of Home Affairs", "Kementerian Dalam Negeri"
    → "Menteri Dalam Negeri" ("" for a name that is no ministry's)."""
    for pattern, replacement in _MINISTER:
        match = pattern.search(alias)
        if match:
            groups = match.groups()
            return alias[: match.start()] + replacement.format(*groups) + alias[match.end() :]
    return ""


def alias_variants(alias: str) -> list[str]:
    """The alias and its other usual forms: without a bracketed country or acronym (which
    the text may or may not add: "Ministry of Labour (Thailand)", "… Agency (BP2MI)"), the
    acronym alone, and the other word order ("Ministry of Labour" → "Labour Ministry")."""
    out = [alias]
    inside = _BRACKETS.findall(alias)
    if inside:
        bare = " ".join(_BRACKETS.sub(" ", alias).split())
        if bare:
            out.append(bare)
        out += [x for x in inside if x.isupper() and " " not in x and 2 <= len(x) <= 8]
    for form in list(out):
        action = _ACTION_OF.match(form.strip())
        if action and len(action.group(3).split()) <= 5:
            rest = action.group(3).split()
            out.append(f"{action.group(1)} of {' '.join(rest)} {action.group(2)}")
            if len(rest) > 1 and country_counts(tokenize(rest[0])):  # "Indonesian Migrant…"
                out.append(f"{action.group(1)} of {' '.join(rest[1:])} {action.group(2)}")
    for form in list(out):
        match = _HEAD_OF.match(form.strip())
        if match and " of " not in match.group(2) and len(match.group(2).split()) <= 6:
            out.append(f"{match.group(2)} {match.group(1)}")
    out += [m for form in list(out) if (m := _minister_of(form))]
    for form in list(out):
        for one, other in _SPELLINGS:
            for a, b in ((one, other), (other, one)):
                if re.search(rf"\b{a}\b", form, re.IGNORECASE):
                    out.append(re.sub(rf"\b{a}\b", b, form, flags=re.IGNORECASE))
    return list(dict.fromkeys(out))
