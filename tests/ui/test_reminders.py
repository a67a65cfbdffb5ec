"""Reminders: off by default, N minutes before a starred session, once, following the app's clock."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.clock import Clock
from companion.domain.event import Event, Session
from companion.store.settings import Settings
from companion.ui.reminders import (
    DesktopNotifier,
    ReminderService,
    ReminderSettingsDialog,
    reminder_minutes,
    reminder_text,
    set_reminder_minutes,
)


def _at(event: Event, hhmm: str) -> Clock:
    return Clock.fixed(datetime.fromisoformat(f"2025-05-13T{hhmm}").replace(tzinfo=event.zone))


@pytest.fixture
def starred(bundled_event: Event) -> list[Session]:
    by_id = bundled_event.sessions_by_id
    return [by_id["un-agencies-panel"], by_id["climate-finance-panel"], by_id["resiland-rac-3"]]


def test_reminders_are_off_by_default(bundled_event: Event, state_conn: sqlite3.Connection,
                                      starred: list[Session]) -> None:
    settings = Settings(state_conn)
    assert reminder_minutes(settings) is None
    service = ReminderService(_at(bundled_event, "15:25"), settings, lambda: starred)
    assert service.check() == []
    assert not service.timer.isActive()


def test_a_starred_session_is_announced_once_n_minutes_before(bundled_event: Event, state_conn: sqlite3.Connection,
                                                              starred: list[Session]) -> None:
    settings = Settings(state_conn)
    set_reminder_minutes(settings, 10)
    heard: list[str] = []
    service = ReminderService(_at(bundled_event, "13:45"), settings, lambda: starred)
    service.reminder_due.connect(lambda s: heard.append(s.id))
    assert heard == []  # 14:00 is 15 minutes away
    service._clock = _at(bundled_event, "13:51")
    assert [s.id for s in service.check()] == ["climate-finance-panel"]
    assert service.check() == []  # once
    service._clock = _at(bundled_event, "15:21")
    service.check()
    service._clock = _at(bundled_event, "15:35")  # already running: no reminder any more
    service.check()
    assert heard == ["climate-finance-panel", "un-agencies-panel"]
    assert service.timer.isActive()


def test_the_timer_drives_the_check(qtbot, bundled_event: Event, state_conn: sqlite3.Connection,  # type: ignore[no-untyped-def]
                                    starred: list[Session]) -> None:
    settings = Settings(state_conn)
    service = ReminderService(_at(bundled_event, "15:25"), settings, lambda: starred)
    service.timer.setInterval(20)
    with qtbot.waitSignal(service.reminder_due, timeout=2000) as due:
        service.set_minutes(15)  # turning reminders on starts the timer
    assert due.args[0].id == "un-agencies-panel"


def test_the_setting_is_kept_in_the_state_database(state_conn: sqlite3.Connection) -> None:
    set_reminder_minutes(Settings(state_conn), 25)
    assert reminder_minutes(Settings(state_conn)) == 25
    set_reminder_minutes(Settings(state_conn), None)
    assert reminder_minutes(Settings(state_conn)) is None


def test_the_notice_names_the_session_its_time_zone_and_the_indicative_mark(
    qtbot, bundled_event: Event, starred: list[Session]  # type: ignore[no-untyped-def]
) -> None:
    title, body = reminder_text(bundled_event, starred[0], _at(bundled_event, "15:20").now())
    assert title == "Starts in 10 min"
    assert "UN agencies panel" in body and "15:30" in body and "UTC+05:00" in body and "indicative" in body
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    shown: list[str] = []
    notifier = DesktopNotifier(window, shown.append)
    assert not notifier.uses_tray  # offscreen has no system tray: the notice comes in the window
    notifier.notify(title, body)
    box = notifier.last_notice
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert "UN agencies panel" in box.text()
    assert shown == ["Starts in 10 min: UN agencies panel"]
    box.close()


def test_the_settings_dialog_turns_reminders_on_with_a_lead_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReminderSettingsDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.chosen_minutes() is None and not dialog.minutes.isEnabled()
    qtbot.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "20")
    assert dialog.chosen_minutes() == 20
