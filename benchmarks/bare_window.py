"""The floor for ``benchmarks/startup.py``: a bare PySide6 window (a QMainWindow with a 100-row table), timed by the
same probe as Companion (``src/companion/ui/startup_probe.py``, loaded from its file so no Companion module is
imported).

    python benchmarks/bare_window.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

PROBE = Path(__file__).resolve().parents[1] / "src" / "companion" / "ui" / "startup_probe.py"


def main() -> int:
    spec = importlib.util.spec_from_file_location("startup_probe", PROBE)
    assert spec is not None and spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    table = QTableWidget(100, 4, window)
    for row in range(100):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"Row {row + 1}, column {column + 1}"))
    window.setCentralWidget(table)
    window.resize(1280, 820)
    probe.StartupProbe(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
