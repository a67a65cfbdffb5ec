"""The window's one job runner: every piece of background work goes through :class:`JobRunner`.

A job is a plain function of a :class:`~companion.services.jobs.JobContext` (the same functions the command
line runs in the foreground). The runner runs it on Qt's thread pool and hands back a :class:`JobHandle`
whose signals arrive on the GUI thread: ``progress`` while it runs, then exactly one of ``succeeded``,
``failed`` or ``cancelled``, then ``finished`` with the :class:`~companion.services.jobs.JobOutcome`. The
runner keeps each handle alive until ``finished`` has been delivered, so no result is lost to garbage
collection, and :func:`~companion.services.jobs.run_job` turns every exception into ``failed``, so no page
waits forever.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

from companion.domain.message import Message
from companion.services.jobs import JobContext, JobFunction, JobOutcome, run_job

T = TypeVar("T")


class JobHandle(QObject, Generic[T]):
    """One running job as the GUI sees it; its signals are delivered on the GUI thread."""

    progress = Signal(int, int)
    """Done so far, total (0 when not known)."""
    succeeded = Signal(object)
    """The job's value (its type is the job function's; Qt signals cannot carry a type parameter)."""
    failed = Signal(JobOutcome)
    """The :class:`JobOutcome` with the message (and, for a bug, the details)."""
    cancelled = Signal()
    finished = Signal(JobOutcome)
    """The :class:`JobOutcome`, always last, whatever the ending."""
    _delivered = Signal(JobOutcome)  # worker thread -> GUI thread
    _progressed = Signal(int, int)  # worker thread -> GUI thread, re-emitted as ``progress`` there

    def __init__(self, name: Message | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.context = JobContext(on_progress=self._report_progress)
        self.outcome: JobOutcome[T] | None = None
        self._delivered.connect(self._deliver)
        # Connected now, so progress reported before the caller connects to ``progress`` is not dropped.
        self._progressed.connect(self._relay_progress)

    def cancel(self) -> None:
        """Ask the job to stop; it ends ``cancelled`` at its next check (or ``succeeded`` if it was done)."""
        self.context.cancel()

    def is_running(self) -> bool:
        return self.outcome is None

    def post(self, outcome: JobOutcome[T]) -> None:
        """Called by the worker thread: the outcome is delivered on the handle's (GUI) thread."""
        self._delivered.emit(outcome)

    def _report_progress(self, done: int, total: int) -> None:
        self._progressed.emit(done, total)

    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _deliver(self, outcome: JobOutcome[T]) -> None:
        self.outcome = outcome
        if outcome.succeeded:
            self.succeeded.emit(outcome.value)
        elif outcome.cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(outcome)
        self.finished.emit(outcome)


class _Worker(QRunnable):
    """Runs one job function on a pool thread and posts its outcome to the handle."""

    def __init__(self, handle: JobHandle[Any], function: JobFunction[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._handle = handle
        self._function = function

    def run(self) -> None:
        outcome = run_job(self._handle.name, self._function, self._handle.context)
        self._handle.post(outcome)


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps their handles until each has finished."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: list[JobHandle[Any]] = []

    def start(self, name: Message | str, function: JobFunction[T]) -> JobHandle[T]:
        """Run ``function`` in the background; connect to the handle's signals before returning to the loop."""
        handle: JobHandle[T] = JobHandle(name)
        was_busy = self.busy()
        self._running.append(handle)
        # A method of the runner, not a lambda: the connection ends with the runner, so a job that outlives its
        # page (the window rebuilt or closed meanwhile) does not signal through a runner that is gone.
        handle.finished.connect(self._handle_finished)
        self._pool.start(_Worker(handle, function))
        if not was_busy:
            self.busy_changed.emit(True)
        return handle

    def busy(self) -> bool:
        """True while any job started here has not finished."""
        return bool(self._running)

    def running(self) -> tuple[JobHandle[Any], ...]:
        return tuple(self._running)

    def cancel_all(self) -> None:
        for handle in self._running:
            handle.cancel()

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every job has finished (closing the window, tests); False on time-out."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._running and not deadline.hasExpired():
            self._pool.waitForDone(10)
            QCoreApplication.processEvents()
        return not self._running

    def _handle_finished(self, _outcome: JobOutcome[Any]) -> None:
        handle = self.sender()
        if isinstance(handle, JobHandle):
            self._forget(handle)

    def _forget(self, handle: JobHandle[Any]) -> None:
        if handle in self._running:
            self._running.remove(handle)
            handle.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)
