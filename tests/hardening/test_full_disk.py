"""A full disk, on a real 1–2 MB tmpfs: the previous file survives, nothing half-written is left, and the message
says the disk is full (exit status 2). Skipped where a test file system cannot be mounted."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import icalendar
import pypdf
from hardening_support import Tmpfs, part_files, run_cli

from companion.resources import resource_path
from companion.store.database import open_state
from companion.store.migrations import MIGRATIONS

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def test_badge_pdf_over_a_good_pdf_on_a_full_disk(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("1m")
    data = tmp_path / "data"
    out = disk.path / "badges.pdf"
    assert run_cli("--data-dir", data, "badges", SAMPLE, "-o", out).returncode == 0
    good = out.read_bytes()
    disk.fill()
    done = run_cli("--data-dir", data, "badges", "--duplex", "-o", out)
    assert done.returncode == 2, done.stderr
    assert "the disk is full" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_bytes() == good
    assert len(pypdf.PdfReader(out).pages) > 0
    assert part_files(disk.path) == []
    calibration = run_cli("--data-dir", data, "badges", "--calibration", "-o", out)
    assert calibration.returncode == 2 and "the disk is full" in calibration.stderr
    assert out.read_bytes() == good


def test_ics_and_schedule_exports_on_a_full_disk(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("1m")
    data = tmp_path / "data"
    ics, schedule = disk.path / "day.ics", disk.path / "schedule.json"
    assert run_cli("--data-dir", data, "export-ics", "--day", "2025-05-13", "-o", ics).returncode == 0
    assert run_cli("--data-dir", data, "export-schedule", "-o", schedule).returncode == 0
    old_ics, old_schedule = ics.read_bytes(), schedule.read_bytes()
    disk.fill()
    done = run_cli("--data-dir", data, "export-ics", "--all", "-o", ics)
    assert done.returncode == 1 and "the disk is full" in done.stderr, done.stderr
    done = run_cli("--data-dir", data, "export-schedule", "-o", schedule)
    assert done.returncode == 2 and "the disk is full" in done.stderr, done.stderr
    assert ics.read_bytes() == old_ics
    icalendar.Calendar.from_ical(ics.read_bytes())
    assert schedule.read_bytes() == old_schedule
    json.loads(schedule.read_bytes())
    assert part_files(disk.path) == []


def test_attendee_import_on_a_full_disk_keeps_the_state_intact(tmpfs: Callable[[str], Tmpfs],
                                                             tmp_path: Path) -> None:
    disk = tmpfs("2m")
    data = disk.path / "data"
    open_state(data / "companion.sqlite3").close()
    filler = disk.fill()
    done = run_cli("--data-dir", data, "badges", SAMPLE, "-o", tmp_path / "b.pdf")
    assert done.returncode == 2, done.stderr
    assert "the disk is full" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "b.pdf").exists()
    filler.unlink()
    conn = sqlite3.connect(data / "companion.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM attendees").fetchone() == (0,)
    conn.close()
    assert part_files(disk.path) == []


def test_a_signing_key_is_never_left_empty_by_a_full_disk(tmpfs: Callable[[str], Tmpfs], tmp_path: Path) -> None:
    disk = tmpfs("1m")
    data = disk.path / "data"
    (data / "keys").mkdir(parents=True)
    disk.fill()
    done = run_cli("--data-dir", data, "badges", "--export-public-key", tmp_path / "desk.pem")
    assert done.returncode == 2, done.stderr
    assert "the disk is full" in done.stderr and "Traceback" not in done.stderr
    assert list((data / "keys").iterdir()) == []


def test_schema_upgrade_on_a_full_disk_says_so_and_keeps_the_file(tmpfs: Callable[[str], Tmpfs],
                                                                 tmp_path: Path) -> None:
    disk = tmpfs("2m")
    data = disk.path / "data"
    data.mkdir()
    path = data / "companion.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        conn.execute(statement)
    conn.executemany("INSERT INTO stars VALUES ('caccc-2025', ?, '2025-05-13T10:00:00+00:00')",
                     [(f"s{i}",) for i in range(50)])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    filler = disk.fill()
    done = run_cli("--data-dir", data, "badges", SAMPLE, "-o", tmp_path / "b.pdf")
    assert done.returncode == 2, done.stderr
    assert "the disk is full" in done.stderr, done.stderr
    assert "not a readable database" not in done.stderr
    assert path.read_bytes() == before
    filler.unlink()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()
