"""Stars in the window: list column, Space, Ctrl+D, the detail pane's button, the timeline's menu; the My agenda
page; clash notices; restart and data update; import of stars; reminders and Add to calendar in the window."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from companion.domain.event import Event
from companion.exports.ical import ExportScope, export_scope
from companion.ui.my_agenda.feature import MyAgendaFeature
from companion.ui.my_agenda.star_column import STARRED_ROLE


def _feature(window: Any) -> MyAgendaFeature:
    feature = window.findChild(MyAgendaFeature)
    assert feature is not None, "the main window has no My agenda feature"
    return feature


def _star_cell(window: Any, session_id: str) -> Any:
    agenda = window.agenda
    agenda.show_session(session_id)
    row = agenda.proxy.proxy_row_of(session_id)
    assert row is not None
    return agenda.proxy.index(row, agenda.column_of(_feature(window).star_column))


def test_the_star_column_toggles_with_a_click_and_with_space(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    view = window.agenda.list_view
    index = _star_cell(window, "opening-ceremony")
    assert view.header().visualIndex(index.column()) == 0  # the star column comes first
    assert index.data() == "☆"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert feature.stars.ids() == {"opening-ceremony"}
    assert index.data() == "★" and index.data(STARRED_ROLE) is True
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert feature.stars.ids() == frozenset()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert feature.stars.ids() == {"opening-ceremony"}


def test_ctrl_d_and_the_detail_button_star_the_current_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.agenda.show_session("climate-finance-panel")
    assert feature.star_button.text() == "☆ Star"
    window.agenda.list_view.setFocus()
    qtbot.keyClick(window.agenda.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert feature.stars.ids() == {"climate-finance-panel"}
    assert feature.star_button.text() == "★ Starred" and feature.star_button.isChecked()
    assert "Starred: Climate Finance" in window.statusBar().currentMessage()
    qtbot.mouseClick(feature.star_button, Qt.MouseButton.LeftButton)
    assert feature.stars.ids() == frozenset()


def test_the_timeline_menu_stars_a_block(make_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.agenda.set_view("timeline")
    timeline = window.agenda.timeline
    center = timeline.block_center("opening-plenary")
    assert center is not None
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: menus.append(self))
    timeline.customContextMenuRequested.emit(center.toPoint())
    (menu,) = menus
    star = next(a for a in menu.actions() if a.text() == "Star")
    star.trigger()
    assert feature.stars.ids() == {"opening-plenary"}
    assert "opening-plenary" in timeline.starred_ids  # painted with a star mark


def test_my_agenda_page_shows_stars_and_clashes_are_announced_at_once(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    for sid in ("regional-cooperation-climate-justice", "un-agencies-panel"):
        window.agenda.show_session(sid)
        qtbot.keyClick(window.agenda.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "UN agencies panel" in message and "may clash with Regional Climate Cooperation" in message
    window.show_page(feature.page)
    assert feature.page.summary.text() .startswith("Starred sessions: 2 · clashes: 1, flagged on both sessions")
    assert feature.page.select_session("un-agencies-panel")
    with qtbot.waitSignal(feature.page.session_activated):
        qtbot.keyClick(feature.page.tree, Qt.Key.Key_Return)
    assert window.current_page() is window.agenda
    assert window.agenda.current_session.id == "un-agencies-panel"


def test_stars_survive_a_restart_and_a_data_update(make_window, bundled_event: Event,  # type: ignore[no-untyped-def]
                                                   state_conn: sqlite3.Connection) -> None:
    first = make_window()
    _feature(first).stars.set_starred("opening-ceremony", True)
    first.close()
    second = make_window()
    feature = _feature(second)
    assert feature.stars.ids() == {"opening-ceremony"}
    assert feature.page.model.index_of("opening-ceremony").isValid()
    updated = replace(
        bundled_event,
        data_version="2025-05-20.1",
        sessions=tuple(replace(s, revision=s.revision + 1) for s in bundled_event.sessions),
    )
    second.set_event(updated)
    assert feature.stars.ids() == {"opening-ceremony"}
    assert second.agenda.model.index(second.agenda.model.row_of("opening-ceremony"), 0).data(STARRED_ROLE)
    assert feature.page.model.index_of("opening-ceremony").isValid()


def test_import_stars_from_a_calendar_file(make_window, bundled_event: Event, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    feature = _feature(window)
    path = tmp_path / "starred.ics"
    path.write_bytes(export_scope(bundled_event, ExportScope.of_starred(["un-agencies-panel", "resiland-rac-3"])).data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    assert "Import stars" in feature.action_import.text()
    feature.action_import.trigger()
    assert feature.stars.ids() == {"un-agencies-panel", "resiland-rac-3"}
    assert "Starred from the file: 2" in window.statusBar().currentMessage()


def test_a_broken_star_file_is_named_and_the_stars_stay(make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    feature = _feature(window)
    feature.stars.set_starred("opening-ceremony", True)
    path = tmp_path / "broken.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    feature.import_stars()
    assert len(warnings) == 1 and "broken.ics" in warnings[0] and "line 3" in warnings[0]
    assert feature.stars.ids() == {"opening-ceremony"}


def test_a_reminder_comes_in_the_window_before_a_starred_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(now="2025-05-13T15:20")
    feature = _feature(window)
    feature.stars.set_starred("un-agencies-panel", True)
    assert feature.notifier.last_notice is None  # reminders are off by default
    feature.reminders.set_minutes(15)
    notice = feature.notifier.last_notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert "UN agencies panel" in notice.text() and "indicative" in notice.text()
    assert window.statusBar().currentMessage().startswith("Starts in 10 min")
    notice.close()


def test_add_to_calendar_from_the_detail_pane(make_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.agenda.show_session("opening-plenary")
    with qtbot.waitSignal(feature.exporter.done, timeout=10_000) as done:
        qtbot.mouseClick(feature.calendar_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    (ve,) = icalendar.Calendar.from_ical(Path(done.args[0]).read_bytes()).events
    assert str(ve["UID"]) == "opening-plenary@caccc-2025.companion"
    assert [Path(u.toLocalFile()) for u in opened] == [done.args[0]]


def test_ctrl_d_stars_the_block_chosen_with_the_keyboard_in_the_timeline(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.agenda.set_view("timeline")
    timeline = window.agenda.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    first = timeline.current_session_id
    assert first is not None
    qtbot.keyClick(timeline, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert feature.stars.ids() == {first}


def test_stars_belong_to_their_event(make_window, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    feature.stars.set_starred("opening-ceremony", True)
    window.set_event(replace(bundled_event, id="another-conference"))
    assert feature.stars.ids() == frozenset()
    assert feature.page.views.currentWidget() is feature.page.empty_note
    window.set_event(bundled_event)
    assert feature.stars.ids() == {"opening-ceremony"}
