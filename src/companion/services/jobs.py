"""Background work written once: a job is a plain function of a :class:`JobContext` that returns a value.

Every job ends in exactly one :class:`JobOutcome`: ``succeeded`` with its value, ``failed`` with a message
the user can read, or ``cancelled``. :func:`run_job` turns whatever the function does into that outcome, so
an unexpected exception can never leave a caller waiting: it becomes ``failed`` with a generic message, and
its traceback goes to the log (never to the message, which may be shown to anyone at a desk).

The command line calls :func:`run_job` directly on its own thread; the window runs the same functions through
``companion.ui.jobs.JobRunner`` on Qt's thread pool. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Generic, TypeVar

from companion.crash_log import safe_traceback, scrub
from companion.domain.message import QT_TRANSLATE_NOOP, Message

T = TypeVar("T")
_log = logging.getLogger("companion.jobs")

Progress = Callable[[int, int], None]
"""``progress(done, total)``; ``total`` 0 means the amount of work is not known yet."""


class JobCancelledError(Exception):
    """Raised inside a job (by :meth:`JobContext.check_cancelled`) to stop it; the outcome is ``cancelled``."""


class JobFailedError(Exception):
    """Raised inside a job to end it with ``failed`` and a message for the user."""

    def __init__(self, message: Message | str, cause: Exception | None = None) -> None:
        self.message = message
        self.cause = cause
        """The error behind the message, when the caller can say more with it (a file's name and place)."""
        super().__init__(str(message))


class JobState(Enum):
    """How a job ended."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class JobOutcome(Generic[T]):
    """The one way a job ends: its value, or why it failed (``message``; ``details`` for a bug), or cancelled."""

    state: JobState
    value: T | None = None
    message: Message | str | None = None
    details: str | None = None
    cause: Exception | None = None
    """For a failure raised as ``JobFailedError(message, cause)``: the error behind the message."""

    @property
    def succeeded(self) -> bool:
        return self.state is JobState.SUCCEEDED

    @property
    def failed(self) -> bool:
        return self.state is JobState.FAILED

    @property
    def cancelled(self) -> bool:
        return self.state is JobState.CANCELLED


@dataclass(slots=True)
class JobContext:
    """What a running job may use: report progress, and learn whether it should stop."""

    on_progress: Progress = field(default=lambda done, total: None)
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int) -> None:
        self.on_progress(done, total)

    def cancelled(self) -> bool:
        """True once the user asked to stop; long loops check it between steps."""
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        """Stop the job here (raising :class:`JobCancelledError`) when the user asked to."""
        if self.cancel_event.is_set():
            raise JobCancelledError

    def cancel(self) -> None:
        self.cancel_event.set()


JobFunction = Callable[[JobContext], T]

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Jobs", "{task} stopped because of an unexpected problem in Companion ({kind}). Nothing was changed by the "
    "part that failed; the details are in the log file.")


def run_job(name: Message | str, function: JobFunction[T], context: JobContext | None = None) -> JobOutcome[T]:
    """Run ``function`` now, on this thread, and say how it ended; never raises for the job's own errors.

    ``name`` names the task for the user (shown in the failure message, translated) and, in English, in the log.
    A function that returns has succeeded, even when a cancel came too late to stop it; one that honours
    cancellation raises :class:`JobCancelledError` (see :meth:`JobContext.check_cancelled`).
    """
    context = context or JobContext()
    try:
        value = function(context)
    except JobCancelledError:
        return JobOutcome(JobState.CANCELLED)
    except JobFailedError as exc:
        return JobOutcome(JobState.FAILED, message=exc.message, cause=exc.cause)
    except Exception as exc:  # a bug: the job must still end, and the log keeps the traceback
        details = scrub(safe_traceback(exc))  # type and frames: no message that could carry an attendee's data
        _log.error("job %r failed unexpectedly:\n%s", str(name), details)
        return JobOutcome(JobState.FAILED, message=Message(UNEXPECTED, task=name, kind=type(exc).__name__),
                          details=details)
    return JobOutcome(JobState.SUCCEEDED, value=value)
