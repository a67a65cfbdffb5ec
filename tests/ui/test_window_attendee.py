"""The attendee's window (issue 14, part A): what a user sees and does, driven with clicks and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTreeView

from companion.ui.models.sessions import SESSION_ROLE


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


def _mnemonics(menu) -> list[str]:  # type: ignore[no-untyped-def]
    from companion.ui.main_window import _mnemonic

    keys = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        key = _mnemonic(action.text())
        assert key, f"{action.text()!r} in {menu.title()!r} has no access key"
        keys.append(key.casefold())
    return keys


def test_every_menu_entry_has_its_own_access_key(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for menu in (window.menu_file, window.menu_view, window.menu_go, window.menu_help):
        menu.aboutToShow.emit()
        keys = _mnemonics(menu)
        assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"
    titles = [a.text() for a in window.menu_go.actions()]
    pages = [i for i, t in enumerate(titles) if t.replace("&", "") in window.page_titles()]
    find = next(i for i, t in enumerate(titles) if t.replace("&", "") == "Find…")
    assert find > max(pages)  # Find… is not among the pages
    assert not any(a.text().replace("&", "") == "Reminders…" for a in window.menu_file.actions())
    assert any(a.text().replace("&", "") == "Reminders…" for a in window.menu_view.actions())


def test_file_open_starts_in_documents_and_shows_the_agenda(  # type: ignore[no-untyped-def]
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from companion.ui.file_dialogs import documents_folder
    from companion.ui.open_event import EventOpener

    window = make_window()
    opener = window.findChild(EventOpener)
    window.show_page(window.pages.widget(window.pages.count() - 1))  # Badges
    source = Path(__file__).parents[1] / "data" / "fosdem2021.schedule.xml"
    copy = tmp_path / "fosdem.xml"
    copy.write_bytes(source.read_bytes())
    starts: list[str] = []

    def choose(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(copy), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(opener.finished, timeout=30_000):
        opener.action_open.trigger()
    assert Path(starts[0]) == documents_folder()
    assert Path(starts[0]).resolve() != Path.cwd().resolve() or documents_folder() == Path.cwd()
    assert window.current_page() is window.agenda
    for dialog in window.findChildren(QDialog):
        dialog.close()
    with qtbot.waitSignal(opener.finished, timeout=30_000):
        opener.action_open.trigger()
    assert Path(starts[1]) == tmp_path  # the folder used last


def test_a_remembered_window_larger_than_the_screen_is_made_to_fit(make_window, state_conn) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    available = window.screen().availableGeometry()
    window.resize(available.width() + 600, available.height() + 400)
    window.save_window_state()
    window.close()
    again = make_window(conn=state_conn)
    assert again.width() <= available.width() and again.height() <= available.height()
    assert available.contains(again.geometry().topLeft())


def test_the_first_window_fits_a_screen_smaller_than_its_default_size(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # the test screen (800×800) is smaller than the default 1280×820
    available = window.screen().availableGeometry()
    assert window.width() <= max(available.width(), window.minimumSizeHint().width())
    assert window.height() <= max(available.height(), window.minimumSizeHint().height())


@pytest.mark.parametrize("name", ["fosdem2021.schedule.xml", "36c3.schedule.json"])
def test_a_large_event_keeps_room_and_title_in_view(make_window, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    from companion.sources import load_event
    from companion.ui.models.sessions import SessionTableModel

    event = load_event(Path(__file__).parents[1] / "data" / name)
    window = make_window(event=event)
    agenda = window.agenda
    view, header = agenda.list_view, agenda.list_view.header()
    for day in agenda.days[:3]:
        agenda.set_day(day)
        QApplication.processEvents()
        assert view.horizontalScrollBar().maximum() == 0, day
        room = SessionTableModel.ROOM
        assert header.sectionViewportPosition(room) + header.sectionSize(room) <= view.viewport().width()
        assert header.sectionSize(SessionTableModel.TITLE) >= 200
    # a search that finds nothing does not squash Day and Time
    time_width = header.sectionSize(SessionTableModel.TIME)
    _type(qtbot, window.search_box, "zzqqxxnothing")
    QApplication.processEvents()
    assert agenda.proxy.rowCount() == 0
    clock_width = view.fontMetrics().horizontalAdvance("00:00–00:00")
    assert header.sectionSize(SessionTableModel.TIME) >= min(time_width, clock_width)
    assert header.sectionSize(SessionTableModel.DAY) >= view.fontMetrics().horizontalAdvance("Mon 30 Sep")


def test_starring_and_add_to_calendar_are_said_in_the_window_with_save_as_and_show_in_folder(  # type: ignore[no-untyped-def]
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from companion.ui.my_agenda.feature import MyAgendaFeature

    window = make_window()
    feature = window.findChild(MyAgendaFeature)
    bar = window.message_bar
    window.show_session("opening-plenary")
    qtbot.mouseClick(feature.star_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert bar.isVisible() and "Starred" in bar.text()
    bar.close_button.setFocus()
    QTest.keyClick(bar.close_button, Qt.Key.Key_Escape)  # Esc dismisses it
    assert not bar.isVisible()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(feature.exporter.done, timeout=10_000) as done:
        qtbot.mouseClick(feature.calendar_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    written = Path(done.args[0])
    assert bar.isVisible() and str(written) in bar.text()
    buttons = {b.text().replace("&", ""): b for b in bar.buttons()}
    assert set(buttons) == {"Save as…", "Show in folder"}
    qtbot.mouseClick(buttons["Show in folder"], Qt.MouseButton.LeftButton)
    assert Path(opened[-1].toLocalFile()) == written.parent
    target = tmp_path / "mine.ics"
    starts: list[str] = []
    def save_as(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(buttons["Save as…"], Qt.MouseButton.LeftButton)
    assert target.read_bytes() == written.read_bytes()
    assert "mine.ics" in bar.text()
    qtbot.mouseClick(feature.calendar_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: "Save as…" in [b.text().replace("&", "") for b in bar.buttons()], timeout=10_000)
    next(b for b in bar.buttons() if "Save" in b.text()).click()
    assert Path(starts[-1]).parent == tmp_path  # the folder is remembered


def test_the_sidebar_has_icons_and_only_pages_the_event_has_data_for(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.sources import load_event

    window = make_window()
    model = window.page_model
    assert all(not model.item(i).icon().isNull() for i in range(model.rowCount()))
    assert "Delegations" in window.shown_page_titles()  # the bundled event names delegations
    fosdem = load_event(Path(__file__).parents[1] / "data" / "fosdem2021.schedule.xml")
    assert not fosdem.delegations
    delegations = window.built(window.pages.widget(window.page_titles().index("Delegations")))
    window.show_page(delegations)
    window.set_event(fosdem)
    assert "Delegations" not in window.shown_page_titles()
    assert window.current_page() is window.agenda
    go = [a.text().replace("&", "") for a in window.menu_go.actions() if a.isVisible()]
    assert "Delegations" not in go
    width = window.navigation.width()
    assert all(window.navigation.fontMetrics().horizontalAdvance(t) < width for t in window.page_titles())


def test_the_detail_pane_says_a_missing_thing_once(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_session("regional-cooperation-climate-justice")
    text = window.agenda.detail.text()
    assert "Speakers not published." in text
    assert "No people were named" not in text
    window.show_session("final-session-closing")
    text = window.agenda.detail.text()
    assert "Date and time not published" in text and "Date not published · time not published" not in text
    window.show_session("parallel-green-bridge")
    text = window.agenda.detail.text()
    # where the title comes from is said with the sources, one click away, after everything about the session
    assert "describes the session" not in text
    window.agenda.detail.set_sources_open(True)
    text = window.agenda.detail.text()
    assert text.index("describes the session") > text.index("Sources")


def test_people_of_a_large_event_show_no_column_that_is_empty_for_everyone(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.sources import load_event
    from companion.ui.people.model import PeopleTableModel

    event = load_event(Path(__file__).parents[1] / "data" / "36c3.schedule.json")
    window = make_window(event=event)
    people = window.built(window.pages.widget(window.page_titles().index("People")))
    window.show_page(people)
    view = people.view
    assert not view.isColumnHidden(PeopleTableModel.NAME)
    shown_text = [
        view.model().index(r, c).data()
        for r in range(min(view.model().rowCount(), 50))
        for c in range(view.model().columnCount())
        if not view.isColumnHidden(c)
    ]
    assert "Not published" not in shown_text and "None published" not in shown_text
    assert "not published for anyone" in people.count.text()


def _unnamed_focusable(window) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled() or not widget.isVisible():
            continue
        if widget.focusProxy() is not None or widget in buddies:
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            chain, parent = [], widget.parentWidget()
            while parent is not None:
                chain.append(parent.objectName() or type(parent).__name__)
                parent = parent.parentWidget()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {'/'.join(chain[:4])}")
    return missing


def test_every_focusable_control_of_every_page_has_an_accessible_name(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    missing: set[str] = set()
    for index in range(window.pages.count()):
        window.show_page(window.pages.widget(index))
        QApplication.processEvents()
        missing.update(_unnamed_focusable(window))
    assert not missing, sorted(missing)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rendered_contrast(image) -> float:  # type: ignore[no-untyped-def]
    """WCAG contrast of the text drawn in ``image``: its most common colour (the background) against the pixel
    that differs most from it (the core of a glyph)."""
    from collections import Counter

    pixels = Counter(
        image.pixelColor(x, y).getRgb()[:3] for y in range(image.height()) for x in range(image.width())
    )
    background = pixels.most_common(1)[0][0]
    bg = _luminance(background)
    text = max(pixels, key=lambda c: abs(_luminance(c) - bg))
    light, dark = sorted((bg, _luminance(text)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_search_hint_and_free_time_are_readable(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.my_agenda.feature import MyAgendaFeature
    from companion.ui.search_results import SearchResultsPanel

    window = make_window()
    _type(qtbot, window.search_box, "climate")
    panel = window.findChild(SearchResultsPanel)  # made for the first search
    qtbot.waitUntil(panel.isVisible)
    assert _rendered_contrast(panel.hint.grab().toImage()) >= 4.5

    feature = window.findChild(MyAgendaFeature)
    for session_id in ("opening-plenary", "climate-finance-panel"):  # 13:00–14:00 free between them
        feature.toggle(session_id)
    page = feature.page
    window.show_page(page)
    QApplication.processEvents()
    view = page.findChild(QTreeView)
    view.expandAll()
    model = view.model()
    found = None
    for day in range(model.rowCount()):
        parent = model.index(day, 0)
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                if "Free time" in str(index.data() or ""):
                    found = index
    assert found is not None, "two starred sessions with a gap show free time"
    image = view.viewport().grab(view.visualRect(found)).toImage()
    assert _rendered_contrast(image) >= 4.5


def test_a_day_without_rooms_says_so_once_above_the_list(make_window) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.models.sessions import SessionTableModel

    window = make_window()
    agenda = window.agenda
    assert agenda.view_name == "list"
    assert agenda.list_view.isColumnHidden(SessionTableModel.ROOM)
    assert "Rooms were not published for this day." in agenda.banner.text()
    texts = [agenda.proxy.index(r, c).data() for r in range(agenda.proxy.rowCount()) for c in range(6)
             if not agenda.list_view.isColumnHidden(c)]
    assert "Room not published" not in texts


def test_the_card_view_shows_the_same_sessions_and_selection_and_is_remembered(  # type: ignore[no-untyped-def]
    make_window, qtbot, state_conn
) -> None:
    window = make_window()
    agenda = window.agenda
    window.show_session("opening-plenary")
    cards_entry = next(a for a in window.menu_view.actions() if a.text().replace("&", "") == "Cards")
    cards_entry.trigger()
    assert agenda.view_name == "cards" and agenda.views.currentWidget() is agenda.card_view
    assert agenda.card_view.model() is agenda.proxy
    assert agenda.card_view.currentIndex().data(SESSION_ROLE).id == "opening-plenary"
    # a click on another card selects it for the details too
    other = agenda.proxy.index(0, 0)
    rect = agenda.card_view.visualRect(agenda.proxy.index(0, agenda.card_view.modelColumn()))
    qtbot.mouseClick(agenda.card_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert agenda.current_session is other.data(SESSION_ROLE)
    # the card shows time and title
    image_rect = agenda.card_view.visualRect(agenda.proxy.index(0, agenda.card_view.modelColumn()))
    assert image_rect.height() > 2 * agenda.card_view.fontMetrics().height()
    # the toolbar toggle and the setting
    qtbot.mouseClick(agenda.list_button, Qt.MouseButton.LeftButton)
    assert agenda.view_name == "list"
    qtbot.mouseClick(agenda.cards_button, Qt.MouseButton.LeftButton)
    window.save_window_state()
    window.close()
    again = make_window(conn=state_conn)
    assert again.agenda.view_name == "cards"


@pytest.mark.parametrize(
    ("language", "stretch"),
    [("en", None), ("ru", None), ("kk", None), ("kk-Latn", None), ("ru", 1.4)],
)
def test_title_keeps_its_width_at_1366x768_in_every_language(  # type: ignore[no-untyped-def]
    qtbot, state_conn, language: str, stretch: float | None
) -> None:
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.sources import load_event
    from companion.ui.language import LanguageManager
    from companion.ui.models.sessions import SessionTableModel

    event = load_event(Path(__file__).parents[1] / "data" / "36c3.schedule.json")
    before = QLocale()
    manager = LanguageManager(None, stretch=stretch)
    manager.apply(language, remember=False)
    try:
        first_day = min(s.day for s in event.sessions if s.day is not None)
        clock = Clock.fixed(datetime(first_day.year, first_day.month, first_day.day, 12, 0, tzinfo=event.zone))
        window = create_main_window(event, state_conn, clock, language)
        qtbot.addWidget(window)
        window.showMaximized()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        available = window.screen().availableGeometry()
        assert (available.width(), available.height()) == (1366, 768)
        agenda = window.agenda
        view, header = agenda.list_view, agenda.list_view.header()
        assert view.horizontalScrollBar().maximum() == 0
        room = SessionTableModel.ROOM
        assert header.sectionViewportPosition(room) + header.sectionSize(room) <= view.viewport().width()
        assert header.sectionSize(SessionTableModel.TITLE) >= 200
    finally:
        manager.uninstall()
        QLocale.setDefault(before)


def test_the_delegations_headers_are_not_clipped(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.built(window.pages.widget(window.page_titles().index("Delegations")))
    window.show_page(page)
    QApplication.processEvents()
    header = page.view.header()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), header.model().headerData(
            column, Qt.Orientation.Horizontal
        )
