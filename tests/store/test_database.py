"""The state database: migrations apply once, in order, even when two processes open a new file together."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from companion.store.database import StateDatabaseError, open_state, schema_version
from companion.store.migrations import MIGRATIONS


def test_new_file_reaches_the_latest_version_in_wal_mode(tmp_path: Path) -> None:
    conn = open_state(tmp_path / "state.sqlite3")
    assert schema_version(conn) == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    conn = open_state(path)
    conn.execute("INSERT INTO settings(key, value) VALUES('k', 'v')")
    conn.close()
    assert open_state(path).execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("v",)


def test_two_openers_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def opener() -> None:
        barrier.wait()
        try:
            open_state(path).close()
        except BaseException as exc:  # the test reports whatever any opener hit
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert schema_version(sqlite3.connect(path)) == len(MIGRATIONS)


def test_a_newer_file_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StateDatabaseError, match="schema version"):
        open_state(path)
    assert schema_version(sqlite3.connect(path)) == len(MIGRATIONS) + 5
