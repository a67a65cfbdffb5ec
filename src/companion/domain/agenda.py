"""Programme rules: the order sessions are listed in, and what is on now and next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from companion.domain.event import Session

_FAR_FUTURE = datetime.max.replace(year=9000)


def programme_order(session: Session) -> tuple[date, int, datetime, int, str]:
    """Sort key: day (undated last), timed sessions by start, untimed ones after them in reported order."""
    day = session.day or date.max
    if session.start is not None:
        return (day, 0, session.start.replace(tzinfo=None), session.order, session.id)
    return (day, 1, _FAR_FUTURE, session.order, session.id)


def sort_sessions(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=programme_order)


@dataclass(frozen=True, slots=True)
class NowNext:
    """Sessions running at an instant, and the ones that start soonest after it."""

    now: tuple[Session, ...]
    next: tuple[Session, ...]


def now_and_next(sessions: Iterable[Session], instant: datetime) -> NowNext:
    """What runs at ``instant`` (an aware datetime) and what starts next (all sessions sharing that start)."""
    if instant.tzinfo is None:
        raise ValueError("now_and_next needs an aware datetime")
    running: list[Session] = []
    upcoming: list[Session] = []
    for s in sessions:
        if s.start is None or s.end is None:
            continue
        if s.start <= instant < s.end:
            running.append(s)
        elif s.start > instant:
            upcoming.append(s)
    running.sort(key=programme_order)
    if not upcoming:
        return NowNext(tuple(running), ())
    first = min(s.start for s in upcoming if s.start is not None)
    nxt = sorted((s for s in upcoming if s.start == first), key=programme_order)
    return NowNext(tuple(running), tuple(nxt))
