"""Session → person → delegation → session in the window, and Back/Forward like a browser."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from companion.domain.event import Event
from companion.ui.delegations.model import DELEGATION_ID_ROLE
from companion.ui.navigation import PeopleFeature

ALT = Qt.KeyboardModifier.AltModifier


def _feature(window) -> PeopleFeature:  # type: ignore[no-untyped-def]
    feature = window.findChild(PeopleFeature)
    assert feature is not None
    return feature


def _click_row(qtbot, view, index) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _click_link_text(qtbot, browser, text: str) -> None:  # type: ignore[no-untyped-def]
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_from_kazakhstan_to_its_head_and_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = feature.delegations
    assert window.current_page() is page
    ids = [page.proxy.index(r, 0).data(DELEGATION_ID_ROLE) for r in range(page.proxy.rowCount())]
    row = ids.index("kazakhstan")
    _click_row(qtbot, page.view, page.proxy.index(row, 0))
    assert page.detail.head_link.text().startswith("M. Oshurbaev")

    qtbot.mouseClick(page.detail.head_link, Qt.MouseButton.LeftButton)
    assert window.current_page() is feature.people
    person = feature.people.detail
    assert person.person is not None and person.person.name == "M. Oshurbaev"
    assert person.no_sessions.isVisible() and person.no_sessions.text() == "No session published"
    assert feature.navigator.action_back.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.current_page() is page
    assert page.detail.delegation is not None and page.detail.delegation.id == "kazakhstan"
    assert feature.navigator.action_forward.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    assert window.current_page() is feature.people
    assert feature.people.detail.person is not None and feature.people.detail.person.id == "mansur-oshurbaev"


def test_session_person_delegation_session_and_back_again(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    nav = feature.navigator
    window.show_session("opening-ceremony")
    assert window.agenda.current_session.id == "opening-ceremony"

    _click_link_text(qtbot, window.agenda.detail.browser, "Charygeldi Babanyazov")
    assert window.current_page() is feature.people
    assert feature.people.detail.person.id == "charygeldi-babanyazov"

    qtbot.mouseClick(feature.people.detail.delegation_link, Qt.MouseButton.LeftButton)
    assert window.current_page() is feature.delegations
    detail = feature.delegations.detail
    assert detail.delegation.id == "turkmenistan"

    _click_row(qtbot, detail.sessions_view, detail.sessions_model.index(1, 0))
    assert window.current_page() is window.agenda
    assert window.agenda.current_session.id == "opening-plenary"
    assert [loc.kind for loc in nav.history.back_list()[:3]] == ["delegation", "person", "session"]

    back_button = window.toolbar.widgetForAction(nav.action_back)
    qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is feature.delegations
    qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is feature.people
    qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.agenda
    assert window.agenda.current_session.id == "opening-ceremony"
    forward_button = window.toolbar.widgetForAction(nav.action_forward)
    qtbot.mouseClick(forward_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is feature.people


def test_clicking_a_person_in_the_session_detail_opens_the_person(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.show_session("final-session-closing")
    _click_link_text(qtbot, window.agenda.detail.browser, "Svetlana Mogilyuk")
    assert window.current_page() is feature.people
    shown = feature.people.detail
    assert shown.person.id == "svetlana-mogilyuk"
    assert "Ecoforum of Kazakhstan" in shown.note.text()
    assert shown.sessions_model.rowCount() == 1


def test_browsing_a_list_does_not_flood_the_history(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    nav = feature.navigator
    window.show_session("opening-ceremony")
    _click_link_text(qtbot, window.agenda.detail.browser, "Valerie Hickey")
    view = feature.people.view
    view.setFocus()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    moved_to = feature.people.detail.person.id
    assert moved_to != "valerie-hickey"
    assert nav.history.current == ("person", moved_to)
    assert nav.history.back_list()[0] == ("person", "valerie-hickey")
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert feature.people.detail.person.id == "valerie-hickey"


def test_back_and_forward_are_in_the_toolbar_and_go_menu(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    nav = _feature(window).navigator
    assert nav.action_back in window.toolbar.actions() and nav.action_forward in window.toolbar.actions()
    assert nav.action_back in window.menu_go.actions() and nav.action_forward in window.menu_go.actions()
    assert QKeySequence("Alt+Left") in nav.action_back.shortcuts()
    assert QKeySequence("Alt+Right") in nav.action_forward.shortcuts()
    assert not nav.action_back.isEnabled() and not nav.action_forward.isEnabled()
    button = window.toolbar.widgetForAction(nav.action_back)
    assert button.accessibleName() == "Back"


def test_a_new_event_drops_places_it_does_not_have(make_window, qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    feature.navigator.go("person", "mansur-oshurbaev")
    feature.navigator.go("delegation", "turkmenistan")
    people = {k: v for k, v in bundled_event.people.items() if k != "mansur-oshurbaev"}
    delegations = dict(bundled_event.delegations)
    delegations["kazakhstan"] = dataclasses.replace(delegations["kazakhstan"], head_person_id=None, member_ids=())
    smaller = dataclasses.replace(bundled_event, people=people, delegations=delegations)
    window.set_event(smaller)
    assert ("person", "mansur-oshurbaev") not in feature.navigator.history.back_list()
    assert feature.people.model.rowCount() == len(people)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert feature.navigator.history.current != ("person", "mansur-oshurbaev")


def test_alt_left_works_from_inside_the_session_text(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    feature.navigator.go("person", "john-macgregor")
    _click_row(qtbot, feature.people.detail.sessions_view, feature.people.detail.sessions_model.index(0, 0))
    assert window.current_page() is window.agenda
    browser = window.agenda.detail.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Left, ALT)
    assert window.current_page() is feature.people
    assert feature.people.detail.person.id == "john-macgregor"
