"""The main window: page navigation, menus, the shared search box, and the Agenda page as its first page."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from companion.clock import Clock
from companion.domain.event import Event
from companion.domain.text import pick
from companion.services.container import Services, StateConnection
from companion.ui.agenda.about_event import AboutEventDialog, event_summary
from companion.ui.agenda.page import AgendaPage

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class SearchBox(QLineEdit):
    """The toolbar's search field; Esc clears it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The app's one window. Features add pages with :meth:`add_page` and actions to the menus."""

    event_changed = Signal(object)
    """The event was replaced (carries the new Event)."""
    search_changed = Signal(str)
    """The shared search box's text changed."""

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
        self._page_actions: list[QAction] = []

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
        self.navigation.setMaximumWidth(150)
        self.navigation.selectionModel().currentChanged.connect(self._navigation_changed)
        self.pages = QStackedWidget(self)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.agenda = AgendaPage(event, clock, self.settings, language, self)
        self.add_page(self.agenda, self.tr("Agenda"))
        self.search_changed.connect(self.agenda.set_search)
        self.event_changed.connect(self.agenda.set_event)
        self._add_agenda_actions()

        self._show_event_header()
        self.resize(1280, 820)
        self._restore_window()
        QWidget.setTabOrder(self.search_box, self.navigation)
        QWidget.setTabOrder(self.navigation, self.agenda.now_next.label)

    @property
    def state(self) -> StateConnection:
        """The GUI thread's connection to the user-state file: only for ``ui/badges`` until it binds to the
        services (every other page uses :attr:`services`)."""
        return self.services.state.get()

    @property
    def event(self) -> Event:  # type: ignore[override]
        """The event shown. A property, not a plain attribute: Qt's ``QWidget.event()`` shares the name."""
        return self._event

    # -- pages -----------------------------------------------------------------------------------------
    def add_page(
        self,
        widget: QWidget,
        title: str,
        icon: QIcon | None = None,
        shortcut: QKeySequence | str | None = None,
    ) -> int:
        """Add a page to the navigation; pages 1–9 get Ctrl+1 … Ctrl+9 unless ``shortcut`` says otherwise."""
        index = self.pages.addWidget(widget)
        item = QStandardItem(icon or QIcon(), title)
        item.setData(index, Qt.ItemDataRole.UserRole)
        item.setToolTip(title)
        self.page_model.appendRow(item)
        action = QAction(icon or QIcon(), title, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        elif index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.show_page(widget))
        self.menu_go.insertAction(self._go_pages_end, action)
        self._page_actions.append(action)
        if self.pages.count() == 1:
            self.show_page(widget)
        return index

    def show_page(self, widget: QWidget) -> None:
        index = self.pages.indexOf(widget)
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        self.navigation.setCurrentIndex(self.page_model.index(index, 0))

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _navigation_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())

    # -- event and sessions ----------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        """Replace the event everywhere (pages listen to ``event_changed``)."""
        self._event = event
        self._show_event_header()
        self.event_changed.emit(event)

    def show_session(self, session_id: str) -> None:
        """Switch to the Agenda page, the session's day, select it and show its details."""
        self.show_page(self.agenda)
        if self.agenda.proxy.is_searching and not self.agenda.is_listed(session_id):
            self.search_box.clear()
        self.agenda.show_session(session_id)

    def _show_event_header(self) -> None:
        self.header.setText(event_summary(self.event, self.language))
        self.setWindowTitle(self.tr("%1 — Companion").replace("%1", pick(self.event.short_name, self.language)))

    # -- menus and toolbar -----------------------------------------------------------------------------
    def add_file_action(self, action: QAction) -> None:
        """Put ``action`` in the File menu above Quit."""
        self.menu_file.insertAction(self._file_separator, action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = QMenu(self.tr("&File"), self)
        self.menu_view = QMenu(self.tr("&View"), self)
        self.menu_go = QMenu(self.tr("&Go"), self)
        self.menu_help = QMenu(self.tr("&Help"), self)
        for menu in (self.menu_file, self.menu_view, self.menu_go, self.menu_help):
            bar.addMenu(menu)

        self._file_separator = self.menu_file.addSeparator()
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.action_quit)

        self._go_pages_end = self.menu_go.addSeparator()

        self.action_about_event = QAction(self.tr("About this &event"), self)
        self.action_about_event.setShortcut(QKeySequence("F1"))
        self.action_about_event.triggered.connect(self.show_about_event)
        self.menu_help.addAction(self.action_about_event)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("SearchBox")
        self.search_box.setPlaceholderText(self.tr("Search titles, topics, people, organisations… (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(360)
        self.search_box.setMaximumWidth(560)
        self.search_box.textChanged.connect(self.search_changed)
        self.toolbar.addWidget(self.search_box)

        self.action_find = QAction(self.tr("&Find…"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.focus_search)
        self.addAction(self.action_find)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _add_agenda_actions(self) -> None:
        page = self.agenda
        self.menu_view.addAction(page.action_list)
        self.menu_view.addAction(page.action_timeline)

        self.menu_go.insertAction(self._go_pages_end, self.action_find)
        self.action_next_day = QAction(self.tr("&Next day"), self)
        self.action_next_day.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.action_next_day.triggered.connect(self._next_day)
        self.action_previous_day = QAction(self.tr("&Previous day"), self)
        self.action_previous_day.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.action_previous_day.triggered.connect(self._previous_day)
        self.action_now = QAction(self.tr("Jump to &now"), self)
        self.action_now.setShortcut(QKeySequence("Ctrl+J"))
        self.action_now.triggered.connect(self.jump_to_now)
        for action in (self.action_next_day, self.action_previous_day, self.action_now):
            self.menu_go.addAction(action)

    def _next_day(self) -> None:
        self.show_page(self.agenda)
        self.agenda.next_day()

    def _previous_day(self) -> None:
        self.show_page(self.agenda)
        self.agenda.previous_day()

    def jump_to_now(self) -> None:
        """Show what runs now, else what comes next."""
        self.agenda.now_next.refresh()
        state = self.agenda.now_next.state
        target = (state.now or state.next or (None,))[0]
        if target is not None:
            self.show_session(target.id)

    def show_about_event(self) -> None:
        dialog = AboutEventDialog(self.event, self.language, self)
        dialog.exec()
        dialog.deleteLater()  # parented to the window: freed now, not when the window goes

    # -- persistence -----------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.settings.get(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        state = self.settings.get(STATE_KEY)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_window_state(self) -> None:
        self.settings.set(GEOMETRY_KEY, self.saveGeometry().toBase64().data().decode("ascii"))
        self.settings.set(STATE_KEY, self.saveState().toBase64().data().decode("ascii"))
        self.agenda.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
