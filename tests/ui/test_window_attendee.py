"""The attendee's window (issue 14, part A): what a user sees and does, driven with clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_add_to_calendar_is_disabled_for_an_undated_session_and_says_why_in_the_pane(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature_button = next(b for b in window.agenda.detail.action_buttons() if "calendar" in b.text().lower())
    window.show_session("parallel-green-bridge")  # no published date
    assert not feature_button.isEnabled()
    note = window.agenda.detail.action_note
    assert note.isVisible() and "date" in note.text()
    assert "date" in feature_button.toolTip()
    dated = next(s for s in window.current_event.sessions if s.day is not None)
    window.show_session(dated.id)
    assert feature_button.isEnabled()
    assert not note.isVisible()


def test_now_next_on_a_day_without_times_says_what_the_day_holds(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(now="2025-05-14T11:00")
    label = window.agenda.now_next.label
    assert "5 session" in label.text() and "without published times" in label.text()
    assert "nothing in the published programme" not in label.text()
    # following the link shows the day's list
    window.agenda.set_day(window.agenda.days[0])
    label.linkActivated.emit("day:2025-05-14")
    assert str(window.agenda.current_day) == "2025-05-14"
    assert window.agenda.proxy.rowCount() == 5


def test_tab_does_not_stop_on_now_next_when_it_has_no_link(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(now="2025-06-30T11:00")  # after the event: nothing now, nothing next
    assert window.agenda.now_next.label.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_clearing_a_search_does_not_leave_a_stale_session_in_the_pane(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    agenda = window.agenda
    _type(qtbot, window.search_box, "green bridge")
    qtbot.waitUntil(lambda: agenda.proxy.rowCount() >= 1)
    agenda.list_view.setFocus()
    QTest.keyClick(agenda.list_view, Qt.Key.Key_Down)
    first = agenda.proxy.index(0, 0)
    agenda.list_view.setCurrentIndex(first)
    QTest.keyClick(agenda.list_view, Qt.Key.Key_Return)
    assert agenda.current_session is not None and agenda.current_session.id == "parallel-green-bridge"
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    shown = agenda.detail.session
    listed = agenda.list_view.currentIndex()
    if shown is None:
        assert "Select a session" in agenda.detail.text()
        assert not any(b.isEnabled() for b in agenda.detail.action_buttons()[:2])
    else:
        assert agenda.is_listed(shown.id)
        assert listed.isValid()
