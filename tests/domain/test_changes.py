"""Comparing two versions of a programme: new, cancelled, moved, retitled, people changed; starred first."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from companion.domain.changes import ChangeKind, SessionFacts, compare, compare_events, snapshot
from companion.domain.event import Event, Participation


def _edit(event: Event, session_id: str, **changes: object) -> Event:
    sessions = tuple(replace(s, **changes) if s.id == session_id else s for s in event.sessions)  # type: ignore[arg-type]
    return replace(event, sessions=sessions)


def _drop(event: Event, session_id: str) -> Event:
    return replace(event, sessions=tuple(s for s in event.sessions if s.id != session_id))


def test_same_event_has_no_changes(bundled_event: Event) -> None:
    assert compare_events(bundled_event, bundled_event).is_empty


def test_each_kind_of_change(bundled_event: Event) -> None:
    timed = next(s for s in bundled_event.sessions if s.start is not None)
    assert timed.start is not None and timed.end is not None
    newer = _edit(bundled_event, timed.id, start=timed.start + timedelta(hours=1), end=timed.end + timedelta(hours=1))
    room_id = "hall-a"
    from companion.domain.event import Room

    newer = replace(newer, rooms={**newer.rooms, room_id: Room(room_id, {"en": "Hall A"})})
    newer = _edit(newer, "climate-finance-panel", room_id=room_id)
    newer = _edit(newer, "un-agencies-panel", title={"en": "UN agencies: a new title"})
    panel = bundled_event.session("opening-plenary")
    newer = _edit(newer, "opening-plenary", participants=panel.participants[1:])
    newer = _drop(newer, "final-session-closing")
    extra = replace(bundled_event.session("parallel-adaptation"), id="brand-new", title={"en": "A new session"})
    newer = replace(newer, sessions=(*newer.sessions, extra))

    changes = compare_events(bundled_event, newer)
    kinds = {c.session_id: c.kinds for c in changes.changes}
    assert kinds == {
        timed.id: (ChangeKind.MOVED_TIME,),
        "climate-finance-panel": (ChangeKind.MOVED_ROOM,),
        "un-agencies-panel": (ChangeKind.RETITLED,),
        "opening-plenary": (ChangeKind.PEOPLE,),
        "final-session-closing": (ChangeKind.CANCELLED,),
        "brand-new": (ChangeKind.NEW,),
    }
    assert changes.count(ChangeKind.CANCELLED) == 1
    retitled = next(c for c in changes.changes if c.session_id == "un-agencies-panel")
    assert retitled.old is not None and retitled.new is not None
    assert retitled.title == "UN agencies: a new title" and retitled.old.title != retitled.new.title


def test_starred_first_and_a_starred_cancellation_is_flagged(bundled_event: Event) -> None:
    newer = _drop(_drop(bundled_event, "final-session-closing"), "parallel-adaptation")
    newer = _edit(newer, "un-agencies-panel", title={"en": "Renamed"})
    changes = compare_events(bundled_event, newer, starred={"un-agencies-panel", "parallel-adaptation"})
    assert [c.session_id for c in changes.changes[:2]] == ["parallel-adaptation", "un-agencies-panel"]
    assert all(c.starred for c in changes.changes[:2]) and not changes.changes[2].starred
    assert [c.session_id for c in changes.starred_gone] == ["parallel-adaptation"]
    assert changes.changes[0].starred_and_gone and not changes.changes[1].starred_and_gone


def test_same_instant_in_another_zone_is_not_a_move(bundled_event: Event) -> None:
    timed = next(s for s in bundled_event.sessions if s.start is not None)
    assert timed.start is not None and timed.end is not None
    from zoneinfo import ZoneInfo

    utc = ZoneInfo("UTC")
    newer = _edit(bundled_event, timed.id, start=timed.start.astimezone(utc), end=timed.end.astimezone(utc))
    assert compare_events(bundled_event, newer).is_empty


def test_people_order_alone_is_not_a_change(bundled_event: Event) -> None:
    session = bundled_event.session("opening-plenary")
    assert len(session.participants) > 1
    newer = _edit(bundled_event, "opening-plenary", participants=tuple(reversed(session.participants)))
    assert compare_events(bundled_event, newer).is_empty
    newer = _edit(bundled_event, "opening-plenary", participants=(*session.participants, Participation("someone")))
    change = compare_events(bundled_event, newer).changes[0]
    assert change.kinds == (ChangeKind.PEOPLE,) and change.new is not None and "someone" in change.new.people


def test_snapshot_records_round_trip(bundled_event: Event) -> None:
    facts = snapshot(bundled_event)
    again = {k: SessionFacts.from_record(v.to_record()) for k, v in facts.items()}
    assert again == facts
    assert compare(again, facts).is_empty
