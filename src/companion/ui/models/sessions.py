"""The programme as a Qt table model, and the proxy that filters it by day, type, track and search text."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from operator import attrgetter
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
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
CARD_ROLE = Qt.ItemDataRole.UserRole + 4
"""The card view's three lines of a row (any column): ("time · room", "title", "people · type")."""
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
        narrows = last is not None and query.narrows(last[0])
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


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_SESSION = int(SESSION_ROLE)
_SESSION_ID = int(SESSION_ID_ROLE)
_SORT = int(SORT_ROLE)
_CARD = int(CARD_ROLE)
_FIRST_EXTRA = int(FIRST_EXTRA_ROLE)
_ROW_ROLES = frozenset({_SESSION, _SESSION_ID, _CARD})
_UNANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)
"""Roles a base column's cell never has (of those a view asks for on every paint): no need to ask :meth:`cell`."""
"""Roles that read the same in every column of a row (the added columns do not answer them)."""
_MISSING = object()
_FONT = int(Qt.ItemDataRole.FontRole)
DELEGATE_ROLES: tuple[int, ...] = tuple(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
"""The roles ``QStyledItemDelegate.initStyleOption`` asks of every painted cell, in its order, in a fresh span."""
DELEGATE_SPAN = len(DELEGATE_ROLES)
DELEGATE_DISPLAY = DELEGATE_ROLES.index(_DISPLAY)


class SessionTableModel(QAbstractTableModel):
    """One row per session in programme order; display text is built once per row, on first use, and kept.

    Features add columns with :meth:`add_column`; they follow the list's own six columns in the model,
    sorted by their declared order, and the list shows every column at the place its order gives. What an
    added column returns is kept until it emits :attr:`SessionColumn.changed`.

    Views read a cell in one call (:meth:`multiData`, every role the delegate asks at once), so painting a
    screenful of rows costs a few hundred Python calls rather than thousands.
    """

    DAY, TIME, TITLE, TYPE, ROOM, PEOPLE = range(6)
    BASE_COLUMN_COUNT = 6

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._locale = QLocale()
        self._extra: list[SessionColumn] = []
        self._extra_cache: dict[tuple[int, int, int], Any] = {}
        self._painted: dict[tuple[int, int], tuple[frozenset[int], tuple[tuple[int, Any], ...]]] = {}
        """An added column's painted cells: (row, column) -> what :meth:`_painted_cell` found."""
        self._left_set: tuple[int, ...] = ()
        """Positions of :data:`DELEGATE_ROLES` (besides the text) that a painted cell may have left set."""
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
        self._texts: list[tuple[str, ...] | None] = [None] * len(self._sessions)
        self._cards: list[tuple[str, str, str] | None] = [None] * len(self._sessions)
        self._extra_cache = {}
        self._painted = {}

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
        self._extra_cache = {}
        self._painted = {}
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
        self._extra_cache = {key: value for key, value in self._extra_cache.items() if key[1] != col}
        self._painted = {key: value for key, value in self._painted.items() if key[1] != col}
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

    def column_texts(self, column: int, rows: Iterable[int] | None = None) -> set[str]:
        """The different texts of one of the list's own columns over ``rows`` (None: every row).

        Day, Time, Type and Room are formatted once per different value (a congress has a few dozen rooms
        and types), not once per row, so fitting the columns to their text costs little even at 20,000 rows.
        """
        sessions = self._sessions if rows is None else [self._sessions[r] for r in rows]
        key: Callable[[Session], Hashable]
        if column == self.DAY:
            key = attrgetter("day")
        elif column == self.TIME:
            key = attrgetter("start", "end", "time_status")
        elif column == self.TYPE:
            key = attrgetter("type_id")
        elif column == self.ROOM:
            key = attrgetter("room_id")
        else:
            key = id
        firsts: dict[Hashable, Session] = {}
        for session in sessions:
            firsts.setdefault(key(session), session)
        return {self._display(session, column) for session in firsts.values()}

    # -- Qt model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.BASE_COLUMN_COUNT + len(self._extra)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # one Python call instead of QAbstractTableModel's hasIndex(), which calls rowCount and columnCount
        columns = self.BASE_COLUMN_COUNT + len(self._extra)
        if 0 <= row < len(self._sessions) and 0 <= column < columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

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
        return self.cell(index.row(), index.column(), int(role))

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view asks for one cell, in one call (Qt's default calls :meth:`data` once per role)."""
        if index.isValid():
            self.fill_cell(index.row(), index.column(), span)

    # -- cells -----------------------------------------------------------------------------------------
    def fill_cell(self, row: int, col: int, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Fill ``span`` with the roles of the cell at ``row`` (model row), ``col``.

        A painted cell's span (:data:`DELEGATE_ROLES`) is filled by position, touching only the roles the cell
        has and those an earlier painted cell left set: a delegate keeps its span from one cell to the next
        (what the ☆ column set, its font and alignment, would otherwise stay for the next cell), and a cell
        filled this way costs a third of walking the span role by role. This assumes that what a delegate
        paints comes from this model (a view's own delegates); any other span is filled role by role.
        """
        items = cast(Sequence[QModelRoleData], span)  # a span is indexable (its stubs do not say so)
        if isinstance(span, QModelRoleDataSpan) and len(items) == DELEGATE_SPAN:
            display = items[DELEGATE_DISPLAY]
            if display.role() == _DISPLAY and items[0].role() == _FONT:
                if col < self.BASE_COLUMN_COUNT:
                    for position in self._left_set:
                        items[position].clearData()
                    texts = self._texts[row] or self._row_texts(row)
                    display.setData(texts[col])
                    return
                answers = self._painted.get((row, col))
                if answers is None:
                    answers = self._painted_cell(row, col)
                answered = answers[0]
                for position in self._left_set:
                    if position not in answered:
                        items[position].clearData()
                if DELEGATE_DISPLAY not in answered:
                    display.clearData()
                for position, value in answers[1]:
                    items[position].setData(value)
                return
        self._fill_roles(row, col, span)

    def _painted_cell(self, row: int, col: int) -> tuple[frozenset[int], tuple[tuple[int, Any], ...]]:
        """An added column's answers to the delegate's roles: the positions answered, and (position, value) pairs."""
        pairs = tuple(
            (position, value)
            for position, role in enumerate(DELEGATE_ROLES)
            if (value := self._extra_cell(row, col, role)) is not None
        )
        answered = frozenset(position for position, _ in pairs)
        self._painted[(row, col)] = answers = (answered, pairs)
        left = answered - {DELEGATE_DISPLAY}
        if not left.issubset(self._left_set):
            self._left_set = tuple(sorted(left.union(self._left_set)))
        return answers

    def _fill_roles(self, row: int, col: int, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Fill ``span`` role by role (any roles, in any order)."""
        cell = self.cell
        items = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        if col < self.BASE_COLUMN_COUNT:  # the painted columns: their text, and nothing for the look roles
            texts = self._texts[row] or self._row_texts(row)
            unanswered = _UNANSWERED
            for item in items:
                role = item.role()
                if role == _DISPLAY:
                    item.setData(texts[col])
                elif role in unanswered:
                    item.clearData()
                else:
                    value = cell(row, col, role)
                    if value is None:
                        item.clearData()
                    else:
                        item.setData(value)
            return
        cached = self._extra_cache.get
        for item in items:
            role = item.role()
            value = cached((row, col, role), _MISSING)  # an added column's cells, once known (see _extra_cell)
            if value is _MISSING:
                value = cell(row, col, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def cell(self, row: int, col: int, role: int) -> Any:
        """The cell at model ``row`` and ``col`` for ``role`` (a plain int); None for nothing."""
        if role == _DISPLAY:
            if col < self.BASE_COLUMN_COUNT:
                texts = self._texts[row]
                if texts is None:
                    texts = self._row_texts(row)
                return texts[col]
        elif role >= _FIRST_EXTRA:
            session = self._sessions[row]
            for column in self._extra:
                value = column.row_data(session, role)
                if value is not None:
                    return value
            return None
        if col >= self.BASE_COLUMN_COUNT and role not in _ROW_ROLES:
            return self._extra_cell(row, col, role)
        if role == _SESSION:
            return self._sessions[row]
        if role == _SESSION_ID:
            return self._sessions[row].id
        if role == _CARD:
            card = self._cards[row]
            if card is None:
                card = self._card(row)
            return card
        if role == _SORT:
            return self._sort_value(row, col)
        if role == _TOOLTIP:
            return self._tooltip(self._sessions[row], col)
        if role == _ACCESSIBLE and col == self.TIME:
            return time_range(self._sessions[row], self._locale)  # "~10:30–13:00 (indicative)", as said aloud
        return None

    def _extra_cell(self, row: int, col: int, role: int) -> Any:
        key = (row, col, role)
        value = self._extra_cache.get(key, _MISSING)
        if value is _MISSING:
            extra = self._extra[col - self.BASE_COLUMN_COUNT]
            value = extra.data(self._sessions[row], row, role)
            self._extra_cache[key] = value
        return value

    def _row_texts(self, row: int) -> tuple[str, ...]:
        session = self._sessions[row]
        texts = tuple(self._display(session, col) for col in range(self.BASE_COLUMN_COUNT))
        self._texts[row] = texts
        return texts

    def _card(self, row: int) -> tuple[str, str, str]:
        """The card view's three lines: "time · room", the title, "people · type"."""
        texts = self._texts[row] or self._row_texts(row)
        when = " · ".join(t for t in (texts[self.TIME], texts[self.ROOM]) if t)
        more = " · ".join(t for t in (texts[self.PEOPLE], texts[self.TYPE]) if t)
        card = (when, texts[self.TITLE], more)
        self._cards[row] = card
        return card

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

    def _sort_value(self, row: int, col: int) -> Any:
        if col in (self.DAY, self.TIME):
            return row
        if col >= self.BASE_COLUMN_COUNT:
            return self._extra_cell(row, col, _SORT)
        return str(self.cell(row, col, _DISPLAY)).casefold()

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


class SessionFilterProxy(QAbstractTableModel):
    """Filters sessions by day, type set, track set and search text (and sorts them, when asked).

    While a search is active the day is ignored: hits from every day are shown, so nothing is hidden
    just because it happens on another day.

    A proxy of its own rather than a QSortFilterProxyModel, for speed: which rows pass is computed in one
    pass per change, into the list of source rows shown, never by a Python call per source row; a view
    reads a cell in one Python call (:meth:`multiData`) rather than three per role. A filter change is one
    layout change: persistent indexes (the selection) follow their session, or become invalid when it is
    filtered out.

    A table model that maps, not a ``QAbstractProxyModel``: Qt then answers ``flags``, ``parent`` and
    ``sibling`` of a cell in C++ (a proxy's ``flags`` would ask :meth:`mapToSource`), so painting a cell
    calls Python twice (:meth:`index`, :meth:`multiData`), not three times.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: SessionTableModel | None = None
        self._day: date | None = None
        self._types: frozenset[str] | None = None
        self._tracks: frozenset[str] | None = None
        self._query = Query(())
        self._search_text = ""
        self._rows: list[int] = []
        """Source rows shown, in the proxy's order."""
        self._position: dict[int, int] | None = None
        """Proxy row of each shown source row (built when first asked after a change)."""
        self._columns = 0
        self._hits_query: Query | None = None
        self._hits: set[int] | None = None
        self._hits_sorted: list[int] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- state -----------------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, SessionTableModel):
            raise TypeError("SessionFilterProxy needs a SessionTableModel")
        self.beginResetModel()
        old = self._table
        if old is not None:
            for signal, slot in self._source_connections(old):
                signal.disconnect(slot)
        self._table = model
        for signal, slot in self._source_connections(model):
            signal.connect(slot)
        self._columns = model.columnCount()
        self._hits_query, self._hits = None, None
        self._rows, self._position = self._computed_rows(), None
        self.endResetModel()

    def _source_connections(self, model: SessionTableModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self._source_header_changed),
            (model.columnsAboutToBeInserted, self._source_columns_coming),
            (model.columnsInserted, self._source_columns_inserted),
        ]

    def table(self) -> SessionTableModel:
        assert self._table is not None
        return self._table

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
            self._refilter()

    def set_types(self, types: Iterable[str] | None) -> None:
        """Only these session types (None: every type)."""
        self._types = None if types is None else frozenset(types)
        self._refilter()

    def set_tracks(self, tracks: Iterable[str] | None) -> None:
        """Only these tracks (None: every track; :data:`NO_TRACK` stands for sessions without one)."""
        self._tracks = None if tracks is None else frozenset(tracks)
        self._refilter()

    def set_search(self, text: str) -> None:
        query = Query.parse(text)
        self._search_text = text
        if query != self._query:
            self._query = query
            self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``'s :data:`SORT_ROLE` (stable; -1: programme order); kept across filter changes."""
        self._sort_column, self._sort_order = column, order
        self._refilter()

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

    def _computed_rows(self) -> list[int]:
        """The source rows that pass every filter, in programme order or sorted as asked."""
        model = self._table
        if model is None:
            return []
        hits = self._search_rows()
        rows = self._kept(self._hits_sorted if hits is not None else model.rows_on(self._day))
        if self._sort_column >= 0:
            column = self._sort_column
            rows.sort(
                key=lambda r: model.cell(r, column, _SORT),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    def _refilter(self) -> None:
        """Show the rows that pass now: one layout change, and none when they are the same."""
        rows = self._computed_rows()
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown = self._rows
        cells = [(shown[i.row()], i.column()) for i in persistent]
        self._rows, self._position = rows, None
        if persistent:
            position = self._positions()
            moved = [self.createIndex(position[r], c) if r in position else QModelIndex() for r, c in cells]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = dict(zip(self._rows, range(len(self._rows)), strict=True))
        return self._position

    # -- the source's signals --------------------------------------------------------------------------
    def _source_reset(self) -> None:
        self._columns = self.table().columnCount()
        self._hits_query, self._hits = None, None
        self._rows, self._position = self._computed_rows(), None
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if not self._rows:
            return
        if top_left.row() == bottom_right.row():
            row = self._positions().get(top_left.row())
            if row is not None:
                self.dataChanged.emit(self.index(row, top_left.column()), self.index(row, bottom_right.column()), roles)
            return
        last = len(self._rows) - 1
        self.dataChanged.emit(self.index(0, top_left.column()), self.index(last, bottom_right.column()), roles)

    def _source_header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        self.headerDataChanged.emit(orientation, first, last)

    def _source_columns_coming(self, parent: QModelIndex, first: int, last: int) -> None:
        self.beginInsertColumns(QModelIndex(), first, last)

    def _source_columns_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._columns = self.table().columnCount()
        self.endInsertColumns()

    # -- Qt model interface ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if 0 <= row < len(self._rows) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.table().headerData(section, orientation, role) if self._table is not None else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        return self._table.cell(self._rows[index.row()], index.column(), int(role))

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        if index.isValid() and self._table is not None:
            self._table.fill_cell(self._rows[index.row()], index.column(), span)

    # -- look-ups --------------------------------------------------------------------------------------
    def session_at(self, proxy_row: int) -> Session:
        return self.table().session_at(self._rows[proxy_row])

    def proxy_row_of(self, session_id: str) -> int | None:
        row = self.table().row_of(session_id)
        return None if row is None else self._positions().get(row)

    def visible_sessions(self) -> list[Session]:
        model = self.table()
        return [model.session_at(r) for r in self._rows]
