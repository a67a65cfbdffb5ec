"""My agenda's ☆ column in the Agenda's session list: first in the list, a click or Space stars or unstars."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from companion.domain.event import Session
from companion.ui.models.sessions import FIRST_EXTRA_ROLE, SORT_ROLE, SessionColumn

STARRED_ROLE = FIRST_EXTRA_ROLE
"""True when the row's session is starred (any column of the session list)."""
STAR_MARK, NO_STAR_MARK = "★", "☆"
STAR_COLUMN_ORDER = 0
"""Before the list's own columns (Day is 10)."""
STAR_COLUMN_WIDTH = 34
STAR_SCALE = 1.35


class StarColumn(SessionColumn):
    """Shows ★ or ☆ per session; :meth:`activate` calls ``toggle(session_id)``."""

    def __init__(self, toggle: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__("star", STAR_COLUMN_ORDER, parent)
        self._toggle = toggle
        self._starred: frozenset[str] = frozenset()

    def set_starred(self, session_ids: frozenset[str]) -> None:
        self._starred = session_ids
        self.changed.emit()

    def header(self) -> str:
        return STAR_MARK

    def width(self) -> int | None:
        return STAR_COLUMN_WIDTH

    def activation_key(self) -> Qt.Key | None:
        return Qt.Key.Key_Space

    def activate(self, session: Session) -> None:
        self._toggle(session.id)

    def row_data(self, session: Session, role: int) -> Any:
        return session.id in self._starred if role == STARRED_ROLE else None

    def data(self, session: Session, row: int, role: int) -> Any:
        starred = session.id in self._starred
        if role == Qt.ItemDataRole.DisplayRole:
            return STAR_MARK if starred else NO_STAR_MARK
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # the texts keep the context they were translated under when the column was the model's own
            if starred:
                return QCoreApplication.translate("SessionTableModel", "Starred")
            return QCoreApplication.translate("SessionTableModel", "Not starred")
        if role == Qt.ItemDataRole.ToolTipRole:
            if starred:
                return QCoreApplication.translate("SessionTableModel", "Starred: click or press Space to unstar")
            return QCoreApplication.translate("SessionTableModel", "Click or press Space to star")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:  # the outline ☆ is thin at text size: a third larger reads clearly
            font = QGuiApplication.font()
            font.setPointSizeF(font.pointSizeF() * STAR_SCALE)
            return font
        if role == SORT_ROLE:
            return row - (1 << 30 if starred else 0)  # starred first, each group in programme order
        return None
