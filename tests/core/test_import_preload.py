"""The forkserver's preload: language models shared by the import's workers, no thread."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_FORKED = """
import os
import desktop.core.importing.preload
threads = len(os.listdir("/proc/self/task"))
pid = os.fork()
if pid == 0:
    from desktop.core.extract import language
    from desktop.core.extract.model import DEFAULT_LANGUAGES
    text = ("Le Vietnam a appelé les pays et les organisations internationales à définir "
            "des feuilles de route et des mécanismes de coopération.")
    os._exit(0 if language.detect(text, DEFAULT_LANGUAGES).code == "fr" else 3)
_, status = os.waitpid(pid, 0)
print(threads, os.waitstatus_to_exitcode(status))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_preload_starts_no_thread_and_a_forked_worker_detects_languages():
    # A thread pool left in the forkserver (lingua preloads its models with one) would
    # hang a forked worker building its detector: the child would never end.
    out = subprocess.run(
        [sys.executable, "-c", _FORKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert out.stdout.split() == ["1", "0"]
