"""File → Export desk package… and Import desk package… in the window: the badge station writes the sealed package
(passphrase typed twice), a desk takes it (asked for the passphrase, again after a wrong one), and a broken file is
refused with its name; the fingerprint is said on both sides."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from companion.domain.attendee import Attendee, Category
from companion.ui.checkin.page import CheckinPage

PEOPLE = [
    Attendee("A-1", "Aida", "Serikova", "Jasyl Dala", "Kazakhstan", Category.SPEAKER),
    Attendee("A-2", "Иван", "Сергеев", "Ministry of Ecology", "Russia"),
    Attendee("A-3", "Merdan", "Ňazarow", "Ministry of Energy", "Turkmenistan"),
]


def _file_menu_action(window: Any, text: str) -> QAction:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


class Typed:
    """What the user types into each passphrase prompt, in turn (and the prompts they saw)."""

    def __init__(self, answers: list[tuple[str, bool]]) -> None:
        self.answers: Iterator[tuple[str, bool]] = iter(answers)
        self.prompts: list[str] = []

    def __call__(self, _parent: Any, _title: str, label: str, *_args: Any) -> tuple[str, bool]:
        self.prompts.append(label)
        return next(self.answers)


@pytest.fixture
def station(make_window: Callable[..., Any]) -> Any:
    window = make_window()
    for person in PEOPLE:
        window.services.badges.save_attendee(window.current_event.id, person)
    return window


def test_the_station_exports_a_sealed_package_and_a_desk_imports_it(
    station: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "desk.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    typed = Typed([("steppe wind", True), ("steppe wind", True)])
    monkeypatch.setattr(QInputDialog, "getText", typed)
    _file_menu_action(station, "Export desk package…").trigger()
    qtbot.waitUntil(lambda: "desk package of" in station.message_bar.text(), timeout=20000)
    said = station.message_bar.text()
    assert str(target) in said and "3 attendees" in said and "sealed with the passphrase" in said
    info = station.services.checkin.read_desk_package(target, "steppe wind")
    assert info.attendees == 3 and info.sealed
    assert " / ".join(info.fingerprints) in said
    assert len(typed.prompts) == 2  # typed twice

    # the desk: sealed, so it asks; a wrong passphrase is said and asked again
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    typed = Typed([("steppe", True), ("steppe wind", True)])
    monkeypatch.setattr(QInputDialog, "getText", typed)
    _file_menu_action(station, "Import desk package…").trigger()
    qtbot.waitUntil(lambda: "imported" in station.message_bar.text(), timeout=30000)
    said = station.message_bar.text()
    assert "desk.json: desk package of caccc-2025 imported: 3 attendees" in said
    assert " / ".join(info.fingerprints) in said
    assert "is sealed" in typed.prompts[0] and "Wrong passphrase" in typed.prompts[1]
    page = station.current_page()
    assert isinstance(page, CheckinPage)  # the desk's list is where it is used
    qtbot.waitUntil(lambda: "of 3 checked in" in page.total.text(), timeout=10000)


def test_a_broken_package_is_refused_with_its_name_and_nothing_changes(
    station: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "notes.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    _file_menu_action(station, "Import desk package…").trigger()
    qtbot.waitUntil(lambda: "not imported" in station.message_bar.text(), timeout=20000)
    assert "notes.json" in station.message_bar.text()
    assert station.services.checkin.package_events() == []


def test_giving_up_writes_nothing(station: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "desk.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", Typed([("", False)]))  # Cancel at the passphrase
    _file_menu_action(station, "Export desk package…").trigger()
    qtbot.wait(200)
    assert not target.exists()


def test_a_desk_without_a_list_says_where_to_get_one(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    window = make_window()
    page = window.page("CheckinPage")
    assert isinstance(page, CheckinPage)
    window.show_page(page)
    qtbot.waitUntil(lambda: "No attendee list yet" in page.total.text(), timeout=10000)
    assert "Import desk package" in page.total.text() and "0 of 0" not in page.total.text()
    for person in PEOPLE:
        window.services.badges.save_attendee(window.current_event.id, person)
    window.services.checkin.reload_lists()
    page.refresh()
    qtbot.waitUntil(lambda: page.total.text() == "0 of 3 checked in", timeout=10000)
