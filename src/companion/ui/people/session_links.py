"""A table of sessions shown as links: title, day and time (with the indicative mark), and a part column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from companion.domain.event import Session
from companion.domain.text import pick
from companion.ui.session.formatting import short_day, time_range

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 11
"""The session id of a row."""
SESSION_ROLE = Qt.ItemDataRole.UserRole + 12
"""The :class:`Session` of a row."""

_Index = QModelIndex | QPersistentModelIndex


class SessionLinksModel(QAbstractTableModel):
    """Rows of ``(session, part)``; ``part`` says who takes part and how (a role, or names with roles)."""

    TITLE, WHEN, PART = range(3)

    def __init__(self, part_header: str, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._part_header = part_header
        self._language = language
        self._rows: list[tuple[Session, str]] = []

    def set_rows(self, rows: Sequence[tuple[Session, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def session_at(self, row: int) -> Session:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Session"), self.tr("When"), self._part_header)[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session, part = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.TITLE:
                return pick(session.title, self._language)
            if col == self.WHEN:
                return f"{short_day(session.day)} · {time_range(session)}"
            return part
        if role == SESSION_ID_ROLE:
            return session.id
        if role == SESSION_ROLE:
            return session
        if col == self.TITLE and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Link)
        if col == self.TITLE and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        return None
