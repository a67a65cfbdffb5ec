"""Delegations as a table model (countries first), a search proxy, and a model of one delegation's members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from companion.domain.event import Delegation, Event, Person
from companion.domain.people import COUNTRY, delegation_search_texts, head_of, members_of, ordered_delegations
from companion.domain.search import fold, haystack
from companion.domain.text import pick
from companion.ui.models.query_proxy import QueryFilterProxy

DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 31
"""The :class:`Delegation` of a row."""
DELEGATION_ID_ROLE = Qt.ItemDataRole.UserRole + 32
SORT_ROLE = Qt.ItemDataRole.UserRole + 33
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 34
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 35
"""The person id of a member row."""

_Index = QModelIndex | QPersistentModelIndex


class DelegationsTableModel(QAbstractTableModel):
    """One row per delegation: countries first, then organisations, each in the data's order."""

    NAME, KIND, HEAD, MEMBERS = range(4)

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._event = event
        self._rows: list[Delegation] = []
        self._haystacks: list[str] = []
        self._load(event)

    def _load(self, event: Event) -> None:
        self._event = event
        self._rows = ordered_delegations(event)
        self._haystacks = [
            haystack((*delegation_search_texts(d), *(n for p in members_of(event, d.id) for n in p.names)))
            for d in self._rows
        ]

    def set_event(self, event: Event) -> None:
        self.beginResetModel()
        self._load(event)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Delegation"), self.tr("Kind"), self.tr("Head"), self.tr("Named members"))[section]

    def kind_text(self, d: Delegation) -> str:
        return self.tr("Country") if d.kind == COUNTRY else self.tr("Organisation")

    def _display(self, d: Delegation, col: int) -> str:
        if col == self.NAME:
            return pick(d.name, self._language)
        if col == self.KIND:
            return self.kind_text(d)
        if col == self.HEAD:
            head = head_of(self._event, d.id)
            return head.name if head else self.tr("Not published")
        return str(len(members_of(self._event, d.id)))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        d = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(d, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return "\n".join(dict.fromkeys((*d.name.values(), *d.aliases)))
            return self._display(d, col)
        if role == DELEGATION_ROLE:
            return d
        if role == DELEGATION_ID_ROLE:
            return d.id
        if role == SEARCH_ROLE:
            return self._haystacks[row]
        if role == SORT_ROLE:
            if col == self.MEMBERS:
                return len(members_of(self._event, d.id))
            if col == self.KIND:
                return (0 if d.kind == COUNTRY else 1) * 10_000 + row
            return fold(self._display(d, col))
        return None


class DelegationFilterProxy(QueryFilterProxy):
    """Keeps the delegations a query finds by name (any language), alias or a member's name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SEARCH_ROLE, SORT_ROLE, DELEGATION_ID_ROLE, parent)


class MembersModel(QAbstractTableModel):
    """The named members of one delegation, head first: name (a link), role and organisation."""

    NAME, ROLE, ORGANISATION = range(3)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._people: list[Person] = []
        self._head_id: str | None = None

    def set_members(self, people: list[Person], head_id: str | None) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._head_id = head_id
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Role"), self.tr("Organisation"))[section]

    def _display(self, p: Person, col: int) -> str:
        if col == self.NAME:
            return p.name_in(self._language) + (" " + self.tr("(head of delegation)") if p.id == self._head_id else "")
        if col == self.ROLE:
            return pick(p.role, self._language) or self.tr("Not published")
        return pick(p.organisation, self._language) or self.tr("Not published")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._people[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(p, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.names) if col == self.NAME else self._display(p, col)
        if role == MEMBER_ID_ROLE:
            return p.id
        if col == self.NAME and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Link)
        if col == self.NAME and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        return None
