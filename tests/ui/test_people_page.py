"""The People directory: models without widgets, then the page driven with clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.domain.event import Event
from companion.ui.navigation import PeopleFeature
from companion.ui.people.model import PERSON_ID_ROLE, PeopleFilterProxy, PeopleTableModel
from companion.ui.people.page import PeoplePage
from companion.ui.people.session_links import SESSION_ID_ROLE


def _row(model: PeopleTableModel, person_id: str) -> int:
    row = model.row_of(person_id)
    assert row is not None
    return row


def test_model_lists_everyone_with_sessions_or_an_honest_none(bundled_event: Event) -> None:
    model = PeopleTableModel(bundled_event)
    assert model.rowCount() == len(bundled_event.people)
    for person_id in ("mansur-oshurbaev", "zafar-makhmudov"):
        row = _row(model, person_id)
        assert model.index(row, PeopleTableModel.SESSIONS).data() == "No session published"
    minister = _row(model, "charygeldi-babanyazov")
    assert model.index(minister, PeopleTableModel.SESSIONS).data() == "2 sessions"
    assert "Чарыгелди Бабаныязов" in model.index(minister, PeopleTableModel.ALSO).data()
    assert model.index(minister, PeopleTableModel.DELEGATION).data() == "Turkmenistan (host)"
    assert model.index(_row(model, "nury-jumashov"), PeopleTableModel.DELEGATION).data() == "None published"


def test_filter_finds_each_spelling_in_any_script(bundled_event: Event) -> None:
    model = PeopleTableModel(bundled_event)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    for typed, person_id in (
        ("Бабаныязов", "charygeldi-babanyazov"),
        ("Babaniyazov", "charygeldi-babanyazov"),
        ("Magtymguly", "makhtumkuli-akmuradov"),
        ("Mahmudov", "zafar-makhmudov"),
        ("Oşurbaev", "mansur-oshurbaev"),
        ("Ошурбаев", "mansur-oshurbaev"),
        ("Oshurbaev", "mansur-oshurbaev"),
    ):
        proxy.set_search(typed)
        assert [proxy.index(r, 0).data(PERSON_ID_ROLE) for r in range(proxy.rowCount())] == [person_id], typed
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()


def test_typing_in_the_filter_and_opening_a_session(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = PeoplePage(bundled_event)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.keyClicks(page.filter_box, "Babaniyazov")
    assert page.proxy.rowCount() == 1
    assert "1 of 20" in page.count.text()
    rect = page.view.visualRect(page.proxy.index(0, PeopleTableModel.NAME))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.detail
    assert detail.person is not None and detail.person.id == "charygeldi-babanyazov"
    assert "Charygeldi Babanijazow" in detail.spellings.text()
    assert detail.delegation_link.text() == "Turkmenistan (host)"
    assert detail.sessions_view.isVisible() and not detail.no_sessions.isVisible()
    opened: list[str] = []
    page.session_activated.connect(opened.append)
    view = detail.sessions_view
    rect = view.visualRect(detail.sessions_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [detail.sessions_model.index(1, 0).data(SESSION_ID_ROLE)] == ["final-session-closing"]
    view.setFocus()
    view.setCurrentIndex(detail.sessions_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened[-1] == "opening-ceremony"


def test_a_person_without_a_session_says_so(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = PeoplePage(bundled_event)
    qtbot.addWidget(page)
    page.show()
    page.show_person("zafar-makhmudov")
    assert page.detail.no_sessions.isVisible()
    assert page.detail.no_sessions.text() == "No session published"
    assert not page.detail.sessions_view.isVisible()
    assert "Zafar Mahmudov" in page.detail.spellings.text()
    sources = page.detail.sources
    assert sources.openExternalLinks()
    assert 'href="https://www.newscentralasia.net/2025/02/04/' in sources.text()


def test_the_people_page_is_in_the_window(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = window.findChild(PeopleFeature)
    assert feature is not None
    titles = [window.page_model.item(i).text() for i in range(window.page_model.rowCount())]
    assert "People" in titles and "Delegations" in titles
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is feature.people


def test_the_directory_is_complete_and_in_name_order_when_first_opened(make_window, qtbot,  # type: ignore[no-untyped-def]
                                                                       bundled_event: Event) -> None:
    from dataclasses import replace

    from companion.domain.search import fold

    window = make_window()
    feature = window.findChild(PeopleFeature)
    assert feature is not None
    # a new event arrives before the page was ever opened: the page lists the new event's people
    fewer = dict(list(bundled_event.people.items())[:-1])
    window.set_event(replace(bundled_event, people=fewer))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = feature.people
    assert window.current_page() is page
    proxy = page.view.model()
    names = [proxy.index(r, PeopleTableModel.NAME).data() for r in range(proxy.rowCount())]
    assert sorted(names) == sorted(p.name for p in fewer.values())
    assert [fold(n) for n in names] == sorted(fold(n) for n in names)
    assert page.count.text() == f"{len(fewer)} people named in the sources"
