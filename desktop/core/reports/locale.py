"""The report's own language: label translations and Babel formatting.

A report is written in a locale chosen for its reader (English, French or
Vietnamese), independent of the interface language. Labels come from the
``gcm-report`` gettext domain: ``resources/locale/<lang>/LC_MESSAGES/gcm-report.po``.
The ``.po`` file is read directly (compiled in memory with Babel), so a catalog
edited by a translator works without a build step; a compiled ``.mo`` next to it
wins when it is newer.

Strings are marked with ``t`` (and ``tn`` for plurals) so that
``pybabel extract -k t -k tn:1,2 desktop/core/reports`` collects them.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import cache
from pathlib import Path

from babel import Locale
from babel.core import UnknownLocaleError, get_global
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

from desktop.core.util.paths import resources_dir

DOMAIN = "gcm-report"
REPORT_LANGUAGES = ("en", "fr", "vi")
# Territories that use US Letter paper (CLDR paperSize data).
_LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "CL", "CO", "CR", "GT", "PA", "PH", "PR", "VE"})


def normalize_locale(code: str | None) -> str:
    """``fr-CA`` → ``fr_CA``; unknown or unsupported languages fall back to ``en``."""
    raw = (code or "en").replace("-", "_").strip()
    try:
        loc = Locale.parse(raw)
    except (ValueError, UnknownLocaleError):
        return "en"
    if loc.language not in REPORT_LANGUAGES:
        return "en"
    return str(loc)


def default_paper(locale: str) -> str:
    """``"letter"`` where Letter is the norm for the locale's territory, else ``"a4"``."""
    loc = Locale.parse(normalize_locale(locale))
    territory = loc.territory
    if not territory:
        likely = get_global("likely_subtags")
        full = str(likely.get(loc.language, ""))
        territory = full.split("_")[-1] if full else ""
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    folder = resources_dir() / "locale" / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.is_file():
        return _compile_po(po, language)
    return gettext.NullTranslations()


def _compile_po(path: Path, language: str) -> gettext.NullTranslations:
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class ReportLocale:
    """Translation and formatting for one report locale."""

    def __init__(self, code: str | None) -> None:
        self.code = normalize_locale(code)
        self.locale = Locale.parse(self.code)
        self.language = self.locale.language
        self._tr = _catalog(self.language)

    # Translation -----------------------------------------------------------------
    def t(self, message: str, **values: object) -> str:
        text = self._tr.gettext(message)
        return text % values if values else text

    def tn(self, singular: str, plural: str, n: int, **values: object) -> str:
        text = self._tr.ngettext(singular, plural, n)
        return text % {"n": self.number(n), **values}

    # Formatting ------------------------------------------------------------------
    def number(self, value: int | float) -> str:
        return format_decimal(value, locale=self.locale)

    def percent(self, value: float) -> str:
        return format_percent(value, locale=self.locale)

    def date(self, value: dt.date | None, fmt: str = "long") -> str:
        return format_date(value, fmt, locale=self.locale) if value is not None else ""

    def month(self, value: dt.date) -> str:
        """Month and year, e.g. "March 2021", "mars 2021", "tháng 3 năm 2021"."""
        return format_skeleton("yMMMM", value, locale=self.locale)

    def month_short(self, value: dt.date) -> str:
        """Short month and year for narrow columns and axes, e.g. "Mar 2021"."""
        return format_skeleton("yMMM", value, locale=self.locale)

    def month_abbrev(self, value: dt.date) -> str:
        """Stand-alone abbreviated month name, e.g. "Mar", "mars", "thg 3"."""
        return format_date(value, "LLL", locale=self.locale)

    def quarter(self, value: dt.date) -> str:
        return format_skeleton("yQQQ", value, locale=self.locale)

    def year(self, value: dt.date) -> str:
        return format_date(value, "y", locale=self.locale)

    def language_name(self, code: str | None) -> str:
        """The name of a language in the report locale, capitalised for labels."""
        if not code:
            return self.t("Unknown language")
        name = str(self.locale.languages.get(code.replace("-", "_").split("_")[0], code))
        return name[:1].upper() + name[1:]

    def date_range(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None or end is None:
            return self.t("Undated")
        if start == end:
            return self.date(start)
        return self.t("%(start)s to %(end)s", start=self.date(start), end=self.date(end))


def report_locale(code: str | None) -> ReportLocale:
    return ReportLocale(code)
