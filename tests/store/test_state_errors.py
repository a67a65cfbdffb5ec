"""The state file's own problems, each with its true message: busy, read-only, full, disk error, links, modes."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from companion.store import database
from companion.store.database import (
    StateBusyError,
    StateDatabaseError,
    StateDiskError,
    StateDiskFullError,
    StateLinkError,
    StateReadOnlyError,
    open_state,
    schema_version,
    state_error,
    state_errors,
)
from companion.store.migrations import MIGRATIONS
from companion.store.stars import StarStore


def _error(code: int, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


def test_each_sqlite_failure_has_its_own_error_and_message(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    full = state_error(_error(sqlite3.SQLITE_FULL, "database or disk is full"), path)
    assert isinstance(full, StateDiskFullError) and "the disk is full" in str(full)
    read_only = state_error(_error(sqlite3.SQLITE_READONLY, "attempt to write a readonly database"), path)
    assert isinstance(read_only, StateReadOnlyError) and "read-only" in str(read_only)
    busy = state_error(_error(sqlite3.SQLITE_BUSY, "database is locked"), path)
    assert isinstance(busy, StateBusyError) and "in use by another Companion" in str(busy)
    io = state_error(_error(sqlite3.SQLITE_IOERR | (3 << 8), "disk I/O error"), path)
    assert isinstance(io, StateDiskError) and "input/output error" in str(io)
    broken = state_error(_error(sqlite3.SQLITE_NOTADB, "file is not a database"), path)
    assert type(broken) is StateDatabaseError and "not a readable database" in str(broken)
    for problem in (full, read_only, busy, io, broken):
        assert str(path) in str(problem)
        assert problem.problem is not None


def test_a_failed_upgrade_reports_its_own_error_not_cannot_rollback(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite rolls a transaction back by itself on a full disk or an I/O error; the migration's ROLLBACK then
    failed with "cannot rollback - no transaction is active" and hid the real error."""
    path = tmp_path / "state.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(MIGRATIONS[0].split(";")[0])
    conn.close()
    # The next step fails after its transaction is already gone, as on a full disk or an I/O error.
    step = "ROLLBACK; CREATE TABLE settings (x)"
    monkeypatch.setattr(database, "MIGRATIONS", (MIGRATIONS[0], step, *MIGRATIONS[2:]))
    with pytest.raises(StateDatabaseError) as info:
        open_state(path)
    assert "cannot rollback" not in str(info.value)
    assert "already exists" in str(info.value)
    monkeypatch.undo()
    assert schema_version(sqlite3.connect(path)) == 1


def test_a_busy_file_is_waited_for_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    open_state(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings(key, value) VALUES ('k', 'v')")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        conn = open_state(path)
        StarStore(conn, "ev").star("s1")  # waits for the other writer instead of failing at once
    finally:
        release.join()
    assert StarStore(conn, "ev").starred_ids() == {"s1"}


def test_a_file_locked_for_too_long_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT", 0.05)
    path = tmp_path / "state.sqlite3"
    conn = open_state(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(StateBusyError, match="in use by another Companion"), state_errors(path):
        StarStore(conn, "ev").star("s1")
    holder.execute("ROLLBACK")


def test_read_only_use_creates_nothing_and_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "nothing-here" / "state.sqlite3"
    conn = open_state(path, readonly=True)
    assert StarStore(conn, "ev").starred_ids() == set()
    assert not path.parent.exists()
    with pytest.raises(StateReadOnlyError), state_errors(path):
        StarStore(conn, "ev").star("s1")


def test_read_only_use_of_an_older_file_upgrades_a_copy_only(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        conn.execute(statement)
    conn.execute("INSERT INTO stars VALUES ('ev', 's1', '2025-05-13T10:00:00+00:00')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    state = open_state(path, readonly=True)
    assert StarStore(state, "ev").starred_ids() == {"s1"}
    assert state.execute("SELECT count(*) FROM attendees").fetchone() == (0,)  # a later migration's table
    assert path.read_bytes() == before


def test_read_only_use_of_a_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StateDatabaseError, match="newer Companion"):
        open_state(path, readonly=True)


def test_the_state_file_and_its_folder_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "state.sqlite3"
    old = os.umask(0o022)
    try:
        open_state(path).close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    os.chmod(path, 0o644)
    os.chmod(folder, 0o755)
    conn = open_state(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for side in ("-wal", "-shm"):
        if path.with_name(path.name + side).exists():
            assert stat.S_IMODE(os.stat(path.with_name(path.name + side)).st_mode) == 0o600
    conn.close()


@pytest.mark.parametrize("planted", ["companion.sqlite3", "companion.sqlite3-wal", "companion.sqlite3-journal"])
def test_links_planted_in_the_data_folder_are_refused(tmp_path: Path, planted: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / planted).symlink_to(victim)
    for readonly in (False, True):
        with pytest.raises(StateLinkError, match="symbolic link"):
            open_state(folder / "companion.sqlite3", readonly=readonly)
    assert victim.read_text() == "precious"
