"""The People page: a filterable directory of everyone the event names, and the chosen person's details."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.event import Event, Person
from companion.domain.message import fill
from companion.services.settings import SettingsService
from companion.ui.people.model import PERSON_ID_ROLE, PERSON_ROLE, PeopleFilterProxy, PeopleTableModel
from companion.ui.people.person_detail import PersonDetail

SPLITTER_KEY = "people/splitter"
"""Where the directory and the details meet (a QSplitter state), as the user last left it."""
LIST_SHARE = 0.45
"""The directory's share of the height until the user moves the splitter."""
_LEAST_SHARE = 0.15


class PeoplePage(QWidget):
    """Directory on the left (filter by any spelling, any script), the person's details on the right."""

    current_person_changed = Signal(Person)
    """The shown person changed."""
    session_activated = Signal(str)
    delegation_activated = Signal(str)

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None,
                 settings: SettingsService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeoplePage")
        self._event = event
        self._settings = settings
        self._sized = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)  # a drag moves the splitter many times: save once it rests
        self._save_timer.timeout.connect(self.save_state)
        self.model = PeopleTableModel(event, language, self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by any spelling of a name, role or organisation"))
        self.filter_box.setAccessibleName(self.tr("Filter people"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter_changed)

        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of people shown"))

        self.view = QTreeView(self)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("People"))
        self._built = False

        self.detail = PersonDetail(event, language, self)
        self.detail.session_activated.connect(self.session_activated)
        self.detail.delegation_activated.connect(self.delegation_activated)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 0)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(lambda *_: self._save_timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.view)
        QWidget.setTabOrder(self.filter_box, self.view)

    def _ensure_built(self) -> None:
        """Give the list its sorted model: on first show or first use, so a large event does not slow the
        window's start-up with a directory nobody has looked at yet."""
        if self._built:
            return
        self._built = True
        self.view.setModel(self.proxy)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((PeopleTableModel.NAME, 175), (PeopleTableModel.ALSO, 200), (PeopleTableModel.ROLE, 270),
                              (PeopleTableModel.ORGANISATION, 210), (PeopleTableModel.DELEGATION, 140)):
            self.view.setColumnWidth(column, width)
        # The indicator first, so that enabling sorting sorts once, by name (not by column 0 and then again).
        header.setSortIndicator(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._hide_empty_columns()
        self._update_count()

    def _hide_empty_columns(self) -> None:
        """Hide the columns no one in the event has a value in; the count line says which were left out."""
        empty = set(self.model.empty_columns())
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column in empty)

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()
        super().showEvent(event)
        if not self._sized:  # the directory's share as the user left it (45 % at first), the details the rest
            self._sized = True
            total = max(self.splitter.height(), 2)
            first = round(total * self._saved_share())
            self.splitter.setSizes([first, total - first])

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Remember where the splitter is (called once it rests after a move, and when the page hides)."""
        if self._settings is not None and self._sized:
            self._settings.set(SPLITTER_KEY, bytes(self.splitter.saveState().toBase64().data()).decode("ascii"))

    def _saved_share(self) -> float:
        """The directory's share of the height when the splitter was saved: a share, not pixels, so a position
        saved on a large screen never makes either part larger than this one allows."""
        saved = self._settings.get(SPLITTER_KEY) if self._settings is not None else None
        if not saved:
            return LIST_SHARE
        probe = QSplitter(Qt.Orientation.Vertical)
        probe.addWidget(QWidget(probe))
        probe.addWidget(QWidget(probe))
        sizes = probe.sizes() if probe.restoreState(QByteArray.fromBase64(saved.encode("ascii"))) else []
        probe.deleteLater()
        if len(sizes) != 2 or sum(sizes) <= 0:
            return LIST_SHARE
        return min(max(sizes[0] / sum(sizes), _LEAST_SHARE), 1 - _LEAST_SHARE)

    @property
    def current_person(self) -> Person | None:
        return self.detail.person

    def set_event(self, event: Event) -> None:
        current = self.detail.person
        self._event = event
        self.model.set_event(event)
        self.detail.set_event(event)
        if not self._built:
            return
        self._hide_empty_columns()
        if current is not None and current.id in event.people:
            self._select(current.id)
        self._update_count()

    def show_person(self, person_id: str) -> None:
        """Select and show ``person_id``, clearing the filter if it hides that person."""
        if person_id not in self._event.people:
            return
        self._ensure_built()
        if self.proxy.proxy_row_of(person_id) is None:
            self.filter_box.clear()
        self._select(person_id)
        if self.detail.person is None or self.detail.person.id != person_id:
            self._show(self._event.people[person_id])

    def _select(self, person_id: str) -> None:
        row = self.proxy.proxy_row_of(person_id)
        if row is None:
            return
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        self._ensure_built()
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(fill(self.tr("%1 people named in the sources"), total))
        else:
            self.count.setText(fill(self.tr("%1 of %2 people"), shown, total))
        hidden = [c for c in range(self.model.columnCount()) if self._built and self.view.isColumnHidden(c)]
        if hidden and total:
            names = ", ".join(str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in hidden)
            self.count.setText(self.count.text() + " · " + fill(self.tr("not published for anyone: %1"), names))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        person = current.data(PERSON_ROLE) if current.isValid() else None
        if person is not None:
            self._show(person)

    def _show(self, person: Person) -> None:
        self.detail.show_person(person)
        self.current_person_changed.emit(person)

    def person_id_at(self, proxy_row: int) -> str:
        self._ensure_built()
        return str(self.proxy.index(proxy_row, 0).data(PERSON_ID_ROLE))
