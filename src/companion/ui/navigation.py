"""Browser-like Back/Forward across the window's pages, and the People and Delegations pages wired into it.

:func:`install_people_pages` adds the People and Delegations pages, the grouped search results under the
shared search box, and a :class:`Navigator` whose Back/Forward actions (Alt+Left / Alt+Right, toolbar and
Go menu) retrace session → person → delegation → session like a web browser.

The two pages and the search results are built when first needed (shown, followed to, searched), or in an idle
moment after the window's first paint; their entries, shortcuts and Back/Forward are there from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from companion.domain.event import Delegation, Event, Person
from companion.domain.message import fill
from companion.domain.navigation import DELEGATION, PAGE, PERSON, SESSION, History, Location
from companion.domain.text import pick
from companion.ui.main_window import HandOver, MainWindow, PageOrder

if TYPE_CHECKING:
    from companion.ui.delegations.page import DelegationsPage
    from companion.ui.people.page import PeoplePage
    from companion.ui.search_results import SearchResultsPanel

HISTORY: HandOver[History] = HandOver("navigation/history")
"""The Back/Forward history, carried into a window rebuilt in another language."""
BACK_ORDER, FORWARD_ORDER = 10, 20
"""Back before Forward, in the toolbar's and the Go menu's ``history`` section."""
PEOPLE_PAGE, DELEGATIONS_PAGE = "PeoplePage", "DelegationsPage"
"""The object names of the People and Delegations pages (``window.page(PEOPLE_PAGE)`` builds it if need be)."""


class Navigator(QObject):
    """Keeps the window's :class:`History` and shows the place Back or Forward lands on.

    Following a link (a person in a session, a delegation, a search result) or switching pages adds a
    place; moving through a list with the keyboard or mouse updates the place it added, so Back returns
    to where the user came from rather than through every row they passed.
    """

    location_changed = Signal(Location)
    """The current place changed (a :class:`Location`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("Navigator")
        self.window = window
        self._people: PeoplePage | None = None
        self._delegations: DelegationsPage | None = None
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

        page = window.current_page()
        if page is not None:
            self.history.visit(*self._location_of_page(page))
        self._browsing = page
        self._update_actions()
        window.add_hand_over(HISTORY, lambda: self.history, self.take_history)

    def watch_people(self, people: PeoplePage) -> None:
        """The People page was built: its links and the person browsed join the history."""
        self._people = people
        people.current_person_changed.connect(self._person_browsed)
        people.session_activated.connect(lambda sid: self.go(SESSION, sid))
        people.delegation_activated.connect(lambda did: self.go(DELEGATION, did))

    def watch_delegations(self, delegations: DelegationsPage) -> None:
        """The Delegations page was built: its links and the delegation browsed join the history."""
        self._delegations = delegations
        delegations.current_delegation_changed.connect(self._delegation_browsed)
        delegations.person_activated.connect(lambda pid: self.go(PERSON, pid))
        delegations.session_activated.connect(lambda sid: self.go(SESSION, sid))

    @property
    def people(self) -> PeoplePage:
        """The People page (built now if it was not yet)."""
        if self._people is None:
            self.window.page(PEOPLE_PAGE)
        assert self._people is not None, "the People page is installed with install_people_pages"
        return self._people

    @property
    def delegations(self) -> DelegationsPage:
        """The Delegations page (built now if it was not yet)."""
        if self._delegations is None:
            self.window.page(DELEGATIONS_PAGE)
        assert self._delegations is not None, "the Delegations page is installed with install_people_pages"
        return self._delegations

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
        people, delegations = self._people, self._delegations
        if people is not None and page is people and people.current_person is not None:
            return Location(PERSON, people.current_person.id)
        if delegations is not None and page is delegations and delegations.current_delegation is not None:
            return Location(DELEGATION, delegations.current_delegation.id)
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
        if self._people is not None:
            self._browse(self._people, Location(PERSON, person.id))

    def _delegation_browsed(self, delegation: Delegation) -> None:
        if self._delegations is not None:
            self._browse(self._delegations, Location(DELEGATION, delegation.id))

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
    """The People and Delegations pages, the grouped search results and Back/Forward, installed in a window.

    The pages and the results panel are built on first use (:attr:`people`, :attr:`delegations`,
    :attr:`search_results`), or in an idle moment after the first paint (``window.when_idle``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._search_results: SearchResultsPanel | None = None
        window.add_lazy_page(PEOPLE_PAGE, self._build_people, self.tr("People"), order=PageOrder.PEOPLE,
                             imports=("companion.ui.people.page",))
        window.add_lazy_page(DELEGATIONS_PAGE, self._build_delegations, self.tr("Delegations"),
                             order=PageOrder.DELEGATIONS, imports=("companion.ui.delegations.page",))
        self.navigator = Navigator(window)
        window.hub.search_changed.connect(self._search_changed)
        window.hub.current_event_changed.connect(self.set_event)
        window.set_page_shown(DELEGATIONS_PAGE, bool(window.current_event.delegations))
        window.when_idle(self._build_search_results)

    @property
    def people(self) -> PeoplePage:
        """The People page (built now if it was not yet)."""
        return self.navigator.people

    @property
    def delegations(self) -> DelegationsPage:
        """The Delegations page (built now if it was not yet)."""
        return self.navigator.delegations

    @property
    def search_results(self) -> SearchResultsPanel:
        """The grouped results under the search box (built now if they were not yet)."""
        return self._build_search_results()

    def _build_people(self) -> PeoplePage:
        from companion.ui.people.page import PeoplePage

        window = self._window
        page = PeoplePage(window.current_event, window.language, window, window.settings)
        self.navigator.watch_people(page)
        return page

    def _build_delegations(self) -> DelegationsPage:
        from companion.ui.delegations.page import DelegationsPage

        window = self._window
        page = DelegationsPage(window.current_event, window.language, window)
        self.navigator.watch_delegations(page)
        return page

    def _build_search_results(self) -> SearchResultsPanel:
        if self._search_results is not None:
            return self._search_results
        from companion.ui.search_results import SearchResultsPanel

        window = self._window
        panel = SearchResultsPanel(window.search_box, window.current_event, window.language, window)
        panel.location_activated.connect(self.navigator.go_to)
        self.navigator.location_changed.connect(panel.hide)
        self._search_results = panel
        text = window.search_box.text()
        if text:
            panel.set_search(text)
        return panel

    def _search_changed(self, text: str) -> None:
        if self._search_results is not None:
            self._search_results.set_search(text)
        elif text:
            self._build_search_results()  # searches for the box's text

    def set_event(self, event: Event) -> None:
        window = self._window
        if window.is_page_built(PEOPLE_PAGE):
            self.people.set_event(event)
        if window.is_page_built(DELEGATIONS_PAGE):
            self.delegations.set_event(event)
        window.set_page_shown(DELEGATIONS_PAGE, bool(event.delegations))  # no page for what the event lacks
        if self._search_results is not None:
            self._search_results.set_event(event)
        self.navigator.set_event(event)


def install_people_pages(window: MainWindow) -> PeopleFeature:
    """Add People, Delegations, grouped search results and Back/Forward to ``window``."""
    return PeopleFeature(window)
