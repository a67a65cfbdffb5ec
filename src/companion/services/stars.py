"""Stars ("My agenda"): star, unstar, list and import the starred sessions of an event, written once.

The window's stars controller, ``companion import-stars`` and the calendar export all go through
:class:`StarsService`; it wraps :class:`companion.store.stars.StarStore` and
:class:`companion.store.events.KnownEvents` on the calling thread's connection to the state file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.domain.event import Event
from companion.services.state import StateConnections
from companion.store.events import GoneSession, KnownEvents
from companion.store.stars import StarStore

__all__ = ["GoneSession", "StarImport", "StarsService"]


@dataclass(frozen=True, slots=True)
class StarImport:
    """What importing stars from a calendar file did."""

    path: Path
    session_ids: tuple[str, ...]
    """Sessions of this event found in the file (all starred now)."""
    added: int
    """How many of them were not starred before."""
    unknown_ids: tuple[str, ...] = ()
    """This event's sessions named by the file that the current programme does not have (not starred)."""
    other_events: tuple[str, ...] = ()
    """Other events whose sessions the file holds (skipped)."""
    foreign_count: int = 0
    """Calendar entries not written by Companion (ignored)."""

    @property
    def already(self) -> int:
        """Sessions found that were starred already."""
        return len(self.session_ids) - self.added


class StarsService:
    """The stars of every event, keyed by (event id, session id); stars of one event never touch another's."""

    def __init__(self, state: StateConnections) -> None:
        self._state = state

    def _store(self, event_id: str) -> StarStore:
        return StarStore(self._state.get(), event_id)

    def starred_ids(self, event_id: str) -> frozenset[str]:
        """Every starred id of ``event_id``, including those its current programme no longer has."""
        return frozenset(self._store(event_id).starred_ids())

    def is_starred(self, event_id: str, session_id: str) -> bool:
        return self._store(event_id).is_starred(session_id)

    def star(self, event_id: str, session_id: str, when: datetime | None = None) -> None:
        self._store(event_id).star(session_id, when)

    def unstar(self, event_id: str, session_id: str) -> None:
        self._store(event_id).unstar(session_id)

    def set_starred(self, event_id: str, session_id: str, starred: bool, when: datetime | None = None) -> None:
        if starred:
            self.star(event_id, session_id, when)
        else:
            self.unstar(event_id, session_id)

    def toggle(self, event_id: str, session_id: str, when: datetime | None = None) -> bool:
        """Flip one star; True when the session is now starred."""
        return self._store(event_id).toggle(session_id, when)

    def add_many(self, event_id: str, session_ids: Iterable[str], when: datetime | None = None) -> int:
        """Star every id in one transaction; returns how many were new."""
        return self._store(event_id).add_many(session_ids, when)

    def remove_many(self, event_id: str, session_ids: Iterable[str]) -> int:
        """Unstar every id in one transaction; returns how many were starred."""
        return self._store(event_id).remove_many(session_ids)

    def orphans(self, event: Event) -> frozenset[str]:
        """Starred ids that ``event``'s programme no longer has (kept, in case the session returns)."""
        return frozenset(self._store(event.id).orphans(event.sessions_by_id))

    def gone(self, event: Event, starred: Iterable[str] | None = None) -> list[GoneSession]:
        """The starred sessions ``event`` no longer has, sorted by id, each with its title as last seen."""
        ids = set(starred) if starred is not None else set(self.starred_ids(event.id))
        return KnownEvents(self._state.get()).gone_sessions(event, ids)

    def import_file(self, path: Path | str, event: Event, when: datetime | None = None) -> StarImport:
        """Star the sessions of ``event`` found in a calendar file Companion wrote; stars already there stay.

        Raises :class:`companion.sources.errors.CalendarFileError` when the file cannot be read (nothing
        changes then). Sessions the file names that the programme lacks are reported, not starred.
        """
        from companion.sources.ical_stars import read_stars

        found = read_stars(path, event)
        added = self.add_many(event.id, found.session_ids, when) if found.session_ids else 0
        return StarImport(
            Path(path), found.session_ids, added, found.unknown_ids, found.other_events, found.foreign_count
        )
