"""A folder that is really read-only, even for root: a read-only bind mount.

Tests run as root in CI, and root ignores file permissions, so ``chmod`` proves
nothing. A read-only bind mount refuses every write with EROFS, for root too.
Where mounting is not permitted (no CAP_SYS_ADMIN) the tests that need it are
skipped with that reason.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_copy(folder: Path, where: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount at ``where``."""
    where.mkdir()
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("no mount command: cannot make a read-only folder")
    first = subprocess.run([mount, "--bind", str(folder), str(where)], capture_output=True)
    if first.returncode != 0:
        pytest.skip(f"bind mount not permitted: {first.stderr.decode().strip()}")
    try:
        second = subprocess.run(
            [mount, "-o", "remount,bind,ro", str(where)], capture_output=True, check=False
        )
        if second.returncode != 0:
            pytest.skip(f"read-only remount not permitted: {second.stderr.decode().strip()}")
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)
