"""The main window: pages, the shared search box, menus and what it remembers between runs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.ui.models.sessions import SessionTableModel


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.agenda.proxy
    return [proxy.index(r, SessionTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_opens_on_the_conference_with_the_agenda_first(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert "CACCC-2025" in window.windowTitle()
    assert window.current_page() is window.agenda
    assert window.agenda.current_day == date(2025, 5, 13)
    assert "Opening ceremony" in _titles(window)


def test_add_page_gets_a_ctrl_number_shortcut(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = QLabel("people")
    window.add_page(page, "People")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.agenda
