"""Badge rendering off the GUI thread: a QRunnable that reports progress and can be cancelled."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QObject, QRunnable, Signal

from companion.domain.attendee import Attendee
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
from companion.sources.errors import system_error


@dataclass(frozen=True, slots=True)
class RenderRequest:
    """Everything one run needs, fixed when it starts."""

    output: Path
    heading: EventHeading
    attendees: tuple[Attendee, ...]
    key: Ed25519PrivateKey
    options: BadgeOptions


class RenderSignals(QObject):
    """Signals of one :class:`RenderJob` (a QRunnable cannot carry signals itself)."""

    progress = Signal(int, int)
    """Badges drawn so far, badges in the run."""
    finished = Signal(object)
    """The :class:`BadgeReport` (``cancelled`` set when stopped)."""
    failed = Signal(object)
    """Why the PDF could not be written: a :class:`Message` (or library text), shown translated by the page."""


class RenderJob(QRunnable):
    """Writes one badge PDF in a pool thread."""

    def __init__(self, request: RenderRequest) -> None:
        super().__init__()
        self.request = request
        self.signals = RenderSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        r = self.request
        try:
            report = render_badges(r.output, r.heading, r.attendees, r.key, r.options,
                                   progress=self.signals.progress.emit, cancelled=self._cancel.is_set)
        except OSError as exc:
            why = system_error(exc, writing=True)
            self.signals.failed.emit(Message(QT_TRANSLATE_NOOP("Badges", "cannot write {file}: {problem}"),
                                             file=str(exc.filename or r.output), problem=why))
            return
        except ValueError as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(report)
