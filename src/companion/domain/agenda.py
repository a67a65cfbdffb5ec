"""Programme rules: the order sessions are listed in, and what is on now and next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from companion.domain.event import Session
from companion.domain.event import programme_order as programme_order  # defined beside Session: Event sorts by it


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
