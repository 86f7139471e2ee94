"""Where things are: bundled resources and the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "gcm-archive"
APP_AUTHOR = "GCM Archive"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def _bundled(name: str) -> Path:
    """``name`` (``resources`` or ``seeds``) in the source tree, else where an installed
    package keeps it (``desktop/<name>``, see setup.py)."""
    source = repo_root() / name
    if source.is_dir():
        return source
    return Path(__file__).resolve().parents[2] / name


def resources_dir() -> Path:
    """Folder of vocabularies, fonts, catalogs and templates."""
    env = os.environ.get("GCM_RESOURCES")
    if env:
        return Path(env)
    return _bundled("resources")


def seeds_dir() -> Path:
    """The demo corpus put into a new default archive."""
    return _bundled("seeds")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_archive_path() -> Path:
    return user_data_dir() / "archive.sqlite"
