"""What changed between two versions of an event's programme: new, cancelled, moved, retitled, people changed.

Sessions are matched by id, so stars follow them. A compact :class:`SessionFacts` per session is all a
comparison needs; a set of them (a *snapshot*) is what the app keeps of the last version a user saw.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from companion.domain.event import Event, Session
from companion.domain.text import pick


class ChangeKind(StrEnum):
    """One way a session can differ between two versions, in the order they are listed."""

    CANCELLED = "cancelled"
    NEW = "new"
    MOVED_TIME = "moved-time"
    MOVED_ROOM = "moved-room"
    RETITLED = "retitled"
    PEOPLE = "people"


_KIND_ORDER = {kind: n for n, kind in enumerate(ChangeKind)}


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What a user would notice of a session: title, day, times, room, people (by name), time status."""

    id: str
    title: str
    day: str | None = None
    start: str | None = None
    end: str | None = None
    time_status: str = "unknown"
    room: str | None = None
    people: tuple[str, ...] = ()

    @classmethod
    def of(cls, event: Event, session: Session) -> SessionFacts:
        room = event.rooms.get(session.room_id) if session.room_id else None
        people = tuple(
            event.people[p.person_id].name if p.person_id in event.people else p.person_id
            for p in session.participants
        )
        return cls(
            id=session.id,
            title=pick(session.title),
            day=session.day.isoformat() if session.day else None,
            start=session.start.isoformat() if session.start else None,
            end=session.end.isoformat() if session.end else None,
            time_status=session.time_status.value,
            room=pick(room.name) if room else None,
            people=people,
        )

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict (the form snapshots are stored in)."""
        return {
            "id": self.id,
            "title": self.title,
            "day": self.day,
            "start": self.start,
            "end": self.end,
            "time_status": self.time_status,
            "room": self.room,
            "people": list(self.people),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> SessionFacts:
        return cls(
            id=str(record["id"]),
            title=str(record.get("title") or ""),
            day=record.get("day"),
            start=record.get("start"),
            end=record.get("end"),
            time_status=str(record.get("time_status") or "unknown"),
            room=record.get("room"),
            people=tuple(str(p) for p in record.get("people") or ()),
        )

    @property
    def start_instant(self) -> datetime | None:
        return datetime.fromisoformat(self.start) if self.start else None

    @property
    def end_instant(self) -> datetime | None:
        return datetime.fromisoformat(self.end) if self.end else None


Snapshot = Mapping[str, SessionFacts]
"""Every session of one version of an event, by session id."""


def snapshot(event: Event) -> dict[str, SessionFacts]:
    """The facts of every session of ``event``, by id."""
    return {s.id: SessionFacts.of(event, s) for s in event.sessions}


@dataclass(frozen=True, slots=True)
class SessionChange:
    """How one session differs; ``old`` is None for a new session, ``new`` None for a cancelled one."""

    session_id: str
    kinds: tuple[ChangeKind, ...]
    old: SessionFacts | None
    new: SessionFacts | None
    starred: bool = False

    @property
    def title(self) -> str:
        facts = self.new or self.old
        return facts.title if facts else self.session_id

    @property
    def starred_and_gone(self) -> bool:
        """A starred session that is no longer in the programme: the user must be told."""
        return self.starred and ChangeKind.CANCELLED in self.kinds


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Every change between two versions, starred sessions first."""

    changes: tuple[SessionChange, ...]
    rezoned: str | None = None
    """The zone the times were re-read in, when the same wall-clock times now carry another zone (a zone
    chosen for a file that names none): said once, never as every session "moved"."""

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if kind in c.kinds)

    @property
    def starred(self) -> tuple[SessionChange, ...]:
        return tuple(c for c in self.changes if c.starred)

    @property
    def starred_gone(self) -> tuple[SessionChange, ...]:
        return tuple(c for c in self.changes if c.starred_and_gone)


def _same_instant(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b


def _same_wall_time(a: datetime | None, b: datetime | None) -> bool:
    """The same clock reading (the offset aside): what a corrected zone keeps."""
    if a is None or b is None:
        return a is b
    return a.replace(tzinfo=None) == b.replace(tzinfo=None)


def rezoned(old: SessionFacts, new: SessionFacts) -> bool:
    """True when ``new`` reads the same wall-clock times as ``old`` in another zone (the instants differ)."""
    if old.start is None or new.start is None:
        return False
    same_wall = _same_wall_time(old.start_instant, new.start_instant) and _same_wall_time(
        old.end_instant, new.end_instant
    )
    return same_wall and not _same_instant(old.start_instant, new.start_instant)


def session_change_kinds(old: SessionFacts, new: SessionFacts) -> tuple[ChangeKind, ...]:
    """The ways ``new`` differs from ``old`` (the same session id)."""
    kinds: list[ChangeKind] = []
    timing_changed = not rezoned(old, new) and (
        not _same_instant(old.start_instant, new.start_instant)
        or not _same_instant(old.end_instant, new.end_instant)
        or (old.start is None and new.start is None and old.day != new.day)
    )
    if timing_changed:
        kinds.append(ChangeKind.MOVED_TIME)
    if (old.room or None) != (new.room or None):
        kinds.append(ChangeKind.MOVED_ROOM)
    if " ".join(old.title.split()) != " ".join(new.title.split()):
        kinds.append(ChangeKind.RETITLED)
    if sorted(old.people) != sorted(new.people):
        kinds.append(ChangeKind.PEOPLE)
    return tuple(kinds)


def _sort_key(change: SessionChange) -> tuple[int, int, str, str]:
    facts = change.new or change.old
    when = (facts.start or facts.day or "9999") if facts else "9999"
    first = min(_KIND_ORDER[k] for k in change.kinds)
    return (0 if change.starred else 1, first, when, change.title.casefold())


def compare(
    old: Snapshot, new: Snapshot, starred: Collection[str] = (), zone: str | None = None
) -> ChangeSet:
    """Changes from ``old`` to ``new``; sessions in ``starred`` come first, each group in a stable order.

    Sessions whose wall-clock times are the same in another zone are not moved: the times were re-read in
    ``zone`` (the new version's zone), which the change set says once (:attr:`ChangeSet.rezoned`).
    """
    starred_ids = set(starred)
    changes: list[SessionChange] = []
    zone_corrected = False
    for sid, before in old.items():
        after = new.get(sid)
        if after is None:
            changes.append(SessionChange(sid, (ChangeKind.CANCELLED,), before, None, sid in starred_ids))
            continue
        zone_corrected = zone_corrected or rezoned(before, after)
        kinds = session_change_kinds(before, after)
        if kinds:
            changes.append(SessionChange(sid, kinds, before, after, sid in starred_ids))
    for sid, after in new.items():
        if sid not in old:
            changes.append(SessionChange(sid, (ChangeKind.NEW,), None, after, sid in starred_ids))
    return ChangeSet(tuple(sorted(changes, key=_sort_key)), (zone or "UTC") if zone_corrected else None)


def compare_events(old: Event, new: Event, starred: Collection[str] = ()) -> ChangeSet:
    """Changes from one version of an event to the next."""
    return compare(snapshot(old), snapshot(new), starred, new.timezone)
