"""The timeline's context menu offers "Add to calendar" only where a calendar can take the session."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu


def _menu_of(window: Any, session_id: str, monkeypatch: pytest.MonkeyPatch) -> QMenu:
    window.agenda.show_session(session_id)
    window.agenda.set_view("timeline")
    timeline = window.agenda.timeline
    center = timeline.block_center(session_id)
    assert center is not None, session_id
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: menus.append(self))
    timeline.customContextMenuRequested.emit(center.toPoint())  # what a right-click on the block sends
    (menu,) = menus
    return menu


def test_add_to_calendar_is_disabled_with_its_reason_for_a_session_without_a_date(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    menu = _menu_of(window, "parallel-green-bridge", monkeypatch)
    (add,) = [a for a in menu.actions() if a.text().startswith("Add to calendar")]
    assert not add.isEnabled()
    assert add.text() == "Add to calendar (no date published)"  # said in the menu, where the user looks
    assert "No date was published" in add.toolTip() and add.toolTip() == add.statusTip()
    assert menu.toolTipsVisible()


def test_add_to_calendar_stays_enabled_for_a_dated_session(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    menu = _menu_of(window, "transboundary-landscapes-panel", monkeypatch)
    (add,) = [a for a in menu.actions() if a.text().startswith("Add to calendar")]
    assert add.isEnabled() and add.text() == "Add to calendar"
