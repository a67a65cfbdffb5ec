"""Opening the window imports none of the badge, signing, calendar or download libraries: they are imported when a
badge, a key, a calendar file or a download is made (issue 13: the window's start stays close to a bare Qt window).

Run in a fresh interpreter, as a user's start is: the window is built offscreen, shown, and every page of the
sidebar visited; only then are a calendar file, a calibration sheet and a badge code made.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WATCHED = ("icalendar", "reportlab", "qrcode", "cryptography", "PIL", "http.client", "ssl", "urllib.request")
"""Modules (or packages) the first window does not need."""
PAGES = ("companion.ui.people.page", "companion.ui.delegations.page", "companion.ui.changes.page",
         "companion.ui.my_agenda.page", "companion.ui.badges.page", "companion.ui.checkin.page",
         "companion.ui.search_results", "companion.ui.calendar_export", "companion.services.badges",
         "companion.exports.ical", "companion.exports.schedule_json", "PySide6.QtPrintSupport")
"""The pages not shown at start and what only they use: imported when they are built, after the first paint."""

_RUNNER = """
import sys
from pathlib import Path

WATCHED = %r
PAGES = %r

def loaded(watched=WATCHED) -> str:
    return ",".join(w for w in watched if any(m == w or m.startswith(w + ".") for m in sys.modules))

from PySide6.QtWidgets import QApplication

app = QApplication(["companion"])
from companion.app import create_main_window
from companion.clock import Clock
from companion.resources import bundled_event_path
from companion.sources import load_event
from companion.store.database import open_state

window = create_main_window(load_event(bundled_event_path()), open_state(":memory:"), Clock())
window.show()
app.processEvents()
print("SHOWN=" + loaded())
print("PAGES_SHOWN=" + loaded(PAGES))
for row in range(window.pages.count()):
    window.navigation.setCurrentIndex(window.page_model.index(row, 0))
    app.processEvents()
print("PAGES=" + ",".join(window.page_titles()))
print("VISITED=" + loaded())
print("PAGES_VISITED=" + loaded(PAGES))
services = window.services
event = window.current_event
export = services.calendar.build(event, services.calendar.day_scope(event, services.calendar.days(event)[0]),
                                 __import__("companion.exports.ical", fromlist=["ExportOptions"]).ExportOptions())
assert export.data.startswith(b"BEGIN:VCALENDAR")
print("CALENDAR=" + loaded())
from companion.services.badges import DEFAULT_LAYOUT

services.badges.calibration_sheet(Path(sys.argv[1]) / "calibration.pdf", DEFAULT_LAYOUT)
print("SHEET=" + loaded())
assert services.badges.token(event.id, "A-1")
print("TOKEN=" + loaded())
window.close()
"""


def _run(tmp_path: Path) -> dict[str, set[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", _RUNNER % (WATCHED, PAGES), str(tmp_path)], capture_output=True,
                          text=True, check=True, timeout=120, env=env)
    found: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition("=")
        found[name] = {v for v in value.split(",") if v}
    return found


def test_window_imports_no_badge_calendar_or_download_library_until_one_is_made(tmp_path: Path) -> None:
    found = _run(tmp_path)
    assert found["SHOWN"] == set()
    assert found["PAGES_SHOWN"] == set()  # only the Agenda is built before the window shows
    assert {"Agenda", "Badges", "Check-in", "My agenda"} <= found["PAGES"]
    assert found["VISITED"] == set()  # every page shown, the Badges and Check-in pages included
    assert {"companion.ui.badges.page", "companion.ui.checkin.page", "companion.ui.people.page"} <= found[
        "PAGES_VISITED"]  # built when shown
    assert found["CALENDAR"] == {"icalendar"}
    assert {"reportlab"} <= found["SHEET"] and not {"cryptography", "qrcode"} & found["SHEET"]
    assert "cryptography" in found["TOKEN"]
    assert not {"http.client", "ssl", "urllib.request"} & found["TOKEN"]


BEFORE_FIRST_PAINT = ("jsonschema_rs", "email", "logging.handlers", "socket", "pickle",
                      "companion.sources.schedule_builder", "companion.ui.checkin.desk_package", "secrets",
                      "companion.domain.changes", "hashlib", "companion.sources.report", "companion.domain.conflicts",
                      "PySide6.QtNetwork")
"""Not needed for the first picture of the window on the bundled event (issue 13): the schema validator and
``email.utils`` under it (the bundled file is checked by the test suite), the log file's rotating handler with
socket and pickle (made with the first line logged), the builder of frab and iCalendar schedules, the File
menu's desk packages (made right after the first paint), ``secrets`` (a reprinted badge's file name) and the
comparison of versions (the starting event is remembered after the first paint), hashlib (OpenSSL's start; the
single-instance socket is named by checksums), the import report (no file is imported to start on the bundled
event), the clashes of starred sessions (asked when a star is set) and Qt's network module (no other window's
socket in the temporary folder: nothing to hand over to, and the window listens after its first paint)."""

_FIRST_PAINT = """
import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

WATCHED = %r
app = QApplication(["companion"])


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            found = [w for w in WATCHED if any(m == w or m.startswith(w + ".") for m in sys.modules)]
            print("PAINTED=" + ",".join(found))
            QTimer.singleShot(0, app.quit)
        return False


probe = FirstPaint()
app.installEventFilter(probe)
from companion.__main__ import open_window

open_window(argparse.Namespace(command=None))  # the start `companion` makes, on the bundled event
"""


def test_the_first_paint_of_the_bundled_event_waits_for_no_validator_log_handler_or_network(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_DATA_DIR=str(tmp_path / "data"),
               TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", _FIRST_PAINT % (BEFORE_FIRST_PAINT,)], capture_output=True, text=True,
                          check=True, timeout=120, env=env)
    painted = next(line for line in done.stdout.splitlines() if line.startswith("PAINTED="))
    assert painted == "PAINTED="  # none of them
