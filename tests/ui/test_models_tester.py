"""Every item model of the window passes Qt's QAbstractItemModelTester (pytest-qt's ``qtmodeltester``), on the
bundled event and on a large real schedule (FOSDEM 2021: 773 sessions, 106 rooms), while it is filled,
filtered, searched, refilled and emptied the way the pages drive it.

The tester stays attached to the model from ``check`` to the end of the test and re-checks the model at
every signal; what it finds is a Qt warning starting with "FAIL!", which fails the test here.
(The window's QStandardItemModel and QStringListModels are Qt's own classes and are not re-tested.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from companion.domain.attendee import Attendee, Category
from companion.domain.changes import compare_events
from companion.domain.event import Event
from companion.domain.people import members_of
from companion.sources import load_event
from companion.ui.badges.model import AttendeeFilterProxy, AttendeeTableModel
from companion.ui.changes.model import ChangesModel
from companion.ui.delegations.model import DelegationFilterProxy, DelegationsTableModel, MembersModel
from companion.ui.models.sessions import SessionFilterProxy, SessionTableModel
from companion.ui.my_agenda.model import MyAgendaModel
from companion.ui.my_agenda.star_column import StarColumn
from companion.ui.people.model import PeopleFilterProxy, PeopleTableModel
from companion.ui.people.session_links import SessionLinksModel
from companion.ui.search_results import SearchResultsModel

pytestmark = pytest.mark.qt_log_level_fail("WARNING")
"""QAbstractItemModelTester reports each failure as a Qt warning."""

LARGE = Path(__file__).resolve().parents[1] / "data" / "fosdem2021.schedule.xml"


@pytest.fixture(scope="module")
def fosdem() -> Event:
    return load_event(LARGE)


@pytest.fixture(params=["bundled", "fosdem2021"])
def event(request: pytest.FixtureRequest, bundled_event: Event) -> Event:
    return bundled_event if request.param == "bundled" else request.getfixturevalue("fosdem")


@pytest.fixture
def tester(qtmodeltester: Any, qapp: Any) -> Iterator[Any]:
    yield qtmodeltester


def _walk(model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0) -> int:
    """Read every cell in the main roles (the tester samples; this reads all of them). Returns the count."""
    assert depth < 3, "the models here are tables or two-level trees"
    parent = parent or QModelIndex()
    count = 0
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            assert index.isValid() and index.model() is model
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
                model.data(index, role)
            count += 1
        if model.rowCount(model.index(row, 0, parent)):
            count += _walk(model, model.index(row, 0, parent), depth + 1)
    return count


def _other(event: Event) -> Event:
    """The same event with a third of its sessions dropped and one retitled: something to switch to."""
    kept = tuple(s for i, s in enumerate(event.sessions) if i % 3)
    first = replace(kept[0], title={**kept[0].title, "en": "Retitled"})
    return replace(event, sessions=(first, *kept[1:]))


def test_sessions_table_and_its_filter(tester: Any, event: Event) -> None:
    model = SessionTableModel(event)
    star = StarColumn(lambda session_id: None)
    model.add_column(star)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    tester.check(model)
    tester.check(proxy)
    assert _walk(model) == len(event.sessions) * model.columnCount()
    for day in [d.date for d in event.days] + [None]:
        proxy.set_day(day)
        _walk(proxy)
    proxy.set_day(event.days[0].date)
    proxy.set_types(list(event.types)[:1])
    proxy.set_tracks(list(event.tracks)[:2])
    proxy.set_types(None)
    proxy.set_tracks(None)
    for text in ["a", "an", "and", "", "zzzz", "e"]:
        proxy.set_search(text)
        _walk(proxy)
    star.set_starred(frozenset(s.id for s in event.sessions[:5]))
    proxy.sort(SessionTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    model.set_event(_other(event))
    _walk(proxy)
    model.set_event(event)


def test_people_table_and_its_filter(tester: Any, event: Event) -> None:
    model = PeopleTableModel(event)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    tester.check(model)
    tester.check(proxy)
    assert _walk(model) > 0
    for text in ["a", "an", "", "zzzz"]:
        proxy.set_search(text)
        _walk(proxy)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_event(_other(event))
    _walk(proxy)


def test_delegations_table_its_filter_and_members(tester: Any, bundled_event: Event) -> None:
    model = DelegationsTableModel(bundled_event)
    proxy = DelegationFilterProxy()
    proxy.setSourceModel(model)
    members = MembersModel()
    tester.check(model)
    tester.check(proxy)
    tester.check(members)
    assert model.rowCount() > 0
    for text in ["a", "bank", "", "zzzz"]:
        proxy.set_search(text)
        _walk(proxy)
    for delegation in bundled_event.delegations.values():
        members.set_members(members_of(bundled_event, delegation.id), delegation.head_person_id)
        _walk(members)
    members.set_members([], None)
    model.set_event(_other(bundled_event))


def test_session_links(tester: Any, event: Event) -> None:
    model = SessionLinksModel("Part")
    tester.check(model)
    model.set_rows([(s, "speaker") for s in event.sessions[:40]])
    _walk(model)
    model.set_rows([(s, "") for s in event.sessions[40:45]])
    model.set_rows([])


def test_my_agenda(tester: Any, event: Event) -> None:
    model = MyAgendaModel(event)
    tester.check(model)
    timed = [s for s in event.sessions if s.start is not None]
    model.set_content(event, timed[:60])
    assert _walk(model) > 0
    model.set_content(event, timed[::7])  # gaps and clashes of another shape
    _walk(model)
    model.set_content(event, [])


def test_search_results(tester: Any, event: Event) -> None:
    model = SearchResultsModel(event)
    tester.check(model)
    for text in ["a", "an", "and", "", "zzzz", "e", "open"]:
        model.search(text)
        _walk(model)
    model.set_event(_other(event))
    model.search("a")


def test_changes(tester: Any, event: Event) -> None:
    model = ChangesModel()
    tester.check(model)
    changed = _other(event)
    model.set_changes(compare_events(event, changed, starred=[s.id for s in event.sessions[:9]]))
    assert _walk(model) > 0
    model.set_changes(compare_events(changed, event))
    model.set_changes(compare_events(event, event))


def test_attendees_table_and_its_filter(tester: Any, event: Event) -> None:
    people = [
        Attendee(f"R-{n}", person.name.split()[0], person.name.split()[-1], "Org", "Delegation", Category.DELEGATE)
        for n, person in enumerate(list(event.people.values())[:300], 1)
        if person.name.split()
    ]
    model = AttendeeTableModel()
    proxy = AttendeeFilterProxy()
    proxy.setSourceModel(model)
    tester.check(model)
    tester.check(proxy)
    model.set_attendees(people, {people[0].id: "2025-05-01T08:00:00+00:00"})
    assert _walk(model) > 0
    for text in ["a", "r-1", "", "zzzz"]:
        proxy.set_search(text)
        _walk(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_attendees(people[::2], {})
    model.set_attendees([], {})
