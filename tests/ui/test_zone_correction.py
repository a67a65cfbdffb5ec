"""A zone corrected on reload is not a change: no session is listed as moved, the correction is said once,
and calendars move the sessions exported before (higher SEQUENCE, the right UTC instants)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.domain.changes import ChangeKind
from companion.exports.ical import ExportOptions, ExportScope
from companion.ui.open_event import EventOpener

SESSION = "11795"  # FOSDEM 2021, Saturday 09:00 in Brussels


def _export(window: Any, path: Path) -> dict[str, Any]:
    window.services.calendar.export(window.current_event, ExportScope.of_sessions([SESSION, "11164"]),
                                    ExportOptions(), path)
    return {ve.uid.value.split("@")[0]: ve for ve in vobject.readOne(path.read_text("utf-8")).vevent_list}


def test_reloading_in_the_suggested_zone_moves_nothing_and_says_so_once(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    opener = window.findChild(EventOpener)
    page = window.page("WhatChangedPage")  # built on first use
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(realdata / "fosdem2021.schedule.xml"), ""))
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        opener.action_open.trigger()
    assert window.current_event.timezone == "UTC"
    before = _export(window, tmp_path / "before.ics")
    assert before[SESSION].dtstart.value.astimezone(UTC) == datetime(2021, 2, 6, 9, 0, tzinfo=UTC)

    dialog = opener.report_dialog
    dialog.zone_box.setFocus()
    dialog.zone_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone_box.lineEdit(), "Europe/Brussels")
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert window.current_event.timezone == "Europe/Brussels"

    changes = page.changes
    assert changes.count(ChangeKind.MOVED_TIME) == 0 and changes.is_empty
    assert changes.rezoned == "Europe/Brussels"
    assert page.summary.text().count("Europe/Brussels") == 1
    assert "moved" not in page.summary.text()
    report_text = " ".join(label.text() for label in opener.report_dialog.findChildren(type(page.summary)))
    assert report_text.count("Times re-read in Europe/Brussels") == 1

    after = _export(window, tmp_path / "after.ics")
    for sid in (SESSION, "11164"):
        assert int(after[sid].sequence.value) == int(before[sid].sequence.value) + 1
    assert after[SESSION].dtstart.value.astimezone(UTC) == datetime(2021, 2, 6, 8, 0, tzinfo=UTC)
