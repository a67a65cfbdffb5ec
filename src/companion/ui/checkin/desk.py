"""What the desk does with a code, off the GUI thread: one scan at a time, in the order they came.

Codes from the scanner and the camera go through :meth:`DeskController.submit`. The same code again within
:data:`REPEAT_SECONDS` of its last sighting is the same scan (scanners that send twice, a badge held in front
of the camera) and is dropped. Each scan is :meth:`CheckinService.scan` run as a job on the window's one
runner; codes that arrive meanwhile wait in order, so the desk keeps reading while a verdict is decided and
shown. Manual admissions, undo and the counts go the same way.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from companion.services.jobs import JobContext, JobFunction, JobOutcome, run_job
from companion.ui.file_problem import translated
from companion.ui.jobs import JobRunner

REPEAT_SECONDS = 4.0
"""The same code again within this time of its last sighting is one scan."""


@dataclass(frozen=True, slots=True)
class _Work:
    what: str
    """``scan``, ``manual`` or ``undo``: which signal the result goes to."""
    function: JobFunction[Any]


class DeskController(QObject):
    """Runs the desk's service calls one after another on the job runner and reports their results."""

    result = Signal(str, object)
    """``(what, value)``: ``what`` is ``scan``, ``manual`` or ``undo``; ``value`` what the service returned."""
    failed = Signal(str)
    """A call failed: the message, in the window's language."""
    repeated = Signal(str)
    """A code seen again within :data:`REPEAT_SECONDS` was taken as the same scan (the code)."""
    idle = Signal()
    """Every queued call has ended."""

    def __init__(self, runner: JobRunner, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._queue: deque[_Work] = deque()
        self._running = False
        self._last_code = ""
        self._last_seen = -1e9

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Tell time (seconds) by ``clock`` for the repeat window (tests)."""
        self._clock = clock

    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def submit_code(self, code: str, scan: Callable[[str], object], *, inline: bool = False) -> bool:
        """Queue ``scan(code)`` unless it repeats the last code within :data:`REPEAT_SECONDS`; True if queued."""
        now = self._clock()
        if code == self._last_code and now - self._last_seen < REPEAT_SECONDS:
            self._last_seen = now  # held in front of the camera: still the same scan
            self.repeated.emit(code)
            return False
        self._last_code, self._last_seen = code, now
        self.run("scan", lambda _ctx: scan(code), inline=inline)
        return True

    def forget_last_code(self) -> None:
        """The next sighting of the last code is a new scan (after an undo, say)."""
        self._last_code = ""

    def run(self, what: str, function: Callable[[JobContext], object], *, inline: bool = False) -> None:
        """Queue ``function``; with ``inline`` and nothing queued, call it now on this thread instead.

        Inline is for calls that take well under a millisecond (a scan on this machine's own store): the hop
        to a pool thread and back would cost more than the call. A shared store's calls, which may wait for
        the network, always go to the job runner.
        """
        if inline and not self._running and not self._queue:
            work = _Work(what, function)
            self._running = True
            self._finished(work, run_job(QCoreApplication.translate("CheckinPage", "Checking a badge"), function))
            return
        self._queue.append(_Work(what, function))
        self._next()

    def _next(self) -> None:
        if self._running:
            return
        if not self._queue:
            self.idle.emit()
            return
        work = self._queue.popleft()
        self._running = True
        handle = self._runner.start(QCoreApplication.translate("CheckinPage", "Checking a badge"), work.function)
        handle.finished.connect(lambda outcome, w=work: self._finished(w, outcome))

    def _finished(self, work: _Work, outcome: JobOutcome[Any]) -> None:
        self._running = False
        if outcome.succeeded:
            self.result.emit(work.what, outcome.value)
        elif outcome.failed and outcome.message is not None:
            self.failed.emit(translated(outcome.message))
        self._next()
