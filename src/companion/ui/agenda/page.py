"""The Agenda page: day switcher, filters, Now/Next, the day's list or timeline, and the detail pane."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.clock import Clock
from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.text import pick
from companion.services.settings import SettingsService
from companion.ui.agenda.day_tabs import DayTabBar
from companion.ui.agenda.filters import ChoiceFilterButton
from companion.ui.agenda.now_next import NowNextPanel
from companion.ui.agenda.session_list import SessionCardView, SessionTable
from companion.ui.models.sessions import NO_TRACK, SESSION_ROLE, SessionColumn, SessionFilterProxy, SessionTableModel
from companion.ui.session.detail import SessionDetail
from companion.ui.session.formatting import day_label, day_note, long_day, short_day
from companion.ui.steady_label import SteadyLabelHolder

if TYPE_CHECKING:
    from companion.ui.agenda.legend import TimelineLegend
    from companion.ui.agenda.timeline import TimelineView
    from companion.ui.agenda.timeline_bar import TimelineBar

DAY_KEY = "agenda/day"
"""Prefix of the last-viewed day, kept per event: ``agenda/day/<event id>``."""
VIEW_KEY = "agenda/view"
SPLITTER_KEY = "agenda/splitter"
UNDATED = "undated"
FITTED_COLUMNS = (SessionTableModel.DAY, SessionTableModel.TIME, SessionTableModel.TYPE, SessionTableModel.ROOM)
"""List columns sized to their text."""
TITLE_MIN_WIDTH = 240
TEXT_COLUMN_SHARE = 0.3
"""Type and Room each take at most this share of the list's width (longer names are elided)."""
MIN_TEXT_COLUMN = 80
TITLE_SHARE_MIN = 200
"""What Type and Room always leave to the title."""
TEXT_SLACK = 4
"""Pixels a fitted column gets beyond its widest text and the delegate's margins."""
PEOPLE_COLUMN_WIDTH = 180
"""The people column shows only when the title keeps at least TITLE_MIN_WIDTH beside it (the detail names them)."""
SEARCH_INDEX_DELAY_MS = 300
SEARCH_INDEX_STEP = 8
"""Sessions folded between two looks at the clock while the search index is built in idle time."""
SEARCH_INDEX_SLICE_S = 0.006
"""The GUI thread builds the index for about this long per idle slice, well under a frame."""

SessionMenuProvider = Callable[[Session, QMenu], None]
"""Adds a feature's entries for ``session`` to the timeline's context menu."""


_RESIZE = QEvent.Type.Resize
_KEY_PRESS = QEvent.Type.KeyPress


@dataclass(frozen=True)
class _TimelineParts:
    """The timeline view with its bar and legend, in the box the page's stack shows."""

    box: QWidget
    bar: TimelineBar
    view: TimelineView
    legend: TimelineLegend


class AgendaPage(QWidget):
    """The programme of one day at a time (or every day's search hits), and the chosen session's details.

    Extension points for features: :meth:`add_column` (a column of the list), :meth:`add_detail_action`
    (a button above the details), :meth:`add_session_menu` (entries of the timeline's context menu) and
    :meth:`set_starred` (star marks in the timeline).
    """

    current_session_changed = Signal(str)
    """The selected session changed: its id, or "" when none is selected."""
    person_requested = Signal(str)
    """A person link in the details was followed (the person id)."""
    delegation_requested = Signal(str)
    """An organiser link in the details was followed (the delegation id)."""

    def __init__(
        self, event: Event, clock: Clock, settings: SettingsService, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgendaPage")
        self._event = event
        self._clock = clock
        self._settings = settings
        self._language = language
        self._days: list[date | None] = []
        self._current: Session | None = None
        self._menu_providers: list[tuple[int, SessionMenuProvider]] = []
        self._fitted: tuple[object, ...] = ()
        """What the list's columns were last fitted for (search, day, width, hidden columns, font)."""
        self._text_width_cache: dict[tuple[bool, date | None, str], dict[int, int]] = {}

        self.model = SessionTableModel(event, language, self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._index_timer = QTimer(self)
        self._index_timer.setInterval(0)
        self._index_timer.timeout.connect(self._prepare_search_slice)
        QTimer.singleShot(SEARCH_INDEX_DELAY_MS, self._index_timer.start)

        self.now_next = NowNextPanel(event, clock, language, self)
        self.now_next.session_requested.connect(self.show_session)
        self.now_next.day_requested.connect(self._show_day)

        self.day_bar = DayTabBar(self)
        self.day_bar.setAccessibleName(self.tr("Day"))
        self.day_bar.setExpanding(False)
        self.day_bar.setDrawBase(False)
        self.day_bar.currentChanged.connect(self._day_index_changed)

        self.type_filter = ChoiceFilterButton(self.tr("Type"), self)
        self.type_filter.changed.connect(self.proxy.set_types)
        self.type_filter.changed.connect(self._filters_changed)
        self.track_filter = ChoiceFilterButton(self.tr("Track"), self)
        self.track_filter.changed.connect(self.proxy.set_tracks)
        self.track_filter.changed.connect(self._filters_changed)

        self.list_button = QToolButton(self)
        self.timeline_button = QToolButton(self)
        self.action_list = QAction(self.tr("&List"), self)
        self.action_list.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_timeline = QAction(self.tr("&Timeline"), self)
        self.action_timeline.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.cards_button = QToolButton(self)
        self.action_cards = QAction(self.tr("&Cards"), self)
        self.action_cards.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.action_cards.setToolTip(self.tr("Compact cards: time and room, title, people, type"))
        self.view_group = QActionGroup(self)
        for action, button in (
            (self.action_list, self.list_button),
            (self.action_cards, self.cards_button),
            (self.action_timeline, self.timeline_button),
        ):
            action.setCheckable(True)
            self.view_group.addAction(action)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.action_list.setChecked(True)
        self.action_list.triggered.connect(lambda: self.set_view("list"))
        self.action_timeline.triggered.connect(lambda: self.set_view("timeline"))
        self.action_cards.triggered.connect(lambda: self.set_view("cards"))

        # The days get a row of their own: their labels grow by half in Russian and Kazakh.
        days_row = QHBoxLayout()
        days_row.setContentsMargins(6, 4, 6, 0)
        days_row.addWidget(self.day_bar, 1)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(self.type_filter)
        top.addWidget(self.track_filter)
        top.addStretch(1)
        top.addWidget(self.list_button)
        top.addWidget(self.cards_button)
        top.addWidget(self.timeline_button)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 2, 8, 2)
        self.banner.setAccessibleName(self.tr("Day note"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        # Tables, not a tree or a list view: they lay out 20,000 rows without asking the model row by row.
        self.list_view = SessionTable(SessionTableModel.TITLE, self)
        self.list_view.setModel(self.proxy)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(self.tr("Sessions"))
        # Day, time, type and room as wide as their text, the title takes the rest; people only where they fit.
        header = self.list_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Sized by _fit_columns: Day and Time to their text (never narrower than a date or a time range, so an
        # empty search result does not squash them), Type and Room to their text up to a cap, elided beyond it.
        # Measured with font metrics once per day, never by Qt row by row (that cost 40 % of a keystroke).
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(SessionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.list_view.setColumnWidth(SessionTableModel.PEOPLE, PEOPLE_COLUMN_WIDTH)
        self._list_viewport = self.list_view.viewport()
        self._list_viewport.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_current_changed)
        self.list_view.activated.connect(self._list_activated)
        self.list_view.clicked.connect(self._list_clicked)

        # The cards and the timeline are built when first shown (or asked for): the list is the usual view, and
        # a start that builds only what it shows paints sooner.
        self._card_view: SessionCardView | None = None
        self._timeline_parts: _TimelineParts | None = None
        self._starred: frozenset[str] = frozenset()

        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setMargin(24)
        self.empty_note.setAccessibleName(self.tr("Day note"))
        self.empty_note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.list_view)
        self.views.addWidget(self.empty_note)

        self.detail = SessionDetail(event, language, self)
        self.detail.person_activated.connect(self.person_requested)
        self.detail.delegation_activated.connect(self.delegation_requested)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(SteadyLabelHolder(self.banner, left))
        left_layout.addWidget(self.views, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_state = QByteArray()
        """The splitter as last seen with the detail pane shown (the pane hides while no session is chosen)."""
        self.splitter.splitterMoved.connect(self._remember_splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.now_next)
        layout.addLayout(days_row)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.now_next.label, self.day_bar)
        QWidget.setTabOrder(self.day_bar, self.type_filter)
        QWidget.setTabOrder(self.type_filter, self.track_filter)
        QWidget.setTabOrder(self.track_filter, self.list_button)
        QWidget.setTabOrder(self.list_button, self.cards_button)
        QWidget.setTabOrder(self.cards_button, self.timeline_button)
        QWidget.setTabOrder(self.timeline_button, self.list_view)
        QWidget.setTabOrder(self.list_view, self.detail.browser)  # the cards and the timeline go between, once built

        self._load_event(event)
        self._restore()
        self._show_detail(self._current is not None)

    # -- public ----------------------------------------------------------------------------------------
    @property
    def days(self) -> list[date | None]:
        return list(self._days)

    @property
    def current_day(self) -> date | None:
        index = self.day_bar.currentIndex()
        return self._days[index] if 0 <= index < len(self._days) else None

    @property
    def current_session(self) -> Session | None:
        return self._current

    @property
    def view_name(self) -> str:
        if self.action_timeline.isChecked():
            return "timeline"
        return "cards" if self.action_cards.isChecked() else "list"

    @property
    def card_view(self) -> SessionCardView:
        """The cards (built on first use: the list is the usual view)."""
        if self._card_view is None:
            self._card_view = self._build_cards()
        return self._card_view

    @property
    def timeline(self) -> TimelineView:
        """The day's timeline (built with its bar and legend on first use)."""
        return self._timeline().view

    @property
    def timeline_bar(self) -> TimelineBar:
        return self._timeline().bar

    @property
    def legend(self) -> TimelineLegend:
        return self._timeline().legend

    @property
    def timeline_box(self) -> QWidget:
        """The timeline's bar, view and legend, as the page's stack shows them."""
        return self._timeline().box

    def session_now_or_next(self) -> Session | None:
        """The first session running now, else the first one coming next (by the window's clock)."""
        self.now_next.refresh()
        state = self.now_next.state
        running = state.now or state.next
        return running[0] if running else None

    def first_focus_widget(self) -> QWidget:
        """Where Tab enters the page (the Now/Next line)."""
        return self.now_next.label

    # -- extension points ------------------------------------------------------------------------------
    def add_column(self, column: SessionColumn) -> None:
        """Add a feature's column to the list, shown at the place its declared order gives."""
        self.model.add_column(column)
        width = column.width()
        if width is not None:
            self.list_view.setColumnWidth(self.model.column_of(column), width)
        self._place_columns()

    def column_of(self, column: SessionColumn) -> int:
        """The model (and proxy) column of an added column."""
        return self.model.column_of(column)

    def add_detail_action(self, action: QAction, order: int) -> QPushButton:
        """Show ``action`` as a button above the session details (ordered by ``order``)."""
        return self.detail.add_action(action, order)

    def set_detail_note(self, text: str) -> None:
        """Say under the detail buttons why one cannot act on the shown session ("" hides it)."""
        self.detail.set_action_note(text)

    def add_session_menu(self, provider: SessionMenuProvider, order: int) -> None:
        """Let ``provider`` add entries to the timeline's context menu of a session (ordered by ``order``)."""
        position = next((i for i, (o, _) in enumerate(self._menu_providers) if o > order), len(self._menu_providers))
        self._menu_providers.insert(position, (order, provider))

    def set_starred(self, session_ids: frozenset[str]) -> None:
        """Mark starred sessions in the timeline."""
        self._starred = session_ids
        if self._timeline_parts is not None:
            self._timeline_parts.view.set_starred(session_ids)

    def session_menu(self, session: Session) -> QMenu:
        """The context menu of ``session``: every provider's entries, in their order (the caller shows it)."""
        menu = QMenu(self.timeline)
        menu.setToolTipsVisible(True)  # a disabled entry's tooltip says why
        for _, provider in self._menu_providers:
            provider(session, menu)
        return menu

    def _place_columns(self) -> None:
        """Move every column of the list to the place its declared order gives (whoever added it when)."""
        header = self.list_view.header()
        columns = sorted(range(self.model.columnCount()), key=self.model.column_order)
        for visual, logical in enumerate(columns):
            current = header.visualIndex(logical)
            if current != visual:
                header.moveSection(current, visual)

    def _timeline_menu(self, pos: QPoint) -> None:
        block = self.timeline.block_at(QPointF(pos))
        if block is None or not self._menu_providers:
            return
        menu = self.session_menu(block.session)
        menu.popup(self.timeline.viewport().mapToGlobal(pos))

    def _list_clicked(self, index: QModelIndex) -> None:
        column = self.model.extra_column_at(index.column()) if index.isValid() else None
        session = index.data(SESSION_ROLE) if column is not None else None
        if column is not None and isinstance(session, Session):
            column.activate(session)

    def _list_key(self, event: QKeyEvent) -> bool:
        """A key an added column reacts to on the current row (Space stars): True when one took it."""
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        session = self.list_view.currentIndex().data(SESSION_ROLE)
        if not isinstance(session, Session):
            return False
        for column in self.model.extra_columns():
            if column.activation_key() == event.key():
                column.activate(session)
                return True
        return False

    # -- event -----------------------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        same_event = event.id == self._event.id
        day = self.current_day if same_event else None
        current = self._current.id if self._current else None
        self._event = event
        self._text_width_cache.clear()
        self._fitted = ()
        self.model.set_event(event)
        self._index_timer.start()
        self.detail.set_event(event)
        self.now_next.set_event(event)
        if self._timeline_parts is not None:
            self._timeline_parts.view.set_event(event)
            self._timeline_parts.legend.set_event(event)
        self._load_event(event)
        if not same_event:
            day = self._saved_day()
        self.set_day(day if day in self._days else self._default_day())
        self._day_index_changed(self.day_bar.currentIndex())
        if current and current in event.sessions_by_id:
            self.show_session(current)
        else:
            self._set_current(None)

    def _prepare_search_slice(self) -> None:
        """Build the search index a slice at a time while the window is idle (a few ms per slice)."""
        deadline = time.perf_counter() + SEARCH_INDEX_SLICE_S
        while not self.model.prepare_search(SEARCH_INDEX_STEP):
            if time.perf_counter() >= deadline:
                return
        self._index_timer.stop()

    def set_day(self, day: date | None) -> None:
        if day in self._days:
            self.day_bar.setCurrentIndex(self._days.index(day))

    def next_day(self) -> None:
        self.day_bar.setCurrentIndex(min(self.day_bar.currentIndex() + 1, self.day_bar.count() - 1))

    def previous_day(self) -> None:
        self.day_bar.setCurrentIndex(max(self.day_bar.currentIndex() - 1, 0))

    def set_search(self, text: str) -> None:
        # the rows' new layout restores each view's hidden columns too
        cards = self._card_view
        with self.list_view.columns_changing(), cards.columns_changing() if cards else contextlib.nullcontext():
            self.proxy.set_search(text)
            self._refresh_views()
        self._follow_list_selection()
        shown = self.views.currentWidget()
        if isinstance(shown, SessionTable | SessionCardView):
            shown.lay_out_now()  # not on Qt's next turn: the keystroke is then painted in one pass

    def _follow_list_selection(self) -> None:
        """After the list changed under it, the details show the list's current row, or nothing.

        (Clearing a search brings back the day's list: a hit from another day must not stay in the pane.)
        """
        current = self._current
        if current is None:
            return
        row = self.proxy.proxy_row_of(current.id)
        if row is not None:  # still listed: keep it, and the list's selection on it
            if self.list_view.currentIndex().row() != row:
                self.list_view.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            return
        index = self.list_view.currentIndex()
        session = index.data(SESSION_ROLE) if index.isValid() else None
        if isinstance(session, Session) and session is not current:
            self._set_current(session)
            return
        self.list_view.selectionModel().clearSelection()
        self.list_view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._set_current(None)

    def _show_day(self, day: object) -> None:
        """Show ``day``'s list (followed from Now / Next) and put the focus on it."""
        if isinstance(day, date) and day in self._days:
            self.set_day(day)
            self.focus_view()

    def set_view(self, name: str) -> None:
        """Show the ``"list"`` (a table), the ``"cards"`` or the ``"timeline"``."""
        actions = {"timeline": self.action_timeline, "cards": self.action_cards}
        actions.get(name, self.action_list).setChecked(True)
        self._settings.set(VIEW_KEY, self.view_name)
        self._refresh_views()

    def is_listed(self, session_id: str) -> bool:
        """True when the session is in the list as filtered now."""
        return self.proxy.proxy_row_of(session_id) is not None

    def show_session(self, session_id: str) -> None:
        """Go to the session's day, select it in the list and show its details."""
        session = self._event.sessions_by_id.get(session_id)
        if session is None:
            return
        if not self.proxy.is_searching:
            self.set_day(session.day)
        if not self.proxy.accepts(session):
            self.type_filter.select_all()
            self.track_filter.select_all()
        row = self.proxy.proxy_row_of(session_id)
        if row is not None:
            index = self.proxy.index(row, 0)
            self.list_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list_view.scrollTo(index)
        self._set_current(session)

    def save_state(self) -> None:
        day = self.current_day
        self._settings.set(self._day_key, day.isoformat() if day else UNDATED)
        self._settings.set(VIEW_KEY, self.view_name)
        self._remember_splitter()
        if not self._splitter_state.isEmpty():
            self._settings.set(SPLITTER_KEY, bytes(self._splitter_state.toBase64().data()).decode("ascii"))

    # -- building --------------------------------------------------------------------------------------
    def _build_cards(self) -> SessionCardView:
        cards = SessionCardView(SessionTableModel.TITLE, self)
        cards.setObjectName("SessionCards")
        cards.setModel(self.proxy)
        cards.setSelectionModel(self.list_view.selectionModel())  # one selection for table and cards
        cards.setAlternatingRowColors(True)
        cards.setAccessibleName(self.tr("Sessions"))
        cards.activated.connect(self._list_activated)
        self.views.insertWidget(1, cards)
        QWidget.setTabOrder(self.list_view, cards)  # between the list and the timeline (or the details)
        return cards

    def _timeline(self) -> _TimelineParts:
        if self._timeline_parts is None:
            self._timeline_parts = self._build_timeline()
        return self._timeline_parts

    def _build_timeline(self) -> _TimelineParts:
        # imported here: a start that shows the list (the usual view) imports none of the timeline
        from companion.ui.agenda.legend import TimelineLegend
        from companion.ui.agenda.timeline import TimelineView
        from companion.ui.agenda.timeline_bar import TimelineBar

        timeline = TimelineView(self._event, self._language, self)
        timeline.set_now(self._clock.now())
        timeline.set_starred(self._starred)
        timeline.set_current(self._current.id if self._current else None)
        self.now_next.timer.timeout.connect(lambda: timeline.set_now(self._clock.now()))
        timeline.session_selected.connect(self._timeline_selected)
        timeline.session_activated.connect(self._timeline_activated)
        timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        timeline.customContextMenuRequested.connect(self._timeline_menu)
        legend = TimelineLegend(self._event, self._language, self)
        timeline.types_shown.connect(legend.show_types)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = TimelineBar(timeline, self._language, box)
        column.addWidget(bar)
        column.addWidget(timeline, 1)
        column.addWidget(legend)
        self.views.insertWidget(self.views.indexOf(self.empty_note), box)
        QWidget.setTabOrder(self._card_view or self.list_view, timeline)  # after the cards (the list), then
        QWidget.setTabOrder(timeline, legend)  # the legend, which scrolls with the arrow keys
        return _TimelineParts(box, bar, timeline, legend)

    def _load_event(self, event: Event) -> None:
        dated: list[date] = sorted({d.date for d in event.days} | {s.day for s in event.sessions if s.day})
        days: list[date | None] = list(dated)
        if event.has_undated_sessions:
            days.append(None)
        self.day_bar.blockSignals(True)
        while self.day_bar.count():
            self.day_bar.removeTab(0)
        self._days = days
        for i, day in enumerate(days):
            self.day_bar.addTab(day_label(event, day, self._language))
            self.day_bar.setTabToolTip(i, long_day(day))
        self.day_bar.setCurrentIndex(-1)
        self.day_bar.blockSignals(False)
        self.type_filter.set_choices([(t, pick(event.types[t].name, self._language)) for t in event.types])
        tracks = [(t, pick(event.tracks[t].name, self._language)) for t in event.tracks]
        if tracks and any(s.track_id is None for s in event.sessions):
            tracks.append((NO_TRACK, self.tr("No track")))
        self.track_filter.set_choices(tracks)
        if not tracks:
            self.track_filter.setToolTip(self.tr("This event publishes no tracks."))
        self.proxy.set_types(None)
        self.proxy.set_tracks(None)

    @property
    def _day_key(self) -> str:
        return f"{DAY_KEY}/{self._event.id}"

    def _default_day(self) -> date | None:
        today = self._clock.now().astimezone(self._event.zone).date()
        if today in self._days:
            return today
        if self._event.start_date in self._days:
            return self._event.start_date
        return self._days[0] if self._days else None

    def _saved_day(self) -> date | None:
        """The day last viewed in this event, or its default day."""
        saved = self._settings.get(self._day_key)
        if saved == UNDATED and None in self._days:
            return None
        if saved:
            try:
                parsed = date.fromisoformat(saved)
            except ValueError:
                parsed = None
            if parsed in self._days:
                return parsed
        return self._default_day()

    def _restore(self) -> None:
        day = self._saved_day()
        if self._days:
            self.day_bar.setCurrentIndex(self._days.index(day))
            self._day_index_changed(self.day_bar.currentIndex())
        saved_view = self._settings.get(VIEW_KEY)
        if saved_view == "timeline":
            self.action_timeline.setChecked(True)
        elif saved_view == "cards":
            self.action_cards.setChecked(True)
        splitter = self._settings.get(SPLITTER_KEY)
        if not splitter or not self.splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii"))):
            self.splitter.setSizes([720, 440])
        self._splitter_state = self.splitter.saveState()
        self._refresh_views()

    # -- reactions -------------------------------------------------------------------------------------
    def _day_index_changed(self, index: int) -> None:
        if not 0 <= index < len(self._days):
            return
        day = self._days[index]
        self.proxy.set_day(day)
        self._settings.set(self._day_key, day.isoformat() if day else UNDATED)
        current = self._current
        # search results in the list span every day; otherwise a session of another day is no longer shown
        spans_days = self.proxy.is_searching and self.view_name != "timeline"
        if current is not None and current.day != day and not spans_days:
            self.list_view.selectionModel().clearSelection()
            self.list_view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            self._set_current(None)
        self._refresh_views()

    def _filters_changed(self) -> None:
        self._refresh_views()

    def _refresh_views(self) -> None:
        with self.list_view.columns_changing():
            self._update_views()

    def _update_views(self) -> None:
        day = self.current_day
        searching = self.proxy.is_searching
        self.list_view.setColumnHidden(SessionTableModel.DAY, not searching)
        self._fit_columns()
        day_sessions = self.model.rows_on(day) if self._days else []
        if searching:
            count = self.proxy.rowCount()
            if self.view_name == "timeline":
                text = self.tr(
                    "All days: %n session(s) match “%1”; the timeline shows those on %2. Esc clears search.", "", count
                )
            else:
                text = self.tr(
                    "Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.",
                    "",
                    count,
                )
            self.banner.setText(fill(text, self.proxy.search_text.strip(), short_day(day)))
        else:
            self.banner.setText(day_note(self._event, day, self._language))
        # A room no session of the day has is said once above the list, not in every row.
        rooms = self._event.rooms
        no_rooms = bool(day_sessions) and not searching and not any(
            self.model.session_at(row).room_id in rooms for row in day_sessions
        )
        view_hides_room = no_rooms
        if view_hides_room:
            note = self.tr("Rooms were not published for this day.")
            self.banner.setText(" ".join(t for t in (self.banner.text(), note) if t))
        if self.list_view.isColumnHidden(SessionTableModel.ROOM) != view_hides_room:
            self.list_view.setColumnHidden(SessionTableModel.ROOM, view_hides_room)
            self._fit_columns()
        self.banner.setVisible(bool(self.banner.text()) and (searching or bool(day_sessions)))
        if not searching and not day_sessions:
            note = day_note(self._event, day, self._language) or self.tr("No sessions were published for this day.")
            self.empty_note.setText(note)
            self.views.setCurrentWidget(self.empty_note)
            return
        if self.view_name == "timeline":
            empty = self.tr("No session of this day matches the search or filters.")
            self.timeline.set_sessions(day, self.proxy.accepted_on(day), empty)
            self.timeline.set_current(self._current.id if self._current else None)
            self.views.setCurrentWidget(self.timeline_box)
        elif self.view_name == "cards":
            self.views.setCurrentWidget(self.card_view)
            current = self.list_view.currentIndex()
            if current.isValid():
                self.card_view.scrollTo(current)
        else:
            self.views.setCurrentWidget(self.list_view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the list and its viewport (each wheel notch and paint): the event's type is
        # asked once and compared with constants, and nothing else is called for the events not handled here.
        kind = event.type()
        if kind == _RESIZE and watched is self._list_viewport:
            self._fit_columns()
        elif kind == _KEY_PRESS and watched is self.list_view and isinstance(event, QKeyEvent) \
                and self._list_key(event):
            return True
        return False

    def _fit_columns(self) -> None:
        """Size Day, Time, Type and Room; show People only when it fits beside a readable title.

        Type and Room share what the title leaves (each at most TEXT_COLUMN_SHARE of the list), so a congress's
        "YOC - Alles, was Arbeitsplätze für Workshops braucht" is elided (its tooltip says it whole) and never
        pushes Room or the title out of sight.

        The widths come from the text of the day's sessions (of every session while searching), measured with
        font metrics once per day and font (:meth:`_text_widths`): a keystroke re-fits nothing unless the
        search starts or ends, and never makes Qt measure the rows.
        """
        view, header = self.list_view, self.list_view.header()
        hidden = tuple(view.isColumnHidden(c) for c in range(self.model.columnCount()) if c != SessionTableModel.PEOPLE)
        searching = self.proxy.is_searching
        day = None if searching else self.current_day
        fit = (searching, day, view.viewport().width(), hidden, view.font().key())
        if fit == self._fitted:
            return
        self._fitted = fit
        natural = self._text_widths(searching, day)
        widths = {column: natural[column] for column in FITTED_COLUMNS if not view.isColumnHidden(column)}
        fixed = sum(widths.get(c, 0) for c in (SessionTableModel.DAY, SessionTableModel.TIME))
        for column in range(self.model.columnCount()):
            measured = (*FITTED_COLUMNS, SessionTableModel.TITLE, SessionTableModel.PEOPLE)
            if column not in measured and not view.isColumnHidden(column):
                fixed += header.sectionSize(column)
        width = view.viewport().width()
        budget = width - fixed - TITLE_SHARE_MIN  # what Type and Room may take together
        texts = [c for c in (SessionTableModel.TYPE, SessionTableModel.ROOM) if c in widths]
        for column in texts:
            other = sum(widths[c] for c in texts if c != column)
            allowed = max(budget // len(texts), budget - other)  # what the other does not need, it may take
            cap = min(int(width * TEXT_COLUMN_SHARE), allowed)
            widths[column] = min(widths[column], max(MIN_TEXT_COLUMN, cap))
        for column, size in widths.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
        used = 0
        for column in range(self.model.columnCount()):
            if column in (SessionTableModel.TITLE, SessionTableModel.PEOPLE) or view.isColumnHidden(column):
                continue
            used += header.sectionSize(column)
        fits = width - used >= TITLE_MIN_WIDTH + PEOPLE_COLUMN_WIDTH
        if view.isColumnHidden(SessionTableModel.PEOPLE) == fits:
            view.setColumnHidden(SessionTableModel.PEOPLE, not fits)
            if fits:
                view.setColumnWidth(SessionTableModel.PEOPLE, PEOPLE_COLUMN_WIDTH)

    def _text_widths(self, searching: bool, day: date | None) -> dict[int, int]:
        """Day, Time, Type and Room as wide as their widest text (and heading) on ``day``, or in the whole event
        while searching: each different text measured once with the list's font metrics, kept per day."""
        view, header = self.list_view, self.list_view.header()
        key = (searching, day, view.font().key())
        cached = self._text_width_cache.get(key)
        if cached is not None:
            return cached
        metrics = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        padding = margin + 10
        floors = {
            SessionTableModel.DAY: metrics.horizontalAdvance(short_day(date(2025, 9, 30))) + padding,
            SessionTableModel.TIME: metrics.horizontalAdvance("00:00–00:00") + padding,
        }
        rows = None if searching or not self._days else self.model.rows_on(day)
        widths: dict[int, int] = {}
        for column in FITTED_COLUMNS:
            texts = self.model.column_texts(column, rows)
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            # a little more than the delegate asks (its text layout may round up a pixel or two)
            widths[column] = max(widest + margin + TEXT_SLACK, header.sectionSizeHint(column), floors.get(column, 0))
        self._text_width_cache[key] = widths
        return widths

    def focus_view(self) -> None:
        """Put the keyboard focus on what the page shows: the list, the timeline or the day's note.

        (Not a focus proxy: a proxy on the page would make Tab jump over the controls above the list.)
        """
        shown = self.views.currentWidget()
        if shown is not None:
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        parts = self._timeline_parts
        if parts is not None and shown is parts.box:
            parts.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _timeline_selected(self, session_id: str) -> None:
        session = self._event.sessions_by_id.get(session_id)
        if session is None:
            return
        row = self.proxy.proxy_row_of(session_id)
        if row is not None:
            self.list_view.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._set_current(session)

    def _timeline_activated(self, session_id: str) -> None:
        self._timeline_selected(session_id)
        self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _list_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        session = current.data(SESSION_ROLE) if current.isValid() else None
        if session is not None:
            self._set_current(session)

    def _list_activated(self, index: QModelIndex) -> None:
        session = index.data(SESSION_ROLE)
        if session is not None:
            self._set_current(session)
            self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember_splitter(self, *_moved: int) -> None:
        if not self.detail.isHidden():
            self._splitter_state = self.splitter.saveState()

    def _show_detail(self, shown: bool) -> None:
        """The detail pane only while a session is chosen: with none, the list (or timeline) takes its width."""
        if shown == (not self.detail.isHidden()):
            return
        if shown:
            self.detail.show()
            if not self._splitter_state.isEmpty():
                self.splitter.restoreState(self._splitter_state)
        else:
            self._remember_splitter()
            self.detail.hide()

    def _set_current(self, session: Session | None) -> None:
        changed = session is not self._current
        self._current = session
        self.detail.show_session(session)
        self._show_detail(session is not None)
        if self._timeline_parts is not None:
            self._timeline_parts.view.set_current(session.id if session else None)
        if changed:
            self.current_session_changed.emit(session.id if session is not None else "")
