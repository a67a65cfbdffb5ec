"""Focus on the day tabs is plain to see and Tab goes where a reader expects; the session pane gives the list its
width while nothing is chosen; the People page remembers where its splitter was, within the screen it has."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from companion.ui.colour_scheme import contrast_ratio
from companion.ui.models.sessions import SessionTableModel
from companion.ui.people.page import SPLITTER_KEY, PeoplePage


def _count(image: QImage, colour: QColor) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y) == colour)


def test_the_focused_day_tab_has_a_visible_ring_and_tab_moves_on(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    agenda = window.agenda
    bar = agenda.day_bar
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    agenda.type_filter.setFocus()
    qtbot.waitUntil(agenda.type_filter.hasFocus)
    unfocused = bar.grab().toImage()
    qtbot.keyClick(agenda.type_filter, Qt.Key.Key_Backtab)  # Shift+Tab from the Type filter: the days
    qtbot.waitUntil(bar.hasFocus)
    focused = bar.grab().toImage()
    rect = bar.tabRect(bar.currentIndex())
    ring = _count(focused, highlight) - _count(unfocused, highlight)
    assert ring >= 2 * (rect.width() + rect.height())  # a 2-pixel ring around the whole current tab
    assert contrast_ratio(highlight, bar.palette().color(QPalette.ColorRole.Window)) >= 3.0  # WCAG non-text
    # the arrow keys change the day; Tab goes on to the filters, not into the list
    before = bar.currentIndex()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert bar.currentIndex() == before + 1 and agenda.current_day == agenda.days[before + 1]
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert agenda.type_filter.hasFocus()


def test_the_list_takes_the_width_until_a_session_is_chosen(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    window.resize(1366, 768)
    agenda = window.agenda
    agenda.set_day(date(2025, 5, 13))
    QApplication.processEvents()
    assert agenda.current_session is None
    assert not agenda.detail.isVisible()  # no "Select a session" pane taking a third of the width
    list_width = agenda.list_view.width()
    assert list_width >= agenda.splitter.width() - 2

    index = agenda.proxy.index(0, SessionTableModel.TITLE)
    qtbot.mouseClick(agenda.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=agenda.list_view.visualRect(index).center())
    qtbot.waitUntil(agenda.detail.isVisible)
    assert agenda.current_session is not None and agenda.list_view.width() < list_width
    # the user widens the details; the width comes back the next time a session is chosen
    handle = agenda.splitter.sizes()[0]
    agenda.splitter.moveSplitter(handle - 120, 1)
    widened = agenda.detail.width()
    bar = agenda.day_bar
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(agenda.days.index(date(2025, 5, 14))).center())
    qtbot.waitUntil(lambda: not agenda.detail.isVisible())
    assert agenda.current_session is None
    index = agenda.proxy.index(0, SessionTableModel.TITLE)
    qtbot.mouseClick(agenda.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=agenda.list_view.visualRect(index).center())
    qtbot.waitUntil(agenda.detail.isVisible)
    assert abs(agenda.detail.width() - widened) <= 2


def _people(window: Any) -> PeoplePage:
    page = window.page("PeoplePage")  # built on first use
    assert isinstance(page, PeoplePage)
    window.show_page(page)
    QApplication.processEvents()
    return page


def test_the_people_splitter_is_remembered(
    make_window: Callable[..., Any], qtbot: Any, state_conn: sqlite3.Connection
) -> None:
    window = make_window()
    page = _people(window)
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total * 70 // 100, 1)  # the user drags the directory taller
    share = page.splitter.sizes()[0] / total
    assert share > 0.6
    window.show_page(window.agenda)  # leaving the page saves it
    window.close()

    again = make_window(conn=state_conn)
    page = _people(again)
    sizes = page.splitter.sizes()
    assert abs(sizes[0] / sum(sizes) - share) < 0.03


def test_a_people_splitter_saved_on_a_larger_screen_still_fits(
    make_window: Callable[..., Any], qtbot: Any, state_conn: sqlite3.Connection
) -> None:
    from companion.store.settings import Settings

    big = QSplitter(Qt.Orientation.Vertical)
    big.addWidget(QWidget(big))
    big.addWidget(QWidget(big))
    big.resize(400, 3000)
    big.setSizes([2980, 20])  # nearly all of a 3000-pixel-high screen for the directory
    Settings(state_conn).set(SPLITTER_KEY, bytes(QByteArray(big.saveState()).toBase64().data()).decode("ascii"))
    window = make_window(conn=state_conn)
    page = _people(window)
    sizes = page.splitter.sizes()
    assert sum(sizes) <= page.splitter.height() + 1
    assert sizes[1] >= 0.15 * sum(sizes) - 1  # the details keep a readable share
    assert page.detail.isVisible()
