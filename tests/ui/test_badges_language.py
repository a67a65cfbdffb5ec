"""Switching language while the Badges page runs a job waits: the job would lose the page it reports to."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.i18n import SETTINGS_KEY
from companion.store.attendees import AttendeeStore
from companion.store.settings import Settings
from companion.ui.badges.page import BadgesPage
from companion.ui.language import LanguageManager, WindowRebuilder


@pytest.fixture
def languages(state_conn: sqlite3.Connection) -> Iterator[LanguageManager]:
    before = QLocale()
    manager = LanguageManager(Settings(state_conn), stretch=None)
    manager.apply("en", remember=False)
    yield manager
    manager.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def rebuilder(qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection,
              languages: LanguageManager) -> WindowRebuilder:
    from companion.app import create_main_window
    from companion.clock import Clock

    clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))

    def make(code: str):  # type: ignore[no-untyped-def]
        window = create_main_window(bundled_event, state_conn, clock, code, languages)
        qtbot.addWidget(window)
        return window

    for n in range(8):
        AttendeeStore(state_conn, bundled_event.id).save(Attendee(f"R-{n}", "Ann", f"Lee{n}"))
    window = make("en")
    window.show()
    qtbot.waitExposed(window)
    return WindowRebuilder(languages, window, make)


def test_language_switch_waits_for_a_running_badge_job(qtbot: QtBot, rebuilder: WindowRebuilder,
                                                       languages: LanguageManager,
                                                       state_conn: sqlite3.Connection) -> None:
    window = rebuilder.window
    page = window.page("BadgesPage")  # built on first use
    assert isinstance(page, BadgesPage)
    page.reload()
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert page.busy()
        languages.apply("ru", remember=True)  # View → Language → Русский while the badges are drawn
        assert rebuilder.window is window
    qtbot.waitUntil(lambda: languages.current == "en")
    assert rebuilder.window is window and window.language == "en"
    assert window.current_page() is page
    assert "Finish or cancel" in window.statusBar().currentMessage()
    assert page.document.pageCount() > 0  # the job finished into the page that is still shown
    assert Settings(state_conn).get(SETTINGS_KEY) == "en"  # the next start opens in the window's language

    assert not page.busy()  # once it is done, the switch goes through
    languages.apply("ru", remember=True)
    assert rebuilder.window is not window and rebuilder.window.language == "ru"
