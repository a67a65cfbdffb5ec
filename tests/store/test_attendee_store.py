"""Attendees in the state file: re-import updates by id and never duplicates; the print log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from companion.domain.attendee import Attendee, Category
from companion.sources.attendees_csv import read_attendees
from companion.store.attendees import AttendeeStore
from companion.store.database import open_state
from companion.store.print_log import PrintLog


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return open_state(tmp_path / "state.sqlite3")


def test_reimport_updates_by_id(conn: sqlite3.Connection, tmp_path: Path) -> None:
    store = AttendeeStore(conn, "ev")
    path = tmp_path / "list.csv"
    path.write_text("id,name,surname,organisation,category\nA1,Ann,Baker,Old,delegate\nA2,Bob,Stone,X,press\n",
                    encoding="utf-8")
    first = store.merge(read_attendees(path).attendees)
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    path.write_text("id,name,surname,organisation,category\nA1,Ann,Baker,New,speaker\nA2,Bob,Stone,X,press\n"
                    "A3,Cy,Moss,Y,staff\n", encoding="utf-8")
    second = store.merge(read_attendees(path).attendees)
    assert (second.added, second.updated, second.unchanged) == (1, 1, 1)
    assert store.count() == 3
    ann = store.get("A1")
    assert ann is not None and ann.organisation == "New" and ann.category is Category.SPEAKER


def test_rows_without_id_match_on_reimport(conn: sqlite3.Connection, tmp_path: Path) -> None:
    store = AttendeeStore(conn, "ev")
    path = tmp_path / "list.csv"
    path.write_text("name,surname,organisation,country\nAnn,Baker,Org,UK\n", encoding="utf-8")
    store.merge(read_attendees(path).attendees)
    path.write_text("name,surname,organisation,country\nAnn,Baker,Org,United Kingdom\n", encoding="utf-8")
    result = store.merge(read_attendees(path).attendees)
    assert (result.added, result.updated) == (0, 1)
    assert [a.delegation for a in store.all()] == ["United Kingdom"]


def test_events_are_kept_apart_and_single_edits(conn: sqlite3.Connection) -> None:
    one, other = AttendeeStore(conn, "one"), AttendeeStore(conn, "other")
    one.save(Attendee("A1", "Ann", "Baker"))
    assert other.all() == []
    PrintLog(conn, "one").record(["A1"], "a6-a4", "x.pdf")
    one.rename("A1", Attendee("B1", "Ann", "Baker-Smith"))
    assert [a.id for a in one.all()] == ["B1"]
    assert PrintLog(conn, "one").times_printed("B1") == 1
    assert one.remove("B1") and one.count() == 0


def test_print_log_latest_time(conn: sqlite3.Connection) -> None:
    from datetime import UTC, datetime

    log = PrintLog(conn, "ev")
    log.record(["A1", "A2"], "cr80", "a.pdf", when=datetime(2025, 5, 12, 20, 0, tzinfo=UTC))
    log.record(["A1"], "cr80", "b.pdf", when=datetime(2025, 5, 12, 21, 0, tzinfo=UTC))
    assert log.last_printed() == {"A1": "2025-05-12T21:00:00+00:00", "A2": "2025-05-12T20:00:00+00:00"}
    assert log.times_printed("A1") == 2
