"""Start-up probe for ``benchmarks/startup.py``: prints when the window first paints, when it first handles a key,
and the process's memory once the start has settled, then quits.

Used by the app when ``COMPANION_BENCH_FIRST_PAINT=1``. It imports nothing from Companion, and from Qt only what
the window imports anyway. The benchmark's bare PySide6 window (``benchmarks/bare_window.py``) carries a lighter
stamp of its own: these imports would cost a bare window about 15 ms before its first paint.

Lines printed on stdout (times are ``time.time()``, seconds since the epoch):

- ``first-paint T``: the first paint event of the window (or of a widget in it);
- ``key T``: the first key press the application delivers to the window. Under X the benchmark types it (XTest)
  as soon as the window is mapped; elsewhere (offscreen) the probe posts one itself at the first paint. Either
  way it waits behind whatever the start-up still does on the GUI thread: "ready for input";
- ``stall MS``: the longest the event loop was kept from running between the first paint and the end (a
  ``HEARTBEAT_MS`` timer's longest lateness): how long a key or a click could have waited behind what the start
  left for after its first paint;
- ``switch-interval S``: Python's GIL switch interval in seconds (``sys.getswitchinterval``);
- ``rss KB`` and ``hwm KB``: resident memory (and its peak) once the start has settled, from ``/proc``.

The probe watches the window's own events (a Python event filter on the window, which Qt paints first and where a
key posted to the window or ignored by the focused widget arrives), and under X the focused widget's as well once
the window is painted; it lets go once it has both lines. An application-wide filter would see every event through
Python: before the first paint that made PySide look up the type of every Qt-made object it was given (about 70
Python enums, 6 ms), and after it, the pages built in idle moments took about twice as long.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 1500
"""After the key: time left for work that runs after the first paint, before memory is read."""
GIVE_UP_MS = 15_000
"""No key delivered by then (no X focus): quit anyway, so a benchmark run never hangs."""
HEARTBEAT_MS = 5
"""From the first paint on, a timer this often; its longest lateness is the ``stall`` line."""


def _memory_kb() -> tuple[int, int]:
    """VmRSS and VmHWM of this process in KB (0 where /proc is missing)."""
    rss = hwm = 0
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


class StartupProbe(QObject):
    """Watches ``window`` from before it is shown; quits the application when it has reported."""

    def __init__(self, window: QWidget, *, post_key: bool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self._keyed = False
        self._finished = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = 0.0
        self._stall = 0.0
        platform = QApplication.platformName()
        self._post_key = post_key if post_key is not None else platform != "xcb"
        self._watched: list[QWidget] = [window]
        window.installEventFilter(self)
        QTimer.singleShot(GIVE_UP_MS, self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._painted and kind == QEvent.Type.Paint:
            self._painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
            self._last_beat = time.perf_counter()
            self._heartbeat.start()
            if self._post_key:
                QCoreApplication.postEvent(
                    self._window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
            else:  # a key typed from outside goes to the focused widget first
                focused = QApplication.focusWidget()
                if focused is not None and focused is not self._window:
                    focused.installEventFilter(self)
                    self._watched.append(focused)
        elif not self._keyed and kind == QEvent.Type.KeyPress:
            self._keyed = True
            print(f"key {time.time():.6f}", flush=True)
            QTimer.singleShot(SETTLE_MS, self.finish)
        if self._painted and self._keyed:
            self._let_go()
        return False

    def _let_go(self) -> None:
        """Stop watching events (done once the first paint and the key are seen)."""
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # a watched widget Qt has deleted meanwhile
                widget.removeEventFilter(self)
        self._watched = []

    def _beat(self) -> None:
        now = time.perf_counter()
        self._stall = max(self._stall, (now - self._last_beat) * 1000 - HEARTBEAT_MS)
        self._last_beat = now

    def finish(self) -> None:
        """Print the stall, the switch interval and the memory, close the window and quit (once)."""
        if self._finished:
            return
        self._finished = True
        self._heartbeat.stop()
        if self._painted:
            self._beat()
            print(f"stall {self._stall:.3f}", flush=True)
        print(f"switch-interval {sys.getswitchinterval()}", flush=True)
        rss, hwm = _memory_kb()
        print(f"rss {rss}", flush=True)
        print(f"hwm {hwm}", flush=True)
        self._window.close()
        QCoreApplication.quit()
