"""Reports built in a worker process: same file, growing progress, Cancel at any moment."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest

from desktop.core.archive.session import Archive
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.core.reports import ReportError, ReportInput, ReportOptions, write_report
from desktop.core.reports.process import STEPS, make_pdf_in_process, write_report_in_process

OPTIONS = ReportOptions(locale="fr", generated=dt.date(2025, 1, 2), title="Note")


def test_worker_writes_the_same_pdf_with_growing_progress(seeded_sqlite: Archive, tmp_path: Path):
    here = tmp_path / "here.pdf"
    write_report(seeded_sqlite, OPTIONS, here)
    seen: list[tuple[int, int]] = []
    info = write_report_in_process(
        seeded_sqlite,
        OPTIONS,
        tmp_path / "there.pdf",
        TaskState(on_progress=lambda d, t, _m: seen.append((d, t))),
    )
    assert (tmp_path / "there.pdf").read_bytes() == here.read_bytes()
    assert info.articles == 5 and info.title == "Note" and info.path == str(tmp_path / "there.pdf")
    assert seen[0] == (0, STEPS) and seen[-1] == (STEPS, STEPS)
    assert {t for _d, t in seen} == {STEPS}
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert len(seen) > 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "here.pdf",
        "there.pdf",
    ]
    assert not list(tmp_path.glob(".report-*"))


def test_pdf_bytes_for_preview(seeded_sqlite: Archive):
    info, pdf = make_pdf_in_process(seeded_sqlite, OPTIONS)
    assert pdf.startswith(b"%PDF") and info.sections > 0


def test_cancel_ends_the_worker_at_once_and_leaves_no_file(seeded_sqlite: Archive, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    state = TaskState()
    started = threading.Event()
    state.on_progress = lambda _d, _t, _m: started.set()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            write_report_in_process(seeded_sqlite, OPTIONS, out / "x.pdf", state)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(10)
    cancelled_at = time.perf_counter()
    state.cancel()
    thread.join(15)
    assert not thread.is_alive() and time.perf_counter() - cancelled_at < 6
    assert outcome and isinstance(outcome[0], Cancelled)
    assert list(out.iterdir()) == []


def test_errors_in_the_worker_come_back_as_report_errors(seeded_sqlite: Archive, tmp_path: Path):
    options = ReportOptions(input=ReportInput(saved_search="no such search"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportError, match="no such search"):
        write_report_in_process(seeded_sqlite, options, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_in_thread_progress_has_one_total_and_only_grows(seeded_sqlite: Archive, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    state = TaskState(on_progress=lambda d, t, _m: seen.append((d, t)))
    write_report(seeded_sqlite, OPTIONS, tmp_path / "a.pdf", state)
    assert {t for _d, t in seen} == {STEPS} and seen[-1] == (STEPS, STEPS)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_phase_state_shares_cancellation():
    from desktop.core.operations.progress import PhaseState

    parent = TaskState()
    phase = PhaseState(parent, 0.5, 0.5)
    phase.progress(1, 2)
    assert parent.done == 750
    parent.cancel()
    with pytest.raises(Cancelled):
        phase.check()
