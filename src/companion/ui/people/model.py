"""Everyone the event names as a table model, and a proxy that filters by any spelling in any script."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from companion.domain.event import Event, Person
from companion.domain.message import fill
from companion.domain.people import delegation_name, ordered_people, person_search_texts, sessions_by_person
from companion.domain.search import fold, haystack
from companion.domain.text import pick
from companion.ui.models.query_proxy import QueryFilterProxy

PERSON_ROLE = Qt.ItemDataRole.UserRole + 21
"""The :class:`Person` of a row (any column)."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 22
"""The person id of a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 23
"""A folded value that sorts a column regardless of case, accents and script."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 24
"""Folded text of every spelling, role and organisation, for the filter."""

_Index = QModelIndex | QPersistentModelIndex


def other_spellings(person: Person, language: str) -> list[str]:
    """The reported spellings other than the one shown in ``language``."""
    shown = person.name_in(language)
    return [n for n in person.names if n != shown]


def transliteration_note() -> str:
    """What the * after a name means."""
    return QCoreApplication.translate(
        "PeopleText", "* Companion's transliteration: no source publishes this name in this alphabet."
    )


class PeopleTableModel(QAbstractTableModel):
    """One row per person, by display name.

    The rows are worked out when first asked for, not when the model is made or given an event: a window
    builds this page at start-up, and an event with thousands of people should not delay the first paint.
    """

    NAME, ALSO, ROLE, ORGANISATION, DELEGATION, SESSIONS = range(6)
    COLUMN_COUNT = 6

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._event = event
        self._people: list[Person] = []
        self._session_counts: list[int] = []
        self._haystacks: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._pending: Event | None = event

    def _ensure_loaded(self) -> None:
        if self._pending is not None:
            event, self._pending = self._pending, None
            self._load(event)

    def _load(self, event: Event) -> None:
        self._event = event
        self._people = ordered_people(event)
        by_person = sessions_by_person(event)
        self._session_counts = [len(by_person.get(p.id, ())) for p in self._people]
        self._haystacks = [haystack(person_search_texts(p)) for p in self._people]
        self._sort_keys = {}

    def _sort_key(self, row: int, col: int) -> Any:
        """The column's sort values, worked out once per event: sorting asks for each of them many times."""
        keys = self._sort_keys.get(col)
        if keys is None:
            if col == self.SESSIONS:
                keys = list(self._session_counts)
            else:
                keys = [fold(self._display(p, r, col)) for r, p in enumerate(self._people)]
            self._sort_keys[col] = keys
        return keys[row]

    def set_event(self, event: Event) -> None:
        self.beginResetModel()
        self._event = event
        self._pending = event
        self.endResetModel()

    @property
    def current_event(self) -> Event:
        return self._event

    def row_of(self, person_id: str) -> int | None:
        self._ensure_loaded()
        return next((i for i, p in enumerate(self._people) if p.id == person_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        self._ensure_loaded()
        return len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Also spelled"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Delegation"),
            self.tr("Sessions"),
        )[section]

    def sessions_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No session published")
        if count == 1:
            return self.tr("1 session")
        return fill(self.tr("%1 sessions"), count)

    def empty_columns(self) -> list[int]:
        """Columns no person of the event has a value in (a whole column of "Not published" says nothing)."""
        self._ensure_loaded()
        lang, people = self._language, self._people
        checks: dict[int, Callable[[Person], bool]] = {
            self.ALSO: lambda p: bool(other_spellings(p, lang)),
            self.ROLE: lambda p: bool(pick(p.role, lang)),
            self.ORGANISATION: lambda p: bool(pick(p.organisation, lang)),
            self.DELEGATION: lambda p: bool(delegation_name(self._event, p.delegation_id, lang)),
        }
        return [col for col, has in checks.items() if not any(has(p) for p in people)]

    def _display(self, person: Person, row: int, col: int) -> str:
        lang = self._language
        if col == self.NAME:
            name = person.name_in(lang)
            return f"{name} *" if person.name_is_transliterated(lang) else name
        if col == self.ALSO:
            return "; ".join(other_spellings(person, lang))
        if col == self.ROLE:
            return pick(person.role, lang) or self.tr("Not published")
        if col == self.ORGANISATION:
            return pick(person.organisation, lang) or self.tr("Not published")
        if col == self.DELEGATION:
            return delegation_name(self._event, person.delegation_id, lang) or self.tr("None published")
        return self.sessions_text(self._session_counts[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        self._ensure_loaded()
        row, col = index.row(), index.column()
        person = self._people[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(person, row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.NAME, self.ALSO):
                shown = person.name_in(self._language)
                lines = [shown, *other_spellings(person, self._language)]
                if person.name_is_transliterated(self._language):
                    lines.append(transliteration_note())
                return "\n".join(lines)
            return self._display(person, row, col)
        if role == PERSON_ROLE:
            return person
        if role == PERSON_ID_ROLE:
            return person.id
        if role == SEARCH_ROLE:
            return self._haystacks[row]
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        return None


class PeopleFilterProxy(QueryFilterProxy):
    """Keeps the people a query finds: every word must occur in some spelling, role or organisation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SEARCH_ROLE, SORT_ROLE, PERSON_ID_ROLE, parent)
