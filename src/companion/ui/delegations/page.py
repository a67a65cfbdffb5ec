"""The Delegations page: every country and organisation, and the chosen one's delegation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget

from companion.domain.event import Delegation, Event
from companion.ui.delegations.detail import DelegationDetail
from companion.ui.delegations.model import DELEGATION_ROLE, DelegationFilterProxy, DelegationsTableModel


class DelegationsPage(QWidget):
    """List of delegations on the left (countries first), the chosen delegation's details on the right."""

    current_delegation_changed = Signal(Delegation)
    """The shown delegation changed."""
    person_activated = Signal(str)
    session_activated = Signal(str)

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DelegationsPage")
        self._event = event
        self.model = DelegationsTableModel(event, language, self)
        self.proxy = DelegationFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by name, alias or member, in any script"))
        self.filter_box.setAccessibleName(self.tr("Filter delegations"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_search)

        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DelegationsTableModel.KIND, Qt.SortOrder.AscendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Delegations"))
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(DelegationsTableModel.NAME, 230)
        self.view.setColumnWidth(DelegationsTableModel.KIND, 95)
        self.view.setColumnWidth(DelegationsTableModel.HEAD, 120)
        header = self.view.header()
        for column in range(header.count()):  # no header shorter than its title ("Named me…")
            self.view.setColumnWidth(column, max(header.sectionSize(column), header.sectionSizeHint(column)))
        used = sum(header.sectionSize(c) for c in range(header.count() - 1))
        last = header.sectionSizeHint(header.count() - 1)
        self.view.setMinimumWidth(used + last + 2 * self.view.frameWidth() + 4)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = DelegationDetail(event, language, self)
        self.detail.person_activated.connect(self.person_activated)
        self.detail.session_activated.connect(self.session_activated)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.view)
        QWidget.setTabOrder(self.filter_box, self.view)

    @property
    def current_delegation(self) -> Delegation | None:
        return self.detail.delegation

    def set_event(self, event: Event) -> None:
        current = self.detail.delegation
        self._event = event
        self.model.set_event(event)
        self.detail.set_event(event)
        if current is not None and current.id in event.delegations:
            self._select(current.id)

    def show_delegation(self, delegation_id: str) -> None:
        """Select and show ``delegation_id``, clearing the filter if it hides it."""
        if delegation_id not in self._event.delegations:
            return
        if self.proxy.proxy_row_of(delegation_id) is None:
            self.filter_box.clear()
        self._select(delegation_id)
        if self.detail.delegation is None or self.detail.delegation.id != delegation_id:
            self._show(self._event.delegations[delegation_id])

    def _select(self, delegation_id: str) -> None:
        row = self.proxy.proxy_row_of(delegation_id)
        if row is None:
            return
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        d = current.data(DELEGATION_ROLE) if current.isValid() else None
        if d is not None:
            self._show(d)

    def _show(self, d: Delegation) -> None:
        self.detail.show_delegation(d)
        self.current_delegation_changed.emit(d)
