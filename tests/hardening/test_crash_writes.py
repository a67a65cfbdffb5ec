"""kill -9 in the middle of every kind of write: the state database passes its integrity check and every output
path holds the old or the new complete file (parsed the way a user's software reads it), never a broken one.

Each kind is killed :data:`KILLS` times at derandomised moments while a worker process (``crash_worker.py``)
rewrites it in a loop. A ``.part`` file a kill leaves behind is removed by the next write to the same target.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import icalendar
import pypdf
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hardening_support import cli_env, part_files

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 5  # per kind in CI; raise it (e.g. COMPANION_CRASH_KILLS=200) for a long run
READY_TIMEOUT = 60.0


def _kills() -> int:
    return int(os.environ.get("COMPANION_CRASH_KILLS", KILLS))


def _start(kind: str, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(WORKER), kind, str(folder)], env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_ready(worker: subprocess.Popen[bytes]) -> None:
    assert worker.stdout is not None
    ready, _, _ = select.select([worker.stdout], [], [], READY_TIMEOUT)
    line = worker.stdout.readline() if ready else b""
    if line.strip() != b"ready":
        worker.kill()
        _, err = worker.communicate()
        pytest.fail(f"the worker did not start: {err.decode(errors='replace')[-2000:]}")


def _run_and_kill(kind: str, folder: Path, delay: float) -> None:
    worker = _start(kind, folder)
    try:
        _wait_ready(worker)
        time.sleep(delay)
        assert worker.poll() is None, worker.communicate()[1].decode(errors="replace")[-2000:]
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.communicate()


def _check_state(folder: Path) -> None:
    conn = sqlite3.connect(folder / "data" / "companion.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in conn.execute("SELECT DISTINCT given_name FROM attendees")}
        assert len(names) == 1, names  # one import's complete list, never a mixture of two
        assert conn.execute("SELECT count(*) FROM attendees").fetchone() == (400,)
        assert conn.execute("SELECT count(*) FROM stars").fetchone()[0] in (5, 12)
    finally:
        conn.close()


def _check_pdf(folder: Path) -> None:
    reader = pypdf.PdfReader(folder / "out.pdf", strict=True)
    assert len(reader.pages) in (1, 2)
    assert "Given" in reader.pages[0].extract_text()


def _check_ics(folder: Path) -> None:
    calendar = icalendar.Calendar.from_ical((folder / "out.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) in (1, 13)


def _check_json(folder: Path) -> None:
    document = json.loads((folder / "schedule.json").read_text("utf-8"))
    assert document["schedule"]["conference"]["days"]


def _check_keys(folder: Path) -> None:
    keys = sorted((folder / "data" / "keys").glob("*.ed25519"))
    assert keys
    for path in keys:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, Ed25519PrivateKey), path


CHECKS = {"state": _check_state, "pdf": _check_pdf, "ics": _check_ics, "json": _check_json, "keys": _check_keys}


def _kill_loop(kind: str, folder: Path) -> int:
    """Kill a writer of ``kind`` repeatedly, checking after each kill; returns how many kills hit mid-write."""
    folder.mkdir()
    moments = random.Random(f"crash-{kind}")
    mid_write = 0
    for _ in range(_kills()):
        _run_and_kill(kind, folder, moments.uniform(0.0, 0.4))
        CHECKS[kind](folder)
        mid_write += bool(part_files(folder))
    # The next write (here: one more run, killed after its first complete write) removes what kills left.
    _run_and_kill(kind, folder, 0.0)
    CHECKS[kind](folder)
    if kind == "state":
        assert part_files(folder / "data") == []
    else:
        # a kill during this last run's own second write (a key for the next event id, under load) may leave
        # its one .part; never more
        where = folder / "data" / "keys" if kind == "keys" else folder
        leftovers = [p for p in part_files(where) if p.parent == where]
        assert len(leftovers) <= 1, leftovers
    return mid_write


def test_kill_9_during_writes_leaves_old_or_new_complete_files(tmp_path: Path) -> None:
    """All kinds at once (each in its own folder), so the whole test stays short in CI."""
    with ThreadPoolExecutor(max_workers=len(CHECKS)) as pool:
        futures = {kind: pool.submit(_kill_loop, kind, tmp_path / kind) for kind in sorted(CHECKS)}
    failures = {}
    for kind, future in futures.items():
        try:
            future.result()
        except BaseException as exc:  # report every kind that failed, not only the first
            failures[kind] = exc
    assert not failures, failures
