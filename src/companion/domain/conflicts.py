"""Clashes between sessions and the free time between them, for "My agenda".

Only sessions with a published (exact or indicative) start and end can clash; a clash in which either
side has an indicative time is itself indicative. Sessions without a clock time never clash: the app
cannot know, and says "time not published" instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from companion.domain.agenda import programme_order
from companion.domain.event import Session, TimeStatus


@dataclass(frozen=True, slots=True)
class Clash:
    """Two sessions whose times overlap from ``start`` to ``end``."""

    first: Session
    second: Session
    start: datetime
    end: datetime

    @property
    def indicative(self) -> bool:
        """True when either time is only indicative, so the clash may not be real."""
        return TimeStatus.INDICATIVE in (self.first.time_status, self.second.time_status)

    @property
    def overlap(self) -> timedelta:
        return self.end - self.start

    def other(self, session_id: str) -> Session:
        """The session this clash pairs with ``session_id``."""
        return self.second if self.first.id == session_id else self.first


@dataclass(frozen=True, slots=True)
class Gap:
    """Free time on ``day`` between two busy stretches of the agenda."""

    day: date
    start: datetime
    end: datetime
    before: Session
    after: Session

    @property
    def length(self) -> timedelta:
        return self.end - self.start


def _timed(sessions: Iterable[Session]) -> list[Session]:
    return sorted((s for s in sessions if s.start is not None and s.end is not None), key=programme_order)


def find_clashes(sessions: Iterable[Session]) -> list[Clash]:
    """Every pair of timed sessions that overlap (touching end-to-start is not a clash), in programme order."""
    timed = _timed(sessions)
    clashes: list[Clash] = []
    for i, a in enumerate(timed):
        assert a.start is not None and a.end is not None
        for b in timed[i + 1 :]:
            assert b.start is not None and b.end is not None
            if b.start >= a.end:
                break
            start = max(a.start, b.start)
            end = min(a.end, b.end)
            if start < end:
                clashes.append(Clash(a, b, start, end))
    return clashes


def clashes_by_session(sessions: Iterable[Session]) -> dict[str, list[Clash]]:
    """Each clashing session id mapped to its clashes, so both sides of a clash are flagged."""
    out: dict[str, list[Clash]] = defaultdict(list)
    for clash in find_clashes(sessions):
        out[clash.first.id].append(clash)
        out[clash.second.id].append(clash)
    return dict(out)


def clashes_with(session: Session, others: Iterable[Session]) -> list[Clash]:
    """The clashes ``session`` would have with ``others`` (itself excluded)."""
    pool = [s for s in others if s.id != session.id]
    return [c for c in find_clashes([session, *pool]) if session.id in (c.first.id, c.second.id)]


def free_gaps(sessions: Iterable[Session], minimum: timedelta = timedelta(minutes=1)) -> list[Gap]:
    """Free stretches of at least ``minimum`` between the timed sessions of each day, in time order.

    Overlapping sessions are merged into one busy stretch first, so a gap is time with nothing starred.
    """
    by_day: dict[date, list[Session]] = defaultdict(list)
    for s in _timed(sessions):
        assert s.start is not None
        by_day[s.day or s.start.date()].append(s)
    gaps: list[Gap] = []
    for day in sorted(by_day):
        busy_until: datetime | None = None
        last: Session | None = None
        for s in by_day[day]:
            assert s.start is not None and s.end is not None
            if busy_until is not None and last is not None and s.start - busy_until >= minimum:
                gaps.append(Gap(day, busy_until, s.start, last, s))
            if busy_until is None or s.end > busy_until:
                busy_until = s.end
                last = s
    return gaps


def day_groups(sessions: Sequence[Session]) -> list[tuple[date | None, list[Session]]]:
    """Sessions grouped by day in programme order; the undated group (None) comes last."""
    groups: dict[date | None, list[Session]] = defaultdict(list)
    for s in sorted(sessions, key=programme_order):
        groups[s.day].append(s)
    return sorted(groups.items(), key=lambda kv: kv[0] or date.max)
