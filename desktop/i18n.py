"""Translation of the user interface: the one place that exports ``_``, ``N_``, ``ngettext``.

Catalogs live in ``resources/locale/<lang>/LC_MESSAGES/gcm-archive.mo`` (compiled
from the ``.po`` files by ``make`` with Babel). Module-level constants are marked
with ``N_`` and translated where they are shown.
"""

from __future__ import annotations

import gettext as _gettext
import locale as _locale
import os

from desktop.core.util.paths import resources_dir

DOMAIN = "gcm-archive"
SUPPORTED = ("en", "fr", "vi")

_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_current = "en"
_forced = False


def locale_dir() -> str:
    return str(resources_dir() / "locale")


def system_language() -> str:
    """The user's language from the environment, reduced to one we ship."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            if code in SUPPORTED:
                return code
    try:
        code = (_locale.getlocale()[0] or "en").split("_")[0].lower()
    except ValueError:
        code = "en"
    return code if code in SUPPORTED else "en"


def set_language(code: str | None = None, *, forced: bool = False) -> str:
    """Switch the interface language (``None``: the system's). Returns the code used.

    ``forced`` marks a choice made on the command line, which beats the saved setting.
    """
    global _translation, _current, _forced
    _forced = forced
    code = (code or system_language()).split("_")[0].lower()
    if code not in SUPPORTED:
        code = "en"
    _translation = _gettext.translation(DOMAIN, locale_dir(), languages=[code], fallback=True)
    _current = code
    return code


def language_forced() -> bool:
    return _forced


def current_language() -> str:
    return _current


def _(message: str) -> str:
    return _translation.gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
