"""The floor for ``benchmarks/startup.py``: a bare PySide6 window (a QMainWindow with a 100-row table), timed as
lightly as a window can be: an event filter on the window alone prints ``first-paint <unix time>`` at its first
paint, and 1.5 s later it prints its memory (``rss KB``, from ``/proc``) and quits.

It loads nothing else. Companion's own probe (``src/companion/ui/startup_probe.py``) imports Qt's ``Qt``
namespace and key events, whose Python enums cost a bare window about 15 ms before its first paint (Companion
needs them anyway), and watches every event of the application: a floor timed with it starts later than a bare
window does, which made every start ratio look better than it is.

    python benchmarks/bare_window.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

SETTLE_MS = 1500
"""As long as Companion's probe lets a start settle before it reads the memory."""


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    """Prints the window's first paint, then its memory once settled, and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self.finish)
        return False

    def finish(self) -> None:
        print(f"rss {_rss_kb()}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    table = QTableWidget(100, 4, window)
    for row in range(100):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"Row {row + 1}, column {column + 1}"))
    window.setCentralWidget(table)
    return run_stamped(app, window)


def run_stamped(app: QApplication, window: QMainWindow) -> int:
    """Show ``window`` at the size both programs use, stamp its first paint, run until it has reported."""
    window.resize(1280, 820)
    window.installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
