"""Browser-like Back/Forward across the window's pages, and the People and Delegations pages wired into it.

:func:`install_people_pages` adds the People and Delegations pages, the grouped search results under the
shared search box, and a :class:`Navigator` whose Back/Forward actions (Alt+Left / Alt+Right, toolbar and
Go menu) retrace session → person → delegation → session like a web browser.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from companion.domain.event import Delegation, Event, Person
from companion.domain.message import fill
from companion.domain.navigation import DELEGATION, PAGE, PERSON, SESSION, History, Location
from companion.domain.text import pick
from companion.ui.delegations.page import DelegationsPage
from companion.ui.main_window import HandOver, MainWindow, PageOrder
from companion.ui.people.page import PeoplePage
from companion.ui.search_results import SearchResultsPanel

HISTORY: HandOver[History] = HandOver("navigation/history")
"""The Back/Forward history, carried into a window rebuilt in another language."""
BACK_ORDER, FORWARD_ORDER = 10, 20
"""Back before Forward, in the toolbar's and the Go menu's ``history`` section."""


class Navigator(QObject):
    """Keeps the window's :class:`History` and shows the place Back or Forward lands on.

    Following a link (a person in a session, a delegation, a search result) or switching pages adds a
    place; moving through a list with the keyboard or mouse updates the place it added, so Back returns
    to where the user came from rather than through every row they passed.
    """

    location_changed = Signal(Location)
    """The current place changed (a :class:`Location`)."""

    def __init__(self, window: MainWindow, people: PeoplePage, delegations: DelegationsPage) -> None:
        super().__init__(window)
        self.setObjectName("Navigator")
        self.window = window
        self.people = people
        self.delegations = delegations
        self.history = History()
        self._applying = False
        self._browsing: QWidget | None = None

        style = window.style()
        self.action_back = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Back"), window)
        self.action_back.setShortcuts(_shortcuts("Alt+Left", QKeySequence.StandardKey.Back))
        self.action_back.triggered.connect(self.back)
        self.action_forward = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("&Forward"), window
        )
        self.action_forward.setShortcuts(_shortcuts("Alt+Right", QKeySequence.StandardKey.Forward))
        self.action_forward.triggered.connect(self.forward)
        window.addAction(self.action_back)
        window.addAction(self.action_forward)
        for action, order in ((self.action_back, BACK_ORDER), (self.action_forward, FORWARD_ORDER)):
            window.add_toolbar_action("navigation", action, order)
            window.add_menu_action("go", "history", action, order)

        window.pages.currentChanged.connect(self._page_changed)
        hub = window.hub
        hub.current_session_changed.connect(self._agenda_session_changed)
        hub.person_requested.connect(lambda pid: self.go(PERSON, pid))
        hub.delegation_requested.connect(lambda did: self.go(DELEGATION, did))
        people.current_person_changed.connect(self._person_browsed)
        people.session_activated.connect(lambda sid: self.go(SESSION, sid))
        people.delegation_activated.connect(lambda did: self.go(DELEGATION, did))
        delegations.current_delegation_changed.connect(self._delegation_browsed)
        delegations.person_activated.connect(lambda pid: self.go(PERSON, pid))
        delegations.session_activated.connect(lambda sid: self.go(SESSION, sid))

        page = window.current_page()
        if page is not None:
            self.history.visit(*self._location_of_page(page))
        self._browsing = page
        self._update_actions()
        window.add_hand_over(HISTORY, lambda: self.history, self.take_history)

    def take_history(self, history: History) -> None:
        """The window was rebuilt in another language: the same Back/Forward history, at the same place."""
        self.history = history
        current = self.history.current
        if current is not None and self._exists(current):
            self._apply(current)
        self._browsing = None
        self._update_actions()

    # -- going places ----------------------------------------------------------------------------------
    def go(self, kind: str, item_id: str) -> None:
        """Show a place and add it to the history (no-op for an id the event does not have)."""
        location = Location(kind, item_id)
        if not self._exists(location):
            return
        self._apply(location)
        self.history.visit(kind, item_id)
        self._browsing = None
        self._changed()

    def go_to(self, location: Location) -> None:
        self.go(location.kind, location.id)

    def back(self) -> None:
        location = self.history.back()
        if location is not None:
            self._apply(location)
            self._browsing = None
            self._changed()

    def forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self._apply(location)
            self._browsing = None
            self._changed()

    def set_event(self, event: Event) -> None:
        """Forget places the new event lacks."""
        self.history.prune(self._exists)
        self._update_actions()

    def describe(self, location: Location) -> str:
        """A short human name for a place (for tooltips and menus)."""
        ev, lang = self.window.current_event, self.window.language
        if location.kind == SESSION and location.id in ev.sessions_by_id:
            return pick(ev.sessions_by_id[location.id].title, lang)
        if location.kind == PERSON and location.id in ev.people:
            return ev.people[location.id].name_in(lang)
        if location.kind == DELEGATION and location.id in ev.delegations:
            return pick(ev.delegations[location.id].name, lang)
        page = self._page_named(location.id) if location.kind == PAGE else None
        if page is not None:
            return self.window.page_title(page)
        return location.id

    # -- internals -------------------------------------------------------------------------------------
    def _exists(self, location: Location) -> bool:
        ev = self.window.current_event
        if location.kind == SESSION:
            return location.id in ev.sessions_by_id
        if location.kind == PERSON:
            return location.id in ev.people
        if location.kind == DELEGATION:
            return location.id in ev.delegations
        return self._page_named(location.id) is not None

    def _apply(self, location: Location) -> None:
        self._applying = True
        try:
            if location.kind == SESSION:
                self.window.show_session(location.id)
            elif location.kind == PERSON:
                self.people.show_person(location.id)
                self.window.show_page(self.people)
            elif location.kind == DELEGATION:
                self.delegations.show_delegation(location.id)
                self.window.show_page(self.delegations)
            else:
                page = self._page_named(location.id)
                if page is not None:
                    self.window.show_page(page)
        finally:
            self._applying = False

    def _page_named(self, name: str) -> QWidget | None:
        pages = self.window.pages
        for i in range(pages.count()):
            widget = pages.widget(i)
            if widget is not None and _page_name(widget, i) == name:
                return widget
        return None

    def _location_of_page(self, page: QWidget) -> Location:
        if page is self.window.agenda and self.window.agenda.current_session is not None:
            return Location(SESSION, self.window.agenda.current_session.id)
        if page is self.people and self.people.current_person is not None:
            return Location(PERSON, self.people.current_person.id)
        if page is self.delegations and self.delegations.current_delegation is not None:
            return Location(DELEGATION, self.delegations.current_delegation.id)
        return Location(PAGE, _page_name(page, self.window.pages.indexOf(page)))

    def _browse(self, page: QWidget, location: Location) -> None:
        """A list on ``page`` moved to ``location``: update the place it added, or add one."""
        if self._applying or self.window.current_page() is not page:
            return
        if self._browsing is page:
            self.history.replace(*location)
        else:
            self.history.visit(*location)
        self._browsing = page
        self._changed()

    def _page_changed(self, index: int) -> None:
        if self._applying:
            return
        page = self.window.pages.widget(index)
        if page is None:
            return
        self.history.visit(*self._location_of_page(page))
        self._browsing = page
        self._changed()

    def _agenda_session_changed(self, session_id: str) -> None:
        if session_id:
            self._browse(self.window.agenda, Location(SESSION, session_id))

    def _person_browsed(self, person: Person) -> None:
        self._browse(self.people, Location(PERSON, person.id))

    def _delegation_browsed(self, delegation: Delegation) -> None:
        self._browse(self.delegations, Location(DELEGATION, delegation.id))

    def _changed(self) -> None:
        self._update_actions()
        if self.history.current is not None:
            self.location_changed.emit(self.history.current)

    def _update_actions(self) -> None:
        back = self.history.back_list()
        ahead = self.history.forward_list()
        self.action_back.setEnabled(bool(back))
        self.action_forward.setEnabled(bool(ahead))
        self.action_back.setToolTip(
            fill(self.tr("Back to %1 (Alt+Left)"), self.describe(back[0])) if back else self.tr("Back")
        )
        self.action_forward.setToolTip(
            fill(self.tr("Forward to %1 (Alt+Right)"), self.describe(ahead[0])) if ahead else self.tr("Forward")
        )


def _page_name(widget: QWidget, index: int) -> str:
    return widget.objectName() or f"page-{index}"


def _shortcuts(primary: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    keys = [QKeySequence(primary)]
    keys += [k for k in QKeySequence.keyBindings(standard) if k != keys[0]]
    return keys


class PeopleFeature(QObject):
    """The People and Delegations pages, the grouped search results and Back/Forward, installed in a window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        language = window.language
        self.people = PeoplePage(window.current_event, language, window, window.settings)
        self.delegations = DelegationsPage(window.current_event, language, window)
        window.add_page(self.people, self.tr("People"), order=PageOrder.PEOPLE)
        window.add_page(self.delegations, self.tr("Delegations"), order=PageOrder.DELEGATIONS)
        self.navigator = Navigator(window, self.people, self.delegations)
        self.search_results = SearchResultsPanel(window.search_box, window.current_event, language, window)
        self.search_results.location_activated.connect(self.navigator.go_to)
        self.navigator.location_changed.connect(self.search_results.hide)
        window.hub.search_changed.connect(self.search_results.set_search)
        window.hub.current_event_changed.connect(self.set_event)
        self._window = window
        window.set_page_shown(self.delegations, bool(window.current_event.delegations))

    def set_event(self, event: Event) -> None:
        self.people.set_event(event)
        self.delegations.set_event(event)
        self._window.set_page_shown(self.delegations, bool(event.delegations))  # no page for what the event lacks
        self.search_results.set_event(event)
        self.navigator.set_event(event)


def install_people_pages(window: MainWindow) -> PeopleFeature:
    """Add People, Delegations, grouped search results and Back/Forward to ``window``."""
    return PeopleFeature(window)
