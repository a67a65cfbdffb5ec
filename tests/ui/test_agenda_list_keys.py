"""The session list and cards driven by keys and typing: rows move as a list's rows do, a search keeps the
chosen session while it is still found, and the columns stay put while one types."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.ui.models.sessions import SESSION_ROLE, SessionTableModel

STAND_IN = Path(__file__).resolve().parents[1] / "data" / "36c3.schedule.json"


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    QApplication.processEvents()


def _current_id(view) -> str | None:  # type: ignore[no-untyped-def]
    index = view.currentIndex()
    return index.data(SESSION_ROLE).id if index.isValid() else None


def test_keys_move_between_rows_never_between_cells(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    agenda = window.agenda
    view = agenda.list_view
    rows = agenda.proxy.rowCount()
    assert rows > 2
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    second = _current_id(view)
    assert agenda.current_session is not None and agenda.current_session.id == second
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Right):  # no cell to cell: the row stays chosen
        QTest.keyClick(view, key)
        assert _current_id(view) == second
    assert view.currentIndex().column() == SessionTableModel.TITLE  # the focus is drawn on the title
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == rows - 1
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    assert agenda.current_session is not None and agenda.current_session.id == _current_id(view)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # Tab leaves the list rather than walking its cells
    assert not view.hasFocus()


def test_cards_move_with_the_same_keys_and_share_the_selection(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    agenda = window.agenda
    agenda.set_view("cards")
    cards = agenda.card_view
    cards.setFocus()
    QTest.keyClick(cards, Qt.Key.Key_Down)
    QTest.keyClick(cards, Qt.Key.Key_End)
    last = _current_id(cards)
    assert cards.currentIndex().row() == agenda.proxy.rowCount() - 1
    assert agenda.current_session is not None and agenda.current_session.id == last
    agenda.set_view("list")
    assert _current_id(agenda.list_view) == last


def test_narrowing_a_search_keeps_the_chosen_session_while_it_is_found(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    agenda = window.agenda
    _type(qtbot, window.search_box, "clim")
    agenda.show_session("climate-finance-panel")
    row_before = agenda.list_view.currentIndex().row()
    _type(qtbot, window.search_box, "ate fin")  # "climate fin": fewer hits, the panel among them
    assert agenda.proxy.rowCount() >= 1
    assert _current_id(agenda.list_view) == "climate-finance-panel"
    assert agenda.list_view.currentIndex().row() <= row_before
    assert agenda.detail.session is not None and agenda.detail.session.id == "climate-finance-panel"
    _type(qtbot, window.search_box, "zzz")  # found no more: nothing stays chosen, the pane says so
    assert agenda.proxy.rowCount() == 0
    assert not agenda.list_view.currentIndex().isValid()
    assert agenda.detail.session is None


def test_the_columns_stay_put_while_typing_in_a_large_event(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.sources import load_event

    window = make_window(event=load_event(STAND_IN))
    agenda = window.agenda
    header = agenda.list_view.header()
    _type(qtbot, window.search_box, "s")
    widths = [header.sectionSize(c) for c in range(header.count())]
    for letter in "ecurity":  # 1,351 hits, then 1,280, then 669: a different set of rows at each key
        _type(qtbot, window.search_box, letter)
        assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert agenda.proxy.rowCount() == 669
    assert agenda.list_view.horizontalScrollBar().maximum() == 0
    texts = agenda.model.column_texts(SessionTableModel.TYPE)
    widest = max(agenda.list_view.fontMetrics().horizontalAdvance(t) for t in texts)
    assert header.sectionSize(SessionTableModel.TYPE) >= min(widest, 80)  # sized to the event's types, or capped
