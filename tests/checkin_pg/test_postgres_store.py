"""The check-in store on a real PostgreSQL server, and the fallback a desk uses when that server is unreachable."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from companion.domain.checkin import (
    AttendeeFacts,
    Hlc,
    KnownKey,
    Revocation,
    ScanKind,
    ScanRecord,
    VerdictKind,
    decide,
)
from companion.services.state import StateConnections
from companion.store.checkin_log import CheckinStore, SqliteCheckinStore
from companion.store.checkin_postgres import (
    SCHEMA,
    FallbackCheckinStore,
    PostgresCheckinStore,
    SharedStoreError,
    open_shared_store,
    shown_address,
)
from pg_server import PostgresServer

EVENT = "caccc-2025"
_clock = iter(range(1, 10**9))
NOW = datetime(2025, 5, 13, 8, 30, 15, 250000, tzinfo=UTC)


def scan(desk: str, attendee: str, verdict: VerdictKind = VerdictKind.ADMITTED, *, scan_id: str = "",
         nonce: str = "", kind: ScanKind = ScanKind.SCAN, undoes: str = "") -> ScanRecord:
    return ScanRecord(scan_id or f"{desk}:{secrets.token_hex(6)}", desk, nonce or secrets.token_hex(6), EVENT,
                      attendee, 1, kind, verdict, Hlc(1_747_112_400_000 + next(_clock)), NOW,
                      "op", "", undoes)


@pytest.fixture
def store(pg_url: str) -> Iterator[PostgresCheckinStore]:
    s = PostgresCheckinStore(pg_url)
    yield s
    s.close()


@pytest.fixture
def local_store(tmp_path: Path) -> Iterator[SqliteCheckinStore]:
    state = StateConnections(tmp_path / "desk.sqlite3")
    yield SqliteCheckinStore(state.get)
    state.close_all()


def test_is_a_checkin_store_and_creates_its_versioned_schema_once(pg_url: str) -> None:
    first, second = PostgresCheckinStore(pg_url), PostgresCheckinStore(pg_url)
    assert isinstance(first, CheckinStore)
    assert first.records(EVENT) == [] and second.records(EVENT) == []
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version FROM checkin_schema ORDER BY version").fetchall() == [
            (n,) for n in range(1, len(SCHEMA) + 1)]
    first.close()
    second.close()


def test_refuses_a_server_with_a_newer_schema(pg_url: str) -> None:
    PostgresCheckinStore(pg_url).records(EVENT)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO checkin_schema VALUES (%s)", (len(SCHEMA) + 1,))
    with pytest.raises(SharedStoreError, match="newer Companion"):
        PostgresCheckinStore(pg_url).records(EVENT)


def test_a_resent_record_never_counts_twice(store: PostgresCheckinStore) -> None:
    record = scan("desk-a", "p1")
    assert store.append([record]) == 1
    assert store.append([record]) == 0
    same_nonce = scan("desk-a", "p1", scan_id="desk-a:other", nonce=record.nonce)
    assert store.append([same_nonce]) == 0
    assert store.records(EVENT) == [record]


def test_records_since_hands_out_each_record_once(store: PostgresCheckinStore) -> None:
    a, b, c = scan("desk-a", "p1"), scan("desk-b", "p2"), scan("desk-a", "p3")
    store.append([a, b])
    first, cursor = store.records_since(EVENT, 0)
    assert first == [a, b]
    store.append([c])
    again, cursor = store.records_since(EVENT, cursor)
    assert again == [c]
    assert store.records_since(EVENT, cursor) == ([], cursor)


def test_second_admission_of_a_person_is_stored_as_a_duplicate(store: PostgresCheckinStore) -> None:
    first = scan("desk-a", "p1")
    assert store.append_admission(first) is None
    second = scan("desk-b", "p1")
    assert store.append_admission(second) == first
    manual = scan("desk-c", "p1", kind=ScanKind.MANUAL)
    assert store.append_admission(manual) == first
    stored = {r.scan_id: r for r in store.records(EVENT)}
    assert stored[second.scan_id].verdict is VerdictKind.ALREADY_CHECKED_IN
    assert manual.scan_id not in stored, "a manual admission of someone admitted is not logged"
    for undone in (first, second):
        store.append([scan(undone.desk_id, "p1", VerdictKind.UNDONE, kind=ScanKind.UNDO, undoes=undone.scan_id)])
    third = scan("desk-c", "p1")
    assert store.append_admission(third) is None, "once both are undone, the person may be admitted again"


def test_keys_revocations_and_desk_list_are_shared(store: PostgresCheckinStore) -> None:
    key = KnownKey(EVENT, "0a1b2c3d", bytes(range(32)), "2025-05-13T08:00:00+00:00")
    assert store.add_keys([key, key]) == 1
    assert store.known_keys(EVENT) == [key]
    revoked = Revocation(EVENT, "p1", 1, "lost", "2025-05-13T08:00:00+00:00")
    assert store.add_revocations([revoked]) == 1
    assert store.add_revocations([revoked]) == 0
    assert store.revocations(EVENT) == [revoked]
    people = [AttendeeFacts("p1", "Aigerim", "Bekova", "UNDP", "KZ", "delegate"),
              AttendeeFacts("p2", "Çary", "Şyhmuradow", "", "TM", "speaker")]
    store.replace_desk_attendees(EVENT, people)
    store.replace_desk_attendees(EVENT, people[1:])
    assert store.desk_attendees(EVENT) == people[1:]
    store.append([scan("desk-a", "p2")])
    store.erase(EVENT)
    assert (store.records(EVENT), store.known_keys(EVENT), store.revocations(EVENT), store.desk_attendees(EVENT)) \
        == ([], [], [], [])


def test_password_is_never_shown() -> None:
    assert shown_address("postgresql://desk:s3cret@10.0.0.5:5432/checkin") == "postgresql://desk@10.0.0.5:5432/checkin"
    assert shown_address("postgresql://10.0.0.5/checkin") == "postgresql://10.0.0.5/checkin"


def test_unreachable_server_is_reported_after_a_short_time(local_store: SqliteCheckinStore) -> None:
    from pg_server import free_port

    store = open_shared_store(f"postgresql://postgres@127.0.0.1:{free_port()}/none", local_store)
    record = scan("desk-a", "p1")
    assert store.append_admission(record) is None, "the desk admits on its own"
    status = store.status()
    assert (status.shared, status.reachable, status.waiting) == (True, False, 1)
    assert store.records(EVENT) == [record]
    store.close()


def test_desk_carries_on_alone_and_sends_what_waited_when_the_server_is_back(
        pg_private: PostgresServer, tmp_path: Path) -> None:
    url = pg_private.create_database("desks")
    states = [StateConnections(tmp_path / f"{name}.sqlite3") for name in ("a", "b")]
    desk_a = open_shared_store(url, SqliteCheckinStore(states[0].get), retry_after=0.2, operation_timeout=1.0)
    desk_b = open_shared_store(url, SqliteCheckinStore(states[1].get), retry_after=0.2, operation_timeout=1.0)
    assert isinstance(desk_a, FallbackCheckinStore)
    before = scan("desk-a", "p0")
    assert desk_a.append_admission(before) is None
    assert [r.scan_id for r in desk_b.records(EVENT)] == [before.scan_id], "desk b sees desk a's check-in"

    pg_private.kill()
    offline = [scan("desk-a", f"p{n}") for n in range(1, 4)]
    for record in offline:
        assert desk_a.append_admission(record) is None
    assert desk_a.append_admission(scan("desk-a", "p0")) == before, "what the desk last pulled still counts"
    b_offline = scan("desk-b", "p1")
    assert desk_b.append_admission(b_offline) is None, "desk b cannot know: it admits too (a conflict later)"
    assert desk_a.status().waiting == 4 and not desk_a.status().reachable

    pg_private.start()
    deadline = 50
    while (desk_a.status().waiting or desk_b.status().waiting) and deadline:
        desk_a.records(EVENT), desk_b.records(EVENT)
        deadline -= 1
        time.sleep(0.1)
    assert desk_a.status().waiting == 0 and desk_b.status().waiting == 0
    server = PostgresCheckinStore(url)
    on_server = server.records(EVENT)
    assert len(on_server) == 6, "every scan reached the server, once"
    decision = decide(on_server)
    assert sorted(decision.winners) == ["p0", "p1", "p2", "p3"]
    assert [c.attendee_id for c in decision.conflicts] == ["p1"]
    for desk in (desk_a, desk_b):
        assert {r.scan_id for r in desk.records(EVENT)} == {r.scan_id for r in on_server}
        desk.close()
    server.close()
    for state in states:
        state.close_all()


def test_scans_made_offline_before_a_restart_reach_the_server(pg_private: PostgresServer, tmp_path: Path) -> None:
    url = pg_private.create_database("restart")
    state = StateConnections(tmp_path / "desk.sqlite3")
    pg_private.kill()
    desk = open_shared_store(url, SqliteCheckinStore(state.get), operation_timeout=1.0)
    made = [scan("desk-a", f"p{n}") for n in range(3)]
    for record in made:
        desk.append_admission(record)
    assert desk.status().waiting == 3
    desk.close()  # the desk is shut down while the server is still away
    pg_private.start()
    again = open_shared_store(url, SqliteCheckinStore(state.get), operation_timeout=1.0)
    assert {r.scan_id for r in again.records(EVENT)} == {r.scan_id for r in made}
    assert again.status().waiting == 0
    assert {r.scan_id for r in PostgresCheckinStore(url).records(EVENT)} == {r.scan_id for r in made}
    again.close()
    state.close_all()


def test_erasing_while_the_server_is_away_says_so_in_words(pg_private: PostgresServer, tmp_path: Path) -> None:
    from companion.services.checkin import CheckinError
    from companion.services.container import Services

    url = pg_private.create_database("erase")
    services = Services(tmp_path / "desk.sqlite3")
    services.store_url = f"{url}?connect_timeout=1"
    desk = services.checkin
    desk.open_desk(EVENT, desk_id="desk-a")
    pg_private.kill()
    with pytest.raises(CheckinError) as raised:
        desk.erase()
    assert "check-in server" in str(raised.value.reason)
    services.close()
