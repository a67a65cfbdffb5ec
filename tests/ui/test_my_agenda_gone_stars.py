"""A starred session that an update dropped stays visible in My agenda, by its last known title, until unstarred."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.clock import Clock
from companion.domain.event import Event
from companion.resources import bundled_event_path
from companion.services.container import Services
from companion.store.events import KnownEvents
from companion.ui.my_agenda.feature import MyAgendaFeature
from companion.ui.my_agenda.page import MyAgendaPage
from companion.ui.my_agenda.stars import StarsController
from companion.ui.open_event import EventOpener

STARRED = ["opening-ceremony", "climate-finance-panel", "un-agencies-panel"]


def _edited_copy(tmp_path: Path, *dropped: str) -> Path:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    raw["sessions"] = [s for s in raw["sessions"] if s["id"] not in dropped]
    path = tmp_path / "caccc2025-edited.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return path


def test_dropped_starred_session_is_a_row_with_its_title_and_unstar(
    qtbot: Any, make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    opener = window.findChild(EventOpener)
    feature = window.findChild(MyAgendaFeature)
    assert opener is not None and feature is not None
    with qtbot.waitSignal(opener.noted, timeout=20_000):
        opener.note_bundled_event()  # what start-up does: the programme as seen now is remembered
    feature.stars.add_many(STARRED)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(_edited_copy(tmp_path, STARRED[0])), ""))
    with qtbot.waitSignal(opener.finished, timeout=20_000):
        opener.action_open.trigger()
    assert "opening-ceremony" not in window.current_event.sessions_by_id

    page = feature.page
    window.show_page(page)
    assert page.orphans_box.isVisible()
    [(label, button)] = page.orphan_rows
    assert "Opening ceremony" in label.text() and "No longer in the programme" in label.text()
    assert "opening-ceremony" not in label.text()
    assert "Starred sessions: 2" in page.summary.text() and "1 no longer in the programme" in page.summary.text()
    assert button.accessibleName() == "Unstar “Opening ceremony”"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert feature.stars.ids() == frozenset(STARRED[1:])
    assert not page.orphans_box.isVisible() and page.orphan_rows == []
    assert "no longer" not in page.summary.text()


def test_title_survives_reopening_and_follows_the_language(
    qtbot: Any, bundled_event: Event, state_conn: sqlite3.Connection, tmp_path: Path
) -> None:
    from companion.sources import load_event

    known = KnownEvents(state_conn)
    known.remember(bundled_event, bundled_event_path())
    clock = Clock.fixed(datetime(2025, 5, 13, 8, 0, tzinfo=bundled_event.zone))
    stars = StarsController(Services.for_connection(state_conn).stars, bundled_event, clock)
    stars.add_many(STARRED)
    edited = load_event(_edited_copy(tmp_path, STARRED[0]))
    known.remember(edited, tmp_path / "a.json")  # the drop is reported here ...
    known.remember(edited, tmp_path / "a.json")  # ... and the title is still known the time after
    stars.set_event(edited)
    for language, title in (("ru", "Церемония открытия"), ("kk", "Ашылу салтанаты")):
        page = MyAgendaPage(edited, stars, language)
        qtbot.addWidget(page)
        [(label, _)] = page.orphan_rows
        assert title in label.text(), language
    assert bundled_event.sessions_by_id["opening-ceremony"].title["kk"] == "Ашылу салтанаты"
