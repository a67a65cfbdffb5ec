"""The window's stars: one object that every view asks and tells, backed by the stars service."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.clock import Clock
from companion.domain.event import Event, Session
from companion.services.stars import GoneSession, StarImport, StarsService

if TYPE_CHECKING:
    from companion.domain.conflicts import Clash


class StarsController(QObject):
    """Stars of the shown event. ``changed`` carries the new set of starred ids after every change.

    ``starred_with_clashes`` is emitted when a newly starred session overlaps one already starred, so the
    window can say so at once.
    """

    changed = Signal(frozenset)
    """A frozenset of the starred session ids (of the current event)."""
    starred_with_clashes = Signal(Session, list)
    """(the Session just starred, list of :class:`Clash`)."""

    def __init__(self, stars: StarsService, event: Event, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stars = stars
        self._clock = clock
        self._event = event
        self._ids = stars.starred_ids(event.id)

    @property
    def current_event(self) -> Event:
        return self._event

    def set_event(self, event: Event) -> None:
        """Follow a new event or a data update: stars are kept by id, so they apply to the new data."""
        self._event = event
        self._reload()

    def ids(self) -> frozenset[str]:
        """Starred ids, including those the current data no longer has."""
        return self._ids

    def sessions(self) -> list[Session]:
        """The starred sessions the current data has."""
        by_id = self._event.sessions_by_id
        return [by_id[sid] for sid in self._ids if sid in by_id]

    def orphans(self) -> list[str]:
        """Starred ids that are no longer in the programme, sorted."""
        return sorted(self._ids - set(self._event.sessions_by_id))

    def gone(self) -> list[GoneSession]:
        """The orphans with the title they had when last seen (from the stored snapshot of the event)."""
        return self._stars.gone(self._event, self._ids)

    def is_starred(self, session_id: str) -> bool:
        return session_id in self._ids

    def set_starred(self, session_id: str, starred: bool) -> None:
        if starred == (session_id in self._ids):
            return
        self._stars.set_starred(self._event.id, session_id, starred, self._clock.now())
        self._reload()
        if starred:
            self._announce_clashes([session_id])

    def toggle(self, session_id: str) -> bool:
        """Star or unstar; returns True when the session is now starred."""
        now = session_id not in self._ids
        self.set_starred(session_id, now)
        return now

    def add_many(self, session_ids: Iterable[str]) -> int:
        """Star several sessions in one transaction (import); returns how many were new."""
        ids = list(session_ids)
        added = self._stars.add_many(self._event.id, ids, self._clock.now())
        self._reload()
        return added

    def import_file(self, path: Path | str) -> StarImport:
        """Star the sessions found in a calendar file Companion wrote (raises CalendarFileError)."""
        result = self._stars.import_file(path, self._event, self._clock.now())
        self._reload()
        return result

    def remove(self, session_ids: Iterable[str]) -> None:
        self._stars.remove_many(self._event.id, session_ids)
        self._reload()

    def clashes_of(self, session: Session) -> list[Clash]:
        """What ``session`` overlaps among the other starred sessions."""
        from companion.domain.conflicts import clashes_with  # asked when a star is set, not to start

        return clashes_with(session, self.sessions())

    def _announce_clashes(self, session_ids: Iterable[str]) -> None:
        for sid in session_ids:
            session = self._event.sessions_by_id.get(sid)
            if session is None:
                continue
            clashes = self.clashes_of(session)
            if clashes:
                self.starred_with_clashes.emit(session, clashes)

    def _reload(self) -> None:
        self._ids = self._stars.starred_ids(self._event.id)
        self.changed.emit(self._ids)
