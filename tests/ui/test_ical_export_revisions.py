"""The window's calendar export keeps per-session revisions: a moved session supersedes its earlier copy,
and a starred session that left the programme is written as cancelled."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from companion import paths
from companion.domain.event import Event
from companion.exports.ical import ExportOptions, ExportScope
from companion.services.container import Services
from companion.sources import load_event
from companion.store.database import open_state
from companion.store.revisions import SessionRevisions
from companion.ui.calendar_export import CalendarExportDialog, CalendarExporter, ExportRequest
from nexus_schedule import DROPPED, KEPT, write_schedule


class _Window(QWidget):
    """Stands in for the main window, which carries the services on the user-state file."""

    def __init__(self, state: sqlite3.Connection) -> None:
        super().__init__()
        self.services = Services.for_connection(state)


@pytest.fixture
def window(qtbot) -> Iterator[_Window]:  # type: ignore[no-untyped-def]
    conn = open_state(paths.state_db_path())
    widget = _Window(conn)
    qtbot.addWidget(widget)
    yield widget
    widget.services.close()
    conn.close()


def _export(qtbot, exporter: CalendarExporter, ids: list[str]) -> dict[str, vobject.base.Component]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        exporter.run(ExportRequest(ExportScope.of_sessions(ids), ExportOptions(), "open"))
    path: Path = done.args[0]
    return {ve.uid.value.split("@")[0]: ve for ve in vobject.readOne(path.read_text("utf-8")).vevent_list}


def test_a_session_moved_in_the_data_is_exported_with_a_higher_sequence(  # type: ignore[no-untyped-def]
    qtbot, bundled_event: Event, window: _Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    exporter = CalendarExporter(bundled_event, window.services, window)
    timed = [s for s in bundled_event.sessions if s.start is not None and s.end is not None][:2]
    ids = [s.id for s in timed]
    before = _export(qtbot, exporter, ids)
    moved_session = replace(timed[0], start=timed[0].start + timedelta(hours=2),  # type: ignore[operator]
                            end=timed[0].end + timedelta(hours=2))  # type: ignore[operator]
    moved = replace(bundled_event, sessions=tuple(moved_session if s.id == ids[0] else s
                                                  for s in bundled_event.sessions))
    exporter.set_event(moved)
    after = _export(qtbot, exporter, ids)
    assert after[ids[0]].dtstart.value == before[ids[0]].dtstart.value + timedelta(hours=2)
    assert int(after[ids[0]].sequence.value) == int(before[ids[0]].sequence.value) + 1
    assert after[ids[0]].last_modified.value > before[ids[0]].last_modified.value
    assert after[ids[1]].sequence.value == before[ids[1]].sequence.value
    assert after[ids[1]].last_modified.value == before[ids[1]].last_modified.value


def test_the_window_writes_cancellations_and_names_what_it_cannot_cancel(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    conn = open_state(paths.state_db_path())
    try:
        SessionRevisions(conn, "nexus25").record(load_event(write_schedule(tmp_path, "v1.xml", KEPT, DROPPED)))
        event = load_event(write_schedule(tmp_path, "v2.xml", KEPT))
        starred = frozenset({"kept", "dropped", "ghost"})
        dialog = CalendarExportDialog(event, starred, None, None)
        qtbot.addWidget(dialog)
        dialog.starred_radio.setChecked(True)
        assert "no longer in the programme: dropped, ghost" in dialog.summary.text()
        parent = QWidget()
        qtbot.addWidget(parent)
        exporter = CalendarExporter(event, Services.for_connection(conn), parent)
        messages: list[str] = []
        exporter.message.connect(messages.append)
        with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
            exporter.run(ExportRequest(ExportScope.of_starred(starred), ExportOptions(), "open"))
    finally:
        conn.close()
    cal = icalendar.Calendar.from_ical(Path(done.args[0]).read_bytes())
    status = {str(e["UID"]): str(e["STATUS"]) for e in cal.events}
    assert status == {"kept@nexus25.companion": "CONFIRMED", "dropped@nexus25.companion": "CANCELLED"}
    assert "Written as cancelled (no longer in the programme): Snow; cover, and ice." in messages[-1]
    assert "not written as cancelled: ghost." in messages[-1]
