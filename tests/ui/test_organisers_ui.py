"""A delegation's page lists the sessions it organised; a session's pane links back to its organisers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from companion.ui.delegations.model import DELEGATION_ID_ROLE
from companion.ui.navigation import PeopleFeature
from companion.ui.people.session_links import SESSION_ID_ROLE


def _feature(window) -> PeopleFeature:  # type: ignore[no-untyped-def]
    feature = window.findChild(PeopleFeature)
    assert feature is not None
    return feature


def _click_link_text(qtbot, browser, text: str) -> None:  # type: ignore[no-untyped-def]
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())


def test_kazakhstan_links_to_the_green_bridge_session_and_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = feature.delegations
    ids = [page.proxy.index(r, 0).data(DELEGATION_ID_ROLE) for r in range(page.proxy.rowCount())]
    index = page.proxy.index(ids.index("kazakhstan"), 0)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    detail = page.detail
    assert detail.organised_heading.isVisible() and detail.organised_view.isVisible()
    model = detail.organised_model
    assert [model.index(r, 0).data(SESSION_ID_ROLE) for r in range(model.rowCount())] == ["parallel-green-bridge"]

    link = model.index(0, 0)
    view = detail.organised_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(link).center())
    assert window.current_page() is window.agenda
    session_pane = window.agenda.detail
    assert session_pane.session is not None and session_pane.session.id == "parallel-green-bridge"
    assert "Organised by: Kazakhstan" in session_pane.text()

    _click_link_text(qtbot, session_pane.browser, "Kazakhstan")
    assert window.current_page() is page
    assert detail.delegation is not None and detail.delegation.id == "kazakhstan"


def test_co_organisers_are_named_and_others_list_nothing(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = _feature(window).delegations
    page.show_delegation("osce")
    detail = page.detail
    model = detail.organised_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data(SESSION_ID_ROLE) == "osce-youth-women-seminar"
    partners = model.index(0, model.PART).data()
    assert "CAWEP" in partners and "World Bank" in partners and "CAREC" in partners and "OSCE" not in partners
    page.show_delegation("turkmenistan")
    assert detail.organised_model.rowCount() == 0
    assert detail.organised_heading.isHidden() and detail.organised_view.isHidden()
