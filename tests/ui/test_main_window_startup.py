"""The first command a new user runs: ``companion`` opens and paints the window (checked in a real process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_BENCH_FIRST_PAINT="1")
    env["COMPANION_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", "companion", *args], env=env, capture_output=True, text=True, timeout=90, check=False
    )


def test_companion_paints_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    done = _run(tmp_path, "--now", "2025-05-13T11:00")
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("first-paint ") for line in done.stdout.splitlines())
    assert (tmp_path / "data" / "companion.sqlite3").exists()  # the window saved its state on closing
