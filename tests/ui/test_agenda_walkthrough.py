"""Agenda and session detail: what a user walkthrough found wrong (titles, stale detail, people, search, layout)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from companion.domain.event import Event
from companion.ui.models.sessions import SessionTableModel
from companion.ui.my_agenda.feature import MyAgendaFeature
from companion.ui.session.detail import SessionDetail
from companion.ui.session.formatting import zone_label


def _detail_text(qtbot, event: Event, session_id: str, language: str,  # type: ignore[no-untyped-def]
                 sources_open: bool = False) -> str:
    detail = SessionDetail(event, language)
    detail.set_sources_open(sources_open)
    qtbot.addWidget(detail)
    detail.show_session(event.session(session_id))
    return detail.text()


def test_descriptive_title_is_not_called_published(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    for language in ("ru", "kk", "en"):
        text = _detail_text(qtbot, bundled_event, "opening-ceremony", language)
        assert "Published title" not in text, language
        assert "Descriptive title: the official title was not published" in text, language


def test_green_bridge_names_its_published_kazakh_latin_title(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    green = bundled_event.session("parallel-green-bridge")
    english = _detail_text(qtbot, bundled_event, green.id, "en")
    assert f"Published title: {green.title['kk-Latn']}" in english
    assert "describes the session" not in english  # why: with the sources, one click away
    assert "describes the session" in _detail_text(qtbot, bundled_event, green.id, "en", sources_open=True)
    latin = _detail_text(qtbot, bundled_event, green.id, "kk-Latn")
    assert "Published title" not in latin and "Descriptive title" not in latin


def test_published_english_title_is_still_given_beside_a_translation(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    session = bundled_event.session("opening-plenary")
    text = _detail_text(qtbot, bundled_event, session.id, "ru")
    assert f"Published title: {session.title['en']}" in text
    assert "Descriptive title" not in text


def _click_day(qtbot, page, day) -> None:  # type: ignore[no-untyped-def]
    bar = page.day_bar
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.days.index(day)).center())
    assert page.current_day == day


def test_changing_day_clears_a_session_of_another_day(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.agenda
    feature = window.findChild(MyAgendaFeature)
    page.show_session("opening-plenary")
    assert page.current_session is not None and feature.star_button.isEnabled()
    for day in (date(2025, 5, 12), date(2025, 5, 15), None):
        _click_day(qtbot, page, day)
        assert page.current_session is None, day
        assert "Regional and National Climate Policy" not in page.detail.text()
        assert not page.list_view.selectionModel().hasSelection()
        assert not feature.star_button.isEnabled() and not feature.calendar_button.isEnabled()
    page.show_session("final-session-closing")  # undated: shown on the "Date not published" tab
    assert page.current_day is None and page.current_session is not None
    assert feature.star_button.isEnabled()


def test_people_list_names_their_organisation_once(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    text = _detail_text(qtbot, bundled_event, "opening-ceremony", "en")
    assert "Valerie Hickey — Welcome remarks — Global Director for Climate Change, World Bank" in text
    # the role already names UNDP: not "…in Turkmenistan, UNDP"
    assert "Narine Sahakyan — Welcome remarks — UNDP Resident Representative in Turkmenistan\n" in text + "\n"
    # the role names the committee, the organisation says whose: one mention, the fuller one
    plenary = _detail_text(qtbot, bundled_event, "opening-plenary", "en")
    assert "Deputy Chairman, Committee for Environmental Protection of Tajikistan\n" in plenary + "\n"


def test_search_finds_sessions_by_the_venue_in_any_language(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.agenda
    at_event_venue = {s.id for s in window.current_event.sessions if not s.venue}
    assert at_event_venue
    for text in ("Йылдыз", "Yyldyz", "Ашхабад"):
        page.set_search(text)
        found = {s.id for s in page.proxy.visible_sessions()}
        assert at_event_venue <= found, text
    page.set_search("")


def test_zone_label_gives_only_the_offset_for_etc_zones(bundled_event: Event) -> None:
    berlin_winter = replace(bundled_event, timezone="Etc/GMT-1")
    assert zone_label(berlin_winter) == "UTC+01:00"
    assert zone_label(replace(bundled_event, timezone="UTC")) == "UTC+00:00"
    assert zone_label(bundled_event, language="en") == "Ashgabat time, UTC+05:00"


def test_zone_label_spells_the_event_city_in_the_chosen_language(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    assert zone_label(bundled_event, language="kk-Latn").startswith("Aşhabad")
    text = _detail_text(qtbot, bundled_event, "opening-plenary", "ru")
    assert "(Ашхабад time, UTC+05:00)" in text  # "time" is translated by the window's language files
    assert "Ashgabat" not in text
    # a zone named after another city keeps its English name
    assert zone_label(replace(bundled_event, timezone="Asia/Tashkent"), language="ru").startswith("Tashkent")


def test_timeline_titles_cut_short_end_with_an_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetricsF

    from companion.ui.agenda.timeline import title_lines

    font = QFont()
    metrics = QFontMetricsF(font)
    title = "Strengthening the Role of Youth and Women in Responding to Climate Risks in Turkmenistan"
    width = metrics.horizontalAdvance("Strengthening the Role") + 2
    lines = title_lines(title, font, width, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert lines[0] == "Strengthening the Role"
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    whole = title_lines(title, font, width, 20)  # room enough: every word, no ellipsis
    assert " ".join(whole) == title and not whole[-1].endswith("…")


@pytest.fixture
def window_in(qtbot, bundled_event: Event, state_conn: sqlite3.Connection) -> Iterator[Callable[[str], Any]]:  # type: ignore[no-untyped-def]
    """``window_in("ru")``: the main window at its default size in that language."""
    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.store.settings import Settings
    from companion.ui.language import LanguageManager

    before = QLocale()
    manager = LanguageManager(Settings(state_conn), stretch=None)

    def make(code: str) -> Any:
        manager.apply(code, remember=False)
        clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))
        window = create_main_window(bundled_event, state_conn, clock, code, manager)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    manager.uninstall()
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "ru", "kk", "kk-Latn"])
def test_list_columns_fit_without_side_scrolling(window_in, language: str) -> None:  # type: ignore[no-untyped-def]
    window = window_in(language)
    view = window.agenda.list_view
    header = view.header()
    QApplication.processEvents()
    assert window.width() <= 1280
    assert view.horizontalScrollBar().maximum() == 0
    room = SessionTableModel.ROOM
    assert view.isColumnHidden(room)  # no room published on this day: said once above the list, not per row
    assert window.agenda.banner.isVisible()
    for column in (SessionTableModel.TIME, SessionTableModel.TYPE):  # no "~09:30–10:30 (ориентир…"
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    assert header.sectionSize(SessionTableModel.TITLE) >= 160  # the title keeps a readable share


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_filter_buttons_leave_room_for_their_arrow(window_in, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    page = window_in(language).agenda
    button = page.type_filter
    button.set_checked(button.keys()[0], False)  # "Type: 7 of 8"
    QApplication.processEvents()
    for b in (page.type_filter, page.track_filter):
        text_width = b.fontMetrics().horizontalAdvance(b.text())
        assert b.width() >= text_width + b.indicator_width() + 8, b.text()
