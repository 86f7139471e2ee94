"""Task states for tests of long work: cancel pressed after a given number of checks."""

from __future__ import annotations

from desktop.core.operations.progress import TaskState


class TripAfter(TaskState):
    """A task state whose user presses Cancel after ``steps`` checks have passed, so a
    test proves that work stops midway, not only at its first check."""

    def __init__(self, steps: int) -> None:
        super().__init__(on_progress=self._seen)
        self.steps = steps
        self.checks = 0
        self.reports: list[tuple[int, int, str]] = []

    def _seen(self, done: int, total: int, message: str) -> None:
        self.reports.append((done, total, message))

    def check(self) -> None:
        self.checks += 1
        if self.checks > self.steps:
            self.cancel()
        super().check()
