"""A person keeps their identity when their name is corrected; "printed" in the log means printed."""

from __future__ import annotations

import sqlite3

from companion.domain.attendee import Attendee, derived_attendee_id
from companion.store.attendees import AttendeeStore
from companion.store.database import open_state
from companion.store.migrations import MIGRATIONS
from companion.store.print_log import LogKind, PrintLog


def _row(given: str, family: str, email: str | None) -> Attendee:
    return Attendee(derived_attendee_id(given, family, "Org"), given, family, "Org", "KZ", email=email)


def test_a_corrected_name_in_a_reimported_list_updates_the_same_person(state_conn: sqlite3.Connection) -> None:
    store = AttendeeStore(state_conn, "e")
    first = _row("Aida", "Serikva", "aida@example.org")
    assert store.merge([first], {first.id}).added == 1
    PrintLog(state_conn, "e").record([first.id], "a6-a4", "printer")
    fixed = _row("Aida", "Serikova", "AIDA@example.org")
    assert fixed.id != first.id  # the derived id changes with the name ...
    result = store.merge([fixed], {fixed.id})
    assert (result.added, result.updated) == (0, 1) and result.ids == (first.id,)
    (stored,) = store.all()
    assert stored.id == first.id and stored.family_name == "Serikova"  # ... but the person keeps their first id
    assert set(PrintLog(state_conn, "e").last_printed()) == {first.id}


def test_a_row_with_an_id_or_without_an_email_is_matched_by_id_only(state_conn: sqlite3.Connection) -> None:
    store = AttendeeStore(state_conn, "e")
    store.merge([Attendee("R-1", "Aida", "Serikova", email="aida@example.org")])
    other = Attendee("R-2", "Aida", "Serikova", email="aida@example.org")  # an explicit id is who it is
    assert store.merge([other]).added == 1
    no_mail = _row("Ann", "Lee", None)
    store.merge([no_mail], {no_mail.id})
    renamed = _row("Anne", "Lee", None)
    assert store.merge([renamed], {renamed.id}).added == 1  # nothing to tell it is the same person
    assert store.count() == 4


def test_the_log_tells_printed_saved_and_marked_apart(state_conn: sqlite3.Connection) -> None:
    log = PrintLog(state_conn, "e")
    log.record(["A1"], "a6-a4", "/tmp/b.pdf", kind=LogKind.SAVED)
    log.record(["A2"], "cr80", "Card printer")
    log.record(["A3"], "", "", kind=LogKind.MARKED)
    assert set(log.last_printed()) == {"A2", "A3"}
    assert log.times_printed("A1") == 0
    assert {e.kind for e in log.entries()} == set(LogKind)


def test_migration_5_calls_old_pdf_entries_saved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "state.sqlite"
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:4]:
        for statement in step.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.executemany("INSERT INTO print_log(event_id, attendee_id, printed_at, layout, output) VALUES (?,?,?,?,?)",
                     [("e", "A1", "2025-05-12T10:00:00+00:00", "a6-a4", "/home/desk/badges.PDF"),
                      ("e", "A2", "2025-05-12T11:00:00+00:00", "a6-a4", "HP LaserJet")])
    conn.commit()
    conn.close()
    migrated = open_state(path)
    assert PrintLog(migrated, "e").last_printed() == {"A2": "2025-05-12T11:00:00+00:00"}
    migrated.close()
