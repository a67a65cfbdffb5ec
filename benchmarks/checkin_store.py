"""Check-in desks: one scan from code text to verdict with the log written, on SQLite and on PostgreSQL; and
3,000 attendees checked in by 6 desk processes sharing one PostgreSQL server.

Each figure is printed beside a floor measured in the same run on the same files and server:
- scan to verdict (``CheckinService.scan``: verify the Ed25519 code, decide, write the record; on PostgreSQL the
  desk's fallback store, so also the pull of other desks' records and the local copy): median and p95 in ms,
  floors a bare ``INSERT`` + commit into the same SQLite state file, and a bare ``INSERT`` round trip with psycopg
  (autocommit) to the same server;
- 6 desk processes (``tests/checkin_pg/desk_process.py``, each with its own data folder) checking in 3,000 people
  between them: scans per second from the start signal to the last scan; floor: 6 processes doing bare INSERTs
  (one per scan) into the same server.

The server is Debian's PostgreSQL started by ``tests/pg_server.py`` (as an ordinary user, in a temporary folder,
fsync on unless ``--no-fsync``). Prints figures; never fails.

    python benchmarks/checkin_store.py [--scans 300] [--desks 6] [--people 3000] [--no-fsync]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "checkin_pg"))


def stats(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered) * 1000:6.2f} ms, p95 {p95 * 1000:6.2f} ms"


def timed_each(fn: Callable[[int], object], count: int) -> list[float]:
    times = []
    for n in range(count):
        t0 = time.perf_counter()
        fn(n)
        times.append(time.perf_counter() - t0)
    return times


def scan_to_verdict(folder: Path, store_url: str | None, people: int, scans: int) -> list[float]:
    """``scans`` scans of distinct people by one desk (the first 10 not counted: warm-up)."""
    from desks import EVENT, make_people

    from companion.domain.checkin import VerdictKind
    from companion.services.container import Services
    from companion.store.checkin_log import SqliteCheckinStore
    from companion.store.checkin_postgres import PostgresCheckinStore

    key_rows, attendees, codes = make_people(people)
    services = Services(folder / "state.sqlite3")
    services.store_url = store_url
    seed = PostgresCheckinStore(store_url) if store_url else SqliteCheckinStore(services.state.get)
    seed.add_keys(key_rows)
    seed.replace_desk_attendees(EVENT, attendees)
    desk = services.checkin
    desk.open_desk(EVENT, desk_id="bench-desk", operator="bench")
    texts = list(codes.values())[: scans + 10]
    results: list[object] = []
    times = timed_each(lambda n: results.append(desk.scan(texts[n])), len(texts))
    assert all(getattr(r, "verdict", None) is VerdictKind.ADMITTED for r in results)
    services.close()
    seed.close()
    return times[10:]


def sqlite_floor(path: Path, count: int) -> list[float]:
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, scan_id TEXT UNIQUE, payload TEXT)")

    def one(n: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO floor (scan_id, payload) VALUES (?, ?)", (f"floor-{n}", "x" * 120))
        conn.execute("COMMIT")

    times = timed_each(one, count + 10)[10:]
    conn.close()
    return times


FLOOR_SETUP = "CREATE TABLE IF NOT EXISTS floor (id bigserial PRIMARY KEY, scan_id text UNIQUE, payload text)"


def postgres_floor(url: str, count: int) -> list[float]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(FLOOR_SETUP)
        return timed_each(lambda n: conn.execute(
            "INSERT INTO floor (scan_id, payload) VALUES (%s, %s)", (f"floor-{n}-{os.getpid()}", "x" * 120)),
            count + 10)[10:]


_FLOOR_PROCESS = """
import sys, time, psycopg
url, name, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
import os
conn = psycopg.connect(url, autocommit=True)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.005)
t0 = time.perf_counter()
for n in range(count):
    conn.execute("INSERT INTO floor (scan_id, payload) VALUES (%s, %s)", (f"{name}-{n}", "x" * 120))
print(time.perf_counter() - t0, flush=True)
"""


def postgres_floor_fleet(url: str, desks: int, people: int, folder: Path) -> float:
    """Rows per second for ``desks`` processes inserting ``people`` rows between them, one INSERT each."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(FLOOR_SETUP)
    go = folder / "floor-go"
    share = people // desks
    processes = [subprocess.Popen([sys.executable, "-c", _FLOOR_PROCESS, url, f"p{d}", str(share), str(go)],
                                  stdout=subprocess.PIPE, text=True) for d in range(desks)]
    for p in processes:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    go.touch()
    elapsed = []
    for p in processes:
        out, _ = p.communicate()
        elapsed.append(float(out.strip().splitlines()[-1]))
    return share * desks / max(elapsed)


def fleet(url: str, desks: int, people: int, folder: Path) -> tuple[float, int]:
    """Scans per second for ``desks`` desk processes checking in ``people`` (each once); and the records stored."""
    from desks import EVENT, DeskFleet, prepare_event, share_out

    from companion.store.checkin_postgres import PostgresCheckinStore

    codes = prepare_event(url, people)
    lists, _ = share_out(codes, desks, 0)
    run = DeskFleet(f"{url}?connect_timeout=30", folder, lists)
    try:
        run.start()
        run.finish(timeout=600)
    finally:
        run.stop()
    elapsed = max(r.final()["elapsed"] for r in run.runs)
    store = PostgresCheckinStore(url, operation_timeout=60)
    stored = len(store.records(EVENT))
    store.close()
    return sum(len(r.scans()) for r in run.runs) / elapsed, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--desks", type=int, default=6)
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--no-fsync", action="store_true")
    args = parser.parse_args()

    from pg_server import PostgresServer, ServerUnavailableError

    with tempfile.TemporaryDirectory(prefix="checkin-bench-") as tmp:
        folder = Path(tmp)
        os.environ["COMPANION_DATA_DIR"] = str(folder / "bench-data")
        print(f"one scan to verdict, log written ({args.scans} scans, distinct people):")
        (folder / "a").mkdir()
        print(f"  SQLite      {stats(scan_to_verdict(folder / 'a', None, args.scans + 10, args.scans))}")
        print(f"    floor: bare sqlite INSERT + commit (WAL, synchronous=NORMAL)  "
              f"{stats(sqlite_floor(folder / 'a' / 'state.sqlite3', args.scans))}")
        try:
            server = PostgresServer.create(fsync=not args.no_fsync)
            server.start()
        except ServerUnavailableError as exc:
            print(f"PostgreSQL skipped: {exc}")
            return
        try:
            print(f"PostgreSQL {server.bindir.parent.name} on 127.0.0.1 (fsync {'off' if args.no_fsync else 'on'}):")
            url = server.create_database("bench_scan")
            (folder / "b").mkdir()
            print(f"  PostgreSQL  {stats(scan_to_verdict(folder / 'b', url, args.scans + 10, args.scans))}")
            print(f"    floor: bare psycopg INSERT round trip (autocommit)           "
                  f"{stats(postgres_floor(url, args.scans))}")
            url = server.create_database("bench_fleet")
            (folder / "c").mkdir()
            rate, stored = fleet(url, args.desks, args.people, folder / "c")
            print(f"{args.people} attendees, {args.desks} desk processes, one PostgreSQL: {rate:7.0f} scans/s"
                  f" ({stored} records stored)")
            floor = postgres_floor_fleet(server.create_database("bench_floor"), args.desks, args.people, folder)
            print(f"    floor: {args.desks} processes, bare INSERT per scan:            {floor:7.0f} rows/s")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
