"""Opening other schedules in the window: File → Open…, drag and drop, recent events, the report, failures."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from companion.ui.open_event import EventOpener


def _opener(window: Any) -> EventOpener:
    opener = window.findChild(EventOpener)
    assert opener is not None
    return opener


def _open_via_menu(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, path: Path) -> EventOpener:
    opener = _opener(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        opener.action_open.trigger()
    return opener


def test_file_open_reads_36c3_off_the_gui_thread_and_reports(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    opener = _open_via_menu(qtbot, window, monkeypatch, realdata / "36c3.schedule.json")
    assert window.current_event.id == "36c3" and len(window.current_event.sessions) == 1351
    assert "36th Chaos Communication Congress" in window.windowTitle() or "36c3" in window.windowTitle()
    dialog = opener.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.count_labels["sessions"].text() == "1351"
    assert dialog.count_labels["rooms"].text() == "92"
    zone_text = dialog.zone_label.text()
    assert "every session date carries the offset" in zone_text and "UTC+01:00" in zone_text
    assert opener.progress_dialog is None and not opener.is_loading


def test_open_action_is_in_the_file_menu_with_its_shortcut(make_window: Callable[..., Any]) -> None:
    window = make_window()
    opener = _opener(window)
    titles = [a.text() for a in window.menu_file.actions()]
    assert "&Open…" in titles and "Open &Recent" in titles and "Export &schedule.json…" in titles
    assert not opener.action_open.shortcut().isEmpty()


def test_unreadable_file_keeps_the_event_and_names_file_and_place(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    bad = tmp_path / "broken.xml"
    bad.write_text("<schedule>\n<day index='1'>\n<room>", "utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    opener = _opener(window)
    with qtbot.waitSignal(opener.failed, timeout=10_000):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        opener.action_open.trigger()
    assert window.current_event.id == "caccc-2025"
    assert len(shown) == 1 and "broken.xml" in shown[0] and "line 3" in shown[0]
    assert "still shows CACCC-2025" in shown[0]


# QDragEnterEvent has only the QPoint constructor PySide6 marks deprecated; a drop cannot be made otherwise.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drop_a_file_on_the_window(qtbot: Any, make_window: Callable[..., Any], realdata: Path) -> None:
    window = make_window()
    opener = _opener(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(realdata / "debconf23.schedule.xml"))])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        QApplication.sendEvent(window, drop)
    assert window.current_event.id == "debconf23" and window.current_event.timezone == "Asia/Kolkata"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_text_drop_is_refused(make_window: Callable[..., Any]) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_recent_menu_reopens_an_event_with_its_chosen_zone(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    opener = _open_via_menu(qtbot, window, monkeypatch, realdata / "fosdem2021.schedule.xml")
    assert window.current_event.timezone == "UTC"
    dialog = opener.report_dialog
    assert dialog is not None and dialog.zone_box is not None and dialog.reload_button is not None
    dialog.zone_box.setFocus()
    dialog.zone_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone_box.lineEdit(), "Europe/Brussels")
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert window.current_event.timezone == "Europe/Brussels"
    assert window.current_event.session("11795").start is not None
    assert window.current_event.session("11795").start.strftime("%H:%M %z") == "09:00 +0100"

    _open_via_menu(qtbot, window, monkeypatch, realdata / "debconf23.schedule.xml")
    opener.rebuild_recent_menu()
    actions = opener.menu_recent.actions()
    assert [a.data() for a in actions[:2]] == ["debconf23", "fosdem-2021"]
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        actions[1].trigger()
    assert window.current_event.id == "fosdem-2021" and window.current_event.timezone == "Europe/Brussels"


def test_stars_never_mix_between_events(
    qtbot: Any,
    make_window: Callable[..., Any],
    realdata: Path,
    monkeypatch: pytest.MonkeyPatch,
    state_conn: sqlite3.Connection,
) -> None:
    window = make_window()
    state_conn.execute("INSERT INTO stars VALUES ('caccc-2025', 'opening-ceremony', '2025-05-01T00:00:00+00:00')")
    opener = _open_via_menu(qtbot, window, monkeypatch, realdata / "pretalx-democon.schedule.json")
    from companion.store.events import starred_session_ids

    assert starred_session_ids(state_conn, window.current_event.id) == set()
    state_conn.execute(
        "INSERT INTO stars VALUES ('democon', '8079583e-8321-506c-95af-fd2903a5f075', '2025-05-01T00:00:00+00:00')"
    )
    opener.rebuild_recent_menu()
    back = next(a for a in opener.menu_recent.actions() if a.data() == "caccc-2025")
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        back.trigger()
    assert window.current_event.id == "caccc-2025"
    assert starred_session_ids(state_conn, "caccc-2025") == {"opening-ceremony"}
    assert starred_session_ids(state_conn, "democon") == {"8079583e-8321-506c-95af-fd2903a5f075"}


def test_export_schedule_menu_item_writes_a_valid_file(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    target = tmp_path / "caccc.schedule.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    _opener(window).action_export.trigger()
    schema = json.loads((realdata / "schedule.schema.json").read_text("utf-8"))
    doc = json.loads(target.read_text("utf-8"))
    jsonschema.Draft6Validator(schema).validate(doc)
    assert "5 session(s) written" in told[0] and "indicative" in told[0]
    assert "Final session and closing ceremony" in told[0]


def test_progress_is_reported_while_36c3_loads(qtbot: Any, make_window: Callable[..., Any], realdata: Path) -> None:
    window = make_window()
    opener = _opener(window)
    seen: list[tuple[int, int]] = []
    opener.open_path(realdata / "36c3.schedule.json")
    assert opener.is_loading and opener.progress_dialog is not None
    assert opener.job is not None
    opener.job.progress.connect(lambda done, total: seen.append((done, total)))
    assert window.current_event.id == "caccc-2025"  # the window keeps its event until the new one is read
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        pass
    assert seen and seen[-1] == (1351, 1351) and len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert window.current_event.id == "36c3"


def test_cancel_keeps_the_event(qtbot: Any, make_window: Callable[..., Any], realdata: Path) -> None:
    window = make_window()
    opener = _opener(window)
    opener.open_path(realdata / "36c3.schedule.json")
    dialog = opener.progress_dialog
    assert dialog is not None
    dialog.show()  # it appears by itself after 250 ms; shown now so its button can be clicked at once
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    with qtbot.waitSignal(opener.finished, timeout=5_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)  # a result that still arrives from the worker must be dropped
    assert window.current_event.id == "caccc-2025" and opener.report_dialog is None and not opener.is_loading


def test_event_given_at_start_is_re_read_for_its_report(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path
) -> None:
    from companion.sources import load_event

    path = realdata / "kielux2020.ics"
    window = make_window(event=load_event(path))
    opener = _opener(window)
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        opener.start_with(path)
    assert opener.report_dialog is not None and opener.report_dialog.count_labels["sessions"].text() == "24"
    opener.rebuild_recent_menu()
    assert [a.data() for a in opener.menu_recent.actions()] == [window.current_event.id]
