"""The timeline at a large congress and on a day without clock times, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from companion.domain.event import Event
from companion.domain.text import pick
from companion.sources import load_event
from companion.ui.agenda.timeline import GUTTER_WIDTH, HEADER_HEIGHT, PATTERN_STRIP, TimelineView, title_lines


def _timeline(qtbot: Any, make_window: Callable[..., Any], event: Event | None, day: date) -> Any:
    window = make_window(event=event) if event is not None else make_window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    agenda = window.agenda
    qtbot.mouseClick(agenda.timeline_button, Qt.MouseButton.LeftButton)
    agenda.set_day(day)
    qtbot.waitUntil(lambda: agenda.timeline.isVisible() and bool(agenda.timeline.layout_info.blocks))
    return agenda


def _visible_lanes(timeline: Any) -> int:
    left = timeline.horizontalScrollBar().value()
    right = left + timeline.viewport().width() - GUTTER_WIDTH
    return sum(1 for lane in timeline.layout_info.lanes if lane.x >= left and lane.x + lane.width <= right)


def test_92_rooms_zoom_out_scroll_and_filter_by_track(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path
) -> None:
    event = load_event(realdata / "36c3.schedule.json")
    agenda = _timeline(qtbot, make_window, event, date(2019, 12, 28))
    timeline, bar = agenda.timeline, agenda.timeline_bar
    at_full = _visible_lanes(timeline)
    assert timeline.horizontalScrollBar().maximum() > 0  # the other rooms are a scroll away
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    wheel = QWheelEvent(QPointF(300, 300), QPointF(timeline.mapToGlobal(QPoint(300, 300))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(timeline.viewport(), wheel)
    qtbot.mouseClick(bar.zoom_out_button, Qt.MouseButton.LeftButton)
    assert timeline.zoom < 1.0 and bar.zoom_label.text() == f"{round(timeline.zoom * 100)} %"
    assert _visible_lanes(timeline) >= at_full * 3 // 2  # (lanes split for overlaps stay wider)

    # the time column and the room names stay while the grid scrolls both ways
    timeline.verticalScrollBar().setValue(timeline.verticalScrollBar().maximum() // 2)
    timeline.horizontalScrollBar().setValue(timeline.horizontalScrollBar().maximum() // 2)
    image = timeline.viewport().grab().toImage()
    button = timeline.palette().color(QPalette.ColorRole.Button)
    assert QColor.fromRgb(image.pixel(2, 2)) == button
    assert QColor.fromRgb(image.pixel(int(GUTTER_WIDTH) + 3, int(HEADER_HEIGHT) - 3)) == button
    window_colour = timeline.palette().color(QPalette.ColorRole.Window)
    assert QColor.fromRgb(image.pixel(2, int(HEADER_HEIGHT) + 40)) == window_colour

    # rooms of one track only
    track_id, track = next((k, t) for k, t in event.tracks.items() if pick(t.name) == "Security")
    menu: QMenu = bar.lanes_menu
    menu.aboutToShow.emit()
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in sub.actions() if a.text() == pick(track.name)).trigger()
    rooms = {s.room_id for s in event.sessions if s.track_id == track_id and s.is_timed}
    assert {lane.key for lane in timeline.layout_info.lanes} <= rooms
    assert bar.lanes_button.text().startswith(f"Rooms: {len(rooms)} of ")
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "Show all").trigger()
    assert bar.lanes_button.text().startswith("Rooms: all ")


def test_a_day_without_clock_times_says_so_and_wraps_long_russian_titles(
    qtbot: Any, make_window: Callable[..., Any]
) -> None:
    agenda = _timeline(qtbot, make_window, None, date(2025, 5, 14))
    timeline = agenda.timeline
    layout = timeline.layout_info
    assert layout.grid_start is None and not layout.lanes
    assert all(not b.timed for b in layout.blocks) and len(layout.blocks) == 5
    image = timeline.viewport().grab().toImage()
    base = timeline.palette().color(QPalette.ColorRole.Base)
    assert QColor.fromRgb(image.pixel(2, 2)) == base  # no header bar and no time column over nothing
    assert QColor.fromRgb(image.pixel(5, 300)) == base


def test_untimed_cards_wrap_long_russian_titles_instead_of_cutting_them(qtbot: Any, bundled_event: Event) -> None:
    timeline = TimelineView(bundled_event, "ru")
    qtbot.addWidget(timeline)
    timeline.resize(330, 600)
    timeline.show()
    day = date(2025, 5, 14)
    timeline.set_sessions(day, bundled_event.sessions_on(day))
    qtbot.waitExposed(timeline)
    bold = QFont(timeline.font())
    bold.setBold(True)
    spacing = QFontMetricsF(bold).lineSpacing()
    longest = 0
    for block in timeline.layout_info.blocks:
        title = pick(block.session.title, "ru")
        lines = title_lines(title, bold, block.w - PATTERN_STRIP - 8, 50)
        longest = max(longest, len(lines))
        assert not lines[-1].endswith("…")
        assert block.h >= len(lines) * spacing + QFontMetricsF(timeline.font()).height() * 0.85
    assert longest >= 3  # the case that was cut off in a fixed 52 px card
