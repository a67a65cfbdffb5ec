"""The main window: page navigation, menus, the shared search box, and the Agenda page as its first page.

Features plug in through declared extension points only: :meth:`MainWindow.add_page` (a page at a declared
place) or :meth:`MainWindow.add_lazy_page` (the same, built when first needed),
:meth:`MainWindow.add_menu_action` and :meth:`MainWindow.add_toolbar_action` (named sections, explicit order),
:meth:`MainWindow.add_hand_over` (state carried into a window rebuilt in another language), and the window's
:class:`~companion.ui.hub.Hub` for what crosses pages. What the window looks like does not depend on the order
features were installed in.

Only the Agenda is built before the window first shows: the other pages are built when first shown or asked for
(:meth:`MainWindow.page`), or one per turn of the event loop once the app calls :meth:`MainWindow.start_idle_work`
after the first paint, so a key pressed meanwhile waits behind one page at most.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, cast

from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from companion.clock import Clock
from companion.domain.event import Event
from companion.domain.message import fill
from companion.domain.text import pick
from companion.services.container import Services
from companion.ui.action_slots import ActionSlots
from companion.ui.agenda.page import AgendaPage
from companion.ui.hub import Hub
from companion.ui.message_bar import MessageBar
from companion.ui.session.formatting import event_summary
from companion.ui.steady_label import lay_out_now

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
STATUS_MS = 12_000
NAVIGATION_MAX_WIDTH = 240
IDLE_STEP_MS = 1
IDLE_RETRY_MS = 50
"""How often the work left for later looks again whether the background jobs that hold it back have ended."""
"""Between two pieces of the work left for after the first paint: a real timer (a zero-delay one is a posted
event, and a chain of them can keep input and other timers waiting), so input is handled between pieces."""
"""The sidebar is as wide as its longest page title (with its icon), up to this."""

T = TypeVar("T")

MenuName = Literal["file", "view", "go", "help"]
MENU_SECTIONS: dict[MenuName, tuple[str, ...]] = {
    "file": ("event", "calendar", "preferences", "quit"),
    "view": ("agenda", "language", "settings"),
    "go": ("history", "pages", "search", "day", "session"),
    "help": ("about",),
}
"""The sections of each menu, top to bottom; a separator ends each non-empty section."""
TOOLBAR_SECTIONS = ("navigation", "search")
"""The sections of the main toolbar, left to right."""


class PageOrder:
    """Where each page sits in the navigation list and the Go menu (lower first)."""

    AGENDA = 10
    PEOPLE = 20
    DELEGATIONS = 30
    WHAT_CHANGED = 40
    MY_AGENDA = 50
    BADGES = 60
    CHECKIN = 70
    LAST = 1000
    """Pages that declare no place come after the others, in the order they were added."""


PAGE_ICONS: dict[int, QStyle.StandardPixmap] = {
    PageOrder.AGENDA: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    PageOrder.PEOPLE: QStyle.StandardPixmap.SP_DirHomeIcon,
    PageOrder.DELEGATIONS: QStyle.StandardPixmap.SP_DriveNetIcon,
    PageOrder.WHAT_CHANGED: QStyle.StandardPixmap.SP_BrowserReload,
    PageOrder.MY_AGENDA: QStyle.StandardPixmap.SP_DialogApplyButton,
    PageOrder.BADGES: QStyle.StandardPixmap.SP_FileDialogInfoView,
    PageOrder.CHECKIN: QStyle.StandardPixmap.SP_DialogYesButton,
}
"""A page's icon by its declared place, unless the page brings its own."""


class HandOver(Generic[T]):
    """The name of one piece of state a feature hands to its counterpart in a rebuilt window.

    Declared once at module level (``HISTORY: HandOver[History] = HandOver("navigation/history")``) and
    registered by the feature with :meth:`MainWindow.add_hand_over`; the type parameter keeps both ends typed.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"HandOver({self.name!r})"


@dataclass(slots=True)
class HandedOver:
    """The states the features of a window handed over, by :class:`HandOver` key."""

    _values: dict[str, Any] = field(default_factory=dict)

    def put(self, key: HandOver[T], value: T) -> None:
        self._values[key.name] = value

    def get(self, key: HandOver[T]) -> T | None:
        return cast("T | None", self._values.get(key.name))


@dataclass(frozen=True, slots=True)
class WindowView:
    """What the user is looking at, carried from a window to the one rebuilt in another language.

    Settings keep the rest (geometry, day, list or timeline, splitter): the old window saves them first.
    """

    page_name: str
    search: str
    session_id: str | None
    focus_name: str
    features: HandedOver


@dataclass(slots=True)
class _Page:
    widget: QWidget
    """The page, or the empty stand-in that holds its place until it is built (see ``build``)."""
    order: int
    action: QAction
    explicit_shortcut: bool
    busy: Callable[[], bool] | None
    build: Callable[[], QWidget] | None = None
    """Builds the page (a page added with :meth:`MainWindow.add_lazy_page` not built yet); None once built."""
    imports: tuple[str, ...] = ()
    """Modules ``build`` imports, imported ahead in idle moments (see :meth:`MainWindow.add_lazy_page`)."""


@dataclass(frozen=True, slots=True)
class _Carrier(Generic[T]):
    key: HandOver[T]
    capture: Callable[[], T]
    restore: Callable[[T], None]


def _qt_module(name: str) -> bool:
    """Whether importing ``name`` defines Qt classes (imported on the GUI thread only)."""
    return name.startswith(("companion.ui", "companion.app", "PySide6"))


def _import_all(names: Sequence[str]) -> None:
    """Import Qt-free modules (a job on a worker thread, ahead of the pages that use them)."""
    for name in names:
        importlib.import_module(name)


def _mnemonic(text: str) -> str:
    """The access key of a menu entry's text ("&Find…" → "F"), or ""."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1]
            i += 1
        i += 1
    return ""


class SearchBox(QLineEdit):
    """The toolbar's search field; Esc clears it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The app's one window. Features add pages with :meth:`add_page` and actions to declared menu sections."""

    event_changed = Signal(Event)
    """The event was replaced (the same as ``hub.current_event_changed``)."""

    def __init__(
        self,
        event: Event,
        services: Services,
        clock: Clock,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._event = event
        self.services = services
        self.clock = clock
        self.language = language
        self.settings = services.settings
        self.setObjectName("MainWindow")
        self.hub = Hub(self)
        self.hub.current_event_changed.connect(self.event_changed)
        self._pages: list[_Page] = []
        self._carriers: list[_Carrier[Any]] = []
        self._idle_work: list[Callable[[], object]] = []
        self._idle_running = False
        self._importing = False
        self._idle_waiting = False
        self._idle_holds: list[Callable[[], bool]] = []

        self._build_menus()
        self._build_toolbar()

        self.header = QLabel(self)
        self.header.setObjectName("EventHeader")
        self.header.setWordWrap(True)
        self.header.setContentsMargins(10, 6, 10, 4)
        self.header.setAccessibleName(self.tr("Event"))

        self.page_model = QStandardItemModel(self)
        self.navigation = QListView(self)
        self.navigation.setModel(self.page_model)
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.selectionModel().currentChanged.connect(self._navigation_changed)
        self.pages = QStackedWidget(self)

        self.message_bar = MessageBar(self)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        content.addWidget(self.message_bar)
        content.addWidget(self.pages, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addLayout(content, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.agenda = AgendaPage(event, clock, self.settings, language, self)
        self.add_page(self.agenda, self.tr("Agenda"), order=PageOrder.AGENDA)
        hub = self.hub
        hub.search_changed.connect(self.agenda.set_search)
        hub.current_event_changed.connect(self.agenda.set_event)
        hub.stars_changed.connect(self.agenda.set_starred)
        hub.session_requested.connect(self.show_session)
        hub.status_message.connect(self._show_status)
        self.agenda.current_session_changed.connect(hub.current_session_changed)
        self.agenda.person_requested.connect(hub.person_requested)
        self.agenda.delegation_requested.connect(hub.delegation_requested)
        self._add_agenda_actions()

        self._show_event_header()
        self.resize(1280, 820)
        self._restore_window()
        QWidget.setTabOrder(self.search_box, self.navigation)
        QWidget.setTabOrder(self.navigation, self.agenda.first_focus_widget())

    @property
    def current_event(self) -> Event:
        """The event shown."""
        return self._event

    # -- pages -----------------------------------------------------------------------------------------
    def add_page(
        self,
        widget: QWidget,
        title: str,
        icon: QIcon | None = None,
        shortcut: QKeySequence | str | None = None,
        *,
        order: int = PageOrder.LAST,
        busy: Callable[[], bool] | None = None,
    ) -> int:
        """Add a page to the navigation at the place ``order`` gives (see :class:`PageOrder`); returns its index.

        Pages 1–9 get Ctrl+1 … Ctrl+9 by their place unless ``shortcut`` says otherwise. ``busy`` tells
        whether a job still runs on the page (the window is not rebuilt in another language meanwhile).
        """
        return self._insert_page(widget, title, icon, shortcut, order, busy, None)

    def add_lazy_page(
        self,
        name: str,
        build: Callable[[], QWidget],
        title: str,
        icon: QIcon | None = None,
        shortcut: QKeySequence | str | None = None,
        *,
        order: int = PageOrder.LAST,
        busy: Callable[[], bool] | None = None,
        imports: Sequence[str] = (),
        shown: bool = True,
    ) -> int:
        """Add a page as :meth:`add_page` does, but build it (``build()``) only when it is first needed: shown,
        asked for with :meth:`page`, or in an idle moment after the first paint (:meth:`start_idle_work`).

        Its entry, Go-menu action and shortcut exist from now on. ``name`` is the page's object name (what
        :meth:`page` and a rebuilt window's view know it by); the built page gets it if it has none.
        ``imports`` names the modules ``build`` imports that take a while: the Qt-free ones (outside
        ``companion.ui``) are imported on a worker thread once the window shows, the others one per idle turn
        before the page is built, so no single turn of the event loop has to wait for all of them. With
        ``shown`` False the entry starts hidden (:meth:`set_page_shown`).
        """
        holder = QWidget(self.pages)
        holder.setObjectName(name)
        index = self._insert_page(holder, title, icon, shortcut, order, busy, build, shown)
        self._pages[index].imports = tuple(imports)
        return index

    def _insert_page(
        self,
        widget: QWidget,
        title: str,
        icon: QIcon | None,
        shortcut: QKeySequence | str | None,
        order: int,
        busy: Callable[[], bool] | None,
        build: Callable[[], QWidget] | None,
        shown: bool = True,
    ) -> int:
        index = next((i for i, p in enumerate(self._pages) if p.order > order), len(self._pages))
        self.pages.insertWidget(index, widget)
        icon = icon or self._page_icon(order)
        item = QStandardItem(icon, title)
        item.setToolTip(title)
        self.page_model.insertRow(index, item)
        self.navigation.setRowHidden(index, not shown)
        action = QAction(icon, title, self)
        action.setVisible(shown)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        page = _Page(widget, order, action, shortcut is not None, busy, build)
        action.triggered.connect(lambda: self.show_page(page.widget))
        self._go.add("pages", action, order)
        self._pages.insert(index, page)
        for position, each in enumerate(self._pages):
            if not each.explicit_shortcut:
                each.action.setShortcut(QKeySequence(f"Ctrl+{position + 1}") if position < 9 else QKeySequence())
        self.assign_page_mnemonics()
        self._fit_navigation_width()
        if self.pages.count() == 1:
            self.show_page(self.built(widget))
        return index

    def page(self, name: str) -> QWidget | None:
        """The page whose object name is ``name``, built now if it was added with :meth:`add_lazy_page` and not
        built yet; None when the window has no such page."""
        found = next((p for p in self._pages if p.widget.objectName() == name), None)
        return self._build(found) if found is not None else None

    def built(self, widget: QWidget) -> QWidget:
        """``widget`` itself, or the page it stands in for (built now) when it holds a lazy page's place."""
        found = next((p for p in self._pages if p.widget is widget), None)
        return self._build(found) if found is not None else widget

    def is_page_built(self, name: str) -> bool:
        """Whether the page called ``name`` exists already (a lazy page is built on first use)."""
        return any(p.widget.objectName() == name and p.build is None for p in self._pages)

    def pending_pages(self) -> list[str]:
        """The names of the pages added with :meth:`add_lazy_page` and not built yet, in navigation order."""
        return [p.widget.objectName() for p in self._pages if p.build is not None]

    def build_next_page(self) -> bool:
        """Build one page not built yet (the first in navigation order); False when none was left."""
        found = next((p for p in self._pages if p.build is not None), None)
        if found is None:
            return False
        self._build(found)
        return True

    # -- work that waits until the window shows ---------------------------------------------------------
    def when_idle(self, work: Callable[[], object]) -> None:
        """Do ``work`` in an idle moment after the window first shows (:meth:`start_idle_work`), unless something
        does it sooner: what the first picture does not need (a page not shown, a popup) is built then."""
        self._idle_work.append(work)

    def defer_idle_work_while(self, busy: Callable[[], bool]) -> None:
        """Hold the work left for later (:meth:`when_idle`, pages not built yet) while ``busy()`` says a background
        job of a feature runs: a worker thread holding Python's lock would make each piece several times slower
        on the GUI thread, and a key pressed meanwhile would wait that much longer."""
        self._idle_holds.append(busy)

    def start_idle_work(self) -> None:
        """Do the work kept for later (:meth:`when_idle`), then build the lazy pages not built yet: one piece
        per turn of the event loop (a piece of work, a module, a page), so a key or a click waits behind one
        piece at most. The pages' Qt-free modules are imported on a worker thread (the job runner) when the
        first page that needs one comes up, and no page is built meanwhile: a page built beside the worker's
        Python would share the interpreter's lock with it and keep a key waiting about twice as long."""
        if self._idle_running:
            return
        self._idle_running = True
        QTimer.singleShot(IDLE_STEP_MS, self, self._idle_step)

    def _import_qt_free_modules(self) -> bool:
        """Start importing every Qt-free module the pages not built yet name, in one job; False if none is left."""
        qt_free = [m for p in self._pages if p.build is not None for m in p.imports
                   if not _qt_module(m) and m not in sys.modules]
        if not qt_free:
            return False
        from companion.ui.jobs import JobRunner

        handle = JobRunner(self).start("import the pages' modules", lambda _context: _import_all(qt_free))
        self._importing = True
        self._idle_waiting = True  # resumed by _imported
        handle.finished.connect(self._imported)
        return True

    def _imported(self, _outcome: object) -> None:
        self._importing = False
        if self._idle_waiting:  # a page was waiting for them
            self._idle_waiting = False
            QTimer.singleShot(IDLE_STEP_MS, self, self._idle_step)

    def _idle_step(self) -> None:
        if any(busy() for busy in self._idle_holds):
            QTimer.singleShot(IDLE_RETRY_MS, self, self._idle_step)
            return
        if self._idle_work:
            self._idle_work.pop(0)()
        else:
            page = next((p for p in self._pages if p.build is not None), None)
            if page is None:
                self._idle_running = False
                return
            if self._importing:
                self._idle_waiting = True  # resumed by _imported
                return
            if any(not _qt_module(m) and m not in sys.modules for m in page.imports) and self._import_qt_free_modules():
                return
            waiting = next((m for m in page.imports if m not in sys.modules), None)
            if waiting is not None:
                importlib.import_module(waiting)
            else:
                self._build(page)
        QTimer.singleShot(IDLE_STEP_MS, self, self._idle_step)

    def _build(self, page: _Page) -> QWidget:
        build = page.build
        if build is None:
            return page.widget
        page.build = None
        holder = page.widget
        widget = build()
        if not widget.objectName():
            widget.setObjectName(holder.objectName())
        index = self.pages.indexOf(holder)
        self.pages.insertWidget(index, widget)
        page.widget = widget
        self.pages.removeWidget(holder)
        holder.deleteLater()
        return widget

    def assign_page_mnemonics(self) -> None:
        """Give each page entry of the Go menu an access key no other entry of the menu uses (any language)."""
        page_actions = {id(p.action) for p in self._pages}
        others = (_mnemonic(a.text()) for a in self.menu_go.actions() if id(a) not in page_actions)
        used = {m.casefold() for m in others if m}
        for page in self._pages:
            title = self.page_model.item(self.pages.indexOf(page.widget)).text()
            escaped = title.replace("&", "&&")
            position = next((i for i, c in enumerate(title) if c.isalnum() and c.casefold() not in used), None)
            if position is None:
                page.action.setText(escaped)
                continue
            used.add(title[position].casefold())
            before = title[:position].replace("&", "&&")
            page.action.setText(before + "&" + title[position:].replace("&", "&&"))

    def _page_icon(self, order: int) -> QIcon:
        """The sidebar icon of a page at a declared place (the style's own icons follow light and dark themes)."""
        pixmap = PAGE_ICONS.get(order)
        return self.style().standardIcon(pixmap) if pixmap is not None else QIcon()

    def set_page_shown(self, widget: QWidget | str, shown: bool) -> None:
        """Show or hide a page's entry (sidebar and Go menu): a page for data the event lacks is left out.

        ``widget`` is the page or its name (a lazy page need not be built for this). A hidden page that is shown
        now gives way to the Agenda.
        """
        if isinstance(widget, str):
            page = next((p for p in self._pages if p.widget.objectName() == widget), None)
        else:
            page = next((p for p in self._pages if p.widget is widget), None)
        if page is None:
            return
        widget = page.widget
        self.navigation.setRowHidden(self.pages.indexOf(widget), not shown)
        page.action.setVisible(shown)
        if not shown and self.pages.currentWidget() is widget:
            self.show_page(self.agenda)

    def _fit_navigation_width(self) -> None:
        """The sidebar as wide as its widest title, a hidden page's included: showing or hiding an entry (What
        changed comes up after a comparison) moves nothing."""
        widest = max((self.navigation.fontMetrics().horizontalAdvance(t) for t in self.page_titles()), default=0)
        self.navigation.setFixedWidth(min(widest + self.navigation.iconSize().width() + 36, NAVIGATION_MAX_WIDTH))

    def shown_page_titles(self) -> list[str]:
        """The titles of the pages the sidebar lists now, top to bottom."""
        rows = range(self.page_model.rowCount())
        return [self.page_model.item(i).text() for i in rows if not self.navigation.isRowHidden(i)]

    def page_titles(self) -> list[str]:
        """The pages' titles in the navigation, top to bottom."""
        return [self.page_model.item(i).text() for i in range(self.page_model.rowCount())]

    def page_title(self, widget: QWidget) -> str:
        index = self.pages.indexOf(widget)
        return self.page_model.item(index).text() if index >= 0 else ""

    def busy_page(self) -> QWidget | None:
        """The first page whose ``busy`` check says a job still runs on it, if any."""
        for page in self._pages:
            if page.build is None and page.busy is not None and page.busy():
                return page.widget
        return None

    def show_page(self, widget: QWidget) -> None:
        """Show a page (a lazy page's stand-in: the page, built now)."""
        widget = self.built(widget)
        index = self.pages.indexOf(widget)
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        self.navigation.setCurrentIndex(self.page_model.index(index, 0))

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _navigation_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            widget = self.pages.widget(current.row())
            if widget is not None:
                self.built(widget)
            self.pages.setCurrentIndex(current.row())

    # -- event and sessions ----------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        """Replace the event everywhere (pages listen to ``hub.current_event_changed``)."""
        self._event = event
        self._show_event_header()
        self.hub.current_event_changed.emit(event)

    def show_session(self, session_id: str) -> None:
        """Switch to the Agenda page, the session's day, select it and show its details."""
        self.show_page(self.agenda)
        if self.agenda.proxy.is_searching and not self.agenda.is_listed(session_id):
            self.search_box.clear()
        self.agenda.show_session(session_id)

    def _show_event_header(self) -> None:
        self.header.setText(event_summary(self._event, self.language))
        self.setWindowTitle(fill(self.tr("%1 — Companion"), pick(self._event.short_name, self.language)))

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def show_message(self, text: str, actions: Sequence[QAction] = ()) -> None:
        """Say what just happened in the bar above the page (with buttons for ``actions``), and in the status bar."""
        self.message_bar.show_message(text, actions)
        self._show_status(text)

    # -- menus and toolbar -----------------------------------------------------------------------------
    def add_menu_action(self, menu: MenuName, section: str, action: QAction, order: int = 0) -> None:
        """Put ``action`` in a declared section of a menu (:data:`MENU_SECTIONS`), sorted by ``order``.

        Entries of one section with the same order keep the order they were added in.
        """
        self._menus[menu].add(section, action, order)
        if menu == "go":
            self.assign_page_mnemonics()  # the pages' keys avoid every other entry's, whoever was added first

    def add_menu(self, menu: MenuName, section: str, submenu: QMenu, order: int = 0) -> None:
        """Put a submenu in a declared section of a menu."""
        self.add_menu_action(menu, section, submenu.menuAction(), order)

    def menu_section(self, menu: MenuName, section: str) -> list[QAction]:
        """The actions of one section of a menu, top to bottom."""
        return self._menus[menu].actions(section)

    def add_toolbar_action(self, section: str, action: QAction, order: int = 0) -> None:
        """Put ``action`` in a declared section of the main toolbar (:data:`TOOLBAR_SECTIONS`)."""
        self._toolbar_slots.add(section, action, order)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(action.text().replace("&", ""))

    def add_file_action(self, action: QAction, section: str = "event", order: int = 0) -> None:
        """Put ``action`` in the File menu above Quit (in ``section``: event, calendar or preferences)."""
        self.add_menu_action("file", section, action, order)

    # -- state handed over to a rebuilt window ---------------------------------------------------------
    def add_hand_over(self, key: HandOver[T], capture: Callable[[], T], restore: Callable[[T], None]) -> None:
        """Carry a feature's state into the window rebuilt in another language.

        ``capture()`` runs on this window before it goes; the rebuilt window's feature, which registered
        the same ``key``, gets the value in ``restore(value)``.
        """
        self._carriers.append(_Carrier(key, capture, restore))

    def capture_view(self) -> WindowView:
        """What the user looks at now, and every feature's handed-over state."""
        features = HandedOver()
        for carrier in self._carriers:
            features.put(carrier.key, carrier.capture())
        current = self.agenda.current_session
        focus = self.focusWidget()
        page = self.current_page()
        return WindowView(
            page_name=page.objectName() if page is not None else "",
            search=self.search_box.text(),
            session_id=current.id if current is not None else None,
            focus_name=focus.objectName() if focus is not None else "",
            features=features,
        )

    def restore_view(self, view: WindowView) -> None:
        """Show what ``view`` describes and give each feature its handed-over state."""
        if view.search:
            self.search_box.setText(view.search)
        if view.session_id is not None:
            self.agenda.show_session(view.session_id)
        page = self.page(view.page_name) if view.page_name else None
        if page is not None:
            self.show_page(page)
        for carrier in self._carriers:
            value = view.features.get(carrier.key)
            if value is not None:
                carrier.restore(value)
        if view.focus_name:
            target = self.findChild(QWidget, view.focus_name)
            if target is not None:
                target.setFocus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = QMenu(self.tr("&File"), self)
        self.menu_view = QMenu(self.tr("&View"), self)
        self.menu_go = QMenu(self.tr("&Go"), self)
        self.menu_help = QMenu(self.tr("&Help"), self)
        for menu in (self.menu_file, self.menu_view, self.menu_go, self.menu_help):
            bar.addMenu(menu)
        self._menus: dict[MenuName, ActionSlots] = {
            "file": ActionSlots(self.menu_file, MENU_SECTIONS["file"]),
            "view": ActionSlots(self.menu_view, MENU_SECTIONS["view"]),
            "go": ActionSlots(self.menu_go, MENU_SECTIONS["go"]),
            "help": ActionSlots(self.menu_help, MENU_SECTIONS["help"]),
        }
        self._go = self._menus["go"]
        self.menu_go.aboutToShow.connect(self.assign_page_mnemonics)

        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        self.add_menu_action("file", "quit", self.action_quit)

        self.action_about_event = QAction(self.tr("About this &event"), self)
        self.action_about_event.setShortcut(QKeySequence("F1"))
        self.action_about_event.triggered.connect(self.show_about_event)
        self.add_menu_action("help", "about", self.action_about_event)
        self.action_about_app = QAction(self.tr("About &Companion"), self)
        self.action_about_app.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_app.triggered.connect(self.show_about_app)
        self.add_menu_action("help", "about", self.action_about_app, 10)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._toolbar_slots = ActionSlots(self.toolbar, TOOLBAR_SECTIONS, separators=False)
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("SearchBox")
        self.search_box.setPlaceholderText(self.tr("Search titles, topics, people, organisations… (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        # Its clear button (an icon the style loads) is not in the first picture (the box is empty until one
        # types): enabled after the first paint, or at the first text typed if that comes sooner (before the
        # layouts below, so that key still paints once).
        self.when_idle(self._enable_search_clear)
        self.search_box.textChanged.connect(self._enable_search_clear)
        self.search_box.setMinimumWidth(360)
        self.search_box.setMaximumWidth(560)
        self.search_box.textChanged.connect(self.hub.search_changed)
        # after every page and the results popup took the new text: their layouts now, so a key paints once
        self.search_box.textChanged.connect(lambda _text: lay_out_now())
        self._toolbar_slots.add_widget("search", self.search_box)

        self.action_find = QAction(self.tr("Fin&d…"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.focus_search)
        self.addAction(self.action_find)

    def _enable_search_clear(self) -> None:
        if not self.search_box.isClearButtonEnabled():
            self.search_box.setClearButtonEnabled(True)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _add_agenda_actions(self) -> None:
        page = self.agenda
        self.add_menu_action("view", "agenda", page.action_list, 10)
        self.add_menu_action("view", "agenda", page.action_cards, 15)
        self.add_menu_action("view", "agenda", page.action_timeline, 20)

        self.add_menu_action("go", "search", self.action_find)
        self.action_next_day = QAction(self.tr("&Next day"), self)
        self.action_next_day.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.action_next_day.triggered.connect(self._next_day)
        self.action_previous_day = QAction(self.tr("&Previous day"), self)
        self.action_previous_day.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.action_previous_day.triggered.connect(self._previous_day)
        self.action_now = QAction(self.tr("&Jump to now"), self)
        self.action_now.setShortcut(QKeySequence("Ctrl+J"))
        self.action_now.triggered.connect(self.jump_to_now)
        for order, action in enumerate((self.action_next_day, self.action_previous_day, self.action_now)):
            self.add_menu_action("go", "day", action, order * 10)

    def _next_day(self) -> None:
        self.show_page(self.agenda)
        self.agenda.next_day()

    def _previous_day(self) -> None:
        self.show_page(self.agenda)
        self.agenda.previous_day()

    def jump_to_now(self) -> None:
        """Show what runs now, else what comes next."""
        target = self.agenda.session_now_or_next()
        if target is not None:
            self.show_session(target.id)

    def show_about_event(self) -> None:
        from companion.ui.agenda.about_event import AboutEventDialog  # its module is imported when first shown

        dialog = AboutEventDialog(self._event, self.language, self)
        dialog.exec()
        dialog.deleteLater()  # parented to the window: freed now, not when the window goes

    def show_about_app(self) -> None:
        """Help → About Companion: version, data version and the licences of everything shipped."""
        from companion.ui.about import AboutDialog

        dialog = AboutDialog(self._event, self.language, self)
        dialog.exec()
        dialog.deleteLater()

    # -- persistence -----------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.settings.get(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        state = self.settings.get(STATE_KEY)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's available area (a 1366×768 laptop, a smaller second screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), max(available.width() - frame.width(), self.minimumWidth()))
        height = min(self.height(), max(available.height() - frame.height(), self.minimumHeight()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        outer = self.frameGeometry()
        x = min(max(self.x(), available.left()), max(available.right() - outer.width() + 1, available.left()))
        y = min(max(self.y(), available.top()), max(available.bottom() - outer.height() + 1, available.top()))
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def save_window_state(self) -> None:
        self.settings.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.settings.set(STATE_KEY, bytes(self.saveState().toBase64().data()).decode("ascii"))
        self.agenda.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
