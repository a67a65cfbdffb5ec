"""Fixtures for widget tests: a main window on the bundled event with a fixed clock and its own state file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

import pytest

from companion.domain.event import Event

DEMO_NOW = "2025-05-13T11:00"


@pytest.fixture
def make_window(qtbot, bundled_event: Event, state_conn: sqlite3.Connection) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """``make_window(now="2025-05-13T11:00", event=None, conn=None)`` builds and shows a MainWindow."""
    from companion.app import create_main_window
    from companion.clock import Clock

    def make(now: str = DEMO_NOW, event: Event | None = None, conn: sqlite3.Connection | None = None):  # type: ignore[no-untyped-def]
        ev = event or bundled_event
        clock = Clock.fixed(datetime.fromisoformat(now).replace(tzinfo=ev.zone))
        window = create_main_window(ev, conn or state_conn, clock)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make
