"""Calendar export in the window: "Add to calendar" (open the .ics with the system's calendar) and "Export…".

The workflow (choose the sessions, record revisions, build the file, write it atomically) is
:class:`companion.services.calendar.CalendarService`; here are its dialogs. The file is built off the GUI
thread through the window's job runner (a whole real schedule takes a few seconds in icalendar). The dialog
says what re-importing does in common clients, and which sessions cannot be exported (no published date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion import paths
from companion.domain.event import Event, Session
from companion.domain.message import QT_TRANSLATE_NOOP, fill
from companion.domain.text import pick
from companion.services.calendar import CalendarExport, CalendarService, ExportOptions, ExportScope, ScopeKind
from companion.services.container import Services
from companion.services.jobs import JobOutcome
from companion.ui.file_problem import translated, write_problem_text
from companion.ui.jobs import JobHandle, JobRunner
from companion.ui.session.formatting import long_day, zone_label

CALENDAR_FOLDER = "calendar"
"""Sub-folder of the user-data folder where "Add to calendar" writes its files."""
ALARM_KEY = "calendar/alarm_minutes"
"""Remembered reminder for exports ("" = none)."""
FOLDER_KEY = "calendar/last_folder"


def calendar_folder() -> Path:
    """Where "Add to calendar" keeps the files it hands to the calendar application."""
    folder = paths.data_dir() / CALENDAR_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def reimport_note() -> str:
    """What importing the same file again does in the common calendar applications."""
    return QCoreApplication.translate("CalendarExport",
        "Each session keeps the same identifier in every export. Importing an updated file again: "
        "Apple Calendar updates the sessions in place; Thunderbird asks or updates; Outlook and Google "
        "Calendar may add duplicates or skip sessions they already have, so delete the earlier import first "
        "(in Google Calendar, import into a calendar of its own that you can delete). "
        "Reminders are kept by Apple Calendar and Thunderbird; Google and Outlook ignore them in imported files."
    )


def content_note(event: Event) -> str:
    """How sessions appear in the file: zone, indicative and unpublished times."""
    return fill(QCoreApplication.translate("CalendarExport",
        "Times are in %1 with the time zone included, so your calendar shows them in your own zone. "
        "Indicative times are marked tentative and say so; sessions with a day but no published time become "
        "all-day entries marked “time not published”; sessions with no published date are left out."
    ), zone_label(event))


EXPORTING = QT_TRANSLATE_NOOP("Jobs", "Writing the calendar file")
CLOSE_WAIT_MS = 10_000


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user chose in the dialog."""

    scope: ExportScope
    options: ExportOptions
    action: str
    """``"open"`` (Add to calendar) or ``"save"`` (Export…)."""


class CalendarExportDialog(QDialog):
    """Choose what to export (one session, starred, a day, the whole event) and a reminder; explains re-import."""

    def __init__(
        self,
        event: Event,
        starred_ids: frozenset[str],
        current: Session | None,
        day: date | None,
        language: str = "en",
        initial: ScopeKind | None = None,
        alarm_minutes: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add sessions to your calendar"))
        self._event = event
        self._starred = starred_ids
        self._current = current
        self._language = language
        self.request: ExportRequest | None = None

        self.session_radio = QRadioButton(self)
        if current is not None:
            self.session_radio.setText(fill(self.tr("This session: %1"), pick(current.title, language)))
        else:
            self.session_radio.setText(self.tr("This session (none selected)"))
            self.session_radio.setEnabled(False)
        starred_count = len([s for s in starred_ids if s in event.sessions_by_id])
        self.starred_radio = QRadioButton(fill(self.tr("My starred sessions (%1)"), starred_count), self)
        self.starred_radio.setEnabled(starred_count > 0)
        self.day_radio = QRadioButton(self.tr("One day:"), self)
        self.day_combo = QComboBox(self)
        self.day_combo.setAccessibleName(self.tr("Day to export"))
        for d in sorted({s.day for s in event.sessions if s.day is not None}):
            self.day_combo.addItem(long_day(d), d.isoformat())  # findData cannot match Python dates
        if day is not None and self.day_combo.findData(day.isoformat()) >= 0:
            self.day_combo.setCurrentIndex(self.day_combo.findData(day.isoformat()))
        self.day_radio.setEnabled(self.day_combo.count() > 0)
        self.day_combo.currentIndexChanged.connect(lambda _: self.day_radio.setChecked(True))
        self.all_radio = QRadioButton(self.tr("The whole event"), self)
        self.scope_group = QButtonGroup(self)
        for button in (self.session_radio, self.starred_radio, self.day_radio, self.all_radio):
            self.scope_group.addButton(button)
            button.toggled.connect(self._update_summary)
        self.day_combo.currentIndexChanged.connect(self._update_summary)

        self.alarm_check = QCheckBox(self.tr("Add a reminder"), self)
        self.alarm_spin = QSpinBox(self)
        self.alarm_spin.setRange(0, 24 * 60)
        self.alarm_spin.setSuffix(self.tr(" min before"))
        self.alarm_spin.setAccessibleName(self.tr("Reminder minutes before the session"))
        self.alarm_spin.setValue(alarm_minutes if alarm_minutes is not None else 15)
        self.alarm_check.setChecked(alarm_minutes is not None)
        self.alarm_spin.setEnabled(alarm_minutes is not None)
        self.alarm_check.toggled.connect(self.alarm_spin.setEnabled)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be exported"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(content_note(event) + "\n\n" + reimport_note(), self)
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("About calendar files"))
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_button = QPushButton(self.tr("Add to calendar"), self)
        self.open_button.setToolTip(self.tr("Write the file and open it with your calendar application"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._accept("open"))
        self.save_button = QPushButton(self.tr("Export…"), self)
        self.save_button.setToolTip(self.tr("Save the calendar file where you choose"))
        self.save_button.clicked.connect(lambda: self._accept("save"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.session_radio, 0, 0, 1, 2)
        grid.addWidget(self.starred_radio, 1, 0, 1, 2)
        grid.addWidget(self.day_radio, 2, 0)
        grid.addWidget(self.day_combo, 2, 1)
        grid.addWidget(self.all_radio, 3, 0, 1, 2)
        alarm_row = QHBoxLayout()
        alarm_row.addWidget(self.alarm_check)
        alarm_row.addWidget(self.alarm_spin)
        alarm_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(alarm_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        choice = {
            ScopeKind.SESSIONS: self.session_radio,
            ScopeKind.STARRED: self.starred_radio,
            ScopeKind.DAY: self.day_radio,
            ScopeKind.ALL: self.all_radio,
        }.get(initial) if initial else None
        if choice is None or not choice.isEnabled():
            choice = next(b for b in (self.session_radio, self.starred_radio, self.day_radio, self.all_radio)
                          if b.isEnabled())
        choice.setChecked(True)
        self._update_summary()

    # -- choices ---------------------------------------------------------------------------------------
    def scope(self) -> ExportScope:
        if self.session_radio.isChecked() and self._current is not None:
            return ExportScope.of_sessions([self._current.id])
        if self.starred_radio.isChecked():
            return ExportScope.of_starred(self._starred)
        if self.day_radio.isChecked():
            return ExportScope.of_day(date.fromisoformat(self.day_combo.currentData()))
        return ExportScope.everything()

    def options(self) -> ExportOptions:
        minutes = self.alarm_spin.value() if self.alarm_check.isChecked() else None
        return ExportOptions(alarm_minutes=minutes, language=self._language)

    def _update_summary(self, *_: object) -> None:
        sessions = self.scope().select(self._event)
        undated = [s for s in sessions if s.day is None]
        untimed = [s for s in sessions if s.day is not None and s.start is None]
        count = len(sessions) - len(undated)
        text = fill(self.tr("Sessions to export: %1."), count)
        if untimed:
            text += " " + fill(self.tr("Without a published time, so all-day entries: %1."), len(untimed))
        if undated:
            names = "; ".join(pick(s.title, self._language) for s in undated)
            text += " " + fill(self.tr("Left out, no date published: %1."), names)
        gone = sorted(set(self._starred) - set(self._event.sessions_by_id))
        if gone and self.starred_radio.isChecked():
            text += " " + fill(self.tr(
                "Starred but no longer in the programme: %1; written as cancelled where their last known time "
                "is stored, so your calendar drops them."
            ), ", ".join(gone))
        self.summary.setText(text)
        self.open_button.setEnabled(count > 0)
        self.save_button.setEnabled(count > 0)

    def _accept(self, action: str) -> None:
        self.request = ExportRequest(self.scope(), self.options(), action)
        self.accept()


class CalendarExporter(QObject):
    """Runs an export through the job runner, then opens the file or saves it where the user chooses.

    ``message`` carries one-line results for the status bar; ``done`` the path written (or None).
    """

    message = Signal(str)
    done = Signal(object)

    def __init__(
        self,
        event: Event,
        services: Services,
        parent_widget: QWidget,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._event = event
        self._calendar: CalendarService = services.calendar
        self._parent_widget = parent_widget
        self.jobs = runner or JobRunner(self)
        self.last_folder: Path | None = None
        parent_widget.installEventFilter(self)  # a file being written is finished before the window goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent_widget and event.type() == QEvent.Type.Close:
            self.jobs.wait_until_idle(CLOSE_WAIT_MS)
        return super().eventFilter(watched, event)

    def set_event(self, event: Event) -> None:
        self._event = event

    def busy(self) -> bool:
        return self.jobs.busy()

    def run(self, request: ExportRequest) -> JobHandle[CalendarExport] | None:
        """Ask where to save (for "Export…"), then build and write the file in the background."""
        name = request.scope.file_name(self._event)
        if request.action == "open":
            target = calendar_folder() / name
        else:
            start = self.last_folder or Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent_widget,
                self.tr("Export calendar file"),
                str(start / name),
                self.tr("iCalendar files (*.ics);;All files (*)"),
            )
            if not chosen:
                self.message.emit(self.tr("Export cancelled."))
                self.done.emit(None)
                return None
            target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".ics")
        handle = self.jobs.start(
            EXPORTING, self._calendar.export_job(self._event, request.scope, request.options, target))
        handle.succeeded.connect(lambda result: self._finished(request, result))
        handle.failed.connect(lambda outcome: self._failed(target, outcome))
        self.message.emit(self.tr("Preparing the calendar file…"))
        return handle

    def _failed(self, target: Path, outcome: JobOutcome[CalendarExport]) -> None:
        if isinstance(outcome.cause, OSError):
            text = fill(self.tr("Companion could not write %1: %2"), target, write_problem_text(outcome.cause))
        else:
            text = translated(outcome.message or "")
        QMessageBox.warning(self._parent_widget, self.tr("Calendar file not written"), text)
        self.done.emit(None)

    def _finished(self, request: ExportRequest, result: CalendarExport) -> None:
        target = result.path
        assert target is not None  # the job writes the file before it succeeds
        ics = result.ics
        if request.action == "save":
            self.last_folder = target.parent
        text = fill(self.tr("Sessions written: %1, to %2."), ics.event_count, target)
        if ics.skipped:
            text += " " + fill(self.tr("Left out (no date published): %1."), len(ics.skipped))
        if ics.cancelled:
            text += " " + fill(self.tr("Written as cancelled (no longer in the programme): %1."),
                               ", ".join(f.title or f.id for f in ics.cancelled))
        if result.not_cancelled:
            text += " " + fill(self.tr(
                "Starred but no longer in the programme, and their last known time is not stored, so not "
                "written as cancelled: %1."
            ), ", ".join(result.not_cancelled))
        if request.action == "open" and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            text += " " + self.tr("No calendar application opened it; import the file from your calendar.")
        self.message.emit(text)
        self.done.emit(target)
