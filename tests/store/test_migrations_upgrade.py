"""A user-state file from any earlier Companion opens in this one with its data intact and the current schema.

For every earlier ``user_version`` N a file is built the way that version left it (migrations 1..N applied,
rows in the tables that existed then: settings, stars, attendees, the print log, check-ins, known events with
their snapshot, session revisions), then opened with ``open_state``. One file at version 1 is committed
(``tests/data/state-v1.sqlite3``, see ``tests/data/make_state_v1.py``) so that the check also runs against
bytes written before any later change to the migrations.
"""

from __future__ import annotations

import runpy
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.attendee import Attendee, Category
from companion.domain.checkin import AttendeeFacts, Hlc, KnownKey, ScanKind, ScanRecord, VerdictKind
from companion.domain.event import Event
from companion.store.attendees import AttendeeStore
from companion.store.checkin_log import SqliteCheckinStore
from companion.store.database import open_state, schema_version
from companion.store.events import KnownEvents
from companion.store.migrations import MIGRATIONS
from companion.store.print_log import LogKind, PrintLog
from companion.store.revisions import SessionRevisions
from companion.store.settings import Settings
from companion.store.stars import StarStore
from companion.store.subscriptions import Subscriptions

DATA = Path(__file__).resolve().parents[1] / "data"
V1_FILE = DATA / "state-v1.sqlite3"
WHEN = datetime(2025, 5, 1, 8, 0, tzinfo=UTC)
STARRED = ["opening-plenary", "climate-finance-panel"]
ANN = Attendee("R-1", "Ann", "Lee", "Ministry of Ecology", "Qazaqstan", Category.SPEAKER, "ann@example.org")


def _scan(event_id: str, scan_id: str) -> ScanRecord:
    return ScanRecord(scan_id, "desk-a", "n-" + scan_id, event_id, ANN.id, 1, ScanKind.SCAN, VerdictKind.ADMITTED,
                      Hlc(1746000000000, 0), WHEN)


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(str(r[0]) for r in rows)


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    """Tables with their columns (name, type, not null, default, key) and the indexes: what the code relies on."""
    out: dict[str, object] = {}
    for table in _tables(conn):
        out[table] = [tuple(c[1:]) for c in conn.execute(f"PRAGMA table_info({table})")]
    indexes = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    out["indexes"] = sorted((str(n), str(t), " ".join(str(s).split())) for n, t, s in indexes)
    return out


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    return sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, bundled_event: Event) -> dict[str, list[dict[str, object]]]:
    """Rows as the current code writes them, table by table (each row as column -> value)."""
    conn = open_state(tmp_path_factory.mktemp("reference") / "state.sqlite3")
    settings = Settings(conn)
    settings.set("language", "ru")
    settings.set("agenda/view", "timeline")
    StarStore(conn, bundled_event.id).add_many(STARRED, when=WHEN)
    AttendeeStore(conn, bundled_event.id).merge([ANN])
    PrintLog(conn, bundled_event.id).record([ANN.id], "cr80", "/tmp/badges.pdf", when=WHEN)
    conn.execute(
        "INSERT INTO checkins(event_id, attendee_id, checked_in_at) VALUES (?, ?, ?)",
        (bundled_event.id, ANN.id, WHEN.isoformat()),
    )
    KnownEvents(conn).remember(bundled_event, "/tmp/caccc2025.json", fallback_zone="Asia/Ashgabat", when=WHEN)
    SessionRevisions(conn, bundled_event.id).record(bundled_event, when=WHEN)
    Subscriptions(conn).add("https://example.org/schedule.xml", "schedule-0123")
    desk = SqliteCheckinStore(lambda: conn)
    desk.append([_scan(bundled_event.id, "desk-a:1")])
    desk.add_keys([KnownKey(bundled_event.id, "0a1b2c3d", bytes(32), WHEN.isoformat())])
    desk.reissue(bundled_event.id, ANN.id, "lost")
    desk.replace_desk_attendees(bundled_event.id, [AttendeeFacts(ANN.id, "Ann", "Lee", "Ministry", "Qazaqstan",
                                                                 "speaker")])
    desk.remember_package(bundled_event.id, "/media/usb/desk.json", ["0A1B 2C3D"])
    out: dict[str, list[dict[str, object]]] = {}
    for table in _tables(conn):
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    conn.close()
    assert all(out.values()), {t: len(r) for t, r in out.items()}  # every table has something to carry over
    return out


def _build_at(path: Path, version: int, written: dict[str, list[dict[str, object]]]) -> None:
    """A state file as version ``version`` left it: its migrations, and the rows of the tables it had."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            conn.executescript(step)
        conn.execute(f"PRAGMA user_version = {version}")
        for table in _tables(conn):
            columns = [str(c[1]) for c in conn.execute(f"PRAGMA table_info({table})")]
            for row in written[table]:
                kept = [c for c in columns if c in row]
                marks = ", ".join("?" for _ in kept)
                conn.execute(f"INSERT INTO {table}({', '.join(kept)}) VALUES ({marks})", [row[c] for c in kept])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def current_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    conn = open_state(tmp_path_factory.mktemp("fresh") / "state.sqlite3")
    try:
        return _schema(conn)
    finally:
        conn.close()


def test_there_are_earlier_versions_to_upgrade_from() -> None:
    assert len(MIGRATIONS) >= 2


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_a_file_of_each_earlier_version_opens_with_its_data_and_the_current_schema(
    tmp_path: Path,
    version: int,
    written: dict[str, list[dict[str, object]]],
    current_schema: dict[str, object],
    bundled_event: Event,
) -> None:
    path = tmp_path / "state.sqlite3"
    _build_at(path, version, written)
    old = sqlite3.connect(path)
    columns = {t: [str(c[1]) for c in old.execute(f"PRAGMA table_info({t})")] for t in _tables(old)}
    before = {t: _rows(old, t, names) for t, names in columns.items()}
    old.close()
    assert before and all(before.values())

    conn = open_state(path)
    assert schema_version(conn) == len(MIGRATIONS)
    assert _schema(conn) == current_schema
    for table, rows in before.items():  # every row that existed is still there, unchanged
        assert _rows(conn, table, columns[table]) == rows, table
    # and the app reads them as before
    event_id = bundled_event.id
    assert Settings(conn).get("language") == "ru"
    assert StarStore(conn, event_id).starred_ids() == set(STARRED)
    if version >= 2:
        assert AttendeeStore(conn, event_id).get(ANN.id) == ANN
        # a log line written to a .pdf before version 5 was a saved file: it stays, now said as saved, not printed
        (entry,) = PrintLog(conn, event_id).entries()
        assert (entry.attendee_id, entry.output) == (ANN.id, "/tmp/badges.pdf")
        if version < 5:  # from version 5 on, the kind is stored as written
            assert entry.kind is LogKind.SAVED
            assert PrintLog(conn, event_id).times_printed(ANN.id) == 0
    if version >= 3:
        known = KnownEvents(conn).get(event_id)
        assert known is not None and known.fallback_zone == "Asia/Ashgabat" and known.opened_at == WHEN
        snapshot = KnownEvents(conn).stored_snapshot(event_id)
        assert snapshot is not None and set(snapshot) == {s.id for s in bundled_event.sessions}
    if version >= 4:
        assert set(SessionRevisions(conn, event_id).all()) == {s.id for s in bundled_event.sessions}
    # the upgraded file keeps working: new rows go into the tables that came with the upgrade
    desk = SqliteCheckinStore(lambda: conn)
    assert desk.append([_scan(event_id, "desk-b:2"), _scan(event_id, "desk-b:2")]) == 1
    assert "desk-b:2" in {r.scan_id for r in desk.records(event_id)}
    assert desk.current_serial(event_id, ANN.id) == 1  # no serial issued before version 7: the first code
    KnownEvents(conn).remember(bundled_event, "/tmp/caccc2025.json", when=WHEN)
    SessionRevisions(conn, event_id).record(bundled_event, when=WHEN)
    assert KnownEvents(conn).get(event_id) is not None
    conn.close()


def test_the_committed_version_1_file_opens_with_every_setting_and_star(
    tmp_path: Path, current_schema: dict[str, object]
) -> None:
    facts = runpy.run_path(str(DATA / "make_state_v1.py"))
    path = tmp_path / "state.sqlite3"
    shutil.copyfile(V1_FILE, path)
    old = sqlite3.connect(path)
    assert schema_version(old) == 1 and _tables(old) == ["settings", "stars"]
    old.close()

    conn = open_state(path)
    assert schema_version(conn) == len(MIGRATIONS)
    assert _schema(conn) == current_schema
    settings = Settings(conn)
    assert {key: settings.get(key) for key in facts["SETTINGS"]} == facts["SETTINGS"]
    assert StarStore(conn, facts["EVENT_ID"]).starred_at() == facts["STARS"]
    conn.close()


def test_the_committed_file_has_the_schema_the_first_migration_makes(tmp_path: Path) -> None:
    """Migration 1 has shipped: editing it would leave files like the committed one with another schema."""
    built = tmp_path / "v1.sqlite3"
    runpy.run_path(str(DATA / "make_state_v1.py"))["write"](built)
    committed, fresh = sqlite3.connect(f"file:{V1_FILE}?mode=ro", uri=True), sqlite3.connect(built)
    try:
        assert _schema(committed) == _schema(fresh)
        assert schema_version(committed) == schema_version(fresh) == 1
    finally:
        committed.close()
        fresh.close()
