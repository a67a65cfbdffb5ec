"""The starred sessions as a tree model: days at the top, then sessions and the free gaps between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from companion.domain.conflicts import Clash, Gap, clashes_by_session, day_groups, free_gaps
from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.models.sessions import SESSION_ID_ROLE, SESSION_ROLE
from companion.ui.session.formatting import clock_text, long_day, room_name, time_range

KIND_ROLE = Qt.ItemDataRole.UserRole + 20
"""``"day"``, ``"session"`` or ``"gap"``."""
CLASH_IDS_ROLE = Qt.ItemDataRole.UserRole + 21
"""Ids of the starred sessions a session row clashes with (a list, empty when none)."""
DAY_ROLE = Qt.ItemDataRole.UserRole + 22
"""The date of a day row (None for "Date not published")."""

MIN_GAP = timedelta(minutes=15)
"""Shorter breaks between starred sessions are not listed as free time."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One row under a day: a starred session (with its clashes) or a free gap."""

    kind: str
    session: Session | None = None
    gap: Gap | None = None
    clashes: tuple[Clash, ...] = ()


@dataclass(slots=True)
class AgendaDay:
    """A day row and its entries."""

    day: date | None
    entries: list[AgendaEntry] = field(default_factory=list)

    @property
    def session_count(self) -> int:
        return sum(1 for e in self.entries if e.kind == "session")

    @property
    def clash_count(self) -> int:
        return sum(1 for e in self.entries if e.clashes)


def build_days(sessions: list[Session], min_gap: timedelta = MIN_GAP) -> list[AgendaDay]:
    """Group starred sessions by day; insert each free gap before the session that ends it."""
    clashes = clashes_by_session(sessions)
    gaps_before = {g.after.id: g for g in free_gaps(sessions, minimum=min_gap)}
    days: list[AgendaDay] = []
    for day, members in day_groups(sessions):
        entry_day = AgendaDay(day)
        for s in members:
            gap = gaps_before.get(s.id)
            if gap is not None:
                entry_day.entries.append(AgendaEntry("gap", gap=gap))
            entry_day.entries.append(AgendaEntry("session", session=s, clashes=tuple(clashes.get(s.id, ()))))
        days.append(entry_day)
    return days


def duration_text(length: timedelta) -> str:
    minutes = int(length.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return fill(QApplication.translate("MyAgenda", "%1 h %2 min"), hours, rest)
    if hours:
        return fill(QApplication.translate("MyAgenda", "%1 h"), hours)
    return fill(QApplication.translate("MyAgenda", "%1 min"), rest)


class MyAgendaModel(QAbstractItemModel):
    """Days (top level) with starred sessions and free gaps as children. Sessions come through SESSION_ROLE."""

    TIME, TITLE, ROOM, CLASH = range(4)
    COLUMN_COUNT = 4

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self._locale = QLocale()
        self._days: list[AgendaDay] = []

    # -- content ---------------------------------------------------------------------------------------
    def set_content(self, event: Event, starred: list[Session]) -> None:
        self.beginResetModel()
        self._event = event
        self._days = build_days(starred)
        self.endResetModel()

    @property
    def days(self) -> list[AgendaDay]:
        return list(self._days)

    def session_count(self) -> int:
        return sum(d.session_count for d in self._days)

    def clash_count(self) -> int:
        return len({id(c) for d in self._days for e in d.entries for c in e.clashes})

    def entry(self, index: _Index) -> AgendaEntry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._days[index.internalId() - 1].entries[index.row()]

    def index_of(self, session_id: str) -> QModelIndex:
        for d, day in enumerate(self._days):
            for r, e in enumerate(day.entries):
                if e.session is not None and e.session.id == session_id:
                    return self.index(r, 0, self.index(d, 0))
        return QModelIndex()

    # -- Qt model interface ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._days[parent.row()].entries)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TIME: self.tr("Time"),
            self.TITLE: self.tr("Session"),
            self.ROOM: self.tr("Room"),
            self.CLASH: self.tr("Clashes"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(self._days[index.row()], index.column(), role)
        entry = self._days[index.internalId() - 1].entries[index.row()]
        if role == KIND_ROLE:
            return entry.kind
        if entry.kind == "gap":
            assert entry.gap is not None
            return self._gap_data(entry.gap, index.column(), role)
        assert entry.session is not None
        return self._session_data(entry, index.column(), role)

    # -- cells -----------------------------------------------------------------------------------------
    def _day_data(self, day: AgendaDay, column: int, role: int) -> Any:
        if role == KIND_ROLE:
            return "day"
        if role == DAY_ROLE:
            return day.day
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return long_day(day.day, self._locale)
            if column == self.TITLE:
                text = fill(self.tr("Starred: %1"), day.session_count)
                if day.clash_count:
                    text += " · " + fill(self.tr("clashing: %1"), day.clash_count)
                return text
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _gap_data(self, gap: Gap, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return f"{clock_text(gap.start, self._locale)}–{clock_text(gap.end, self._locale)}"
            if column == self.TITLE:
                return fill(self.tr("Free time · %1"), duration_text(gap.length))
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        # (no ForegroundRole: the placeholder grey was 2.2:1 on white; italics set free time apart)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.TITLE:
            return fill(self.tr("Free time from %1 to %2"), clock_text(gap.start), clock_text(gap.end))
        return None

    def _clash_text(self, entry: AgendaEntry) -> str:
        if not entry.clashes:
            return ""
        assert entry.session is not None
        names = "; ".join(pick(c.other(entry.session.id).title, self._language) for c in entry.clashes)
        if all(c.indicative for c in entry.clashes):
            return fill(self.tr("May clash with %1 (indicative times)"), names)
        return fill(self.tr("Clashes with %1"), names)

    def _session_data(self, entry: AgendaEntry, column: int, role: int) -> Any:
        s = entry.session
        assert s is not None
        if role == SESSION_ROLE:
            return s
        if role == SESSION_ID_ROLE:
            return s.id
        if role == CLASH_IDS_ROLE:
            return [c.other(s.id).id for c in entry.clashes]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TIME:
                return time_range(s, self._locale)
            if column == self.TITLE:
                return "★ " + pick(s.title, self._language) if role == Qt.ItemDataRole.DisplayRole else pick(
                    s.title, self._language
                )
            if column == self.ROOM:
                return room_name(self._event, s, self._language)
            if column == self.CLASH:
                return self._clash_text(entry)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CLASH and entry.clashes:
                return self._clash_text(entry)
            if column == self.TIME:
                return pick(s.time_note, self._language) or None
            return pick(s.title, self._language)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CLASH and entry.clashes:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None
