"""One runner for all background work: writes on the worker, quick reads on its
reader lane, both reporting through the same hub."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool


def test_every_thread_pool_of_the_window_belongs_to_its_runner(window):
    pools = window.findChildren(QThreadPool)
    assert len(pools) == 2
    assert all(pool.parent() is window.ops for pool in pools)


def test_a_read_is_not_stuck_behind_a_long_write(window, qtbot):
    release = threading.Event()
    order: list[str] = []

    def long_write(_archive):
        release.wait(10)
        return "written"

    window.ops.submit(lambda: long_write(window.archive), on_done=order.append)
    window.ops.read(lambda archive: archive.location, on_done=lambda _r: order.append("read"))
    qtbot.waitUntil(lambda: order == ["read"], timeout=5000)
    assert window.ops.busy()  # the write is still running
    release.set()
    qtbot.waitUntil(lambda: order == ["read", "written"], timeout=5000)


def test_search_pages_are_read_through_the_runner(window, qtbot, monkeypatch):
    calls: list[str] = []
    original = window.ops.read

    def spy(fn, *args, **kwargs):
        calls.append(getattr(fn, "__name__", "?"))
        return original(fn, *args, **kwargs)

    monkeypatch.setattr(window.ops, "read", spy)
    window.search.fetch_more(window.model.list_number, None)
    window.search.refresh_choices()
    assert calls[:2] == ["page", "facet_choices"]
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
