"""Check-in desks sharing one real PostgreSQL server: four desk processes, 500 people, 100 of them scanned at
two desks; the same through a server crash (SIGKILL) and a frozen server (SIGSTOP); one desk seeing another's
check-in at once."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from desks import EVENT, DeskFleet, prepare_event, share_out

from companion.domain.checkin import ScanRecord, VerdictKind, decide
from companion.services.container import Services
from companion.store.checkin_postgres import PostgresCheckinStore
from pg_server import PostgresServer

PEOPLE = 500
TWICE = 100
DESKS = 4


def _server_records(url: str) -> list[ScanRecord]:
    store = PostgresCheckinStore(url, operation_timeout=30)
    try:
        return store.records(EVENT)
    finally:
        store.close()


def test_four_desks_admit_each_person_once_and_flag_every_duplicate(pg_url: str, tmp_path: Path) -> None:
    codes = prepare_event(pg_url, PEOPLE)
    lists, doubled = share_out(codes, DESKS, TWICE)
    # a generous time-out: this test is about desks that see each other, not about a slow machine
    fleet = DeskFleet(f"{pg_url}?connect_timeout=30", tmp_path, lists)
    try:
        fleet.start()
        fleet.finish()
    finally:
        fleet.stop()
    said = [line for run in fleet.runs for line in run.scans()]
    assert len(said) == PEOPLE + TWICE
    admitted = Counter(line["attendee_id"] for line in said if line["verdict"] == VerdictKind.ADMITTED.value)
    duplicates = [line for line in said if line["verdict"] == VerdictKind.ALREADY_CHECKED_IN.value]
    assert set(admitted) == set(codes) and set(admitted.values()) == {1}, "exactly one admission each"
    assert sorted(line["attendee_id"] for line in duplicates) == sorted(doubled), "every duplicate flagged"
    assert all(line["earlier"] for line in duplicates), "each duplicate names the admission that counts"

    on_server = _server_records(pg_url)
    assert sorted(r.scan_id for r in on_server) == sorted(line["scan_id"] for line in said), "no scan lost"
    decision = decide(on_server)
    assert set(decision.winners) == set(codes)
    assert decision.conflicts == ()
    for run in fleet.runs:
        final = run.final()
        assert final["waiting"] == 0
        assert set(final["records"]) == {r.scan_id for r in on_server}, f"{run.name} sees every desk's scans"
        assert final["conflicts"] == []


def test_desks_carry_on_through_a_crashed_and_a_frozen_server(pg_private: PostgresServer, tmp_path: Path) -> None:
    url = pg_private.create_database("chaos")
    codes = prepare_event(url, PEOPLE)
    lists, doubled = share_out(codes, DESKS, TWICE)
    total = PEOPLE + TWICE
    # one-second time-outs; the desks pace themselves so the outages fall mid-run
    fleet = DeskFleet(f"{url}?connect_timeout=1", tmp_path, lists, pause=0.01)
    try:
        fleet.start()
        fleet.wait_scanned(total // 5)
        pg_private.kill()
        fleet.wait_scanned(total * 2 // 5, timeout=30)
        pg_private.start()
        fleet.wait_scanned(total * 3 // 5, timeout=30)
        pg_private.freeze()
        time.sleep(2.5)
        pg_private.thaw()
        fleet.finish()
    finally:
        pg_private.thaw()
        fleet.stop()
    said = [line for run in fleet.runs for line in run.scans()]
    assert len(said) == total
    assert any(line["waiting"] for line in said), "the desks went on alone while the server was down"

    on_server = _server_records(url)
    assert sorted(r.scan_id for r in on_server) == sorted(line["scan_id"] for line in said), \
        "every scan reached the server, once"
    decision = decide(on_server)
    assert set(decision.winners) == set(codes), "one winner per person"
    assert len(decision.duplicates) == TWICE

    first_at: dict[str, set[str]] = defaultdict(set)
    for run in fleet.runs:
        for line in run.scans():
            if line["verdict"] == VerdictKind.ADMITTED.value:
                first_at[line["attendee_id"]].add(run.name)
    admitted_twice = {person for person, desks in first_at.items() if len(desks) > 1}
    assert admitted_twice <= doubled
    listed = sorted(c.attendee_id for c in decision.conflicts)
    assert listed == sorted(admitted_twice), "every person admitted at two desks is a conflict, and only they"
    for run in fleet.runs:
        final = run.final()
        assert final["waiting"] == 0 and final["reachable"]
        assert set(final["records"]) == {r.scan_id for r in on_server}, f"{run.name} converged"
        assert final["conflicts"] == listed, f"{run.name} lists every conflict"


def test_a_desk_sees_another_desks_check_in_at_once(pg_url: str, tmp_path: Path) -> None:
    codes = prepare_event(pg_url, 3)
    desks = []
    for name in ("desk-a", "desk-b"):
        services = Services(tmp_path / f"{name}.sqlite3")
        services.store_url = pg_url
        services.checkin.open_desk(EVENT, desk_id=name, operator=name)
        desks.append(services)
    a, b = (s.checkin for s in desks)
    person = "a00001"
    assert a.scan(codes[person]).verdict is VerdictKind.ADMITTED
    deadline = time.monotonic() + 5
    while b.admission(person) is None and time.monotonic() < deadline:
        b.refresh()
        time.sleep(0.05)
    seen = b.admission(person)
    assert seen is not None and seen.desk_id == "desk-a"
    again = b.scan(codes[person])
    assert again.verdict is VerdictKind.ALREADY_CHECKED_IN
    assert again.earlier is not None and (again.earlier.desk_id, again.earlier.operator) == ("desk-a", "desk-a")
    assert b.counts().checked_in == 1
    for services in desks:
        services.close()


def test_command_line_desks_share_the_server(pg_url: str, tmp_path: Path, bundled_event) -> None:  # type: ignore[no-untyped-def]
    codes = prepare_event(pg_url, 3, bundled_event.id)

    def checkin(desk: str, *texts: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / desk), "--store", pg_url, "--lang", "en",
             "checkin", "--desk-id", desk, *texts], capture_output=True, text=True, timeout=60)

    first = checkin("desk-a", codes["a00000"], codes["a00001"])
    assert first.returncode == 0, first.stdout + first.stderr
    again = checkin("desk-b", codes["a00001"], codes["a00002"])
    assert again.returncode == 1, again.stdout + again.stderr
    lines = again.stdout.splitlines()
    assert len(lines) == 2 and "desk-a" in lines[0] and "desk-a" not in lines[1], again.stdout
