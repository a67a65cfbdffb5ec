"""Reminders while the app runs: a desktop notification N minutes before each starred session.

Off by default; N is kept in the settings table. The check follows the app's :class:`~companion.clock.Clock`
(so ``--now`` demos and tests drive it) and runs on a QTimer; :meth:`ReminderService.check` can be called
directly. A reminder goes to the system tray's notification when the desktop has one, else to a non-modal
notice in the window. Each session is announced once per start time, so a moved session is announced again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from companion.clock import Clock
from companion.domain.agenda import programme_order
from companion.domain.event import Event, Session, TimeStatus
from companion.domain.message import fill
from companion.domain.text import pick
from companion.services.settings import SettingsService
from companion.ui.session.formatting import clock_text, room_name, zone_label

MINUTES_KEY = "reminders/minutes_before"
"""Settings key: minutes before a starred session; absent or empty means reminders are off."""
DEFAULT_MINUTES = 10
MAX_MINUTES = 240
CHECK_INTERVAL_MS = 15_000


def reminder_minutes(settings: SettingsService) -> int | None:
    """The chosen lead time, or None when reminders are off (the default)."""
    value = settings.get(MINUTES_KEY)
    if not value:
        return None
    try:
        minutes = int(value)
    except ValueError:
        return None
    return minutes if 0 < minutes <= MAX_MINUTES else None


def set_reminder_minutes(settings: SettingsService, minutes: int | None) -> None:
    if minutes is None:
        settings.delete(MINUTES_KEY)
    else:
        settings.set(MINUTES_KEY, str(max(1, min(MAX_MINUTES, minutes))))


def due_sessions(sessions: list[Session], now: datetime, minutes: int) -> list[Session]:
    """Timed sessions that start within ``minutes`` after ``now`` (not those already running)."""
    lead = timedelta(minutes=minutes)
    return sorted(
        (s for s in sessions if s.start is not None and now < s.start <= now + lead),
        key=programme_order,
    )


class ReminderService(QObject):
    """Checks the starred sessions against the clock and emits ``reminder_due`` once per session and start."""

    reminder_due = Signal(Session)
    """A starred Session that starts within the chosen minutes."""

    def __init__(
        self,
        clock: Clock,
        settings: SettingsService,
        starred_sessions: Callable[[], list[Session]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._starred_sessions = starred_sessions
        self._announced: set[tuple[str, datetime]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.apply_settings()

    @property
    def minutes(self) -> int | None:
        return reminder_minutes(self._settings)

    def set_minutes(self, minutes: int | None) -> None:
        set_reminder_minutes(self._settings, minutes)
        self.apply_settings()

    def apply_settings(self) -> None:
        """Start or stop the timer to match the setting, and check at once when on."""
        if self.minutes is None:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
        self.check()

    def check(self) -> list[Session]:
        """Announce every starred session now due; returns the ones announced by this call."""
        minutes = self.minutes
        if minutes is None:
            return []
        fresh = []
        for s in due_sessions(self._starred_sessions(), self._clock.now(), minutes):
            assert s.start is not None
            key = (s.id, s.start)
            if key in self._announced:
                continue
            self._announced.add(key)
            fresh.append(s)
            self.reminder_due.emit(s)
        return fresh


def reminder_text(event: Event, session: Session, now: datetime, language: str = "en") -> tuple[str, str]:
    """The notification's title and body."""
    assert session.start is not None
    left = max(0, round((session.start - now).total_seconds() / 60))
    title = fill(QCoreApplication.translate("Reminders", "Starts in %1 min"), left)
    start = clock_text(session.start.astimezone(event.zone))
    when = fill(QCoreApplication.translate("Reminders", "%1 %2"), start, zone_label(event, session.day))
    if session.time_status is TimeStatus.INDICATIVE:
        when += " " + QCoreApplication.translate("Reminders", "(indicative time)")
    body = "\n".join((pick(session.title, language), when, room_name(event, session, language)))
    return title, body


class DesktopNotifier(QObject):
    """Shows reminders: the system tray's notification where the desktop has one, else a notice in the window."""

    def __init__(self, window: QWidget, show_in_window: Callable[[str], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._show_in_window = show_in_window
        self.tray: QSystemTrayIcon | None = None
        self.last_notice: QMessageBox | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            icon = window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("Companion reminders"))

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    def notify(self, title: str, body: str) -> None:
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 30_000)
            return
        if self._show_in_window is not None:
            self._show_in_window(f"{title}: {body.splitlines()[0]}")
        if self.last_notice is not None:
            self.last_notice.close()
        box = QMessageBox(QMessageBox.Icon.Information, title, body, QMessageBox.StandardButton.Ok, self._window)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_notice)
        self.last_notice = box
        box.show()

    def _forget_notice(self) -> None:
        self.last_notice = None


class ReminderSettingsDialog(QDialog):
    """Turn reminders on or off and choose how many minutes before a starred session they come."""

    def __init__(self, minutes: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self.enabled = QCheckBox(self.tr("Remind me before my starred sessions"), self)
        self.enabled.setChecked(minutes is not None)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(minutes or DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes before"))
        self.minutes.setAccessibleName(self.tr("Minutes before the session"))
        self.minutes.setEnabled(minutes is not None)
        self.enabled.toggled.connect(self.minutes.setEnabled)
        note = QLabel(self.tr(
            "Reminders come while Companion is running, as a desktop notification where your desktop has "
            "one, otherwise as a notice in the window. Sessions without a published time get none."
        ), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_minutes(self) -> int | None:
        return self.minutes.value() if self.enabled.isChecked() else None
