"""The Qt binding must not leak references to None/True/False (PySide6 6.12.0 did, and
the app aborted with "deallocating None" after a few thousand signals)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject, Signal
class Sender(QObject):
    fired = Signal(bool)
s = Sender()
before = (sys.getrefcount(None), sys.getrefcount(True))
for _ in range(200):
    s.fired.emit(True)
    s.setObjectName("x")
after = (sys.getrefcount(None), sys.getrefcount(True))
print(before[0] - after[0], before[1] - after[1])
for _ in range(20000):
    s.fired.emit(True)
    s.setObjectName("x")
print("alive")
"""


def test_many_signals_and_calls_do_not_leak_or_crash():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    lines = out.stdout.split()
    none_lost, true_lost = int(lines[0]), int(lines[1])
    assert none_lost < 50 and true_lost < 50
    assert lines[-1] == "alive"
