"""The shared search box on a big real schedule: the popup lists the first hits of a group and says how many
there are, and it finds exactly the sessions the agenda list shows, typing on or deleting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.domain.event import Event
from companion.domain.navigation import SESSION
from companion.domain.search import Query
from companion.sources import load_event
from companion.ui.models.sessions import SESSION_ROLE, SessionSearchIndex, session_haystack
from companion.ui.navigation import PeopleFeature
from companion.ui.search_results import LOCATION_ROLE, MAX_PER_GROUP


def _type(widget: Any, text: str) -> None:
    for ch in text:  # QKeyEvents, not QTest.sendKeyEvent: PySide6 6.10 passes its text as Latin-1 bytes
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def congress(realdata: Path) -> Event:
    return load_event(realdata / "36c3.schedule.json")


def test_a_big_group_lists_its_first_hits_and_says_how_many_there_are(
    make_window: Callable[..., Any], congress: Event
) -> None:
    window = make_window(event=congress)
    panel = window.findChild(PeopleFeature).search_results
    window.search_box.setFocus()
    _type(window.search_box, "security")
    assert panel.isVisible()
    title_row = panel.model.index(0, 0)
    listed = [hit.data(LOCATION_ROLE) for hit in panel.model.group_hits(0)]
    agenda = [window.agenda.proxy.index(r, 0).data(SESSION_ROLE).id for r in range(window.agenda.proxy.rowCount())]
    assert len(agenda) > MAX_PER_GROUP
    assert len(listed) == MAX_PER_GROUP
    assert [loc.id for loc in listed] == agenda[:MAX_PER_GROUP] and {loc.kind for loc in listed} == {SESSION}
    title = title_row.data()
    assert str(len(agenda)) in title and f"first {MAX_PER_GROUP} shown" in title


def test_the_popup_and_the_list_agree_while_typing_and_deleting(
    make_window: Callable[..., Any], congress: Event
) -> None:
    window = make_window(event=congress)
    panel = window.findChild(PeopleFeature).search_results
    window.search_box.setFocus()
    for step in ["c", "ha", "os", "\b", "\b", "\b", " com", "\b\b\b\b", "\b"]:
        for ch in step:
            if ch == "\b":
                QTest.keyClick(window.search_box, Qt.Key.Key_Backspace)
            else:
                _type(window.search_box, ch)
        wanted = Query.parse(window.search_box.text())
        expected = [s.id for s in congress.sessions if wanted.matches(session_haystack(congress, s))]
        shown = [window.agenda.proxy.index(r, 0).data(SESSION_ROLE).id for r in range(window.agenda.proxy.rowCount())]
        assert sorted(shown) == sorted(expected), window.search_box.text()
        groups = {g.kind: g for g in panel.model.groups}
        assert groups[SESSION].total == len(expected) if expected else SESSION not in groups


def test_the_index_finds_the_same_rows_narrowing_or_widening(bundled_event: Event) -> None:
    index = SessionSearchIndex(bundled_event)
    truth = [session_haystack(bundled_event, s) for s in index.sessions]
    for text in ["c", "cl", "climate", "climate f", "climate", "clim fin", "fin clim", "c", "bank", "", "зел"]:
        query = Query.parse(text)
        expected = [r for r, hay in enumerate(truth) if query.matches(hay)]
        assert index.rows_matching(query) == expected, text


def test_a_trailing_space_keeps_the_highlighted_hit(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    panel = window.findChild(PeopleFeature).search_results
    window.search_box.setFocus()
    _type(window.search_box, "climate")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    chosen = panel.current_location()
    assert chosen is not None and chosen != panel.model.first_hit().data(LOCATION_ROLE)
    _type(window.search_box, " ")
    assert panel.current_location() == chosen
