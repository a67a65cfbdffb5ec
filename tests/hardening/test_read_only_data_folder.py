"""A data folder on a read-only mount: showing and exporting work with the saved state, writing says "read-only".

Proved with a tmpfs remounted read-only (the tests run as root, which ignores permission bits).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import icalendar
from hardening_support import Tmpfs, run_cli

from companion.i18n import SETTINGS_KEY
from companion.resources import resource_path
from companion.store.database import open_state
from companion.store.stars import StarStore

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def _saved_state(data: Path, language: str | None = None) -> None:
    conn = open_state(data / "companion.sqlite3")
    StarStore(conn, "caccc-2025").add_many(["opening-plenary"])
    if language:
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (SETTINGS_KEY, language))
    conn.close()


def test_read_only_commands_work_on_a_read_only_data_folder(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("4m")
    data = disk.path / "data"
    _saved_state(data)
    starred = run_cli("--data-dir", data, "agenda", "--json")
    assert starred.returncode == 0
    disk.read_only()
    for args in (["agenda"], ["agenda", "--json"], ["people"], ["delegations"]):
        done = run_cli("--data-dir", data, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert done.stdout and "Traceback" not in done.stderr
    out = tmp_path / "starred.ics"
    done = run_cli("--data-dir", data, "export-ics", "--starred", "-o", out)
    assert done.returncode == 0, done.stderr
    uids = [str(c["UID"]) for c in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert uids == ["opening-plenary@caccc-2025.companion"]
    done = run_cli("--data-dir", data, "export-ics", "--all", "-o", tmp_path / "all.ics")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_the_remembered_language_is_read_from_a_read_only_folder(tmpfs: Callable[[str], Tmpfs]) -> None:
    disk = tmpfs("4m")
    data = disk.path / "data"
    _saved_state(data, language="ru")
    disk.read_only()
    done = run_cli("--data-dir", data, "people")
    assert done.returncode == 0, done.stderr
    assert "CACCC-2025" in done.stdout or "ЦАКИК" in done.stdout
    english = run_cli("--data-dir", data, "--lang", "en", "people")
    assert done.stdout != english.stdout  # the saved choice (Russian) was read


def test_a_read_only_folder_that_does_not_exist_yet(tmpfs: Callable[[str], Tmpfs]) -> None:
    disk = tmpfs("1m")
    disk.read_only()
    done = run_cli("--data-dir", disk.path / "never-made", "agenda")
    assert done.returncode == 0, done.stderr


def test_writing_commands_say_read_only(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("4m")
    data = disk.path / "data"
    _saved_state(data)
    before = (data / "companion.sqlite3").read_bytes()
    stars = tmp_path / "stars.ics"
    assert run_cli("--data-dir", tmp_path / "elsewhere", "export-ics", "--all", "-o", stars).returncode == 0
    disk.read_only()
    done = run_cli("--data-dir", data, "import-stars", stars)
    assert done.returncode == 2, done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("--data-dir", data, "badges", SAMPLE, "-o", tmp_path / "b.pdf")
    assert done.returncode == 2, done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "b.pdf").exists()
    disk.writable()
    assert (data / "companion.sqlite3").read_bytes() == before
    conn = sqlite3.connect(data / "companion.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_an_export_into_a_read_only_folder_says_so(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("1m")
    disk.read_only()
    done = run_cli("--data-dir", tmp_path / "data", "export-ics", "--all", "-o", disk.path / "all.ics")
    assert done.returncode == 1  # export-ics refuses with status 1, as before
    assert "the disk or folder is read-only" in done.stderr and "Traceback" not in done.stderr
