"""Companion paints on its GUI thread alone: Qt's GUI thread pool is never started (``ui/painting.py``).

Waking the pool's threads for each tall fill cost more than the fill on a 2-core machine: a wheel notch on the
36C3 list took 3.5 ms with the pool and 1.2 ms without (``benchmarks/scroll.py``). Both tests read the names of
a real process's threads in ``/proc``: Qt names its pool's threads ``Thread (pooled)``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

POOLED = "Thread (pooled)"

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to list threads")


def _thread_names(pid: int) -> list[str]:
    names = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):  # the thread ended meanwhile
            names.append((task / "comm").read_text(encoding="utf-8").strip())
    return names


def _qt_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_plain_qt_hands_a_tall_scroll_bar_fill_to_its_thread_pool() -> None:
    """The control: without the switch, Qt starts pooled threads to paint one Fusion scroll bar (so the test
    below, which finds none in Companion, could find them)."""
    script = textwrap.dedent(
        """
        import os
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QScrollBar, QWidget
        app = QApplication([])
        window = QWidget()
        window.resize(100, 700)
        bar = QScrollBar(Qt.Orientation.Vertical, window)
        bar.setGeometry(0, 0, 14, 679)
        bar.setRange(0, 1361)
        window.show()
        app.processEvents()
        bar.repaint()
        for task in os.listdir("/proc/self/task"):
            print(open(f"/proc/self/task/{task}/comm").read().strip())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=_qt_env(), capture_output=True, text=True, timeout=60, check=True
    )
    assert POOLED in done.stdout.splitlines(), done.stdout


def test_companion_paints_its_first_window_without_qts_thread_pool(tmp_path: Path) -> None:
    env = _qt_env(COMPANION_BENCH_FIRST_PAINT="1", COMPANION_DATA_DIR=str(tmp_path / "data"))
    with subprocess.Popen(
        [sys.executable, "-m", "companion", "--now", "2025-05-13T11:00"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        threads: list[str] = []
        for line in process.stdout:
            if line.startswith("key "):  # painted, and a key typed at once handled: the agenda is on screen
                threads = _thread_names(process.pid)
                break
        process.stdout.read()
        assert process.wait(timeout=60) == 0
    assert threads, "the window never reported its first paint and key"
    assert POOLED not in threads, threads
