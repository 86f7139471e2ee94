"""The errors extraction reports for a file."""

from __future__ import annotations

import logging

from desktop.i18n import _

logger = logging.getLogger(__name__)


class ExtractError(Exception):
    """The file cannot be imported; ``str(error)`` says why in one line."""

    internal = False


class InternalError(ExtractError):
    """A fault of the application (a missing library, a bug), not of the file: the
    curator is asked to report it, and tests treat it as a failure."""

    internal = True


def internal_error(exc: BaseException, path: object = "") -> InternalError:
    """The report of an unexpected exception raised while extracting ``path``."""
    logger.error("internal error while extracting %s", path, exc_info=exc)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return InternalError(
        _(
            "internal error of the application, not a fault of the file ({kind}: {detail});"
            " please report it"
        ).format(kind=type(exc).__name__, detail=detail)
    )
