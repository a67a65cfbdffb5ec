"""Subscriptions in the window, against a real server on 127.0.0.1: Open address → report → Refresh → What
changed (starred first); a failed refresh keeps the event; the drop question; the list; start-up reopens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from companion.services.container import Services
from companion.services.last_event import last_event, remember_last_event
from companion.services.subscriptions import Fetcher, FetchLimits
from companion.ui.open_event import EventOpener
from companion.ui.subscriptions import AddressDialog, SubscriptionsController, SubscriptionsDialog
from schedule_server import Route, ScheduleServer, democon, drop_all, retitle_first


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        running.routes["/s.json"] = Route(democon(), etag='"1"')
        yield running


def _controller(window: Any) -> SubscriptionsController:
    controller = window.findChild(SubscriptionsController)
    assert controller is not None
    controller.service.fetcher = Fetcher(FetchLimits(total_seconds=10))
    return controller


def _open_address(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, url: str) -> SubscriptionsController:
    controller = _controller(window)
    monkeypatch.setattr(AddressDialog, "ask", staticmethod(lambda _parent: url))
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.action_open.trigger()
    return controller


def test_open_address_then_refresh_shows_what_changed_starred_first(
    qtbot: Any, make_window: Callable[..., Any], server: ScheduleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    url = server.url("/s.json?key=SECRET")
    controller = _open_address(qtbot, window, monkeypatch, url)
    opener = window.findChild(EventOpener)
    assert opener is not None
    assert window.current_event.id != "caccc-2025" and len(window.current_event.sessions) == 36
    report = opener.report_dialog
    assert report is not None and report.isVisible()
    assert report.count_labels["sessions"].text() == "36"
    assert "SECRET" not in "".join(label.text() for label in report.findChildren(type(report.zone_label)))
    assert controller.action_refresh.isEnabled()

    retitled = next(s for s in window.current_event.sessions if s.title.get("en") == "Focused 5thgeneration hardware")
    starred = next(s for s in window.current_event.sessions if s.id != retitled.id)
    window.services.stars.set_starred(window.current_event.id, starred.id, True)

    def edit(doc: dict[str, Any]) -> None:
        retitle_first(doc)
        for day in doc["schedule"]["conference"]["days"]:
            for room in day["rooms"].values():
                for talk in room:
                    if talk["guid"] == starred.id:
                        talk["title"] = "Starred and changed"

    server.routes["/s.json"] = Route(democon(edit), etag='"2"')
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.action_refresh.trigger()
    assert window.current_page() is opener.changes_page
    changes = opener.changes_page.changes.changes
    assert [c.session_id for c in changes] == [starred.id, retitled.id]
    assert any(s.title.get("en") == "Retitled by the organisers" for s in window.current_event.sessions)
    assert last_event(window.services.settings) == ("url", url)


def test_a_failed_refresh_keeps_the_event_and_says_why(
    qtbot: Any, make_window: Callable[..., Any], server: ScheduleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    controller = _open_address(qtbot, window, monkeypatch, server.url("/s.json"))
    shown_event = window.current_event
    server.routes["/s.json"] = Route(status=404)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.action_refresh.trigger()
    assert window.current_event is shown_event
    assert len(said) == 1 and "answered 404" in said[0] and "The copy fetched just now is kept." in said[0]


@pytest.mark.parametrize("replace", [False, True])
def test_a_refresh_that_drops_every_session_asks_first(
    qtbot: Any, make_window: Callable[..., Any], server: ScheduleServer, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    window = make_window()
    controller = _open_address(qtbot, window, monkeypatch, server.url("/s.json"))
    server.routes["/s.json"] = Route(democon(drop_all), etag='"empty"')
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.action_refresh.trigger()
    if replace:
        qtbot.waitUntil(lambda: controller.job is None and not window.current_event.sessions, timeout=20_000)
    assert len(asked) == 1 and "0 session(s) instead of 36" in asked[0]
    assert len(window.current_event.sessions) == (0 if replace else 36)


def test_address_dialog_accepts_only_web_addresses(qtbot: Any) -> None:
    dialog = AddressDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()
    qtbot.keyClicks(dialog.field, "ftp://example.org/s.xml")
    assert not ok.isEnabled() and "http://" in dialog.problem.text()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "https://example.org/s.xml")
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_subscriptions_are_listed_redacted_with_their_age_and_removable(
    qtbot: Any, state_conn: sqlite3.Connection, server: ScheduleServer
) -> None:
    services = Services.for_connection(state_conn)
    url = server.url("/s.json?token=SECRET")
    services.subscriptions.refresh(url)
    dialog = SubscriptionsDialog(services.subscriptions)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert cells[0] == server.url("/s.json?…") and "SECRET" not in " ".join(cells)
    assert cells[2] == "fetched just now"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and services.subscriptions.all() == []


def test_start_up_reopens_the_last_event(
    state_conn: sqlite3.Connection, server: ScheduleServer, realdata: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.app import starting_event

    services = Services.for_connection(state_conn)
    url = server.url("/s.json")
    services.subscriptions.refresh(url)
    remember_last_event(services.settings, url=url)
    server.httpd.shutdown()  # offline from here on
    starting = starting_event(services, None)
    assert len(starting.event.sessions) == 36 and starting.cached is not None and starting.fetch_url is None

    remember_last_event(services.settings, path=realdata / "debconf23.schedule.xml")
    assert starting_event(services, None).event.id == "debconf23"

    gone = tmp_path / "gone.xml"
    remember_last_event(services.settings, path=gone)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert starting_event(services, None).event.id == "caccc-2025"
    assert len(said) == 1 and "had open last" in said[0] and "bundled" in said[0]
