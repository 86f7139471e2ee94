"""Check an archive and repair what is safe to repair.

Checks: database integrity (SQLite ``quick_check`` or ``integrity_check``), foreign
keys, the full-text index (its rows against the articles; with ``thorough`` also
FTS5's own ``integrity-check`` on SQLite), import batches whose summary disagrees
with their articles, orphans (originals no article uses, articles without text) and
fixity (every stored original still hashes to its sha256). The steps are in
:mod:`.check_steps`, each one scan done by the database where it can.

The steps run side by side on their own connections, as many at once as there are
cores (SQLite and hashlib let other threads run while they work), the longest
first; fixity is cut into ranges of the table. A step that the database refuses
(a damaged page, a message quoting bytes that are not UTF-8) becomes a finding with
its reason, and the other steps go on.

Repairs that lose nothing are made when asked: REINDEX of SQLite indexes, the
full-text index rebuilt or completed, batch summaries rebuilt from the articles.
A step that found something repairable is run again in a write transaction that
repairs it. Everything else is reported for a person to decide (a changed original
cannot be repaired from inside the archive: restore it from a backup).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.core.archive.session import Archive
from desktop.core.maintenance import check_steps as steps
from desktop.core.maintenance.check_steps import SAMPLE, Finding, StepContext
from desktop.core.operations.changes import ARTICLES, IMPORTS, Changes, OpResult
from desktop.core.operations.progress import Cancelled, TaskState
from desktop.db.engine import ReadOnlyArchive, error_reason, is_read_only
from desktop.db.models import Original
from desktop.i18n import N_, _

__all__ = ["CheckReport", "Finding", "check_archive", "check_summary"]

# What each step is called for people (progress, summary); the keys are stable.
STEP_LABELS = {
    "integrity": N_("database integrity"),
    "foreign_keys": N_("references between rows"),
    "search_index": N_("search index"),
    "import_batches": N_("import batches"),
    "orphans": N_("orphans"),
    "fixity": N_("fixity of the originals"),
}
WORKERS = max(1, min(4, os.cpu_count() or 1))
MMAP_BYTES = 1 << 31
READ_AHEAD_BYTES = 32 << 20  # asked of the system at a time


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    repair: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing is wrong any more (every finding was repaired)."""
        return all(f.repaired for f in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "repair": self.repair,
            "checked": self.checked,
            "findings": [asdict(f) for f in self.findings],
        }


StepFn = Callable[[Connection, StepContext], list[Finding]]


@dataclass
class _Task:
    name: str  # the step it belongs to (a key of STEP_LABELS)
    weight: int  # its share of the progress
    run: StepFn


def check_archive(
    archive: Archive,
    state: TaskState | None = None,
    *,
    repair: bool = False,
    thorough: bool = False,
) -> OpResult[CheckReport]:
    """Check ``archive``; with ``repair``, repair what is safe in one transaction per step.

    ``thorough`` runs SQLite's full ``integrity_check`` instead of ``quick_check``
    (which skips the comparison of indexes with their tables) and FTS5's own
    ``integrity-check``, which tokenizes every stored text again (minutes at a
    million articles, so not by default; the default compares the index's rows
    with the articles).
    """
    state = state or TaskState()
    if repair and archive.read_only:
        raise ReadOnlyArchive("this archive is open read-only: it can be checked, not repaired")
    report = CheckReport(repair=repair)
    tasks = _tasks(archive, thorough)
    run = _Run(archive, state, report.checked, thorough, sum(t.weight for t in tasks))
    state.progress(0, run.total, _(STEP_LABELS["integrity"]))
    found = run.all(tasks)
    if repair:
        for i, task in enumerate(tasks):  # one after the other: SQLite has one writer
            if any(f.repairable and not f.repaired for f in found[i]):
                found[i] = run.one(task, repair=True)
    report.findings = _merged([f for fs in found for f in fs])
    state.progress(run.total, run.total, "")
    repaired = any(f.repaired for f in report.findings)
    changes = Changes.of(ARTICLES, IMPORTS) if repaired else Changes()
    return OpResult(changes=changes, undo=None, value=report)


def check_summary(report: CheckReport) -> str:
    """The report in lines for people (CLI and GUI), in the interface language."""
    lines = [
        _("Checked: {articles} articles, {originals} originals, {batches} import batches").format(
            articles=report.checked.get("articles", 0),
            originals=report.checked.get("originals", 0),
            batches=report.checked.get("import_batches", 0),
        )
    ]
    for f in report.findings:
        if f.repaired:
            state = _("repaired")
        elif f.repairable:
            state = _("repairable with --repair")
        else:
            state = _("not repairable here")
        label = _(STEP_LABELS[f.check])
        sample = ", ".join(str(i) for i in f.ids[:5])
        lines.append(f"[{label}] {f.message} ({state})" + (f": {sample}" if sample else ""))
    lines.append(_("No problems found.") if report.ok else _("Problems remain."))
    return "\n".join(lines)


# ---------------------------------------------------------------- running


def _tasks(archive: Archive, thorough: bool) -> list[_Task]:
    """The steps, longest first (the pool starts them in this order)."""
    sqlite = archive.engine.dialect.name == "sqlite"
    try:
        with archive.engine.connect() as conn:
            originals = int(conn.scalar(select(func.count()).select_from(Original)) or 0)
            parts = steps.fixity_parts(conn, 2 * WORKERS)
    except Exception:  # a damaged table: its steps will say why
        originals, parts = 0, [(0, 2**63 - 1) if sqlite else None]
    unit = max(1, originals // 10)  # a table scan weighs about a tenth of the hashing
    tasks = []
    if thorough and sqlite and not is_read_only(archive.engine):
        # (FTS5 takes its integrity-check as an INSERT, which a read-only archive refuses.)
        tasks.append(_Task("search_index", 6 * unit, steps.search_fts))
    tasks.append(_Task("integrity", (4 if thorough else 2) * unit, steps.integrity))
    per_part = max(1, originals // len(parts))
    for part in parts:
        tasks.append(_Task("fixity", per_part, partial(_fixity_part, part=part)))
    tasks += [
        _Task("foreign_keys", unit, steps.foreign_keys),
        _Task("orphans", unit, steps.orphans),
        _Task("import_batches", unit, steps.import_batches),
        _Task("search_index", unit, steps.search_rows),
    ]
    return tasks


def _fixity_part(conn: Connection, ctx: StepContext, part: tuple[int, int] | None) -> list[Finding]:
    return steps.fixity(conn, ctx, part)


class _Run:
    """Steps run side by side: one progress total (``done`` only grows), one stop."""

    def __init__(
        self,
        archive: Archive,
        state: TaskState,
        checked: dict[str, int],
        thorough: bool,
        total: int,
    ) -> None:
        self.archive, self.state, self.checked, self.thorough = archive, state, checked, thorough
        self.total, self.done = total, 0
        self.lock = threading.Lock()
        self.stop = threading.Event()  # a step failed outside the database: stop the rest

    @property
    def stopping(self) -> bool:
        return self.state.cancelled or self.stop.is_set()

    def advance(self, amount: int, step: str) -> None:
        with self.lock:
            self.done = min(self.total, self.done + amount)
            self.state.progress(self.done, self.total, _(STEP_LABELS[step]))

    def all(self, tasks: list[_Task]) -> list[list[Finding]]:
        def one(task: _Task) -> list[Finding]:
            if self.stopping:
                raise Cancelled
            found = self.one(task, repair=False)
            if task.name != "fixity":  # fixity reports as it hashes
                self.advance(task.weight, task.name)
            return found

        done = threading.Event()
        path = self.archive.engine.url.database if self.archive.dialect == "sqlite" else None
        if path and Path(path).is_file():
            stop = lambda: done.is_set() or self.stopping  # noqa: E731
            threading.Thread(target=_read_ahead, args=(Path(path), stop), daemon=True).start()
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="check") as pool:
            futures = [pool.submit(one, task) for task in tasks]
            try:
                return [future.result() for future in futures]
            except BaseException:
                self.stop.set()  # the others stop at their next page or row
                raise
            finally:
                done.set()

    def one(self, task: _Task, *, repair: bool) -> list[Finding]:
        ctx = StepContext(repair=repair, thorough=self.thorough, checked=self.checked)
        ctx.advance = self.advance
        try:
            with self._connection(repair) as conn:
                return task.run(conn, ctx)
        except Cancelled:
            raise
        except Exception as exc:  # the database refused: say why, go on
            if self.stopping:
                raise Cancelled from exc
            reason = error_reason(exc)
            message = _("this check could not be completed: {reason}").format(reason=reason)
            return [Finding(task.name, f"{task.name}.failed", message)]

    @contextlib.contextmanager
    def _connection(self, repair: bool) -> Iterator[Connection]:
        """On SQLite, text that is not UTF-8 is read with replacement characters (a
        damaged file's messages quote its bytes) and a long statement stops on cancel."""
        engine = self.archive.engine
        with engine.begin() if repair else engine.connect() as conn:
            if conn.dialect.name != "sqlite":
                yield conn
                return
            raw: Any = conn.connection.driver_connection
            raw.text_factory = lambda data: data.decode("utf-8", "replace")
            raw.set_progress_handler(lambda: 1 if self.stopping else 0, 100_000)
            # Pages read through a mapping, not copied by a read() each: half the CPU
            # of a scan (SQLite maps at most 2 GB of the file).
            mapped = raw.execute("PRAGMA mmap_size").fetchone()[0]
            raw.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            try:
                yield conn
            finally:
                raw.text_factory = str
                raw.set_progress_handler(None, 0)
                raw.execute(f"PRAGMA mmap_size={int(mapped)}")


def _available_memory() -> int:
    """Memory the system can give without swapping: Linux's MemAvailable (free pages and
    the cache it can drop), else the free pages alone."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))


def _read_ahead(path: Path, stopping: Callable[[], bool]) -> None:
    """Ask the system to read the archive's file in file order, ahead of the steps.

    The steps read the file in the order of its b-trees, a page at a time: from a cold
    cache (after a reboot) that is a seek for most pages. Asked in file order and in
    large pieces, the disk streams the file and the steps find their pages in memory.
    Only where the system takes the hint (``posix_fadvise``), and only when the file
    fits in the memory available with room to spare (else it would push out the pages
    the steps are reading). Pages already in memory cost nothing."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    try:
        free = _available_memory()
        size = path.stat().st_size
        if size * 2 > free:
            return
        fd = os.open(path, os.O_RDONLY)
    except (OSError, ValueError):
        return
    try:
        for offset in range(0, size, READ_AHEAD_BYTES):
            if stopping():
                return
            advise(fd, offset, READ_AHEAD_BYTES, os.POSIX_FADV_WILLNEED)
    except OSError:
        return  # a hint: the steps read the file anyway
    finally:
        os.close(fd)


def _merged(findings: list[Finding]) -> list[Finding]:
    """Findings of one code (fixity's ranges, for one) as one finding."""
    by_code: dict[tuple[str, str], Finding] = {}
    for f in findings:
        key = (f.check, f.code)
        if key not in by_code:
            by_code[key] = f
            continue
        kept = by_code[key]
        kept.count += f.count
        kept.ids = sorted([*kept.ids, *f.ids], key=str)[:SAMPLE]
        kept.repaired = kept.repaired and f.repaired
    for f in by_code.values():
        if f.code == "fixity.mismatch":  # the message counts every range's
            f.message = steps.fixity_message(f.count)
    return list(by_code.values())
