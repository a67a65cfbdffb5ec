"""A starred session that left the programme is exported as STATUS:CANCELLED, so calendars drop it.

It keeps its UID, gets a higher SEQUENCE than any earlier export of it, and sits at its last known time
with its last known title; a starred id whose last facts are unknown is named and left out.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
import vobject

from companion import paths
from companion.cli import main
from companion.sources import load_event
from companion.store.database import open_state
from companion.store.events import KnownEvents
from companion.store.stars import StarStore
from nexus_schedule import DROPPED, KEPT, write_schedule


def _star(*ids: str) -> None:
    conn = open_state(paths.state_db_path())
    StarStore(conn, "nexus25").add_many(ids)
    conn.close()


def _starred_export(source: Path, out: Path, *extra: str) -> dict[str, vobject.base.Component]:
    assert main(["--event", str(source), *extra, "export-ics", "--starred", "-o", str(out)]) == 0
    icalendar.Calendar.from_ical(out.read_bytes())  # the library round trip parses it too
    return {ve.uid.value: ve for ve in vobject.readOne(out.read_text("utf-8")).vevent_list}


def test_a_starred_session_that_left_the_programme_is_cancelled_at_its_last_known_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert load_event(write_schedule(tmp_path, "probe.xml", KEPT)).id == "nexus25"
    _star("dropped", "kept")
    before = _starred_export(write_schedule(tmp_path, "v1.xml", KEPT, DROPPED), tmp_path / "v1.ics")
    uid = "dropped@nexus25.companion"
    assert before[uid].status.value == "CONFIRMED"
    capsys.readouterr()

    after = _starred_export(write_schedule(tmp_path, "v2.xml", KEPT), tmp_path / "v2.ics")
    err = capsys.readouterr().err
    gone = after[uid]
    assert gone.status.value == "CANCELLED"
    assert int(gone.sequence.value) > int(before[uid].sequence.value)
    assert gone.dtstart.value.astimezone(UTC) == datetime(2025, 5, 13, 9, 0, tzinfo=UTC)  # 14:00 in Ashgabat
    assert gone.dtend.value.astimezone(UTC) == datetime(2025, 5, 13, 10, 0, tzinfo=UTC)
    assert gone.summary.value.startswith("Snow; cover, and ice")
    assert gone.last_modified.value > before[uid].last_modified.value
    assert after["kept@nexus25.companion"].status.value == "CONFIRMED"
    assert "written as cancelled: dropped" in err

    # in Russian too, and the same database state gives the same bytes
    _starred_export(write_schedule(tmp_path, "v2.xml", KEPT), tmp_path / "v2-again.ics")
    assert (tmp_path / "v2-again.ics").read_bytes() == (tmp_path / "v2.ics").read_bytes()
    ru = _starred_export(write_schedule(tmp_path, "v2.xml", KEPT), tmp_path / "v2-ru.ics", "--lang", "ru")
    assert ru[uid].summary.value == "Snow; cover, and ice (отменено)"


def test_the_last_snapshot_the_app_saw_supplies_the_last_known_time(tmp_path: Path) -> None:
    """Stars exported before revisions were kept: the snapshot of the version the user last opened."""
    first = write_schedule(tmp_path, "v1.xml", KEPT, DROPPED)
    conn = open_state(paths.state_db_path())
    KnownEvents(conn).remember(load_event(first), first)
    StarStore(conn, "nexus25").add_many(["dropped"])
    conn.close()
    after = _starred_export(write_schedule(tmp_path, "v2.xml", KEPT), tmp_path / "v2.ics")
    gone = after["dropped@nexus25.companion"]
    assert gone.status.value == "CANCELLED"
    assert int(gone.sequence.value) >= 1
    assert gone.dtstart.value.astimezone(UTC) == datetime(2025, 5, 13, 9, 0, tzinfo=UTC)


def test_a_starred_session_never_seen_is_named_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _star("kept", "ghost")
    after = _starred_export(write_schedule(tmp_path, "v1.xml", KEPT), tmp_path / "v1.ics")
    assert set(after) == {"kept@nexus25.companion"}
    err = capsys.readouterr().err
    assert "not written as cancelled: ghost" in err
