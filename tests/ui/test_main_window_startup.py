"""The first command a new user runs: ``companion`` opens and paints the window (checked in a real process)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_BENCH_FIRST_PAINT="1")
    env["COMPANION_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", "companion", *args], env=env, capture_output=True, text=True, timeout=90, check=False
    )


def test_companion_paints_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    done = _run(tmp_path, "--now", "2025-05-13T11:00")
    assert done.returncode == 0, done.stderr
    printed = done.stdout.splitlines()
    assert any(line.startswith("first-paint ") for line in printed)
    assert any(line.startswith("key ") for line in printed)  # a key typed at once is handled
    assert (tmp_path / "data" / "companion.sqlite3").exists()  # the window saved its state on closing


def test_companion_alone_paints_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    done = _run(tmp_path)  # what the desktop launcher runs: no option at all
    assert done.returncode == 0, done.stderr
    printed = done.stdout.splitlines()
    assert any(line.startswith("first-paint ") for line in printed)
    assert any(line.startswith("key ") for line in printed)
    assert (tmp_path / "data" / "companion.sqlite3").exists()


def test_a_file_given_with_event_is_read_once_and_its_report_shown(
    qtbot: Any, realdata: Path, state_conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion import app
    from companion.clock import Clock
    from companion.services.container import Services
    from companion.sources import loader
    from companion.sources.reading import read_bounded as real_read
    from companion.ui.open_event import EventOpener

    reads: list[Path] = []

    def counting_read(path: Path, **options: Any) -> bytes:
        reads.append(Path(path))
        return real_read(path, **options)

    monkeypatch.setattr(loader, "read_bounded", counting_read)
    path = realdata / "kielux2020.ics"
    services = Services.for_connection(state_conn)
    starting = app.starting_event(services, str(path))
    window = app.create_main_window(starting.event, services, Clock())
    qtbot.addWidget(window)
    opener = window.findChild(EventOpener)
    assert opener is not None
    shown = window.current_event
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        app.finish_start(window, starting)
    assert reads == [path]
    assert window.current_event is shown and shown.id == starting.event.id
    assert opener.report_dialog is not None and opener.report_dialog.count_labels["sessions"].text() == "24"
    opener.rebuild_recent_menu()
    assert [a.data() for a in opener.menu_recent.actions()] == [shown.id]


def test_the_bundled_event_file_is_read_once_when_the_window_starts_with_it(
    qtbot: Any, state_conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion import app
    from companion.clock import Clock
    from companion.services import events
    from companion.services.container import Services
    from companion.ui.open_event import EventOpener

    asked: list[str] = []
    monkeypatch.setattr(events, "bundled_event_id", lambda: asked.append("read") or "caccc-2025")
    services = Services.for_connection(state_conn)
    starting = app.starting_event(services, None)
    assert starting.bundled_id == starting.event.id
    window = app.create_main_window(starting.event, services, Clock(), bundled_id=starting.bundled_id)
    qtbot.addWidget(window)
    opener = window.findChild(EventOpener)
    assert opener is not None
    with qtbot.waitSignal(opener.noted, timeout=10_000):  # the start's event remembered after the first paint
        window.show()
    assert asked == []  # the bundled file's id came from the start's own read
    opener.rebuild_recent_menu()
    assert [a.data() for a in opener.menu_recent.actions()] == [starting.event.id]


def _shown_at_start(qtbot: Any, state_conn: sqlite3.Connection) -> tuple[Any, Any, list[Any]]:
    """The window as the start makes it (the starting event, the steps left for after the first paint), shown."""
    from companion import app
    from companion.clock import Clock
    from companion.services.container import Services

    services = Services.for_connection(state_conn)
    starting = app.starting_event(services, None)
    later: list[Any] = []
    window = app.create_main_window(starting.event, services, Clock(), later=later, bundled_id=starting.bundled_id)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, starting, later


def test_the_file_menu_gets_opening_and_addresses_right_after_the_first_paint(
    qtbot: Any, state_conn: sqlite3.Connection
) -> None:
    """The start leaves the File menu's opening and subscriptions for after its first paint: the menu has them
    once that work ran, and the starting event is still remembered (Open Recent) though no paint follows."""
    from companion.ui.open_event import EventOpener

    window, starting, later = _shown_at_start(qtbot, state_conn)
    texts = [a.text() for a in window.menu_file.actions()]
    assert "&Open…" not in texts and "Open &address…" not in texts
    assert "Export &desk package…" not in texts and "Import des&k package…" not in texts
    for step in later:
        step()
    opener = window.findChild(EventOpener)
    assert opener is not None
    texts = [a.text() for a in window.menu_file.actions()]
    assert {"&Open…", "Open &Recent", "Open &address…", "Su&bscriptions…"} <= set(texts)
    assert {"Export &desk package…", "Import des&k package…"} <= set(texts)
    with qtbot.waitSignal(opener.noted, timeout=10_000):
        pass  # noted on the next turn of the event loop, with no further paint needed
    opener.rebuild_recent_menu()
    assert [a.data() for a in opener.menu_recent.actions()] == [starting.event.id]


def test_the_steps_after_the_first_paint_run_one_per_turn_of_the_event_loop(qtbot: Any) -> None:
    """A key pressed right after the first paint waits behind one of the start's remaining steps, not all of them:
    each runs in a pass of the event loop of its own, in order; none runs once their window is gone."""
    from PySide6.QtCore import QCoreApplication, QObject

    from companion import app

    owner = QObject()
    ran: list[str] = []
    app.one_per_turn(owner, [lambda: ran.append("a"), lambda: ran.append("b"), lambda: ran.append("c")])
    assert ran == []
    for expected in (["a"], ["a", "b"], ["a", "b", "c"]):
        QCoreApplication.processEvents()  # one pass: what the step before posted waits for the next
        assert ran == expected
    from shiboken6 import Shiboken

    gone = QObject()
    app.one_per_turn(gone, [lambda: ran.append("late")])
    Shiboken.delete(gone)  # the window closed and deleted before the next pass
    qtbot.wait(50)
    assert "late" not in ran


_STEPS = """
import json
import sys

from PySide6.QtWidgets import QApplication

app = QApplication(["companion"])
from companion import app as companion_app
from companion.clock import Clock
from companion.services.container import Services
from companion.store.database import open_state

watched = set(companion_app.OPENING_IMPORTS + companion_app.SUBSCRIPTION_IMPORTS)
services = Services.for_connection(open_state(":memory:"))
later = []
window = companion_app.create_main_window(companion_app.starting_event(services, None).event, services, Clock(),
                                          later=later)
window.show()
app.processEvents()
before_steps = sorted(watched & set(sys.modules))
per_step = []
for step in later:
    before = set(sys.modules)
    step()
    app.processEvents()
    per_step.append(sorted(watched & (set(sys.modules) - before)))
print(json.dumps({"before": before_steps, "steps": per_step}))
"""


def test_the_file_features_modules_are_imported_one_per_step_after_the_first_paint(tmp_path: Path) -> None:
    """Opening files and schedule addresses import their modules after the first paint, one module per turn of
    the event loop (a few ms each), so a key pressed meanwhile never waits for all of them at once."""
    from companion import app

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", _STEPS], capture_output=True, text=True, check=True, timeout=120,
                          env=env)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    watched = set(app.OPENING_IMPORTS + app.SUBSCRIPTION_IMPORTS)
    assert set(found["before"]) <= {"hashlib"}  # none of them before the steps (the standard library's may be in)
    assert all(len(new) <= 1 for new in found["steps"]), found["steps"]
    assert watched - set(found["before"]) == {m for new in found["steps"] for m in new}


def test_the_steps_after_the_first_paint_do_not_read_the_bundled_file_again(
    qtbot: Any, state_conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the start's own order (one step per turn, the opener noting the starting event on the turn after its
    own), the opener knows the bundled event's id from the start's read."""
    from companion import app
    from companion.services import events
    from companion.ui.open_event import EventOpener

    asked: list[str] = []
    monkeypatch.setattr(events, "bundled_event_id", lambda: asked.append("read") or "caccc-2025")
    window, _starting, later = _shown_at_start(qtbot, state_conn)
    app.one_per_turn(window, later)

    def noted() -> bool:
        opener = window.findChild(EventOpener)
        return opener is not None and not opener.note_pending and not opener.busy()

    qtbot.waitUntil(noted, timeout=10_000)
    assert asked == []
