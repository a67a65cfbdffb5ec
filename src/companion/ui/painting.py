"""How Qt paints for Companion: every fill on the GUI thread, none handed to Qt's GUI thread pool.

Qt's raster engine splits a fill taller than about 96 pixel rows (a list's background, a scroll bar's groove)
into pieces, runs them on its GUI thread pool and waits for them all (``QT_THREAD_PARALLEL_FILLS`` in Qt's
``qdrawhelper.cpp``). Companion's fills are small; waking the pool's threads and waiting for them cost more than
the fill. Measured on a 2-core machine (``benchmarks/scroll.py``, ``benchmarks/search.py``): a repaint of a
679-pixel Fusion scroll bar took 0.63–0.92 ms with the pool and 0.13 ms without; a wheel notch on the 36C3 list
3.5 ms and 1.2 ms. ``QT_NO_GUI_THREADPOOL`` (Qt reads only whether it is set) turns the pool off for the
process; a value the user set is left as it is.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"
"""Qt's switch: when set, the raster engine fills (and scales images) on the calling thread only."""


def paint_on_gui_thread(environ: MutableMapping[str, str] | None = None) -> None:
    """Turn off Qt's GUI thread pool for this process. Call before the QApplication paints anything (Qt
    creates the pool at the first large fill and reads the switch then)."""
    (os.environ if environ is None else environ).setdefault(NO_GUI_THREADPOOL, "1")
