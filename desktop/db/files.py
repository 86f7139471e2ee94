"""The one check before a new file or folder is written (backups, restores, exports).

Nothing in the application creates a missing folder: a destination whose folder does not
exist is an error that tells the curator what to do, as is one that would overwrite
something (unless the caller replaces it on purpose, as a restore does).
"""

from __future__ import annotations

from pathlib import Path


def check_destination(dest: Path, error: type[Exception], *, replace: bool = False) -> None:
    """Raise ``error`` unless ``dest``'s folder exists and, without ``replace``, nothing
    is at ``dest`` yet."""
    if not dest.parent.is_dir():
        raise error(f"the folder {dest.parent} does not exist; create it first")
    if not replace and dest.exists():
        raise error(f"{dest} already exists; choose another name")
