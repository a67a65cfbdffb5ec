"""Stars in the user-state database: per event, by stable id, atomic, and kept across restarts and data updates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from companion import paths
from companion.store.database import open_state
from companion.store.stars import StarStore


def _stars(event_id: str = "caccc-2025") -> tuple[sqlite3.Connection, StarStore]:
    conn = open_state(paths.state_db_path())
    return conn, StarStore(conn, event_id)


def test_star_unstar_toggle() -> None:
    conn, stars = _stars()
    stars.star("opening-ceremony")
    assert stars.is_starred("opening-ceremony")
    assert stars.toggle("opening-plenary") is True
    assert stars.starred_ids() == {"opening-ceremony", "opening-plenary"}
    assert stars.toggle("opening-ceremony") is False
    stars.unstar("opening-plenary")
    assert stars.starred_ids() == set()
    conn.close()


def test_stars_survive_a_restart_and_are_kept_apart_per_event() -> None:
    conn, stars = _stars()
    stars.add_many(["opening-ceremony", "climate-finance-panel"])
    StarStore(conn, "other-event").star("opening-ceremony")
    conn.close()
    conn, stars = _stars()
    assert stars.starred_ids() == {"opening-ceremony", "climate-finance-panel"}
    assert StarStore(conn, "other-event").starred_ids() == {"opening-ceremony"}
    conn.close()


def test_stars_survive_an_update_of_the_event_data(bundled_event) -> None:  # type: ignore[no-untyped-def]
    conn, stars = _stars(bundled_event.id)
    stars.add_many(["opening-ceremony", "un-agencies-panel"])
    # The new data version drops one session and retitles another: the kept star still applies,
    # the dropped one is kept (not silently lost) and reported as an orphan.
    updated = replace(
        bundled_event,
        data_version="2025-05-20.1",
        sessions=tuple(
            replace(s, title={"en": "Opening ceremony (retitled)"}) if s.id == "opening-ceremony" else s
            for s in bundled_event.sessions
            if s.id != "un-agencies-panel"
        ),
    )
    assert stars.starred_ids() & set(updated.sessions_by_id) == {"opening-ceremony"}
    assert stars.orphans(updated.sessions_by_id) == {"un-agencies-panel"}
    conn.close()


def test_replace_all_sets_exactly_the_given_stars() -> None:
    conn, stars = _stars()
    stars.add_many(["a", "b", "c"])
    stars.replace_all(["b", "d"])
    assert stars.starred_ids() == {"b", "d"}
    stars.replace_all([])
    assert stars.starred_ids() == set()
    conn.close()


class _FailingConnection:
    """A connection that fails on the third INSERT, as a full disk would in the middle of a batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.inserts = 0

    def execute(self, sql: str, params: tuple[str, ...] = ()) -> sqlite3.Cursor:
        if sql.startswith("INSERT"):
            self.inserts += 1
            if self.inserts == 3:
                raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, params)

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction


def test_a_failing_batch_leaves_the_old_stars() -> None:
    conn, stars = _stars()
    stars.add_many(["a", "b"])
    failing = StarStore(_FailingConnection(conn), "caccc-2025")  # type: ignore[arg-type]
    with pytest.raises(sqlite3.OperationalError):
        failing.replace_all(["c", "d", "e", "f"])
    assert stars.starred_ids() == {"a", "b"}
    conn.close()


_WRITER = r"""
import sys
from companion.store.database import open_state
from companion.store.stars import StarStore

stars = StarStore(open_state(sys.argv[1]), "caccc-2025")
batch = 0
while True:
    # each batch replaces the whole set with 200 ids tagged by the batch number
    stars.replace_all([f"b{batch}-s{i}" for i in range(200)])
    batch += 1
    if batch == 3:
        print("running", flush=True)
"""


def test_a_crash_in_the_middle_of_writes_leaves_a_whole_batch(tmp_path: Path) -> None:
    db = paths.state_db_path()
    open_state(db).close()
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "running"
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = open_state(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = StarStore(conn, "caccc-2025").starred_ids()
    batches = {sid.split("-")[0] for sid in ids}
    assert len(ids) == 200 and len(batches) == 1, f"half-written stars after a crash: {len(ids)} ids, {batches}"
    conn.close()
