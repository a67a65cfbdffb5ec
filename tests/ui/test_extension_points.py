"""Features plug into the window through declared extension points: whatever order they are installed in,
the window has the same pages, menus, toolbar, list columns and detail buttons; and no module of the window
reaches into another object's private attributes or finds collaborators by duck typing."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from companion.clock import Clock
from companion.domain.event import Event
from companion.services.container import Services
from companion.ui.language import LanguageManager, install_language_menu
from companion.ui.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "src" / "companion" / "ui"


def _installers(languages: LanguageManager) -> dict[str, Callable[[MainWindow], object]]:
    from companion.ui.badges.feature import install_badges_page
    from companion.ui.checkin.feature import install_checkin_page
    from companion.ui.my_agenda.feature import install_my_agenda
    from companion.ui.navigation import install_people_pages
    from companion.ui.open_event import install_event_opening

    return {
        "people": install_people_pages,
        "open": install_event_opening,
        "my_agenda": install_my_agenda,
        "badges": install_badges_page,
        "checkin": install_checkin_page,
        "language": lambda window: install_language_menu(window, languages),
    }


def _menu_texts(menu: QMenu) -> list[str]:
    """What a user sees in a menu: entries, "—" for a separator that shows, submenus' titles."""
    out: list[str] = []
    for action in menu.actions():
        if not action.isVisible():
            continue
        out.append("—" if action.isSeparator() else action.text())
    while out and out[-1] == "—":  # Qt hides separators at the ends and repeated ones
        out.pop()
    return [t for i, t in enumerate(out) if not (t == "—" and (i == 0 or out[i - 1] == "—"))]


def _looks(window: MainWindow) -> dict[str, Any]:
    agenda = window.agenda
    header = agenda.list_view.header()
    model = agenda.list_view.model()
    visual = sorted(range(model.columnCount()), key=header.visualIndex)
    return {
        "pages": window.page_titles(),
        "page shortcuts": [a.shortcut().toString() for a in window.menu_section("go", "pages")],
        "menus": {m.title(): _menu_texts(m) for m in (window.menu_file, window.menu_view, window.menu_go)},
        "toolbar": [a.text() for a in window.toolbar.actions() if a.isVisible()],
        "columns": [model.headerData(c, Qt.Orientation.Horizontal) for c in visual],
        "detail buttons": [b.text() for b in agenda.detail.action_buttons()],
    }


@pytest.fixture
def build(
    qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection
) -> Callable[[list[str]], MainWindow]:
    languages = LanguageManager(stretch=None)
    clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))

    def make(order: list[str]) -> MainWindow:
        window = MainWindow(bundled_event, Services.for_connection(state_conn), clock, "en")
        qtbot.addWidget(window)
        installers = _installers(languages)
        for name in order:
            installers[name](window)
        return window

    return make


def test_installing_features_in_another_order_builds_the_same_window(
    build: Callable[[list[str]], MainWindow],
) -> None:
    usual = _looks(build(["people", "open", "my_agenda", "badges", "language"]))
    reversed_ = _looks(build(["language", "badges", "my_agenda", "open", "people"]))
    shuffled = _looks(build(["my_agenda", "language", "people", "badges", "open"]))
    assert reversed_ == usual
    assert shuffled == usual
    assert usual["pages"] == ["Agenda", "People", "Delegations", "What changed", "My agenda", "Badges"]
    assert usual["page shortcuts"] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert usual["columns"][:2] == ["★", "Day"]  # My agenda's star column is declared first
    assert usual["detail buttons"] == ["☆ Star", "Add to calendar", "Export…"]
    assert usual["toolbar"][:2] == ["&Back", "&Forward"]  # Back/Forward before the search box
    go = usual["menus"]["&Go"]
    assert go[:3] == ["&Back", "&Forward", "—"]
    assert go.index("&Next day") > go.index("Fin&d…") > go.index("Bad&ges")  # Find… after the pages, not among them
    assert go[-1] == "&Star or unstar session"
    assert usual["menus"]["&File"] == [
        "&Open…", "Open &Recent", "Export &schedule.json…", "—",
        "&Export calendar file…", "&Import stars from calendar file…", "—",
        "&Quit",
    ]
    assert usual["menus"]["&View"] == ["&List", "&Cards", "&Timeline", "—", "Lan&guage", "—", "&Reminders…"]


def test_a_feature_column_is_placed_by_its_order_and_answers_clicks(build: Callable[[list[str]], MainWindow]) -> None:
    from companion.domain.event import Session
    from companion.ui.models.sessions import SessionColumn

    window = build([])
    clicked: list[str] = []

    class Seen(SessionColumn):
        def header(self) -> str:
            return "Seen"

        def data(self, session: Session, row: int, role: int) -> Any:
            return "✓" if role == Qt.ItemDataRole.DisplayRole else None

        def activate(self, session: Session) -> None:
            clicked.append(session.id)

    agenda = window.agenda
    agenda.add_column(Seen("seen", 35, window))  # between Title (30) and Type (40)
    header = agenda.list_view.header()
    model = agenda.list_view.model()
    visual = [model.headerData(c, Qt.Orientation.Horizontal) for c in sorted(range(model.columnCount()),
                                                                              key=header.visualIndex)]
    assert visual == ["Day", "Time", "Title", "Seen", "Type", "Room", "People"]
    agenda.show_session("opening-ceremony")
    row = agenda.proxy.proxy_row_of("opening-ceremony")
    assert row is not None
    agenda.list_view.clicked.emit(agenda.proxy.index(row, agenda.column_of(agenda.model.extra_columns()[0])))
    assert clicked == ["opening-ceremony"]


def test_no_module_of_the_window_touches_private_attributes_of_other_objects() -> None:
    """ruff's SLF001 over ``companion.ui`` (the same rule the project's lint runs everywhere)."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "SLF001", "--no-cache", "--output-format", "concise",
         str(UI)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", ["main_window.py", "navigation.py", "language.py", "hub.py", "my_agenda/feature.py"])
def test_pages_and_the_language_switch_find_nothing_by_duck_typing(name: str) -> None:
    tree = ast.parse((UI / name).read_text(encoding="utf-8"))
    calls = [
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr")
    ]
    assert calls == []
