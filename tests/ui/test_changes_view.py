"""The What changed page after opening a newer version of a known event: starred sessions first, flagged."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from companion.domain.changes import ChangeKind
from companion.ui.changes.model import KIND, STAR, TITLE, ChangeRole
from companion.ui.open_event import EventOpener


def _versions(realdata: Path, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """DebConf23 as published, and a later copy with one talk gone, one moved, one retitled."""
    tree = ET.parse(realdata / "debconf23.schedule.xml")
    events = tree.getroot().findall("day/room/event")
    ids = [e.get("guid") or "" for e in events[:4]]
    moved, retitled, gone = events[1], events[2], events[3]
    date = moved.find("date")
    assert date is not None and date.text
    date.text = date.text.replace("T05:30", "T06:30")
    title = retitled.find("title")
    assert title is not None
    title.text = "Renamed talk"
    for room in tree.getroot().findall("day/room"):
        if gone in list(room):
            room.remove(gone)
    newer = tmp_path / "debconf23-v2.xml"
    tree.write(newer, encoding="utf-8", xml_declaration=True)
    return realdata / "debconf23.schedule.xml", newer, ids


def _open(qtbot: Any, opener: EventOpener, path: Path) -> None:
    with qtbot.waitSignal(opener.finished, timeout=10_000):
        opener.open_path(path)


def test_newer_version_shows_what_changed_starred_first(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, tmp_path: Path, state_conn: sqlite3.Connection
) -> None:
    old, new, ids = _versions(realdata, tmp_path)
    window = make_window()
    opener = window.findChild(EventOpener)
    _open(qtbot, opener, old)
    page = opener.changes_page
    assert page.changes.is_empty and window.current_page() is not page  # first time: nothing to compare
    for sid in (ids[3], ids[2]):
        state_conn.execute("INSERT INTO stars VALUES ('debconf23', ?, '2023-09-01T00:00:00+00:00')", (sid,))
    _open(qtbot, opener, new)
    assert window.current_page() is page
    model = page.model
    assert model.rowCount() == 3
    rows = [model.data(model.index(r, 0), ChangeRole) for r in range(3)]
    assert [c.starred for c in rows] == [True, True, False]
    assert rows[0].session_id == ids[3] and rows[0].kinds == (ChangeKind.CANCELLED,)
    assert model.data(model.index(0, KIND)) == "Cancelled"
    assert model.data(model.index(0, STAR)) == "★"
    assert model.data(model.index(1, KIND)) == "Retitled"
    assert model.data(model.index(1, TITLE)) == "Renamed talk"
    assert model.data(model.index(2, KIND)) == "Moved (time)"
    assert page.warning.isVisible() and "no longer in the programme" in page.warning.text()
    assert "Your stars are kept" in page.warning.text()
    assert "1 cancelled" in page.summary.text() and "2 of them starred" in page.summary.text()
    # the star on the cancelled session is kept, not dropped
    kept = {r[0] for r in state_conn.execute("SELECT session_id FROM stars WHERE event_id = 'debconf23'")}
    assert ids[3] in kept
    dialog = opener.report_dialog
    assert dialog is not None and "3 session(s) changed" in dialog.changes_label.text()


def test_activating_a_moved_session_shows_it_in_the_agenda(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, tmp_path: Path
) -> None:
    old, new, ids = _versions(realdata, tmp_path)
    window = make_window()
    opener = window.findChild(EventOpener)
    _open(qtbot, opener, old)
    _open(qtbot, opener, new)
    page = opener.changes_page
    table = page.table
    moved_row = next(r for r in range(page.model.rowCount()) if page.model.change_at(r).session_id == ids[1])
    table.setFocus()
    table.setCurrentIndex(page.model.index(moved_row, TITLE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() is window.agenda


def test_opening_the_same_version_again_says_no_changes(
    qtbot: Any, make_window: Callable[..., Any], realdata: Path, tmp_path: Path
) -> None:
    old, new, _ = _versions(realdata, tmp_path)
    window = make_window()
    opener = window.findChild(EventOpener)
    _open(qtbot, opener, old)
    _open(qtbot, opener, new)
    _open(qtbot, opener, new)
    assert opener.changes_page.changes.is_empty
    assert "No changes since you last opened" in opener.changes_page.summary.text()
    assert not opener.changes_page.warning.isVisible()


def test_start_up_compares_the_bundled_event_with_the_version_seen_last_time(
    qtbot: Any, make_window: Callable[..., Any], bundled_event: Any, state_conn: sqlite3.Connection
) -> None:
    from dataclasses import replace

    from companion.resources import bundled_event_path
    from companion.store.events import KnownEvents

    session = bundled_event.sessions_by_id["opening-ceremony"]
    older = replace(
        bundled_event,
        sessions=tuple(
            replace(s, title={"en": "Opening (old title)"}) if s.id == session.id else s for s in bundled_event.sessions
        ),
    )
    KnownEvents(state_conn).remember(older, bundled_event_path())
    window = make_window()
    opener = window.findChild(EventOpener)
    page = opener.changes_page
    # noted once the window has painted: the page comes up with the retitled session
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=5_000)
    model = page.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, KIND)) == "Retitled"
    assert [a.data() for a in opener.menu_recent.actions()] == [bundled_event.id]
