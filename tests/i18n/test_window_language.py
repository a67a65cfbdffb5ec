"""Switching language in the running window: one click relabels everything and keeps the user's place."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.event import Event
from companion.store.settings import Settings
from companion.ui.language import LanguageManager, LanguageMenu, WindowRebuilder


@pytest.fixture
def languages(state_conn: sqlite3.Connection) -> Iterator[LanguageManager]:
    before = QLocale()
    manager = LanguageManager(Settings(state_conn), stretch=None)
    manager.apply("en", remember=False)
    yield manager
    manager.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def rebuilder(
    qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection, languages: LanguageManager
) -> WindowRebuilder:
    from companion.app import create_main_window
    from companion.clock import Clock

    clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))

    def make(code: str):  # type: ignore[no-untyped-def]
        window = create_main_window(bundled_event, state_conn, clock, code, languages)
        qtbot.addWidget(window)
        return window

    window = make("en")
    window.show()
    qtbot.waitExposed(window)
    return WindowRebuilder(languages, window, make)


def _choose(qtbot: QtBot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    """Open View → Language and click the language, as a user would."""
    menu = window.findChild(LanguageMenu)
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(menu)
    action = menu.action_for(code)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    QApplication.processEvents()


def test_language_menu_sits_in_view_and_names_each_language_in_itself(rebuilder: WindowRebuilder) -> None:
    window = rebuilder.window
    menu = window.findChild(LanguageMenu)
    assert menu.menuAction() in window.menu_view.actions()
    assert [a.text() for a in menu.actions()] == ["English", "Русский", "Қазақша", "Qazaqşa"]


def test_switching_to_russian_relabels_the_window_and_keeps_the_place(
    qtbot: QtBot, rebuilder: WindowRebuilder, state_conn: sqlite3.Connection
) -> None:
    window = rebuilder.window
    window.agenda.set_day(date(2025, 5, 14))
    window.agenda.show_session("transboundary-landscapes-panel")
    assert window.menu_file.title() == "&File"
    assert window.agenda.action_list.text() == "&List"

    _choose(qtbot, window, "ru")

    new = rebuilder.window
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.menu_file.title() == "&Файл"
    assert new.menu_view.title() == "&Вид"
    assert new.agenda.action_list.text() == "&Список"
    assert new.agenda.current_day == date(2025, 5, 14)
    assert new.agenda.current_session is not None
    assert new.agenda.current_session.id == "transboundary-landscapes-panel"
    tabs = [new.agenda.day_bar.tabText(i) for i in range(new.agenda.day_bar.count())]
    assert any("мая" in t and "День 2" in t for t in tabs), tabs
    assert "Восстановление трансграничных ландшафтов в Центральной Азии" in new.agenda.detail.text()
    assert Settings(state_conn).get("language") == "ru"
    assert new.findChild(LanguageMenu).action_for("ru").isChecked()


def test_latin_kazakh_window_has_no_cyrillic_in_its_menus_and_days(qtbot: QtBot, rebuilder: WindowRebuilder) -> None:
    _choose(qtbot, rebuilder.window, "kk-Latn")
    new = rebuilder.window
    titles = [a.text() for a in new.menuBar().actions()]
    assert titles[0] == "&Fail"
    tabs = [new.agenda.day_bar.tabText(i) for i in range(new.agenda.day_bar.count())]
    for text in [*titles, *tabs]:
        assert not any("\u0400" <= ch <= "\u04ff" for ch in text), text
    assert any("mamyr" in t or "mam." in t for t in tabs), tabs


def test_search_text_survives_a_switch(qtbot: QtBot, rebuilder: WindowRebuilder) -> None:
    window = rebuilder.window
    qtbot.keyClicks(window.search_box, "finance")
    _choose(qtbot, window, "kk")
    assert rebuilder.window.search_box.text() == "finance"


def test_translated_title_shows_the_published_one_beside_it(qtbot: QtBot, rebuilder: WindowRebuilder) -> None:
    _choose(qtbot, rebuilder.window, "ru")
    agenda = rebuilder.window.agenda
    agenda.show_session("opening-plenary")
    text = agenda.detail.text()
    assert "Региональная и национальная климатическая политика: достижения и планы" in text
    assert "Опубликованное название: Regional and National Climate Policy: Achievements and Plans" in text
    agenda.show_session("endemic-flora-fauna-exhibition")  # its Russian title was published
    assert "Опубликованное название" not in agenda.detail.text()


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount()
    except TypeError:  # list models keep columnCount private
        return 1


def _menu_texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    out = [menu.title()]
    if isinstance(menu, LanguageMenu):  # each language is named in itself, by design
        return out
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return out


def test_latin_kazakh_window_reads_in_latin_letters(qtbot: QtBot, rebuilder: WindowRebuilder) -> None:
    """Menus, buttons, labels, tabs, column headers and the programme: no Cyrillic letter left."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabBar

    _choose(qtbot, rebuilder.window, "kk-Latn")
    window = rebuilder.window
    texts: list[str] = []
    for menu_action in window.menuBar().actions():
        texts += _menu_texts(menu_action.menu())
    for index in range(window.pages.count()):
        window.show_page(window.pages.widget(index))
        QApplication.processEvents()
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if widget.isVisibleTo(window) and "EventHeader" not in widget.objectName():
                texts.append(widget.text())
        for bar in window.findChildren(QTabBar):
            texts += [bar.tabText(i) for i in range(bar.count())]
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None:
                texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(_columns(model))]
    model = window.agenda.list_view.model()
    for row in range(model.rowCount()):
        texts += [str(model.index(row, c).data() or "") for c in range(_columns(model))]
    assert not [t for t in texts if _cyrillic(t)]


def test_opened_file_and_its_changes_survive_a_switch(qtbot: QtBot, rebuilder: WindowRebuilder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from companion.domain.changes import ChangeSet
    from companion.ui.open_event import EventOpener

    opener = rebuilder.window.findChild(EventOpener)
    opener.current_path = tmp_path / "schedule.json"
    opener.changes_page.set_changes(ChangeSet(()), lambda _sid: True)
    _choose(qtbot, rebuilder.window, "ru")
    carried = rebuilder.window.findChild(EventOpener)
    assert carried is not opener and carried.current_path == tmp_path / "schedule.json"
    assert carried.changes_page.summary.text() == "С прошлого открытия этого мероприятия изменений нет."


def test_person_shown_and_back_history_survive_a_switch(qtbot: QtBot, rebuilder: WindowRebuilder) -> None:
    from companion.domain.navigation import PERSON
    from companion.ui.navigation import Navigator

    window = rebuilder.window
    navigator = window.findChild(Navigator)
    window.show_session("opening-ceremony")
    navigator.go(PERSON, "valerie-hickey")
    assert window.current_page() is navigator.people
    _choose(qtbot, window, "kk")
    carried = rebuilder.window.findChild(Navigator)
    assert rebuilder.window.current_page() is carried.people
    assert carried.people.current_person is not None and carried.people.current_person.id == "valerie-hickey"
    assert carried.action_back.isEnabled()
    carried.back()
    assert rebuilder.window.current_page() is rebuilder.window.agenda
