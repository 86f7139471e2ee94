"""Reports built in a worker process, so the window never waits on ReportLab.

ReportLab's layout is pure Python and holds the GIL: in a thread it stalls the GUI
for a second at a time on a big report. Here a child process (started clean, like
the import workers of :mod:`desktop.core.extract.pool`) opens the archive itself,
builds the report and writes the file; it sends progress through a queue in one
scale that only grows, and Cancel ends it at once, whatever it is doing. The
caller gets a small :class:`ReportInfo`, not the report's data.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import tempfile
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.archive.session import Archive
from desktop.core.operations.progress import Cancelled, PhaseState, TaskState
from desktop.core.reports.build import READ_SHARE, STEPS, ReportError, build_report, format_of
from desktop.core.reports.model import Report
from desktop.core.reports.options import ReportOptions
from desktop.i18n import _

POLL_SECONDS = 0.05


@dataclass(frozen=True)
class ReportInfo:
    """What the caller of a report needs to know once the file is written."""

    path: str
    title: str
    articles: int
    sections: int
    template: str
    locale: str
    paper: str

    @classmethod
    def of(cls, report: Report, path: str) -> ReportInfo:
        return cls(
            path=path,
            title=report.title,
            articles=report.summary.total,
            sections=len(report.sections),
            template=report.options.template.value,
            locale=report.locale,
            paper=str(report.options.paper),
        )


def write_file_report(
    archive: Archive, options: ReportOptions, path: Path, fmt: str, send: Any
) -> ReportInfo:
    """Build the report and stream it into the file ``path``, reporting through ``send``."""
    sender = TaskState(on_progress=lambda done, _total, message: send(done, message))
    report = build_report(archive, options, PhaseState(sender, 0.0, READ_SHARE, STEPS))
    state = PhaseState(sender, READ_SHARE, 1.0 - READ_SHARE, STEPS)
    with path.open("wb") as out:
        if fmt == "pdf":
            from desktop.core.reports.pdf import render_pdf

            render_pdf(report, state, target=out)
        else:
            from desktop.core.reports.html_render import render_html

            out.write(render_html(report, state).encode("utf-8"))
    return ReportInfo.of(report, str(path))


def _child(
    location: str,
    curator: str,
    language: str,
    options: ReportOptions,
    path: str,
    fmt: str,
    pipe: Any,
) -> None:
    from desktop.core.archive.session import open_archive
    from desktop.i18n import set_language

    set_language(language, forced=True)

    def send(done: int, message: str) -> None:
        pipe.put(("progress", done, message))

    try:
        archive = open_archive(location, curator=curator, create=False)
        try:
            info = write_file_report(archive, options, Path(path), fmt, send)
        finally:
            archive.close()
        pipe.put(("done", info))
    except Exception as exc:  # sent to the parent, which raises it as a ReportError
        pipe.put(
            (
                "error",
                f"{type(exc).__name__}: {exc}" if not isinstance(exc, ReportError) else str(exc),
            )
        )


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def write_report_in_process(
    archive: Archive, options: ReportOptions, path: str | Path, state: TaskState | None = None
) -> ReportInfo:
    """:func:`~desktop.core.reports.build.write_report` in a worker process.

    Progress reaches ``state`` in one growing scale of :data:`STEPS` from the first
    moment; cancelling ends the worker within :data:`POLL_SECONDS` and leaves no file.
    """
    from desktop.i18n import current_language

    state = state or TaskState()
    target = Path(path).expanduser().absolute()
    fmt = format_of(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".report-{uuid.uuid4().hex[:12]}.part")
    context = _context()
    pipe = context.Queue()
    args = (archive.location, archive.curator_name, current_language(), options, str(part), fmt)
    worker = context.Process(target=_child, args=(*args, pipe), daemon=True)
    state.progress(0, STEPS, _("Starting the report"))
    worker.start()
    last = 0
    try:
        while True:
            if state.cancelled:
                raise Cancelled
            try:
                message = pipe.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not worker.is_alive():
                    raise ReportError(
                        _("The report worker stopped unexpectedly (exit code {code}).").format(
                            code=worker.exitcode
                        )
                    ) from None
                continue
            kind = message[0]
            if kind == "progress":
                last = max(last, min(int(message[1]), STEPS - 1))
                state.progress(last, STEPS, message[2])
            elif kind == "done":
                os.replace(part, target)
                state.progress(STEPS, STEPS, "")
                info: ReportInfo = message[1]
                return replace(info, path=str(target))
            else:
                raise ReportError(message[1])
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join(5)
        pipe.close()
        part.unlink(missing_ok=True)  # cancelled or failed: no half file


def make_pdf_in_process(
    archive: Archive, options: ReportOptions, state: TaskState | None = None
) -> tuple[ReportInfo, bytes]:
    """The PDF of the report built in a worker process (for preview and printing)."""
    with tempfile.TemporaryDirectory(prefix="gcm-report-") as folder:
        path = Path(folder) / "report.pdf"
        info = write_report_in_process(archive, options, path, state)
        return info, path.read_bytes()
