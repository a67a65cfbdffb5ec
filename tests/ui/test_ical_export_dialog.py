"""Calendar export in the window: the dialog's choices, "Add to calendar" opening the file, "Export…" saving it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from companion import paths
from companion.domain.event import Event
from companion.exports.ical import ExportOptions, ExportScope, ScopeKind
from companion.services.container import Services
from companion.ui.calendar_export import CalendarExportDialog, CalendarExporter, ExportRequest


def _uids(path: Path) -> set[str]:
    return {str(e["UID"]).split("@")[0] for e in icalendar.Calendar.from_ical(path.read_bytes()).events}


def test_the_dialog_offers_each_scope_and_explains_reimport(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    current = bundled_event.session("opening-ceremony")
    dialog = CalendarExportDialog(
        bundled_event, frozenset({"un-agencies-panel", "final-session-closing"}), current, date(2025, 5, 13),
        initial=ScopeKind.STARRED,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.starred_radio.isChecked()
    assert dialog.starred_radio.text() == "My starred sessions (2)"
    assert "Times are in Ashgabat time, UTC+05:00 with the time zone included" in dialog.notes.text()
    assert "Apple Calendar updates the sessions in place" in dialog.notes.text()
    assert "Outlook and Google Calendar may add duplicates or skip" in dialog.notes.text()
    assert "Sessions to export: 1." in dialog.summary.text()
    assert "Final session and closing ceremony" in dialog.summary.text()  # left out: no date published
    qtbot.mouseClick(dialog.day_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.day_radio.height() // 2))
    assert dialog.scope() == ExportScope.of_day(date(2025, 5, 13))
    qtbot.mouseClick(dialog.alarm_check, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.alarm_check.height() // 2))
    dialog.alarm_spin.setValue(20)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.request == ExportRequest(ExportScope.of_day(date(2025, 5, 13)), ExportOptions(alarm_minutes=20),
                                           "save")


def test_without_a_selection_or_stars_those_scopes_are_disabled(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    dialog = CalendarExportDialog(bundled_event, frozenset(), None, None, initial=ScopeKind.SESSIONS)
    qtbot.addWidget(dialog)
    assert not dialog.session_radio.isEnabled() and not dialog.starred_radio.isEnabled()
    assert dialog.day_radio.isChecked()


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_add_to_calendar_writes_the_file_and_opens_it(qtbot, bundled_event: Event, parent: QWidget,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    exporter = CalendarExporter(bundled_event, Services(paths.state_db_path), parent)
    messages: list[str] = []
    exporter.message.connect(messages.append)
    request = ExportRequest(ExportScope.of_sessions(["opening-ceremony"]), ExportOptions(), "open")
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        exporter.run(request)
    path = done.args[0]
    assert path == paths.data_dir() / "calendar" / "caccc-2025-opening-ceremony.ics"
    assert _uids(path) == {"opening-ceremony"}
    assert [Path(u.toLocalFile()) for u in opened] == [path]
    assert "Sessions written: 1" in messages[-1]


def test_when_no_calendar_application_opens_it_the_user_is_told(qtbot, bundled_event: Event, parent: QWidget,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    exporter = CalendarExporter(bundled_event, Services(paths.state_db_path), parent)
    messages: list[str] = []
    exporter.message.connect(messages.append)
    with qtbot.waitSignal(exporter.done, timeout=10_000):
        exporter.run(ExportRequest(ExportScope.everything(), ExportOptions(), "open"))
    assert "import the file from your calendar" in messages[-1]
    assert "Left out (no date published): 5" in messages[-1]


def test_export_saves_where_the_user_chooses(qtbot, bundled_event: Event, parent: QWidget, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def choose(parent, title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "my-day"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    exporter = CalendarExporter(bundled_event, Services(paths.state_db_path), parent)
    request = ExportRequest(ExportScope.of_day(date(2025, 5, 14)), ExportOptions(alarm_minutes=5), "save")
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        exporter.run(request)
    assert asked[0].endswith("caccc-2025-2025-05-14.ics")
    assert done.args[0] == tmp_path / "my-day.ics"
    assert "transboundary-landscapes-panel" in _uids(tmp_path / "my-day.ics")


def test_a_cancelled_save_writes_nothing(qtbot, bundled_event: Event, parent: QWidget, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    exporter = CalendarExporter(bundled_event, Services(paths.state_db_path), parent)
    with qtbot.waitSignal(exporter.done, timeout=5_000) as done:
        exporter.run(ExportRequest(ExportScope.everything(), ExportOptions(), "save"))
    assert done.args == [None]
    assert list(tmp_path.glob("*.ics")) == []
