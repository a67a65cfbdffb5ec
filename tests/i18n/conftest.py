"""Fixtures for language tests: the state database, a language manager, the main window in a language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from companion.domain.event import Event
from companion.store.settings import Settings
from companion.ui.language import LanguageManager


@pytest.fixture
def languages(qapp: Any, state_conn: sqlite3.Connection) -> Iterator[LanguageManager]:
    """A manager with no translator installed yet; the locale and translators are restored afterwards."""
    before = QLocale()
    manager = LanguageManager(Settings(state_conn), stretch=None)
    yield manager
    manager.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def window_in(
    qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection, languages: LanguageManager
) -> Callable[[str], Any]:
    """``window_in("ru")``: the main window on the bundled event, shown, in that language (11:00 on day 1)."""
    from companion.app import create_main_window
    from companion.clock import Clock

    def make(code: str) -> Any:
        languages.apply(code, remember=False)
        clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))
        window = create_main_window(bundled_event, state_conn, clock, code, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
