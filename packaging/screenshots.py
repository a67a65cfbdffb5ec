"""Take the README's screenshots of the real window, offscreen, so they can be refreshed after any change.

    python packaging/screenshots.py            # writes docs/screenshot.png, -dark.png and -ru.png

Each picture is taken in a fresh process (its own QApplication, language and palette) with a fresh,
temporary data folder, at 1366×768, on the bundled event, with the clock fixed at 13 May 2025, 11:00 at the
venue, the bundled DejaVu fonts and the Fusion style, so the same code gives the same pictures anywhere.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOW = "2025-05-13T11:00"
SIZE = (1366, 768)
SHOTS: dict[str, tuple[str, str, str]] = {
    # file name: (language, colour scheme, agenda view)
    "screenshot.png": ("en", "light", "list"),
    "screenshot-dark.png": ("en", "dark", "timeline"),
    "screenshot-ru.png": ("ru", "light", "timeline"),
    "screenshot-checkin.png": ("en", "light", "checkin"),
    "screenshot-checkin-dark.png": ("en", "dark", "checkin"),
}


def take(name: str, out_dir: Path) -> Path:
    """Take one screenshot in this process (a QApplication must not exist yet)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    language, scheme, view = SHOTS[name]
    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    for font_file in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    app.setFont(font)

    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.paths import state_db_path
    from companion.resources import bundled_event_path
    from companion.services.container import Services
    from companion.sources import load_event
    from companion.store.database import open_state
    from companion.ui.colour_scheme import follow_colour_scheme
    from companion.ui.language import LanguageManager

    follow_colour_scheme(app)
    if scheme == "dark":
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if hints.colorScheme() != Qt.ColorScheme.Dark:  # offscreen: no platform theme to ask
            hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    languages = LanguageManager(parent=app)
    languages.apply(language, remember=False)
    event = load_event(bundled_event_path())
    state = open_state(state_db_path())
    services = Services.for_connection(state)
    clock = Clock.fixed(datetime.fromisoformat(NOW).replace(tzinfo=event.zone))
    window = create_main_window(event, services, clock, language, languages)
    window.resize(*SIZE)
    window.show()
    if view == "checkin":
        _stage_checkin(window, services, event.id)
    else:
        agenda = window.agenda
        agenda.set_view(view)
        session = agenda.session_now_or_next()
        if session is not None:
            agenda.show_session(session.id)
    for _ in range(20):  # let layouts, deferred jobs and the first paint settle
        app.processEvents()
    path = out_dir / name
    window.grab().save(str(path), "PNG")
    window.close()
    services.close()
    state.close()
    return path


def _stage_checkin(window: Any, services: Any, event_id: str) -> None:
    """The Check-in page of a desk mid-morning: the sample list, a few people in, one badge shown twice."""
    from companion.resources import resource_path
    from companion.ui.checkin.page import CheckinPage

    services.badges.import_list(event_id, resource_path("samples", "attendees-fictional.csv"))
    people = services.badges.attendees(event_id)
    page = window.page("CheckinPage")  # built on first use
    assert isinstance(page, CheckinPage)
    window.show_page(page)
    page.sounds.enabled = False
    page.runner.wait_until_idle()
    page.panes.operator_edit.setText("Maral")
    page.panes.operator_edit.editingFinished.emit()
    for person in people[:7]:
        page.submit_code(services.badges.token(event_id, person.id))
        page.runner.wait_until_idle()
    page.desk.forget_last_code()
    page.submit_code(services.badges.token(event_id, people[4].id))  # the same badge again: amber
    page.runner.wait_until_idle()
    page.search_edit.setText(people[9].family_name[:4])
    page.refresh()
    page.runner.wait_until_idle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files")
    parser.add_argument("--one", choices=sorted(SHOTS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(take(args.one, args.out))
        return 0
    for name in SHOTS:
        with tempfile.TemporaryDirectory(prefix="companion-shots-") as data:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_DATA_DIR": data, "LANGUAGE": "",
                   "QT_SCALE_FACTOR": "1"}
            subprocess.run([sys.executable, __file__, "--one", name, "--out", str(args.out)], env=env, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
