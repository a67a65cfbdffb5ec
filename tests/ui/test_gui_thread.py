"""The window's process keeps its GUI thread responsive (``ui/gui_thread.py``), checked in real processes.

- It paints on its GUI thread alone: Qt's GUI thread pool is never started. Waking the pool's threads for each
  tall fill cost more than the fill on a 2-core machine (a wheel notch on the 36C3 list: 3.5 ms with the pool,
  1.2 ms without). The tests read a process's thread names in ``/proc``: Qt names its pool's ``Thread (pooled)``.
- Its Python hands the GIL over after 0.5 ms rather than 5 ms, so a job's worker running Python keeps the window
  waiting a tenth as long (the start-up probe prints the interval the process runs with).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from companion.ui.gui_thread import SWITCH_INTERVAL_S

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


def test_companion_paints_without_qts_thread_pool_and_hands_the_gil_over_soon(tmp_path: Path) -> None:
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
        printed = process.stdout.read().split()
        assert process.wait(timeout=60) == 0
    assert threads, "the window never reported its first paint and key"
    assert POOLED not in threads, threads
    interval = float(printed[printed.index("switch-interval") + 1])
    assert interval == SWITCH_INTERVAL_S < sys.getswitchinterval() / 5  # the test's own: Python's 5 ms
