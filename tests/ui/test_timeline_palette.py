"""The timeline's calm palette: a stable colour per session type across events, the organisers' track
colours where published, and text at WCAG AA contrast measured on the rendered pixels, light and dark."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from companion.domain.event import Day, Event, Room, Session, SessionType, TimeStatus, Track
from companion.ui.agenda.palette import HUES, contrast_ratio, hue_index
from companion.ui.agenda.timeline import PATTERN_STRIP, TimelineView
from companion.ui.colour_scheme import dark_palette, follow_colour_scheme

DAY = date(2025, 5, 13)
ZONE = ZoneInfo("Asia/Ashgabat")


def _type_names() -> list[str]:
    """One type name per hue of the palette."""
    names: dict[int, str] = {}
    n = 0
    while len(names) < len(HUES):
        name = f"Kind {n}"
        names.setdefault(hue_index(name), name)
        n += 1
    return [names[i] for i in range(len(HUES))]


def _event() -> Event:
    names = _type_names()
    types = {f"t{i}": SessionType(f"t{i}", {"en": name}, "#ff0000") for i, name in enumerate(names)}
    rooms = {f"r{i}": Room(f"r{i}", {"en": f"Room {i}"}) for i in range(len(names))}
    tracks = {"red": Track("red", {"en": "Red"}, "#e53935"), "yellow": Track("yellow", {"en": "Yellow"}, "#ffeb3b")}
    sessions: list[Session] = []
    at = datetime(2025, 5, 13, 9, 0, tzinfo=ZONE)
    for i in range(len(names)):
        for k, status in enumerate((TimeStatus.EXACT, TimeStatus.INDICATIVE)):
            start = at + timedelta(hours=k)
            sessions.append(Session(f"s{i}-{k}", {"en": f"Сессия номер {i} с длинным названием"}, f"t{i}", DAY,
                                    start, start + timedelta(minutes=60), status, room_id=f"r{i}"))
    for k, track in enumerate(tracks):
        start = at + timedelta(hours=2)
        sessions.append(Session(f"track-{track}", {"en": "Organisers' colour"}, "t0", DAY, start,
                                start + timedelta(minutes=60), TimeStatus.EXACT, room_id=f"r{k}", track_id=track))
    return Event("palette", {"en": "Palette"}, {"en": "Palette"}, "Asia/Ashgabat", DAY, DAY, (Day(DAY, {}),),
                 tuple(sessions), types=types, rooms=rooms, tracks=tracks)


def _measure(image: QImage, rect: QRect) -> tuple[QColor, float]:
    """The block's fill (its commonest pixel) and the best text contrast found on it."""
    counts: Counter[int] = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                                   for y in range(rect.top(), rect.bottom()))
    fill = QColor.fromRgb(counts.most_common(1)[0][0])
    best = max(contrast_ratio(fill, QColor.fromRgb(p)) for p in counts)
    return fill, best


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_palette_colour_reads_at_aa_contrast(qtbot: Any, scheme: str) -> None:
    event = _event()
    view = TimelineView(event)
    qtbot.addWidget(view)
    if scheme == "dark":
        view.setPalette(dark_palette())
    view.resize(2800, 500)
    view.show()
    view.set_sessions(DAY, event.sessions)
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    fills: set[str] = set()
    for block in view.layout_info.blocks:
        centre = view.block_center(block.session.id)
        assert centre is not None
        left, top = int(centre.x() - block.w / 2), int(centre.y() - block.h / 2)
        text_area = QRect(left + int(PATTERN_STRIP) + 3, top + 3, int(block.w) - int(PATTERN_STRIP) - 6,
                          int(block.h) - 6)
        fill, contrast = _measure(image, text_area)
        fills.add(fill.name())
        assert contrast >= 4.5, (scheme, block.session.id, fill.name(), round(contrast, 2))
        if scheme == "dark":
            assert fill.lightnessF() < 0.5, (block.session.id, fill.name())
        elif block.session.track_id is None:
            assert fill.lightnessF() > 0.6, (block.session.id, fill.name())
    assert len(fills) >= 2 * len(HUES) + 2  # every hue, plain and faint, and both organisers' colours


def test_a_type_keeps_its_colour_across_events_and_track_colours_win(qtbot: Any, bundled_event: Event) -> None:
    from companion.ui.agenda.palette import session_fill, type_fill

    renamed = {k: SessionType("other-id", t.name, "#000000") for k, t in bundled_event.types.items()}
    for type_id, t in bundled_event.types.items():
        other = Event("x", {}, {}, "UTC", DAY, DAY, (), (), types={"other": renamed[type_id]})
        assert type_fill(bundled_event, type_id, False) == type_fill(other, "other", False), t.name
    event = _event()
    red = event.session("track-red")
    assert red is not None
    assert session_fill(event, red, dark=False).name() == "#e53935"


def test_the_timeline_follows_the_system_colour_scheme(qtbot: Any, qapp: QApplication) -> None:
    follow_colour_scheme(qapp)
    hints = QGuiApplication.styleHints()
    event = _event()
    view = TimelineView(event)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_sessions(DAY, event.sessions)
    qtbot.waitExposed(view)

    def block_fill() -> QColor:
        image = view.viewport().grab().toImage()
        centre = view.block_center("s0-0")
        assert centre is not None
        return QColor.fromRgb(image.pixel(int(centre.x()) + 30, int(centre.y()) + 20))

    assert block_fill().lightnessF() > 0.6
    try:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if hints.colorScheme() != Qt.ColorScheme.Dark:  # the offscreen platform ignores the request:
            hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # send what a desktop going dark sends
        qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5)
        assert block_fill().lightnessF() < 0.4
    finally:
        hints.unsetColorScheme()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.5)
    assert block_fill().lightnessF() > 0.6


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_starred_gone_warning_reads_in_both_schemes(qtbot: Any, scheme: str) -> None:
    from companion.domain.changes import ChangeKind, ChangeSet, SessionChange, SessionFacts
    from companion.ui.changes.page import WhatChangedPage

    page = WhatChangedPage()
    qtbot.addWidget(page)
    if scheme == "dark":
        page.setPalette(dark_palette())
    gone = SessionChange("x", (ChangeKind.CANCELLED,), SessionFacts("x", "Opening"), None, starred=True)
    page.set_changes(ChangeSet((gone,)), lambda _sid: False)
    page.resize(600, 300)
    page.show()
    qtbot.waitExposed(page)
    image = page.warning.grab().toImage()
    fill, contrast = _measure(image, QRect(0, 0, image.width(), image.height()))
    assert contrast >= 4.5, (scheme, fill.name(), contrast)
    assert (fill.lightnessF() < 0.5) == (scheme == "dark")
