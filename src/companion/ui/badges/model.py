"""Attendees as a table model with a filter proxy; the :class:`Attendee` of a row under ``ATTENDEE_ROLE``."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from companion.domain.attendee import (
    CATEGORY_COLOURS,
    Attendee,
    Category,
    category_label,
    delegation_key,
    name_key,
    normalise_text,
)
from companion.domain.collation import collation_key
from companion.domain.countries import COUNTRY_LANGUAGES, country_code, country_name
from companion.domain.kazakh_latin import to_latin
from companion.domain.search import Query, haystack
from companion.ui.colour_scheme import caution_text, readable_on
from companion.ui.locale_format import format_short_day, format_time

ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 51
"""The row's :class:`Attendee`."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 52
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 53

_Index = QModelIndex | QPersistentModelIndex


class AttendeeTableModel(QAbstractTableModel):
    """One row per attendee of the current event, with the time its badge was last printed."""

    NAME, ORGANISATION, DELEGATION, CATEGORY, ID, PRINTED = range(6)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[Attendee] = []
        self._printed: dict[str, str] = {}

    def set_attendees(self, attendees: list[Attendee], printed: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(attendees)
        self._printed = dict(printed)
        self.endResetModel()

    def attendees(self) -> list[Attendee]:
        return list(self._rows)

    def printed(self) -> dict[str, str]:
        return dict(self._printed)

    def row_of(self, attendee_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == attendee_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Country / delegation"), self.tr("Category"),
                self.tr("ID"), self.tr("Printed"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == ATTENDEE_ROLE:
            return a
        if role == SEARCH_ROLE:  # the project's search: any case and accents, a Cyrillic name in Latin letters
            code = country_code(a.delegation)    # too, and a country by any of its names
            countries = " ".join(country_name(code, lang) for lang in COUNTRY_LANGUAGES) if code else ""
            return haystack((a.display_name, to_latin(a.display_name), a.organisation, a.delegation, a.id,
                             countries, category_label(a.category, self._language)))
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                if role == SORT_ROLE:
                    return f"{a.family_name.casefold()}\x1f{a.given_name.casefold()}"
                return a.display_name
            if column == self.ORGANISATION:
                return a.organisation
            if column == self.DELEGATION:
                return a.delegation
            if column == self.CATEGORY:
                return list(Category).index(a.category) if role == SORT_ROLE else category_label(
                    a.category, self._language)
            if column == self.ID:
                return a.id
            if column == self.PRINTED:
                stamp = self._printed.get(a.id)
                if role == SORT_ROLE:
                    return stamp or ""
                if not stamp:
                    return self.tr("not yet")
                moment = datetime.fromisoformat(stamp).astimezone()
                return f"{format_short_day(moment.date(), self._language)} {format_time(moment, self._language)}"
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            palette = QGuiApplication.palette()  # the band's colour, lighter or darker until it shows on the base
            return readable_on(QColor(CATEGORY_COLOURS[a.category]), palette.color(QPalette.ColorRole.Base))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRINTED and a.id not in self._printed:
            return QBrush(caution_text(QGuiApplication.palette()))
        return None


class AttendeeFilterProxy(QSortFilterProxyModel):
    """Sorts names, organisations and delegations in the run's collation (:mod:`companion.domain.collation`, the
    order of ``companion badges --sort`` and of the PDF), other columns by their sort key; keeps rows whose text
    contains every word typed, in any script and without accents."""

    def __init__(self, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._query = Query(())
        self._language = language
        self.setSortRole(SORT_ROLE)

    def set_language(self, language: str) -> None:
        self._language = language
        self.invalidate()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._query = Query.parse(normalise_text(text))
        self.endFilterChange()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        column = left.column()
        a, b = left.data(ATTENDEE_ROLE), right.data(ATTENDEE_ROLE)
        if not isinstance(a, Attendee) or not isinstance(b, Attendee):
            return super().lessThan(left, right)
        if column in (AttendeeTableModel.NAME, AttendeeTableModel.ORGANISATION, AttendeeTableModel.DELEGATION):
            return _row_key(a, column, self._language) < _row_key(b, column, self._language)
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._query.is_empty:
            return True
        model = self.sourceModel()
        return self._query.matches(str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)))


@lru_cache(maxsize=65_536)
def _row_key(a: Attendee, column: int, language: str) -> tuple[Any, ...]:
    """A row's collation key for ``column`` (kept: a sort compares each row many times)."""
    if column == AttendeeTableModel.ORGANISATION:
        return (collation_key(a.organisation, language), *name_key(a, language))
    if column == AttendeeTableModel.DELEGATION:
        return (delegation_key(a.delegation, language), *name_key(a, language))
    return name_key(a, language)
