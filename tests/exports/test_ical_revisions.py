"""SEQUENCE and LAST-MODIFIED move when a session changes, also for files whose data carries no revisions.

A frab file gives every session revision 0 and a data version that is not a date; the user-state database
keeps a per-session fingerprint and revision (:mod:`companion.store.revisions`) so that the second export
of a moved session supersedes the first in a calendar.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import vobject

from companion import paths
from companion.cli import main
from companion.domain.event import Event, Participation
from companion.exports.ical import ExportOptions, ExportScope, export_scope
from companion.sources import load_event
from companion.store.database import open_state
from companion.store.revisions import SessionRevisions

FRAB = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>Fahrplan 1.0 "Nexus"</version>
  <conference>
    <acronym>nexus25</acronym><title>Nexus Days</title>
    <start>2025-05-13</start><end>2025-05-14</end>
    <time_zone_name>Asia/Ashgabat</time_zone_name>
  </conference>
  <day index="1" date="2025-05-13">
    <room name="Hall A">
      <event id="moving"><date>{moving_date}</date><start>{moving_start}</start><duration>01:00</duration>
        <room>Hall A</room><title>Glacier melt</title><type>Talk</type>
        <persons><person id="1">Aigul Nurlanova</person></persons></event>
      <event id="steady"><date>2025-05-13T10:00:00+05:00</date><start>10:00</start><duration>00:45</duration>
        <room>Hall A</room><title>Water accords</title><type>Talk</type><persons/></event>
    </room>
  </day>
  <day index="2" date="2025-05-14"><room name="Hall A"/></day>
</schedule>
"""
EARLY = {"moving_date": "2025-05-13T13:30:00+05:00", "moving_start": "13:30"}  # 08:30Z
LATE = {"moving_date": "2025-05-14T03:00:00+05:00", "moving_start": "03:00"}  # 22:00Z on the 13th


def _vevents(path: Path) -> dict[str, vobject.base.Component]:
    cal = vobject.readOne(path.read_text("utf-8"))
    return {ve.uid.value.split("@")[0]: ve for ve in cal.vevent_list}


def _export(source: Path, out: Path) -> dict[str, vobject.base.Component]:
    assert main(["--event", str(source), "export-ics", "--all", "-o", str(out)]) == 0
    return _vevents(out)


def test_a_moved_session_in_a_frab_file_gets_a_higher_sequence_and_a_new_last_modified(tmp_path: Path) -> None:
    first_file = tmp_path / "v1.xml"
    first_file.write_text(FRAB.format(**EARLY), "utf-8")
    before = _export(first_file, tmp_path / "v1.ics")
    assert before["moving"].dtstart.value.astimezone(UTC) == datetime(2025, 5, 13, 8, 30, tzinfo=UTC)

    again = _export(first_file, tmp_path / "v1-again.ics")  # the same data: nothing moves
    assert (tmp_path / "v1-again.ics").read_bytes() == (tmp_path / "v1.ics").read_bytes()
    assert again["moving"].sequence.value == before["moving"].sequence.value

    moved_file = tmp_path / "v2.xml"  # a copy of the file with one session moved
    moved_file.write_text(FRAB.format(**LATE), "utf-8")
    after = _export(moved_file, tmp_path / "v2.ics")
    assert after["moving"].dtstart.value.astimezone(UTC) == datetime(2025, 5, 13, 22, 0, tzinfo=UTC)
    assert int(after["moving"].sequence.value) > int(before["moving"].sequence.value)
    assert after["moving"].last_modified.value > before["moving"].last_modified.value
    assert after["moving"].dtstamp.value > before["moving"].dtstamp.value
    # the session that did not change keeps its SEQUENCE and stamps, so calendars leave it alone
    for prop in ("sequence", "last_modified", "dtstamp"):
        assert getattr(after["steady"], prop).value == getattr(before["steady"], prop).value

    # the same database state gives the same bytes
    _export(moved_file, tmp_path / "v2-again.ics")
    assert (tmp_path / "v2-again.ics").read_bytes() == (tmp_path / "v2.ics").read_bytes()


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = open_state(paths.state_db_path())
    yield connection
    connection.close()


def _changed(event: Event, session_id: str, **changes: object) -> Event:
    return replace(
        event, sessions=tuple(replace(s, **changes) if s.id == session_id else s for s in event.sessions)
    )


def test_time_room_title_and_people_each_raise_the_revision(tmp_path: Path, conn: sqlite3.Connection) -> None:
    source = tmp_path / "v1.xml"
    source.write_text(FRAB.format(**EARLY), "utf-8")
    event = load_event(source)
    store = SessionRevisions(conn, event.id)
    t0 = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
    assert store.record(event, when=t0) == set()
    assert store.record(event, when=t0 + timedelta(hours=1)) == set()  # unchanged: nothing moves
    moving = event.session("moving")
    assert moving.start is not None and moving.end is not None
    versions = [
        _changed(event, "moving", start=moving.start + timedelta(hours=1), end=moving.end + timedelta(hours=1)),
        _changed(event, "moving", room_id=next(s.room_id for s in event.sessions if s.id == "steady") + "-x"),
        _changed(event, "moving", title={"en": "Glacier melt, revised"}),
        _changed(event, "moving", participants=(*moving.participants, Participation("2"))),
    ]
    for n, version in enumerate(versions, start=1):
        when = t0 + timedelta(days=n)
        assert store.record(version, when=when) == {"moving"}
        assert store.for_export()["moving"] == (n, when)
        assert store.for_export()["steady"] == (0, None)
        data = export_scope(version, ExportScope.everything(), ExportOptions(), store.for_export()).data
        ve = {v.uid.value.split("@")[0]: v for v in vobject.readOne(data.decode("utf-8")).vevent_list}
        assert int(ve["moving"].sequence.value) == n
        assert ve["moving"].last_modified.value == when
        assert int(ve["steady"].sequence.value) == 0


def test_the_bundled_events_own_revision_is_never_lowered(bundled_event: Event, conn: sqlite3.Connection) -> None:
    store = SessionRevisions(conn, bundled_event.id)
    store.record(bundled_event)
    revised = _changed(bundled_event, "opening-ceremony", revision=7)
    data = export_scope(revised, ExportScope.of_sessions(["opening-ceremony"]), ExportOptions(),
                        store.for_export()).data
    assert int(vobject.readOne(data.decode("utf-8")).vevent.sequence.value) == 7
