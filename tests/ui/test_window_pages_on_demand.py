"""Only the Agenda is built before the window first shows (issue 13: a start close to a bare Qt window); every
other page is there from the start for the user — its sidebar entry, Go-menu entry and shortcut — and is built
the first time it is used, or in idle moments once the window shows."""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui.main_window import MainWindow

LAZY = ("PeoplePage", "DelegationsPage", "WhatChangedPage", "MyAgendaPage", "BadgesPage", "CheckinPage")


def _built(window: MainWindow) -> set[str]:
    return {name for name in LAZY if window.findChild(QWidget, name) is not None and window.is_page_built(name)}


def test_the_window_opens_with_only_the_agenda_built_and_every_page_listed(make_window: Callable[..., Any]) -> None:
    window = make_window()
    assert _built(window) == set()
    assert set(window.pending_pages()) == set(LAZY)
    assert window.page_titles()[:3] == ["Agenda", "People", "Delegations"]
    assert {"My agenda", "Badges", "Check-in"} <= set(window.page_titles())
    go_entries = [a.text().replace("&", "") for a in window.menu_go.actions()]
    assert {"People", "Badges", "Check-in"} <= set(go_entries)


def test_a_page_shortcut_builds_and_shows_the_page(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    index = window.page_titles().index("People")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is not None and page.objectName() == "PeoplePage"
    assert window.page_title(page) == "People"
    assert page.isVisible() and "PeoplePage" not in window.pending_pages()


def test_a_sidebar_click_builds_and_shows_the_page(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    row = window.page_titles().index("Badges")
    rect = window.navigation.visualRect(window.page_model.index(row, 0))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert page is not None and page.objectName() == "BadgesPage" and page.isVisible()


def test_pages_are_built_one_per_idle_turn_after_the_window_shows(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    window.start_idle_work()
    QApplication.processEvents()
    assert len(_built(window)) < len(LAZY)  # not all at once: a key pressed now waits behind one page at most
    qtbot.waitUntil(lambda: not window.pending_pages(), timeout=20_000)
    assert _built(window) == set(LAZY)
    assert window.current_page() is window.agenda  # building in the background shows nothing by itself


def test_no_page_is_built_while_the_pages_qt_free_modules_are_imported(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages' Qt-free modules are imported on a worker when the first page that needs one comes up, and no
    page is built meanwhile: a page built beside the worker's Python would wait for the interpreter's lock
    (measured: about twice as long), and so would a key pressed then."""
    from companion.ui.open_event import EventOpener

    name = f"slow_module_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text(
        "import time\nSTARTED = time.monotonic()\ntime.sleep(0.3)\nENDED = time.monotonic()\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    window = make_window()
    opener = window.findChild(EventOpener)
    qtbot.waitUntil(lambda: not opener.busy() and not opener.note_pending, timeout=10_000)
    built: dict[str, float] = {}

    def page(title: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            built[title] = time.monotonic()
            return QWidget()

        return build

    window.add_lazy_page("PlainPage", page("plain"), "Plain")  # needs nothing: built before the import starts
    window.add_lazy_page("SlowPage", page("slow"), "Slow", imports=(name,))
    window.start_idle_work()
    qtbot.waitUntil(lambda: not window.pending_pages(), timeout=30_000)
    module = sys.modules[name]
    assert built["plain"] < module.STARTED < module.ENDED < built["slow"]
    assert window.current_page() is window.agenda


def test_a_page_built_after_the_event_changed_shows_the_new_event(
    make_window: Callable[..., Any], realdata: Any
) -> None:
    from companion.sources import load_event

    window = make_window()
    fosdem = load_event(realdata / "fosdem2021.schedule.xml")
    window.set_event(fosdem)
    people = window.page("PeoplePage")
    assert people is not None
    from companion.ui.people.page import PeoplePage

    assert isinstance(people, PeoplePage)
    assert people.model.rowCount() == len(fosdem.people)
    assert "Delegations" not in window.shown_page_titles()  # hidden without being built
    assert not window.is_page_built("DelegationsPage")


def test_a_comparison_with_nothing_changed_waits_for_the_what_changed_page_to_be_built(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    from companion.ui.open_event import EventOpener

    first = make_window()
    opener = first.findChild(EventOpener)
    qtbot.waitUntil(lambda: not opener.busy() and not opener.note_pending, timeout=10_000)
    first.close()
    window = make_window()  # the same event again: compared with the version seen last time
    opener = window.findChild(EventOpener)
    qtbot.waitUntil(lambda: "What changed" in window.shown_page_titles(), timeout=10_000)
    assert not window.is_page_built("WhatChangedPage")  # listed, not built for an empty comparison
    page = opener.changes_page
    assert page.compared and page.changes.is_empty
    assert window.is_page_built("WhatChangedPage")


def test_pages_wait_while_a_file_is_read_and_compared(
    make_window: Callable[..., Any], qtbot: Any, realdata: Any
) -> None:
    from companion.ui.open_event import EventOpener

    window = make_window()
    opener = window.findChild(EventOpener)
    qtbot.waitUntil(lambda: not opener.busy() and not opener.note_pending, timeout=10_000)
    opener.open_path(realdata / "36c3.schedule.json")
    assert opener.busy()
    window.start_idle_work()
    pending_while_busy: list[int] = []

    def read() -> bool:
        if opener.busy():
            pending_while_busy.append(len(window.pending_pages()))
            return False
        return True

    qtbot.waitUntil(read, timeout=30_000)
    assert pending_while_busy and set(pending_while_busy) == {len(LAZY)}  # nothing built meanwhile
    qtbot.waitUntil(lambda: not window.pending_pages(), timeout=20_000)
    assert window.current_event.name  # the file opened, then the pages were built


def test_showing_a_hidden_page_moves_nothing(make_window: Callable[..., Any], qtbot: Any) -> None:
    """What changed comes up after the start's comparison: the sidebar is already as wide as it needs then."""
    window = make_window()
    window.add_lazy_page("LongPage", QWidget, "A page with a very long title indeed", shown=False)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # laid out as the first picture is
    width, agenda_x = window.navigation.width(), window.agenda.mapTo(window, window.agenda.rect().topLeft()).x()

    def go_entries() -> list[str]:
        return [a.text().replace("&", "") for a in window.menu_go.actions() if a.isVisible()]

    assert "A page with a very long title indeed" not in window.shown_page_titles()
    assert "A page with a very long title indeed" not in go_entries()
    window.set_page_shown("LongPage", True)
    qtbot.wait(50)
    assert "A page with a very long title indeed" in window.shown_page_titles()
    assert "A page with a very long title indeed" in go_entries()
    assert window.navigation.width() == width
    assert window.agenda.mapTo(window, window.agenda.rect().topLeft()).x() == agenda_x


def test_the_what_changed_entry_is_there_hidden_from_the_first_picture(state_conn: Any, qtbot: Any) -> None:
    """The start installs the File menu's opening after its first paint; the What changed entry is made before
    (hidden), so the sidebar's width already counts it."""
    from companion import app
    from companion.clock import Clock
    from companion.services.container import Services

    services = Services.for_connection(state_conn)
    starting = app.starting_event(services, None)
    later: list[Any] = []
    window = app.create_main_window(starting.event, services, Clock(), later=later)
    qtbot.addWidget(window)
    assert "What changed" in window.page_titles() and "What changed" not in window.shown_page_titles()
    width = window.navigation.width()
    for step in later:
        step()
    assert window.page_titles().count("What changed") == 1
    assert window.navigation.width() == width
