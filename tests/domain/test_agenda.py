"""Programme order and now/next."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.agenda import now_and_next, sort_sessions
from companion.domain.event import Session, TimeStatus

ASHGABAT = ZoneInfo("Asia/Ashgabat")


def _session(sid: str, day: date | None, start: str | None = None, end: str | None = None, order: int = 0) -> Session:
    return Session(
        id=sid,
        title={"en": sid},
        type_id="panel",
        day=day,
        start=datetime.fromisoformat(start).replace(tzinfo=ASHGABAT) if start else None,
        end=datetime.fromisoformat(end).replace(tzinfo=ASHGABAT) if end else None,
        time_status=TimeStatus.EXACT if start else TimeStatus.UNKNOWN,
        order=order,
    )


D13, D14 = date(2025, 5, 13), date(2025, 5, 14)
SESSIONS = [
    _session("undated", None, order=1),
    _session("late", D13, "2025-05-13T15:00", "2025-05-13T16:00"),
    _session("untimed-b", D13, order=2),
    _session("early", D13, "2025-05-13T09:00", "2025-05-13T10:00"),
    _session("untimed-a", D13, order=1),
    _session("day2", D14, "2025-05-14T09:00", "2025-05-14T10:00"),
    _session("parallel", D13, "2025-05-13T15:00", "2025-05-13T17:00"),
]


def test_order_is_day_then_time_then_untimed_then_undated() -> None:
    assert [s.id for s in sort_sessions(SESSIONS)] == [
        "early", "late", "parallel", "untimed-a", "untimed-b", "day2", "undated",
    ]


def test_now_and_next_between_sessions() -> None:
    nn = now_and_next(SESSIONS, datetime(2025, 5, 13, 11, 0, tzinfo=ASHGABAT))
    assert nn.now == ()
    assert [s.id for s in nn.next] == ["late", "parallel"]


def test_now_includes_every_running_session_and_end_is_exclusive() -> None:
    nn = now_and_next(SESSIONS, datetime(2025, 5, 13, 16, 0, tzinfo=ASHGABAT))
    assert [s.id for s in nn.now] == ["parallel"]
    assert [s.id for s in nn.next] == ["day2"]


def test_now_follows_the_instant_not_the_wall_clock_zone() -> None:
    # 04:30 UTC is 09:30 in Ashgabat: the 09:00 session is running.
    nn = now_and_next(SESSIONS, datetime(2025, 5, 13, 4, 30, tzinfo=ZoneInfo("UTC")))
    assert [s.id for s in nn.now] == ["early"]


def test_after_the_last_session_nothing_is_next() -> None:
    nn = now_and_next(SESSIONS, datetime(2025, 6, 1, tzinfo=ASHGABAT))
    assert nn.now == () and nn.next == ()


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        now_and_next(SESSIONS, datetime(2025, 5, 13, 11, 0))
