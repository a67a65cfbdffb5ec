"""Item model of a :class:`ChangeSet`: one row per changed session, starred sessions first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from companion.domain.changes import ChangeKind, ChangeSet, SessionChange, SessionFacts
from companion.domain.message import fill
from companion.ui.colour_scheme import alert_text
from companion.ui.locale_format import format_date_pattern

_Index = QModelIndex | QPersistentModelIndex

ChangeRole = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`SessionChange`."""

STAR, KIND, TITLE, WAS, NOW = range(5)


class ChangesModel(QAbstractTableModel):
    """Rows of changed sessions; columns: star, what changed, title, before, after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: tuple[SessionChange, ...] = ()

    def set_changes(self, changes: ChangeSet) -> None:
        self.beginResetModel()
        self._changes = changes.changes
        self.endResetModel()

    def change_at(self, row: int) -> SessionChange:
        return self._changes[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Starred"), self.tr("Change"), self.tr("Session"), self.tr("Before"), self.tr("Now"))[section]

    def kind_text(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.CANCELLED: self.tr("Cancelled"),
            ChangeKind.NEW: self.tr("New"),
            ChangeKind.MOVED_TIME: self.tr("Moved (time)"),
            ChangeKind.MOVED_ROOM: self.tr("Moved (room)"),
            ChangeKind.RETITLED: self.tr("Retitled"),
            ChangeKind.PEOPLE: self.tr("People changed"),
        }[kind]

    def _when(self, facts: SessionFacts) -> str:
        locale = QLocale()
        if facts.start is None or facts.end is None:
            if facts.day:
                day = datetime.fromisoformat(facts.day)
                return fill(self.tr("%1, time not published"),
                            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat))
            return self.tr("date not published")
        start, end = datetime.fromisoformat(facts.start), datetime.fromisoformat(facts.end)
        text = "{day} {start}–{end}".format(
            day=format_date_pattern(start.date(), "ddd d MMM"),  # Kazakh in Latin letters too
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )
        if facts.time_status == "indicative":
            text = fill(self.tr("~%1 (indicative)"), text)
        return text

    def _room(self, facts: SessionFacts) -> str:
        return facts.room or self.tr("room not published")

    def describe(self, facts: SessionFacts | None, change: SessionChange) -> str:
        """The side of a change (before or after) in the columns' words: when, where, who, as it changed."""
        if facts is None:
            return "—"
        parts: list[str] = []
        kinds = change.kinds
        whole = ChangeKind.NEW in kinds or ChangeKind.CANCELLED in kinds
        if whole or ChangeKind.MOVED_TIME in kinds:
            parts.append(self._when(facts))
        if whole or ChangeKind.MOVED_ROOM in kinds:
            parts.append(self._room(facts))
        if ChangeKind.RETITLED in kinds:
            parts.append("“" + facts.title + "”")
        if ChangeKind.PEOPLE in kinds:
            parts.append(", ".join(facts.people) or self.tr("nobody named"))
        return " · ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        col = index.column()
        if role == ChangeRole:
            return change
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STAR:
                return "★" if change.starred else ""
            if col == KIND:
                return ", ".join(self.kind_text(k) for k in change.kinds)
            if col == TITLE:
                return change.title
            if col == WAS:
                return self.describe(change.old, change)
            return self.describe(change.new, change)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == STAR:
            return self.tr("starred") if change.starred else self.tr("not starred")
        if role == Qt.ItemDataRole.ToolTipRole and change.starred_and_gone:
            return self.tr("You starred this session and it is no longer in the programme. Your star is kept.")
        if role == Qt.ItemDataRole.FontRole and change.starred:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and change.starred_and_gone:
            return QBrush(alert_text(QGuiApplication.palette()))
        return None
