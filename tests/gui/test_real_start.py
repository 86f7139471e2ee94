"""The application started as ``make run`` starts it, on a real X server.

Not offscreen: the ``gcm-archive`` entry point of this environment, ``QT_QPA_PLATFORM``
unset, on an Xvfb display started here, with a fresh HOME. The window must appear, the
default archive must hold the demo articles, and Ctrl+Q must end the process with
status 0. A Qt platform plugin that cannot load (a missing system library) fails the
test with the loader's own message.

Xvfb and xdotool come from ``packaging/system-deps.sh --test`` (``make test`` runs it).
Without them the test is skipped, except under ``CI=true``, where it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

WINDOW_NAME = "GCM Archive"
START_TIMEOUT = 90.0
EXIT_TIMEOUT = 60.0


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        reason = f"{tool} not installed (sh packaging/system-deps.sh --test installs it)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A new Xvfb server on a display number it picks itself (``-displayfd``)."""
    xvfb = _need("Xvfb")
    read_end, write_end = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=log,
        stderr=log,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        assert number.isdigit(), f"Xvfb gave no display: {(tmp_path / 'xvfb.log').read_text()}"
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _fresh_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "XDG_", "GCM_ARCHIVE")) and key != "WAYLAND_DISPLAY"
    }
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir()
    runtime.chmod(0o700)
    env.update(
        HOME=str(home),
        DISPLAY=display,
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        GCM_CURATOR="tester",
    )
    return env


def _entry_point() -> str:
    script = Path(sys.executable).parent / "gcm-archive"
    assert script.exists(), f"no gcm-archive entry point beside {sys.executable}"
    return str(script)


def _find_window(xdotool: str, env: dict[str, str], app: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if app.poll() is not None:
            return ""
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", WINDOW_NAME],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.25)
    return ""


def test_app_starts_on_a_real_display_and_quits_cleanly(tmp_path: Path, display: str):
    xdotool = _need("xdotool")
    env = _fresh_env(tmp_path, display)
    out, err = tmp_path / "app.out", tmp_path / "app.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        app = subprocess.Popen([_entry_point(), "gui"], env=env, stdout=stdout, stderr=stderr)
    try:
        window = _find_window(xdotool, env, app)
        if not window:
            app.kill()
            app.wait()
            pytest.fail(
                f"no window appeared (exit status {app.returncode}); the application said:\n"
                + err.read_text(errors="replace")
            )
        default = Path(env["XDG_DATA_HOME"]) / "gcm-archive" / "archive.sqlite"
        assert default.is_file(), "the default archive was not created"
        listed = subprocess.run(
            [_entry_point(), "articles", "--json"],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert listed.returncode == 0, listed.stderr
        articles = json.loads(listed.stdout)
        assert len(articles) == 5
        assert all(a["title"] and a["source_path"] for a in articles)

        subprocess.run(
            [xdotool, "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
            env=env,
            check=True,
            timeout=30,
        )
        try:
            code = app.wait(EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail("the application did not quit on Ctrl+Q")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    errors = err.read_text(errors="replace")
    assert code == 0, errors
    assert "Traceback" not in errors, errors
    assert "QThread: Destroyed while thread is still running" not in errors, errors
