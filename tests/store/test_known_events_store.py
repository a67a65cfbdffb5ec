"""The recent-events list and the last snapshot seen of each event."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.changes import ChangeKind, compare, snapshot
from companion.domain.event import Event
from companion.store.database import open_state
from companion.store.events import KnownEvents, starred_session_ids


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = open_state(tmp_path / "state.sqlite3")
    yield c
    c.close()


def test_first_open_has_no_previous_snapshot_then_returns_it(conn: sqlite3.Connection, bundled_event: Event) -> None:
    known = KnownEvents(conn)
    assert known.remember(bundled_event, "/tmp/a.json") is None
    previous = known.remember(bundled_event, "/tmp/a.json")
    assert previous == snapshot(bundled_event)


def test_newer_version_compared_once(conn: sqlite3.Connection, bundled_event: Event) -> None:
    known = KnownEvents(conn)
    known.remember(bundled_event, "/tmp/a.json")
    newer = replace(bundled_event, sessions=bundled_event.sessions[1:])
    previous = known.remember(newer, "/tmp/b.json")
    assert previous is not None
    changes = compare(previous, snapshot(newer))
    assert [c.kinds for c in changes.changes] == [(ChangeKind.CANCELLED,)]
    again = known.remember(newer, "/tmp/b.json")
    assert again is not None and compare(again, snapshot(newer)).is_empty


def test_recent_list_newest_first_with_zone(conn: sqlite3.Connection, bundled_event: Event) -> None:
    known = KnownEvents(conn)
    t0 = datetime(2025, 5, 1, tzinfo=UTC)
    other = replace(bundled_event, id="other-event", short_name={"en": "Other"})
    known.remember(bundled_event, "/tmp/a.json", when=t0)
    known.remember(other, "/tmp/b.ics", fallback_zone="Europe/Berlin", when=t0 + timedelta(hours=1))
    recent = known.recent()
    assert [r.event_id for r in recent] == ["other-event", "caccc-2025"]
    assert recent[0].title == "Other" and recent[0].fallback_zone == "Europe/Berlin"
    assert known.by_path("/tmp/b.ics") is not None
    known.remember(bundled_event, "/tmp/a.json", when=t0 + timedelta(hours=2))
    assert [r.event_id for r in known.recent()] == ["caccc-2025", "other-event"]
    known.remember(other, "/tmp/b.ics", when=t0 + timedelta(hours=3))
    kept = known.get("other-event")
    assert kept is not None and kept.fallback_zone == "Europe/Berlin"  # kept when not given again
    known.forget("other-event")
    assert [r.event_id for r in known.recent()] == ["caccc-2025"]


def test_stars_are_per_event(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO stars VALUES ('a', 's1', '2025-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO stars VALUES ('b', 's2', '2025-01-01T00:00:00+00:00')")
    assert starred_session_ids(conn, "a") == {"s1"}
    assert starred_session_ids(conn, "b") == {"s2"}


def test_unreadable_snapshot_is_treated_as_none(conn: sqlite3.Connection, bundled_event: Event) -> None:
    known = KnownEvents(conn)
    known.remember(bundled_event, "/tmp/a.json")
    conn.execute("UPDATE known_events SET snapshot = '{broken'")
    assert known.stored_snapshot("caccc-2025") is None
    assert known.remember(bundled_event, "/tmp/a.json") is None
