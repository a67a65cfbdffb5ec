"""What keeps the GUI thread responsive: Qt's fills stay on it, and a worker's Python gives way to it quickly.

**Fills on the GUI thread.** Qt's raster engine splits a fill taller than about 96 pixel rows (a list's
background, a scroll bar's groove) into pieces, runs them on its GUI thread pool and waits for them all
(``QT_THREAD_PARALLEL_FILLS`` in Qt's ``qdrawhelper.cpp``). Companion's fills are small; waking the pool's
threads and waiting for them cost more than the fill. Measured on a 2-core machine: a repaint of a 679-pixel
Fusion scroll bar took 0.63–0.92 ms with the pool and 0.13 ms without; a wheel notch on the 36C3 list 3.5 ms and
1.2 ms (``benchmarks/scroll.py``). ``QT_NO_GUI_THREADPOOL`` (Qt reads only whether it is set) turns the pool off
for the process; a value the user set is left as it is.

**A short GIL switch interval.** The window calls into Python hundreds of times a frame (each cell's data, each
virtual method a Python widget class may override), and each call takes Python's global lock. While a job's
worker runs Python (opening a large file, comparing versions, printing badges), each of those calls waits until
the worker hands the lock over, which Python asks of it only after the switch interval (5 ms by default). With a
busy Python thread beside it, a wheel notch on the 36C3 list took 2.0 s at 5 ms, 290 ms at 1 ms, 150 ms at
0.5 ms; the worker kept 99 % / 94 % of its speed while the window was busy (all of it while the window is idle).
"""

from __future__ import annotations

import os
import sys

NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"
"""Qt's switch: when set, the raster engine fills (and scales images) on the calling thread only."""
SWITCH_INTERVAL_S = 0.0005
"""How long a thread running Python keeps the lock once another thread asks for it (Python's default: 5 ms)."""


def keep_gui_thread_responsive() -> None:
    """Both settings of this module, for the window's process (``companion.app.run_gui``, the benchmarks). Call
    before the QApplication paints anything: Qt creates its pool at the first large fill and reads the switch
    then."""
    os.environ.setdefault(NO_GUI_THREADPOOL, "1")
    sys.setswitchinterval(SWITCH_INTERVAL_S)
