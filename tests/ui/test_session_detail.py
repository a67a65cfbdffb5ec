"""The session detail pane: what it says about a session and the links it offers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from companion.domain.event import Event
from companion.ui.session.detail import SessionDetail


def _detail(qtbot, event: Event, session_id: str) -> SessionDetail:  # type: ignore[no-untyped-def]
    detail = SessionDetail(event)
    qtbot.addWidget(detail)
    detail.resize(700, 900)
    detail.show()
    detail.show_session(event.session(session_id))
    return detail


def _anchor_centre(detail: SessionDetail, prefix: str):  # type: ignore[no-untyped-def]
    """Where on screen the first link whose target starts with ``prefix`` is drawn."""
    doc = detail.browser.document()
    for pos in range(doc.characterCount() - 1):
        cursor = QTextCursor(doc)
        cursor.setPosition(pos)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
        if cursor.charFormat().anchorHref().startswith(prefix):
            detail.browser.setTextCursor(cursor)
            detail.browser.ensureCursorVisible()
            return detail.browser.cursorRect(cursor).center(), cursor.charFormat().anchorHref()
    raise AssertionError(f"no link starting with {prefix}")


def test_indicative_session_names_zone_room_people_and_sources(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, bundled_event, "opening-plenary")
    text = detail.text()
    assert "Regional and National Climate Policy" in text
    assert "Tuesday 13 May 2025" in text and "~10:30–13:00 (indicative)" in text
    assert "Ashgabat time, UTC+05:00" in text
    assert "Room not published" in text and "Yyldyz Hotel" in text
    assert "Makhtumkuli Akmuradov — Moderator" in text
    assert "From NDC 2.0 to NDC 3.0" in text
    # the sources are one click away: a closed section that says how many there are
    sources = bundled_event.session("opening-plenary").sources
    assert f"▸ Sources ({len(sources)})" in text
    assert not any(bundled_event.sources[ref].url in detail.browser.toHtml() for ref in sources)
    assert "Companion's translation" not in text  # the title's provenance waits with the sources
    centre, _ = _anchor_centre(detail, "companion:sources")
    qtbot.mouseClick(detail.browser.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert detail.sources_open and f"▾ Sources ({len(sources)})" in detail.text()
    html = detail.browser.toHtml()
    for ref in sources:
        assert bundled_event.sources[ref].url in html
    # it stays open for the next session, and closes with a second click
    detail.show_session(bundled_event.session("climate-finance-panel"))
    assert bundled_event.sources["S1"].url in detail.browser.toHtml()
    centre, _ = _anchor_centre(detail, "companion:sources")
    qtbot.mouseClick(detail.browser.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not detail.sources_open and bundled_event.sources["S1"].url not in detail.browser.toHtml()


def test_undated_session_says_so(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    text = _detail(qtbot, bundled_event, "final-session-closing").text()
    assert "When: Date and time not published" in text  # one phrase, no zone for a time that is not there
    assert "time not published" not in text.replace("Date and time not published", "")
    assert "No source gives the day of this session." in text


def test_clicking_a_person_emits_their_id(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, bundled_event, "opening-plenary")
    centre, href = _anchor_centre(detail, "person:")
    with qtbot.waitSignal(detail.person_activated) as signal:
        qtbot.mouseClick(detail.browser.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [href.removeprefix("person:")] == ["makhtumkuli-akmuradov"]


def test_empty_pane_invites_a_choice(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, bundled_event, "opening-plenary")
    detail.show_session(None)
    assert "Select a session" in detail.text()


def test_actions_added_to_the_pane_show_as_buttons_in_their_declared_order(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    detail = _detail(qtbot, bundled_event, "opening-ceremony")
    triggered: list[str] = []
    actions = {}
    for name, order in (("Export", 30), ("Star", 10), ("Add", 20)):
        action = QAction(name, detail)
        action.triggered.connect(lambda _=False, n=name: triggered.append(n))
        actions[name] = action
        detail.add_action(action, order)
    assert [b.text() for b in detail.action_buttons()] == ["Star", "Add", "Export"]

    star = detail.action_buttons()[0]
    actions["Star"].setCheckable(True)
    actions["Star"].setText("★ Starred")
    actions["Star"].setIconText("Starred")
    actions["Star"].setChecked(True)
    assert star.text() == "★ Starred" and star.isChecked() and star.accessibleName() == "Starred"
    qtbot.mouseClick(detail.action_buttons()[1], Qt.MouseButton.LeftButton)
    assert triggered == ["Add"]
    actions["Export"].setEnabled(False)
    assert not detail.action_buttons()[2].isEnabled()
    qtbot.mouseClick(detail.action_buttons()[2], Qt.MouseButton.LeftButton)
    assert triggered == ["Add"]
