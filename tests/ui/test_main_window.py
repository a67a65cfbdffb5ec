"""The main window: pages, the shared search box, menus and what it remembers between runs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.ui.models.sessions import SessionTableModel


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.agenda.proxy
    return [proxy.index(r, SessionTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_opens_on_the_conference_with_the_agenda_first(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert "CACCC-2025" in window.windowTitle()
    assert window.current_page() is window.agenda
    assert window.agenda.current_day == date(2025, 5, 13)
    assert "Opening ceremony" in _titles(window)


def test_add_page_gets_a_ctrl_number_shortcut(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = QLabel("extra")
    index = window.add_page(page, "Extra")
    assert index < 9
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.agenda


def test_geometry_and_day_survive_a_restart(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion import paths
    from companion.store.database import open_state

    first = make_window()
    default_size = first.size()
    first.resize(first.minimumSizeHint().width(), 540)  # the offscreen screen is only 800 pixels wide
    saved_size = first.size()
    assert saved_size != default_size
    first.agenda.set_day(date(2025, 5, 14))
    first.agenda.set_view("timeline")
    first.close()

    second = make_window(conn=open_state(paths.state_db_path()))  # a second run, its own connection
    assert second.size() == saved_size
    assert second.agenda.current_day == date(2025, 5, 14)
    assert second.agenda.view_name == "timeline"


def test_about_this_event_shows_what_the_sources_say(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.agenda import about_event

    shown: list[str] = []
    monkeypatch.setattr(about_event.AboutEventDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    window = make_window()
    window.action_about_event.trigger()
    assert "Yyldyz Hotel" in shown[0] and "13–15 May 2025" in shown[0]
    assert "Reports differ" in shown[0]  # organisers as reported
    assert "two-day event" in shown[0]  # the dates note


def test_replacing_the_event_updates_the_days(make_window, qtbot, bundled_event) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    window = make_window()
    dated = replace(bundled_event, sessions=tuple(s for s in bundled_event.sessions if s.day is not None))
    with qtbot.waitSignal(window.event_changed):
        window.set_event(dated)
    bar = window.agenda.day_bar
    assert "Date not published" not in [bar.tabText(i) for i in range(bar.count())]
    assert window.current_event is dated


def test_a_broken_event_file_is_named_and_the_bundled_event_shown(tmp_path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    from companion import app
    from companion.app import _load_event

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "companion-event/1", "event": 3}', encoding="utf-8")
    messages: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    event = _load_event(broken)
    assert event.id == "caccc-2025"
    assert str(broken) in messages[0] and "$" in messages[0]


def test_tab_walks_from_search_through_the_agenda_controls(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.search_box.setFocus()
    seen = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    page = window.agenda
    wanted = [window.navigation, page.now_next.label, page.day_bar, page.type_filter, page.list_view]
    reached = [w for w in dict.fromkeys(seen) if w in wanted]  # Tab also walks the links of Now/Next
    assert reached == wanted
    assert all(w.accessibleName() for w in wanted)


def test_each_event_remembers_its_own_day(make_window, qtbot, bundled_event) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    window = make_window()
    window.agenda.set_day(date(2025, 5, 14))
    other = replace(bundled_event, id="another-event")
    with qtbot.waitSignal(window.event_changed):
        window.set_event(other)
    window.agenda.set_day(date(2025, 5, 12))
    with qtbot.waitSignal(window.event_changed):
        window.set_event(bundled_event)
    assert window.agenda.current_day == date(2025, 5, 14)
