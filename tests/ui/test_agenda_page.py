"""The Agenda page driven like a user: search, days, the 15 May note, the timeline and Now/Next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui.models.sessions import SessionTableModel


def _type(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic included (qtbot.keyClicks only knows ASCII)."""
    for ch in text:  # QKeyEvents, not QTest.sendKeyEvent: PySide6 6.10 passes its text as Latin-1 bytes
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.agenda.proxy
    return [proxy.index(r, SessionTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_typing_in_the_search_box_filters_every_day(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    day_rows = len(_titles(window))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    _type(window.search_box, "молодежи")  # a Russian title of a 12 May event, seen from 13 May
    hits = window.agenda.proxy.visible_sessions()
    assert "osce-youth-women-seminar" in {s.id for s in hits}
    assert "opening-ceremony" not in {s.id for s in hits}
    assert {s.day for s in hits} != {date(2025, 5, 13)}
    assert not window.agenda.list_view.isColumnHidden(SessionTableModel.DAY)
    assert "all days" in window.agenda.banner.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert len(_titles(window)) == day_rows
    assert window.agenda.list_view.isColumnHidden(SessionTableModel.DAY)


def test_day_shortcuts_and_the_15_may_note(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.agenda
    assert page.current_day == date(2025, 5, 13)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_day == date(2025, 5, 14)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_day == date(2025, 5, 15)
    assert page.views.currentWidget() is page.empty_note
    assert page.empty_note.isVisible()
    assert "No sessions were published for 15 May" in page.empty_note.text()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_day == date(2025, 5, 14)
    assert page.views.currentWidget() is page.list_view


def test_day_tabs_name_the_days(make_window) -> None:  # type: ignore[no-untyped-def]
    bar = make_window().agenda.day_bar
    labels = [bar.tabText(i) for i in range(bar.count())]
    assert labels[0].startswith("Mon 12 May") and labels[1].startswith("Tue 13 May")
    assert labels[-1] == "Date not published"


def test_timeline_block_click_selects_the_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.agenda
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.views.currentWidget() is page.timeline_box
    page.timeline.set_current("climate-finance-panel")  # scrolls the block into view
    centre = page.timeline.block_center("climate-finance-panel")
    page.timeline.set_current(None)
    qtbot.mouseClick(page.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert page.current_session is not None and page.current_session.id == "climate-finance-panel"
    assert page.list_view.currentIndex().data() is not None
    assert "Climate Finance for Central Asia" in page.detail.text()


def test_timeline_keeps_overlapping_sessions_side_by_side(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_window().agenda
    page.set_view("timeline")
    a = page.timeline.block_of("regional-cooperation-climate-justice")
    b = page.timeline.block_of("un-agencies-panel")
    assert a is not None and b is not None
    assert a.y == b.y and (a.x + a.w <= b.x or b.x + b.w <= a.x)
    assert page.timeline.layout_info.untimed_count == 2  # the exhibition and the RESILAND meeting


def test_now_and_next_follow_the_clock(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(now="2025-05-13T11:00")
    panel = window.agenda.now_next
    assert [s.id for s in panel.state.now] == ["opening-plenary"]
    assert [s.id for s in panel.state.next] == ["climate-finance-panel"]
    text = panel.label.text()
    assert "indicative" in text and "Regional and National Climate Policy" in text
    window.agenda.set_day(date(2025, 5, 12))
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.agenda.current_day == date(2025, 5, 13)
    assert window.agenda.current_session.id == "opening-plenary"


def test_nothing_runs_after_the_conference(make_window) -> None:  # type: ignore[no-untyped-def]
    panel = make_window(now="2025-06-01T10:00").agenda.now_next
    assert panel.state.now == () and panel.state.next == ()
    assert "nothing" in panel.label.text()


def test_list_row_click_and_arrow_keys_fill_the_detail(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_window().agenda
    view = page.list_view
    rect = view.visualRect(page.proxy.index(0, SessionTableModel.TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Opening ceremony" in page.detail.text()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "Regional and National Climate Policy" in page.detail.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.detail.browser.hasFocus()


def test_search_as_you_type_narrows_with_each_letter(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    counts = []
    for ch in "finance":
        qtbot.keyClicks(window.search_box, ch)
        counts.append(window.agenda.proxy.rowCount())
    assert counts == sorted(counts, reverse=True) and 1 <= counts[-1] < counts[0]  # first letter: hits from all days
    assert "Climate Finance for Central Asia: Regional and National Perspectives" in _titles(window)


def test_timeline_is_driven_by_keyboard(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_window().agenda
    page.set_view("timeline")
    page.timeline.setFocus(Qt.FocusReason.TabFocusReason)
    page.show_session("opening-ceremony")
    order = [b.session.id for b in page.timeline.layout_info.blocks]
    qtbot.keyClick(page.timeline, Qt.Key.Key_Down)
    assert page.current_session.id == order[order.index("opening-ceremony") + 1]
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert page.detail.browser.hasFocus()


def test_type_filter_menu_hides_a_type(make_window) -> None:  # type: ignore[no-untyped-def]
    page = make_window().agenda
    before = _titles_of(page)
    panel = next(a for a in page.type_filter.menu().actions() if a.text() == "Panel")
    panel.trigger()
    after = _titles_of(page)
    assert "UN agencies panel" in before and "UN agencies panel" not in after
    assert len(after) == len(before) - 2
    assert page.type_filter.text() == "Type: 7 of 8"
    page.type_filter.menu().actions()[0].trigger()  # "Show all"
    assert _titles_of(page) == before


def _titles_of(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.proxy.index(r, SessionTableModel.TITLE).data() for r in range(page.proxy.rowCount())]


def test_timeline_shows_the_days_search_hits(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.agenda
    page.set_view("timeline")
    qtbot.keyClicks(window.search_box, "climate finance")
    shown = {b.session.id for b in page.timeline.layout_info.blocks}
    assert "climate-finance-panel" in shown and "un-agencies-panel" not in shown
    assert {s.day for s in page.proxy.visible_sessions()} != {date(2025, 5, 13)}  # the list still has all days
    assert "Tue 13 May" in page.banner.text()
