"""Opening an event, written once: load (with its report and a fallback zone), remember, compare, revise.

:meth:`EventsService.open` reads a schedule file, remembers it in the recent list (with the zone chosen for a
file that names none), stores the programme as seen now and compares it with the version seen last time
(the What changed page), and records per-session revisions (the .ics SEQUENCE and cancellations). It is
Qt-free and runs anywhere: the window runs :meth:`EventsService.open_job` on its job runner, off the GUI
thread; the command line calls :meth:`EventsService.load` and :meth:`EventsService.diff` directly.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from companion.domain.changes import ChangeSet, compare, compare_events, snapshot
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.resources import bundled_event_path
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError, JobFunction
from companion.services.state import StateConnections
from companion.sources.errors import EventFileError
from companion.sources.report import ImportReport
from companion.store.events import KnownEvent, KnownEvents, starred_session_ids
from companion.store.revisions import SessionRevisions

_log = logging.getLogger("companion.events")

RECENT_LIMIT = 10

UNEXPECTED = QT_TRANSLATE_NOOP("EventFile", "unexpected problem: {detail}")


@lru_cache(maxsize=1)
def bundled_event_id() -> str | None:
    """The id of the bundled event, read from its file without building it."""
    try:
        return str(json.loads(bundled_event_path().read_text("utf-8"))["event"]["id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True, slots=True)
class OpenedEvent:
    """An event that was opened and remembered: what the window shows and tells after opening it."""

    event: Event
    path: Path
    report: ImportReport | None
    """What the reader found (None when the event was only remembered, not read here)."""
    changes: ChangeSet
    """What changed since the version seen last time (empty the first time)."""
    seen_before: bool
    """False the first time this event is opened: there was nothing to compare with."""
    revised: frozenset[str] = frozenset()
    """Sessions whose revision moved (their calendar entries will supersede the ones exported before)."""

    def exists(self, session_id: str) -> bool:
        """True when ``session_id`` is in the programme opened (a changed row that can be shown)."""
        return session_id in self.event.sessions_by_id


@dataclass(frozen=True, slots=True)
class EventDiff:
    """Two versions of a schedule and what changed between them, the user's starred sessions first."""

    old: Event
    new: Event
    changes: ChangeSet


class EventsService:
    """Load, open (load and remember) and compare events; the recent list."""

    def __init__(self, state: StateConnections) -> None:
        self._state = state
        self._bookkeeping = threading.Lock()  # one remember at a time: each change is reported once

    # -- reading ---------------------------------------------------------------------------------------
    def load(
        self, path: Path | str, fallback_zone: str | None = None, context: JobContext | None = None
    ) -> tuple[Event, ImportReport]:
        """Read ``path``: its event and the reader's report, or :class:`EventFileError` naming file and place.

        ``fallback_zone`` is used only when the file names no zone. With ``context``, progress is reported
        and a cancel stops the read (:class:`~companion.services.jobs.JobCancelledError`). A bug in a reader
        is logged and reported as an unexpected problem with the file, never as a traceback.
        """
        from companion.sources.loader import load_event_with_report

        path = Path(path)

        def progress(done: int, total: int) -> None:
            if context is not None:
                context.check_cancelled()
                context.progress(done, total)

        try:
            return load_event_with_report(path, fallback_zone=fallback_zone, progress=progress)
        except (EventFileError, JobCancelledError):
            raise
        except Exception as exc:  # a reader bug must not take the window or the command down with it
            _log.error("reading %s failed unexpectedly", path.name, exc_info=True)
            raise EventFileError(path, "", Message(UNEXPECTED, detail=type(exc).__name__)) from exc

    def load_event(self, path: Path | str, fallback_zone: str | None = None) -> Event:
        """:meth:`load` without the report."""
        return self.load(path, fallback_zone)[0]

    # -- the recent list -------------------------------------------------------------------------------
    def _known(self) -> KnownEvents:
        return KnownEvents(self._state.get())

    def recent(self, limit: int = RECENT_LIMIT) -> list[KnownEvent]:
        """Events opened before, most recent first."""
        return self._known().recent(limit)

    def remembered_zone(self, path: Path | str) -> str | None:
        """The zone chosen the last time ``path`` was opened (None when none was chosen)."""
        earlier = self._known().by_path(path)
        return (earlier.fallback_zone or None) if earlier is not None else None

    # -- opening ---------------------------------------------------------------------------------------
    def remember(
        self,
        event: Event,
        path: Path | str,
        *,
        chosen_zone: str | None = None,
        report: ImportReport | None = None,
    ) -> OpenedEvent:
        """Put ``event`` in the recent list, compare it with the version seen last time, record revisions.

        ``chosen_zone`` is the zone the user chose for a file that names none (None keeps the one chosen
        before). The snapshot is replaced in the same transaction as it is read, so each change is reported
        once.
        """
        path = Path(path)
        with self._bookkeeping:
            conn = self._state.get()
            previous = KnownEvents(conn).remember(event, path, fallback_zone=chosen_zone)
            revised = SessionRevisions(conn, event.id).record(event, previous)
            starred = starred_session_ids(conn, event.id)
        changes = (
            compare(previous, snapshot(event), starred, event.timezone) if previous is not None else ChangeSet(())
        )
        return OpenedEvent(event, path, report, changes, previous is not None, frozenset(revised))

    def open(
        self, path: Path | str, fallback_zone: str | None = None, context: JobContext | None = None
    ) -> OpenedEvent:
        """Read ``path`` and remember it (see :meth:`load` and :meth:`remember`).

        Without ``fallback_zone``, the zone chosen the last time this file was opened is used. A cancel
        that arrives before the event is remembered leaves the recent list and the snapshot as they were.
        """
        zone = fallback_zone if fallback_zone is not None else self.remembered_zone(path)
        event, report = self.load(path, zone, context)
        if context is not None:
            context.check_cancelled()
        return self.remember(event, path, chosen_zone=fallback_zone, report=report)

    def open_job(self, path: Path | str, fallback_zone: str | None = None) -> JobFunction[OpenedEvent]:
        """:meth:`open` as a job: an unreadable file fails with ``cause`` the :class:`EventFileError`."""

        def job(context: JobContext) -> OpenedEvent:
            try:
                return self.open(path, fallback_zone, context)
            except EventFileError as exc:
                raise JobFailedError(str(exc), cause=exc) from exc

        return job

    def remember_job(self, event: Event, path: Path | str) -> JobFunction[OpenedEvent]:
        """:meth:`remember` as a job (the event the window starts with: its snapshot takes a while to store)."""
        return lambda _context: self.remember(event, path)

    # -- comparing two files ---------------------------------------------------------------------------
    def diff(self, old_path: Path | str, new_path: Path | str, fallback_zone: str | None = None) -> EventDiff:
        """Read both versions and compare them, the user's starred sessions of the newer one first.

        Raises :class:`EventFileError` for the first file that cannot be read. Stars that cannot be read
        (no usable state file) only lose the starred-first order.
        """
        old = self.load_event(old_path, fallback_zone)
        new = self.load_event(new_path, fallback_zone)
        return EventDiff(old, new, compare_events(old, new, self._starred_or_none(new.id)))

    def _starred_or_none(self, event_id: str) -> set[str]:
        from companion.store.database import StateDatabaseError

        try:
            return starred_session_ids(self._state.get(), event_id)
        except StateDatabaseError:
            return set()
