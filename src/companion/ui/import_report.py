"""The dialog shown after opening a schedule: what was read, which time zone and why, what was skipped.

When the file names no zone, the dialog offers a zone to read it in instead (the choice is remembered
for that event).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.message import fill
from companion.sources.report import ImportReport, ZoneSource
from companion.ui.file_problem import translated


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    """Every IANA zone name, sorted, without the legacy aliases' clutter (``posix/``, ``right/``)."""
    names = sorted(z for z in available_timezones() if not z.startswith(("posix/", "right/")) and "/" in z)
    return [*names, "UTC"]


def zone_display(name: str) -> str:
    """``Etc/GMT-1`` (POSIX sign, confusing) shown as ``UTC+01:00 (Etc/GMT-1)``; other names as they are."""
    if not name.startswith("Etc/"):
        return name
    offset = datetime.now(ZoneInfo(name)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d} ({name})"


class ImportReportDialog(QDialog):
    """Non-modal report of one import; emits :attr:`zone_chosen` when the user asks to re-read in a zone."""

    zone_chosen = Signal(str)

    def __init__(self, report: ImportReport, changes_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("ImportReportDialog")
        self.setWindowTitle(self.tr("Schedule opened"))
        layout = QVBoxLayout(self)
        heading = fill(self.tr("%1 (%2)"), report.path, translated(report.format))
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)

        counts = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, label, value in (
            ("sessions", self.tr("Sessions:"), report.sessions),
            ("days", self.tr("Days:"), report.days),
            ("rooms", self.tr("Rooms:"), report.rooms),
            ("people", self.tr("People:"), report.people),
            ("tracks", self.tr("Tracks:"), report.tracks),
        ):
            shown = QLabel(str(value), self)
            shown.setObjectName(f"count_{key}")
            self.count_labels[key] = shown
            counts.addRow(label, shown)
        self.zone_label = QLabel(self._zone_text(), self)
        self.zone_label.setObjectName("ZoneLabel")
        self.zone_label.setWordWrap(True)
        counts.addRow(self.tr("Time zone:"), self.zone_label)
        layout.addLayout(counts)

        self.zone_box: QComboBox | None = None
        self.reload_button: QPushButton | None = None
        if report.zone_is_assumed:
            row = QHBoxLayout()
            self.zone_box = QComboBox(self)
            self.zone_box.setObjectName("ZoneChooser")
            self.zone_box.setEditable(True)
            self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.zone_box.addItems(zone_names())
            self.zone_box.setCurrentText(report.zone)
            completer = QCompleter(zone_names(), self.zone_box)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.zone_box.setCompleter(completer)
            self.zone_box.setAccessibleName(self.tr("Time zone of this schedule"))
            zone_prompt = QLabel(self.tr("Read the times in &zone:"), self)
            zone_prompt.setBuddy(self.zone_box)
            self.reload_button = QPushButton(self.tr("&Reload in this zone"), self)
            self.reload_button.setObjectName("ReloadInZone")
            self.reload_button.clicked.connect(self._choose_zone)
            row.addWidget(zone_prompt)
            row.addWidget(self.zone_box, 1)
            row.addWidget(self.reload_button)
            layout.addLayout(row)

        if changes_text:
            self.changes_label = QLabel(changes_text, self)
            self.changes_label.setObjectName("ChangesNotice")
            self.changes_label.setWordWrap(True)
            layout.addWidget(self.changes_label)

        lines = [*(translated(note) for note in report.notes), *(translated(item.message) for item in report.skipped)]
        skipped_title = (
            self.tr("Skipped %n item(s) and noted:", "", len(report.skipped))
            if report.skipped
            else self.tr("Nothing skipped.") + (" " + self.tr("Notes:") if report.notes else "")
        )
        self.skipped_label = QLabel(skipped_title, self)
        layout.addWidget(self.skipped_label)
        self.details_model = QStringListModel(lines, self)
        self.details = QListView(self)
        self.details.setObjectName("ImportDetails")
        self.details.setModel(self.details_model)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Skipped items and notes"))
        self.details.setVisible(bool(lines))
        self.skipped_label.setBuddy(self.details)
        layout.addWidget(self.details, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(620, 420 if lines else 300)

    def _zone_text(self) -> str:
        """The zone and why it was used: the reader's own reason (which field, which offsets) when it gave one."""
        r = self.report
        if str(r.zone_reason):
            why = translated(r.zone_reason)
        elif r.zone_source is ZoneSource.FILE:
            why = self.tr("named in the file")
        elif r.zone_source is ZoneSource.CHOSEN:
            why = self.tr("the file names none; chosen by you")
        elif r.zone_source is ZoneSource.OFFSET:
            why = self.tr("the file names none; inferred from the UTC offset of its dates")
        else:
            why = self.tr("the file names none; UTC assumed. Choose the conference's zone below if that is wrong")
        return fill(self.tr("%1 — %2"), zone_display(r.zone), why)

    def _choose_zone(self) -> None:
        assert self.zone_box is not None
        zone = self.zone_box.currentText().strip()
        if zone not in zone_names():
            problem = fill(self.tr("“%1” is not a time zone name such as Europe/Brussels."), zone)
            self.zone_label.setText(problem)
            return
        self.zone_chosen.emit(zone)
        self.accept()
