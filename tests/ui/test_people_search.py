"""The shared search box finds sessions, people and delegations, grouped by kind; Enter opens a hit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from companion.domain.event import Event
from companion.domain.navigation import Location
from companion.ui.navigation import PeopleFeature
from companion.ui.search_results import LOCATION_ROLE, SearchResultsModel


def _feature(window) -> PeopleFeature:  # type: ignore[no-untyped-def]
    feature = window.findChild(PeopleFeature)
    assert feature is not None
    return feature


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses carrying each character (QTest.keyClicks trips an assertion on non-Latin-1 letters)."""
    for ch in text:  # QKeyEvents, not QTest.sendKeyEvent: PySide6 6.10 passes its text as Latin-1 bytes
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_model_groups_hits_by_kind(bundled_event: Event) -> None:
    model = SearchResultsModel(bundled_event)
    model.search("world bank")
    assert [g.kind for g in model.groups] == ["session", "person", "delegation"]
    titles = [model.index(row, 0) for row in model.title_rows()]
    assert [t.data().split(" (")[0] for t in titles] == ["Sessions", "People", "Delegations"]
    assert {hit.data(LOCATION_ROLE).id for hit in model.group_hits(1)} == {"valerie-hickey", "sanjay-srivastava"}
    assert all(not model.flags(t) & Qt.ItemFlag.ItemIsSelectable for t in titles)
    assert all(model.flags(h) & Qt.ItemFlag.ItemIsSelectable for h in model.hit_indexes())
    # the rows read top to bottom: each group's title, then its hits
    assert model.title_rows()[1] == model.title_rows()[0] + 1 + len(model.groups[0].rows)
    model.search("")
    assert model.rowCount() == 0


@pytest.mark.parametrize("typed", ["Бабаныязов", "Babaniyazov"])
def test_both_scripts_find_the_same_person_and_enter_opens_him(make_window, qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _type(window.search_box, typed)
    panel = feature.search_results
    assert panel.isVisible()
    people = next(g for g in panel.model.groups if g.kind == "person")
    assert [r.location for r in people.rows] == [Location("person", "charygeldi-babanyazov")]
    assert any(g.kind == "session" for g in panel.model.groups)  # his sessions mention him too
    while panel.current_location() != Location("person", "charygeldi-babanyazov"):
        before = panel.current_location()
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
        assert panel.current_location() != before
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert window.current_page() is feature.people
    assert feature.people.detail.person.id == "charygeldi-babanyazov"


def test_a_delegation_hit_opens_the_delegation_and_back_returns(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.search_box.setFocus()
    _type(window.search_box, "РЭЦЦА")
    panel = feature.search_results
    assert [g.kind for g in panel.model.groups][-1] == "delegation"
    hit = panel.model.group_hits(len(panel.model.groups) - 1)[0]
    panel.view.scrollTo(hit)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(hit).center())
    assert window.current_page() is feature.delegations
    assert feature.delegations.detail.delegation.id == "carec"
    assert feature.delegations.detail.head_link.text().startswith("Zafar Makhmudov")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.agenda


def test_nothing_found_and_escape(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = _feature(window).search_results
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "zzqx")
    assert panel.isVisible() and panel.empty.isVisible() and panel.model.hit_count == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert panel.isVisible()  # nothing to open
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and not panel.isVisible()


def test_going_elsewhere_closes_the_panel(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    feature = _feature(window)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "world")
    assert feature.search_results.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is feature.delegations
    assert not feature.search_results.isVisible()


def test_each_result_row_is_drawn_in_its_own_font_whatever_was_drawn_before(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    """Group titles are bold, hits are not: the delegate keeps one span of roles from cell to cell, so a hit
    drawn right after a title must not keep the title's font (nor a title a hit's missing text)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from companion.ui.search_results import ResultsTable

    model = SearchResultsModel(bundled_event)
    model.search("world bank")
    view = ResultsTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)

    def drawn(row: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        view.itemDelegate().initStyleOption(option, model.index(row, column))
        return option

    titles = set(model.title_rows())
    rows = range(model.rowCount())
    assert len(titles) == 3 and len(rows) > 6
    for row in [*rows, *reversed(rows)]:  # each row right after both a title and a hit
        for column in (0, 1):
            cell = drawn(row, column)
            assert cell.font.bold() == (row in titles), (row, column)
            assert cell.text == (model.index(row, column).data() or ""), (row, column)
