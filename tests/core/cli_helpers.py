"""Running the command line inside a test, as a curator's shell would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    """Exit code, standard output (parsed when it is JSON) and standard error."""
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


def seeded_cli_archive(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    """The demo corpus imported through the CLI into a new archive: the leading
    arguments (``--archive PATH --json``) of the commands that follow."""
    where = str(tmp_path / "cli.sqlite")
    assert main(["--archive", where, "import", str(seeds_dir)]) == 0
    capsys.readouterr()
    return ["--archive", where, "--json"]
