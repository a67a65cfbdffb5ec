"""The agenda's cards and timeline are built when first shown (the start builds only the list it shows): what the
user chose before they were built shows in them, and the view chosen last time comes back at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.ui.my_agenda.feature import MyAgendaFeature

_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_timeline_shown_the_first_time_has_the_stars_and_the_chosen_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = window.findChild(MyAgendaFeature)
    assert feature is not None
    feature.stars.set_starred("opening-ceremony", True)
    window.show_session("un-agencies-panel")
    page = window.agenda
    assert page.views.currentWidget() is page.list_view
    qtbot.keyClick(window, Qt.Key.Key_T, _CTRL_SHIFT)
    assert page.view_name == "timeline"
    assert page.views.currentWidget() is page.timeline_box
    assert page.timeline.isVisible() and page.legend.isVisible() and page.timeline_bar.isVisible()
    assert "opening-ceremony" in page.timeline.starred_ids
    assert page.timeline.current_session_id == "un-agencies-panel"
    assert page.timeline.block_of("un-agencies-panel") is not None  # the day's sessions are laid out
    feature.stars.set_starred("un-agencies-panel", True)  # and it follows the stars from now on
    assert "un-agencies-panel" in page.timeline.starred_ids


def test_the_cards_shown_the_first_time_keep_the_chosen_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_session("un-agencies-panel")
    page = window.agenda
    qtbot.keyClick(window, Qt.Key.Key_K, _CTRL_SHIFT)
    assert page.view_name == "cards"
    assert page.views.currentWidget() is page.card_view and page.card_view.isVisible()
    assert page.card_view.currentIndex().row() == page.list_view.currentIndex().row() >= 0
    page.card_view.setFocus()
    qtbot.keyClick(page.card_view, Qt.Key.Key_Down)  # one selection for the list and the cards
    assert page.current_session is not None and page.current_session.id != "un-agencies-panel"


def test_the_view_chosen_last_time_comes_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for shortcut, name in ((Qt.Key.Key_T, "timeline"), (Qt.Key.Key_K, "cards"), (Qt.Key.Key_L, "list")):
        window = make_window()
        qtbot.keyClick(window, shortcut, _CTRL_SHIFT)
        window.close()
        again = make_window()
        page = again.agenda
        assert page.view_name == name
        shown = {"timeline": page.timeline_box, "cards": page.card_view, "list": page.list_view}[name]
        assert page.views.currentWidget() is shown and shown.isVisible()


def test_the_search_box_can_be_cleared_as_soon_as_one_types(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # (its clear button is otherwise enabled after the first paint)
    qtbot.keyClicks(window.search_box, "panel")
    assert window.search_box.isClearButtonEnabled()
