"""Calendar (.ics) export, written once for the window and ``companion export-ics``.

Choose the sessions (all, one day, some ids, the starred ones), build the file with the chosen options
(a reminder, the language, per-session revisions as SEQUENCE, starred sessions that left the programme as
cancellations), write it atomically, and say what was left out (sessions with no published date) and what
could not be cancelled. Nothing here imports Qt; the window runs :meth:`CalendarService.export_job` on its
job runner.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.exports.ical import (
    CancelledSession,
    ExportOptions,
    ExportScope,
    IcsExport,
    Revisions,
    ScopeKind,
    export_scope,
    write_ics,
)
from companion.services.jobs import JobContext, JobFailedError, JobFunction
from companion.services.stars import StarsService
from companion.services.state import StateConnections
from companion.sources.errors import system_error
from companion.store.database import StateDatabaseError
from companion.store.events import KnownEvents
from companion.store.revisions import SessionRevisions

__all__ = [
    "CalendarExport",
    "CalendarService",
    "DayNotInEventError",
    "ExportOptions",
    "ExportScope",
    "ScopeKind",
]


class DayNotInEventError(ValueError):
    """A day asked for that is not a day of the event; ``days`` are the days it has."""

    def __init__(self, day: date, days: list[date]) -> None:
        self.day = day
        self.days = days
        super().__init__(f"{day.isoformat()} is not a day of this event")


@dataclass(frozen=True, slots=True)
class History:
    """What the state file says for an export: session revisions, starred sessions to cancel, and why not."""

    revisions: Revisions | None = None
    cancelled: tuple[CancelledSession, ...] = ()
    not_cancelled: tuple[str, ...] = ()
    """Starred sessions no longer in the programme whose last known time is not stored."""
    problem: Message | str | None = None
    """Why the revisions could not be read (SEQUENCE then comes from the data only)."""


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """A built (and, once written, saved) calendar file and what went into it."""

    scope: ExportScope
    ics: IcsExport
    not_cancelled: tuple[str, ...] = ()
    """Starred sessions no longer in the programme, not written as cancelled (last known time not stored)."""
    revisions_problem: Message | str | None = None
    path: Path | None = None
    """Where the file was written (None until written, or when it went to standard output)."""

    @property
    def data(self) -> bytes:
        return self.ics.data

    @property
    def left_out(self) -> tuple[str, ...]:
        """Ids of the sessions left out because no date is published."""
        return tuple(s.id for s in self.ics.skipped)

    @property
    def is_empty(self) -> bool:
        """Nothing to put in a calendar: no dated session and no cancellation."""
        return self.ics.event_count == 0 and not self.ics.cancelled


class CalendarService:
    """Choose sessions, build and write .ics files; revisions come from (and are recorded in) the state file."""

    def __init__(self, state: StateConnections, stars: StarsService) -> None:
        self._state = state
        self._stars = stars

    # -- choosing --------------------------------------------------------------------------------------
    @staticmethod
    def days(event: Event) -> list[date]:
        """The days a day export can choose: the event's days and every published session date."""
        return sorted({d.date for d in event.days} | {s.day for s in event.sessions if s.day is not None})

    def day_scope(self, event: Event, day: date) -> ExportScope:
        """The sessions of ``day``; :class:`DayNotInEventError` when the event has no such day."""
        days = self.days(event)
        if day not in days:
            raise DayNotInEventError(day, days)
        return ExportScope.of_day(day)

    def starred_scope(self, event: Event) -> tuple[ExportScope, frozenset[str]]:
        """The starred sessions, and the starred ids the programme no longer has.

        Raises :class:`~companion.store.database.StateDatabaseError` when the stars cannot be read.
        """
        starred = self._stars.starred_ids(event.id)
        return ExportScope.of_starred(starred), starred - frozenset(event.sessions_by_id)

    # -- building and writing --------------------------------------------------------------------------
    def history(self, event: Event, scope: ExportScope) -> History:
        """Record this load's session revisions, read them back, and (starred) the sessions to cancel."""
        try:
            conn = self._state.get()
            store = SessionRevisions(conn, event.id)
            store.record(event, KnownEvents(conn).stored_snapshot(event.id))
            revisions = store.for_export()
            if scope.kind is not ScopeKind.STARRED:
                return History(revisions)
            known, unknown = store.last_known(set(scope.session_ids) - set(event.sessions_by_id))
        except StateDatabaseError as exc:
            return History(problem=exc.problem)
        except sqlite3.Error as exc:
            return History(problem=str(exc))
        cancelled = tuple(CancelledSession(r.facts, r.revision, r.changed_at) for r in known if r.facts is not None)
        return History(revisions, cancelled, tuple(unknown))

    def build(self, event: Event, scope: ExportScope, options: ExportOptions) -> CalendarExport:
        """The .ics for ``scope``; raises :class:`~companion.exports.ical.UnknownSessionsError` for unknown ids."""
        history = self.history(event, scope)
        ics = export_scope(event, scope, options, history.revisions, history.cancelled)
        return CalendarExport(scope, ics, history.not_cancelled, history.problem)

    @staticmethod
    def write(export: CalendarExport, path: Path | str) -> CalendarExport:
        """Write the file atomically (beside it, then renamed over it); raises :class:`OSError`."""
        written = write_ics(path, export.data)
        return CalendarExport(export.scope, export.ics, export.not_cancelled, export.revisions_problem, written)

    def export(
        self, event: Event, scope: ExportScope, options: ExportOptions, path: Path | str | None = None
    ) -> CalendarExport:
        """Build the file and, with ``path``, write it there (nothing is written when there is nothing to write)."""
        built = self.build(event, scope, options)
        if path is None or built.is_empty:
            return built
        return self.write(built, path)

    def export_job(
        self, event: Event, scope: ExportScope, options: ExportOptions, path: Path | str
    ) -> JobFunction[CalendarExport]:
        """:meth:`export` as a job; a file that cannot be written fails with ``cause`` the :class:`OSError`."""

        def job(context: JobContext) -> CalendarExport:
            built = self.build(event, scope, options)
            context.check_cancelled()
            try:
                return self.write(built, path)
            except OSError as exc:
                reason = Message(QT_TRANSLATE_NOOP("CommandLine", "cannot write {path}: {problem}"),
                                 path=str(path), problem=system_error(exc, writing=True))
                raise JobFailedError(reason, cause=exc) from exc

        return job
