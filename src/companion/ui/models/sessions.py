"""The programme as a Qt table model, and the proxy that filters it by day, type, track and search text."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from companion.domain.agenda import programme_order
from companion.domain.event import Event, Session, TimeStatus
from companion.domain.search import Query, haystack
from companion.domain.text import all_variants, pick
from companion.ui.session.formatting import clock_text, room_name, short_day, time_range

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the :class:`Session` of a row (any column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts a column the way a reader expects (programme order for day and time)."""
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""Returns the session id of a row."""
FIRST_EXTRA_ROLE = Qt.ItemDataRole.UserRole + 16
"""Roles from here on belong to extra columns (:meth:`SessionColumn.row_data`)."""

NO_TRACK = ""
"""Key of the "no track" choice in the track filter."""

_Index = QModelIndex | QPersistentModelIndex

BASE_COLUMN_ORDER: dict[int, int] = {0: 10, 1: 20, 2: 30, 3: 40, 4: 50, 5: 60}
"""The declared order of the list's own columns (Day, Time, Title, Type, Room, People)."""


def session_haystack(event: Event, session: Session) -> str:
    """Every text a user may search a session by, in every language of the data, folded."""
    parts: list[str] = []
    parts += all_variants(session.title)
    parts += all_variants(session.title_note)
    parts += all_variants(session.description)
    parts += all_variants(session.participants_note)
    parts += all_variants(session.venue or event.venue)  # where it happens: its own venue, else the event's
    parts += all_variants(event.city)
    for topic in session.topics:
        parts += all_variants(topic)
    session_type = event.types.get(session.type_id)
    if session_type is not None:
        parts += all_variants(session_type.name)
    if session.track_id and session.track_id in event.tracks:
        parts += all_variants(event.tracks[session.track_id].name)
    if session.room_id and session.room_id in event.rooms:
        parts += all_variants(event.rooms[session.room_id].name)
    for part in session.participants:
        parts += all_variants(part.role)
        person = event.people.get(part.person_id)
        if person is None:
            continue
        parts += person.spellings
        parts += all_variants(person.role)
        parts += all_variants(person.organisation)
    return haystack(parts)


class SessionSearchIndex:
    """The folded search text of every session of one event, in programme order, built once and shared.

    The agenda's list and the search popup under the shared search box both search through the index of
    :meth:`of` the same event, so the text is folded once (in idle slices, see :meth:`prepare`), and a
    keystroke's hits are found once: :meth:`rows_matching` remembers the last query, and when typing
    narrows it, looks only at the previous hits.
    """

    _SHARED: ClassVar[OrderedDict[int, SessionSearchIndex]] = OrderedDict()
    _SHARED_MAX: ClassVar[int] = 4

    def __init__(self, event: Event) -> None:
        self.event = event
        self.sessions: list[Session] = sorted(event.sessions, key=programme_order)
        self._haystacks: list[str] = []
        self._last: tuple[Query, list[int]] | None = None

    @classmethod
    def of(cls, event: Event) -> SessionSearchIndex:
        """The index shared by everything that searches ``event`` (the few most recent events are kept)."""
        index = cls._SHARED.get(id(event))
        if index is None or index.event is not event:
            index = cls(event)
            cls._SHARED[id(event)] = index
            while len(cls._SHARED) > cls._SHARED_MAX:
                cls._SHARED.popitem(last=False)
        cls._SHARED.move_to_end(id(event))
        return index

    @property
    def is_ready(self) -> bool:
        return len(self._haystacks) == len(self.sessions)

    def prepare(self, rows: int) -> bool:
        """Fold the text of up to ``rows`` more sessions; True when every session has its text."""
        done = len(self._haystacks)
        if done < len(self.sessions):
            event = self.event
            self._haystacks += [session_haystack(event, s) for s in self.sessions[done : done + rows]]
        return self.is_ready

    def haystacks(self) -> list[str]:
        """Folded search text per row (whatever :meth:`prepare` has not built yet is built now)."""
        self.prepare(len(self.sessions))
        return self._haystacks

    def rows_matching(self, query: Query) -> list[int]:
        """Rows (programme order) whose text holds every word of ``query``; every row for an empty query."""
        if query.is_empty:
            return list(range(len(self.sessions)))
        last = self._last
        if last is not None and last[0] == query:
            return last[1]
        haystacks = self.haystacks()
        narrows = last is not None and all(any(old in new for new in query.words) for old in last[0].words)
        rows = list(last[1]) if narrows and last is not None else list(range(len(haystacks)))
        for word in query.words:
            rows = [r for r in rows if word in haystacks[r]]
        self._last = (query, rows)
        return rows


class SessionColumn(QObject):
    """An extra column of the session list, declared by a feature (My agenda's ☆ column).

    ``order`` places it among the list's own columns, whose orders are :data:`BASE_COLUMN_ORDER` (Day 10,
    Time 20, Title 30, Type 40, Room 50, People 60): 0 puts it first. Columns are placed by order and
    ``key``, never by who added them first. Emit :attr:`changed` when every cell may read differently.
    """

    changed = Signal()

    def __init__(self, key: str, order: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(key)
        self.key = key
        self.order = order

    def header(self) -> str:
        """The column's heading."""
        return ""

    def width(self) -> int | None:
        """A fixed width in pixels, or None to let the list size the column."""
        return None

    def activation_key(self) -> Qt.Key | None:
        """A key that calls :meth:`activate` on the list's current row (besides a click on the cell)."""
        return None

    def data(self, session: Session, row: int, role: int) -> Any:
        """The cell of ``session`` (at model ``row``, programme order) for ``role``; None for nothing."""
        return None

    def row_data(self, session: Session, role: int) -> Any:
        """A value for a role of the whole row (any column), at or above :data:`FIRST_EXTRA_ROLE`."""
        return None

    def activate(self, session: Session) -> None:
        """The user clicked the cell of ``session`` or pressed :meth:`activation_key` on its row."""


class SessionTableModel(QAbstractTableModel):
    """One row per session in programme order; display text is built on demand and cached.

    Features add columns with :meth:`add_column`; they follow the list's own six columns in the model,
    sorted by their declared order, and the list shows every column at the place its order gives.
    """

    DAY, TIME, TITLE, TYPE, ROOM, PEOPLE = range(6)
    BASE_COLUMN_COUNT = 6

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._locale = QLocale()
        self._extra: list[SessionColumn] = []
        self._set_event(event)

    # -- content ---------------------------------------------------------------------------------------
    def _set_event(self, event: Event) -> None:
        self._event = event
        self._index = SessionSearchIndex.of(event)
        self._sessions: list[Session] = self._index.sessions
        self._row_of: dict[str, int] = {s.id: r for r, s in enumerate(self._sessions)}
        self._rows_by_day: dict[date | None, list[int]] = {}
        for r, s in enumerate(self._sessions):
            self._rows_by_day.setdefault(s.day, []).append(r)
        self._cache: dict[tuple[int, int], str] = {}

    def set_event(self, event: Event) -> None:
        self.beginResetModel()
        self._set_event(event)
        self.endResetModel()

    @property
    def current_event(self) -> Event:
        return self._event

    @property
    def language(self) -> str:
        return self._language

    # -- extra columns ---------------------------------------------------------------------------------
    def add_column(self, column: SessionColumn) -> int:
        """Add a feature's column; returns its model index (later columns may move it: ask :meth:`column_of`)."""
        if any(c.key == column.key for c in self._extra):
            raise ValueError(f"a column {column.key!r} is already there")
        rank = next(
            (i for i, c in enumerate(self._extra) if (c.order, c.key) > (column.order, column.key)), len(self._extra)
        )
        at = self.BASE_COLUMN_COUNT + rank
        self.beginInsertColumns(QModelIndex(), at, at)
        self._extra.insert(rank, column)
        self._cache = {}
        self.endInsertColumns()
        column.changed.connect(lambda: self._column_changed(column))
        return at

    def extra_columns(self) -> list[SessionColumn]:
        return list(self._extra)

    def column_of(self, column: SessionColumn) -> int:
        """The model index of an added column (-1 if it was not added)."""
        for i, c in enumerate(self._extra):
            if c is column:
                return self.BASE_COLUMN_COUNT + i
        return -1

    def extra_column_at(self, col: int) -> SessionColumn | None:
        rank = col - self.BASE_COLUMN_COUNT
        return self._extra[rank] if 0 <= rank < len(self._extra) else None

    def column_order(self, col: int) -> tuple[int, str]:
        """Where column ``col`` belongs in the list: its declared order (and key, to break ties)."""
        extra = self.extra_column_at(col)
        if extra is not None:
            return (extra.order, extra.key)
        return (BASE_COLUMN_ORDER[col], "")

    def _column_changed(self, column: SessionColumn) -> None:
        col = self.column_of(column)
        if col >= 0 and self._sessions:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._sessions) - 1, col))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)

    def session_at(self, row: int) -> Session:
        return self._sessions[row]

    def row_of(self, session_id: str) -> int | None:
        return self._row_of.get(session_id)

    def rows_on(self, day: date | None) -> list[int]:
        return self._rows_by_day.get(day, [])

    def sessions(self) -> list[Session]:
        return list(self._sessions)

    @property
    def search_index(self) -> SessionSearchIndex:
        """The event's shared search index; its rows are this model's rows."""
        return self._index

    def haystacks(self) -> list[str]:
        """Folded search text per row (whatever :meth:`prepare_search` has not built yet is built now)."""
        return self._index.haystacks()

    def prepare_search(self, rows: int) -> bool:
        """Build the search text of up to ``rows`` more sessions; True when every session has one.

        The agenda calls this in idle slices after start-up, so the first keystroke finds it ready.
        """
        return self._index.prepare(rows)

    # -- Qt model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.BASE_COLUMN_COUNT + len(self._extra)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        extra = self.extra_column_at(section)
        if extra is not None:
            return extra.header()
        return {
            self.DAY: self.tr("Day"),
            self.TIME: self.tr("Time"),
            self.TITLE: self.tr("Title"),
            self.TYPE: self.tr("Type"),
            self.ROOM: self.tr("Room"),
            self.PEOPLE: self.tr("People"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        session = self._sessions[row]
        if role >= FIRST_EXTRA_ROLE:
            for column in self._extra:
                value = column.row_data(session, role)
                if value is not None:
                    return value
            return None
        extra = self.extra_column_at(col)
        if extra is not None and role != SESSION_ROLE and role != SESSION_ID_ROLE:
            return extra.data(session, row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row, col)
            text = self._cache.get(key)
            if text is None:
                text = self._display(session, col)
                self._cache[key] = text
            return text
        if role == SESSION_ROLE:
            return session
        if role == SESSION_ID_ROLE:
            return session.id
        if role == SORT_ROLE:
            return self._sort_value(row, session, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(session, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.TIME:
            return time_range(session, self._locale)  # "~10:30–13:00 (indicative)", as a screen reader says it
        return None

    # -- text ------------------------------------------------------------------------------------------
    def day_text(self, day: date | None) -> str:
        return short_day(day, self._locale)

    def time_text(self, session: Session) -> str:
        """``10:30–13:00``; an indicative time keeps only its mark, ``~10:30–13:00`` (tooltip and accessible
        text say "indicative"), so the column stays as narrow as a time in every language."""
        if session.time_status is TimeStatus.INDICATIVE and session.start is not None and session.end is not None:
            return "~" + clock_text(session.start, self._locale) + "–" + clock_text(session.end, self._locale)
        return time_range(session, self._locale)

    def room_text(self, session: Session) -> str:
        return room_name(self._event, session, self._language)

    def people_text(self, session: Session) -> str:
        names = []
        for part in session.participants:
            person = self._event.people.get(part.person_id)
            names.append(person.name_in(self._language) if person else part.person_id)
        return ", ".join(names)

    def _display(self, session: Session, col: int) -> str:
        if col == self.DAY:
            return self.day_text(session.day)
        if col == self.TIME:
            return self.time_text(session)
        if col == self.TITLE:
            return pick(session.title, self._language)
        if col == self.TYPE:
            return self._event.type_name(session.type_id, self._language)
        if col == self.ROOM:
            return self.room_text(session)
        if col == self.PEOPLE:
            return self.people_text(session)
        return ""

    def _sort_value(self, row: int, session: Session, col: int) -> Any:
        if col in (self.DAY, self.TIME):
            return row
        return str(self.data(self.index(row, col), Qt.ItemDataRole.DisplayRole)).casefold()

    def _tooltip(self, session: Session, col: int) -> str | None:
        if col == self.TIME:
            note = pick(session.time_note, self._language)
            if session.time_status is TimeStatus.INDICATIVE:
                why = QCoreApplication.translate(
                    "SessionList", "Indicative time: no source gives the clock time; the slot follows the day's order."
                )
                return why + ("\n" + note if note else "")
            return note or None
        if col in (self.TYPE, self.ROOM):
            return self._display(session, col)  # whole, where the column elides it
        if col == self.TITLE:
            return pick(session.title, self._language)
        return None


class SessionFilterProxy(QSortFilterProxyModel):
    """Filters sessions by day, type set, track set and search text.

    While a search is active the day is ignored: hits from every day are shown, so nothing is hidden
    just because it happens on another day. Acceptance is computed in one pass per change and kept
    as a list, so ``filterAcceptsRow`` is a lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self._types: frozenset[str] | None = None
        self._tracks: frozenset[str] | None = None
        self._query = Query(())
        self._search_text = ""
        self._accepted: list[bool] = []
        self._hits_query: Query | None = None
        self._hits: set[int] | None = None
        self._hits_sorted: list[int] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    # -- state -----------------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, SessionTableModel):
            raise TypeError("SessionFilterProxy needs a SessionTableModel")
        self._accepted = []
        super().setSourceModel(model)
        model.modelReset.connect(self._forget_hits)
        self._forget_hits()

    def table(self) -> SessionTableModel:
        model = self.sourceModel()
        assert isinstance(model, SessionTableModel)
        return model

    @property
    def day(self) -> date | None:
        return self._day

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def is_searching(self) -> bool:
        return not self._query.is_empty

    @property
    def types(self) -> frozenset[str] | None:
        return self._types

    @property
    def tracks(self) -> frozenset[str] | None:
        return self._tracks

    def set_day(self, day: date | None) -> None:
        if day != self._day:
            self._day = day
            self._recompute_and_invalidate()

    def set_types(self, types: Iterable[str] | None) -> None:
        """Only these session types (None: every type)."""
        self._types = None if types is None else frozenset(types)
        self._recompute_and_invalidate()

    def set_tracks(self, tracks: Iterable[str] | None) -> None:
        """Only these tracks (None: every track; :data:`NO_TRACK` stands for sessions without one)."""
        self._tracks = None if tracks is None else frozenset(tracks)
        self._recompute_and_invalidate()

    def set_search(self, text: str) -> None:
        query = Query.parse(text)
        self._search_text = text
        if query != self._query:
            self._query = query
            self._recompute_and_invalidate()

    # -- filtering -------------------------------------------------------------------------------------
    def accepts(self, session: Session) -> bool:
        """Whether ``session`` passes the type, track and search filters (not the day)."""
        row = self.table().row_of(session.id)
        return row is not None and bool(self._kept([row]))

    def accepted_on(self, day: date | None) -> list[Session]:
        """Sessions of ``day`` that pass the type, track and search filters, in programme order."""
        model = self.table()
        return [model.session_at(row) for row in self._kept(model.rows_on(day))]

    def _search_rows(self) -> set[int] | None:
        """Rows whose search text holds every word of the query (None: no search).

        The event's shared :class:`SessionSearchIndex` finds them (typing on only looks at the previous hits).
        """
        if self._query.is_empty:
            return None
        if self._hits_query == self._query and self._hits is not None:
            return self._hits
        rows = self.table().search_index.rows_matching(self._query)
        self._hits_query, self._hits, self._hits_sorted = self._query, set(rows), rows
        return self._hits

    def _kept(self, rows: Iterable[int]) -> list[int]:
        """The rows among ``rows`` that pass the type, track and search filters."""
        model = self.table()
        hits = self._search_rows()
        out = list(rows) if hits is None else [r for r in rows if r in hits]
        if self._types is not None:
            types = self._types
            out = [r for r in out if model.session_at(r).type_id in types]
        if self._tracks is not None:
            tracks = self._tracks
            out = [r for r in out if (model.session_at(r).track_id or NO_TRACK) in tracks]
        return out

    def _recompute_and_invalidate(self) -> None:
        """Recompute which rows pass; the proxy re-filters (a call per row) only when that changed."""
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return
        accepted = [False] * model.rowCount()
        hits = self._search_rows()
        for row in self._kept(self._hits_sorted if hits is not None else model.rows_on(self._day)):
            accepted[row] = True
        if accepted == self._accepted:
            return
        self.beginFilterChange()
        self._accepted = accepted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget_hits(self) -> None:
        self._hits_query, self._hits = None, None
        self._recompute_and_invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]

    # -- look-ups --------------------------------------------------------------------------------------
    def session_at(self, proxy_row: int) -> Session:
        return self.table().session_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, session_id: str) -> int | None:
        row = self.table().row_of(session_id)
        if row is None:
            return None
        index = self.mapFromSource(self.table().index(row, 0))
        return index.row() if index.isValid() else None

    def visible_sessions(self) -> list[Session]:
        return [self.session_at(r) for r in range(self.rowCount())]
