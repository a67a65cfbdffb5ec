"""Clashes between starred sessions and the free time between them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.domain.conflicts import clashes_by_session, clashes_with, day_groups, find_clashes, free_gaps
from companion.domain.event import Session, TimeStatus

ASHGABAT = ZoneInfo("Asia/Ashgabat")
D13, D14 = date(2025, 5, 13), date(2025, 5, 14)


def _s(sid: str, day: date | None, start: str | None = None, end: str | None = None,
       status: TimeStatus = TimeStatus.EXACT) -> Session:
    return Session(
        id=sid,
        title={"en": sid},
        type_id="panel",
        day=day,
        start=datetime.fromisoformat(f"{day}T{start}").replace(tzinfo=ASHGABAT) if start else None,
        end=datetime.fromisoformat(f"{day}T{end}").replace(tzinfo=ASHGABAT) if end else None,
        time_status=status if start else TimeStatus.UNKNOWN,
    )


def test_overlapping_sessions_clash_and_both_are_flagged() -> None:
    a = _s("a", D13, "10:00", "11:00")
    b = _s("b", D13, "10:30", "12:00")
    c = _s("c", D13, "12:00", "13:00")  # starts when b ends: no clash
    clashes = find_clashes([c, b, a])
    assert [(x.first.id, x.second.id) for x in clashes] == [("a", "b")]
    assert clashes[0].overlap == timedelta(minutes=30)
    flagged = clashes_by_session([a, b, c])
    assert set(flagged) == {"a", "b"}
    assert flagged["a"][0].other("a").id == "b"
    assert flagged["b"][0].other("b").id == "a"


def test_a_long_session_clashes_with_everything_inside_it() -> None:
    long = _s("long", D13, "09:00", "17:00")
    inner = [_s("x", D13, "10:00", "11:00"), _s("y", D13, "14:00", "15:00")]
    assert {(c.first.id, c.second.id) for c in find_clashes([*inner, long])} == {("long", "x"), ("long", "y")}


def test_same_clock_time_on_different_days_is_no_clash() -> None:
    assert find_clashes([_s("a", D13, "10:00", "11:00"), _s("b", D14, "10:00", "11:00")]) == []


def test_untimed_sessions_never_clash_and_indicative_clashes_say_so() -> None:
    untimed = _s("untimed", D13)
    a = _s("a", D13, "15:30", "17:00", TimeStatus.INDICATIVE)
    b = _s("b", D13, "15:30", "17:00", TimeStatus.INDICATIVE)
    clashes = find_clashes([untimed, a, b])
    assert len(clashes) == 1 and clashes[0].indicative
    exact = find_clashes([_s("x", D13, "10:00", "11:00"), _s("y", D13, "10:00", "11:00")])
    assert not exact[0].indicative


def test_clashes_with_tells_what_a_new_star_would_collide_with() -> None:
    starred = [_s("a", D13, "10:00", "11:00"), _s("b", D13, "13:00", "14:00")]
    candidate = _s("new", D13, "10:30", "13:30")
    assert sorted(c.other("new").id for c in clashes_with(candidate, starred)) == ["a", "b"]
    assert clashes_with(_s("free", D13, "11:00", "12:00"), starred) == []
    # a session already in the list does not clash with itself
    assert clashes_with(starred[0], starred) == []


def test_free_gaps_between_busy_stretches_per_day() -> None:
    sessions = [
        _s("a", D13, "09:00", "10:00"),
        _s("b", D13, "09:30", "11:00"),  # overlaps a: one busy stretch 09:00-11:00
        _s("c", D13, "12:30", "13:00"),
        _s("d", D13, "13:00", "14:00"),  # back to back with c: no gap
        _s("e", D14, "10:00", "11:00"),  # alone on its day: no gap
        _s("untimed", D13),
    ]
    gaps = free_gaps(sessions)
    assert [(g.day, g.start.strftime("%H:%M"), g.end.strftime("%H:%M")) for g in gaps] == [
        (D13, "11:00", "12:30")
    ]
    assert gaps[0].length == timedelta(minutes=90)
    assert (gaps[0].before.id, gaps[0].after.id) == ("b", "c")
    assert free_gaps(sessions, minimum=timedelta(hours=2)) == []


def test_day_groups_put_undated_last() -> None:
    groups = day_groups([_s("u", None), _s("b", D14, "10:00", "11:00"), _s("a", D13)])
    assert [d for d, _ in groups] == [D13, D14, None]
