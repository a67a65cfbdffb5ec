"""Timeline geometry without widgets: lanes by room, then track, then one lane; overlaps side by side."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from companion.domain.event import Event, Room, Session, TimeStatus, Track
from companion.ui.agenda.timeline_layout import NO_LANE, build_layout

ZONE = ZoneInfo("Asia/Ashgabat")
DAY = date(2025, 5, 13)


def _session(
    sid: str, start: int | None, end: int | None, room: str | None = None, track: str | None = None
) -> Session:
    def at(hour: int | None) -> datetime | None:
        return None if hour is None else datetime(2025, 5, 13, hour, 0, tzinfo=ZONE)

    status = TimeStatus.EXACT if start is not None else TimeStatus.UNKNOWN
    return Session(sid, {"en": sid}, "panel", DAY, at(start), at(end), status, room_id=room, track_id=track)


def _event(bundled: Event, *sessions: Session) -> Event:
    rooms = {"a": Room("a", {"en": "Hall A"}), "b": Room("b", {"en": "Hall B"})}
    tracks = {"t": Track("t", {"en": "Water"})}
    return replace(bundled, sessions=sessions, rooms=rooms, tracks=tracks)


def test_rooms_make_lanes_and_overlaps_share_one(bundled_event: Event) -> None:
    sessions = (_session("x", 9, 11, "a"), _session("y", 10, 12, "a"), _session("z", 10, 11, "b"))
    layout = build_layout(_event(bundled_event, *sessions), sessions, 800)
    assert layout.lane_kind == "room" and [lane.key for lane in layout.lanes] == ["a", "b"]
    blocks = {b.session.id: b for b in layout.blocks}
    assert blocks["x"].x + blocks["x"].w <= blocks["y"].x  # side by side in Hall A
    assert blocks["z"].x >= layout.lanes[1].x
    assert blocks["y"].y > blocks["x"].y and blocks["y"].y == blocks["z"].y


def test_tracks_when_no_rooms_and_a_strip_for_untimed(bundled_event: Event) -> None:
    sessions = (_session("x", 9, 10, track="t"), _session("y", 9, 10), _session("u", None, None, track="t"))
    layout = build_layout(_event(bundled_event, *sessions), sessions, 800)
    assert layout.lane_kind == "track" and [lane.key for lane in layout.lanes] == ["t", NO_LANE]
    untimed = next(b for b in layout.blocks if b.session.id == "u")
    assert not untimed.timed and untimed.y + untimed.h <= layout.grid_top
    assert layout.untimed_count == 1


def test_one_lane_when_nothing_is_published(bundled_event: Event) -> None:
    sessions = (_session("x", 9, 10), _session("y", 11, 12))
    layout = build_layout(_event(bundled_event, *sessions), sessions, 800)
    assert [lane.key for lane in layout.lanes] == [NO_LANE]
    assert layout.lanes[0].width == 800  # stretched over the view
