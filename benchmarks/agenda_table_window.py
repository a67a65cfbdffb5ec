"""A diagnostic window for ``benchmarks/startup.py``: the bundled event in Companion's own session model, filter
proxy and agenda table, and nothing else (no menus, toolbar, search box, navigation, banner, day tabs, filters or
detail pane), first paint stamped, and memory reported, as ``benchmarks/bare_window.py`` does for the bare window.

Not something a user runs: it shows how much of the start's distance from a bare window the agenda's table alone
already takes (the domain and the bundled file, the model, the table, the Qt classes they use).

    python benchmarks/agenda_table_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from bare_window import run_stamped  # this folder: the bare window's stamp, size and run
from companion.sources.loader import load_bundled_event
from companion.ui.agenda.session_list import SessionTable
from companion.ui.models.sessions import SessionFilterProxy, SessionTableModel


def main() -> int:
    app = QApplication(sys.argv[:1])
    event = load_bundled_event()
    window = QMainWindow()
    window.setWindowTitle("Companion's agenda table alone")
    model = SessionTableModel(event, "en")
    proxy = SessionFilterProxy(window)
    proxy.setSourceModel(model)
    days = sorted({s.day for s in event.sessions if s.day is not None})
    proxy.set_day(days[1] if len(days) > 1 else None)  # the first conference day, as the window opens on it
    table = SessionTable(SessionTableModel.TITLE, window)
    table.setModel(proxy)
    window.setCentralWidget(table)
    return run_stamped(app, window)


if __name__ == "__main__":
    sys.exit(main())
