"""The one error extraction raises."""

from __future__ import annotations


class ExtractError(Exception):
    """The file cannot be imported; ``str(error)`` says why in one line."""
