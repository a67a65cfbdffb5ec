"""`companion FILE` opens like `--event FILE`; a second launch hands its file to the running window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.cli.file_argument import file_as_event

ROOT = Path(__file__).resolve().parents[2]
FOSDEM = ROOT / "tests" / "data" / "fosdem2021.schedule.xml"
COMMANDS = {"agenda", "badges", "export-ics"}


def test_an_existing_file_becomes_event(tmp_path: Path) -> None:
    file = tmp_path / "schedule.xml"
    file.write_text("<schedule/>")
    assert file_as_event([str(file)], str(file), COMMANDS) == ["--event", str(file)]
    assert file_as_event(["--lang", "ru", str(file)], str(file), COMMANDS) == ["--lang", "ru", "--event", str(file)]


def test_commands_and_missing_files_are_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agenda").write_text("a file named like a command")
    assert file_as_event(["agenda", "--json"], "agenda", COMMANDS) == ["agenda", "--json"]
    assert file_as_event(["nothing-here.xml"], "nothing-here.xml", COMMANDS) == ["nothing-here.xml"]


def companion(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "companion", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_companion_file_on_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "COMPANION_DATA_DIR": str(tmp_path / "data")}
    by_option = companion("--event", str(FOSDEM), "agenda", "--json", env=env)
    positional = companion(str(FOSDEM), "agenda", "--json", env=env)
    assert positional.returncode == 0, positional.stderr
    assert positional.stdout == by_option.stdout and "FOSDEM" in positional.stdout.upper()


def last_event(data: Path) -> str | None:
    db = data / "companion.sqlite3"
    if not db.exists():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'startup/last-event'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def test_second_launch_hands_its_file_to_the_running_window(tmp_path: Path) -> None:
    from companion.ui.single_instance import server_name

    data = tmp_path / "data"
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    env = {**os.environ, "COMPANION_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(run_dir)}
    env.pop("COMPANION_BENCH_FIRST_PAINT", None)
    first = subprocess.Popen([sys.executable, "-m", "companion"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        socket = run_dir / server_name(data)
        deadline = time.monotonic() + 60
        while not socket.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.2)
        assert socket.exists(), "the first window never listened"
        second = subprocess.run(  # a relative path: the running window gets it made absolute
            [sys.executable, "-m", "companion", os.path.relpath(FOSDEM, ROOT)], env=env, cwd=ROOT,
            capture_output=True, text=True, timeout=60, check=False)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None, "the running window must stay open"
        deadline = time.monotonic() + 60
        while last_event(data) != f"file:{FOSDEM}" and time.monotonic() < deadline:
            time.sleep(0.3)
        assert last_event(data) == f"file:{FOSDEM}", "the running window did not open the handed-over file"
    finally:
        first.terminate()
        try:
            first.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()


def test_another_data_folder_gets_its_own_window(tmp_path: Path) -> None:
    from companion.ui.single_instance import server_name

    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
