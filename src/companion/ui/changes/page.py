"""The What changed page: a summary line, a warning for starred sessions that disappeared, and the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from companion.domain.changes import ChangeKind, ChangeSet
from companion.domain.message import fill
from companion.ui.changes.model import KIND, NOW, STAR, TITLE, WAS, ChangeRole, ChangesModel
from companion.ui.colour_scheme import alert_colours


class WhatChangedPage(QWidget):
    """Shows a :class:`ChangeSet`; activating a session that still exists asks to show it."""

    session_activated = Signal(str)
    """A row was activated (Enter or double-click) whose session is in the current programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhatChangedPage")
        self.changes = ChangeSet(())
        self.summary = QLabel(self)
        self.summary.setObjectName("ChangesSummary")
        self.summary.setAccessibleName(self.tr("Summary of changes"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel(self)
        self.warning.setObjectName("StarredGoneWarning")
        self.warning.setWordWrap(True)
        self._style_warning()
        self.warning.setAccessibleName(self.tr("Starred sessions no longer in the programme"))
        self.warning.hide()
        self.model = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ChangesTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changed sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WAS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOW, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(WAS, 300)
        self.table.setColumnWidth(NOW, 300)
        self.table.activated.connect(self._activated)
        self._exists: Callable[[str], bool] = lambda _sid: False
        self.compared = False
        """True when the changes come from a comparison with a version seen before (even an empty one)."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        self.set_changes(ChangeSet(()), None)

    def set_changes(self, changes: ChangeSet, exists: Callable[[str], bool] | None, since: str = "") -> None:
        """Show ``changes``; ``exists(session_id)`` tells which rows can be opened; ``since`` names the old version."""
        self.changes = changes
        self.compared = exists is not None
        self._exists = exists or (lambda _sid: False)
        self.model.set_changes(changes)
        self.table.resizeRowsToContents()
        zone_note = fill(self.tr("Times re-read in %1; the clock times did not change."), changes.rezoned) + " " \
            if changes.rezoned else ""
        if changes.is_empty:
            self.summary.setText(
                zone_note + self.tr("No changes since you last opened this event.")
                if exists is not None
                else self.tr("Changes appear here when you open a newer version of an event you have opened before.")
            )
        else:
            counts = [
                (ChangeKind.NEW, self.tr("%n new", "", changes.count(ChangeKind.NEW))),
                (ChangeKind.CANCELLED, self.tr("%n cancelled", "", changes.count(ChangeKind.CANCELLED))),
                (ChangeKind.MOVED_TIME, self.tr("%n moved in time", "", changes.count(ChangeKind.MOVED_TIME))),
                (ChangeKind.MOVED_ROOM, self.tr("%n moved to another room", "", changes.count(ChangeKind.MOVED_ROOM))),
                (ChangeKind.RETITLED, self.tr("%n retitled", "", changes.count(ChangeKind.RETITLED))),
                (ChangeKind.PEOPLE, self.tr("%n with people changed", "", changes.count(ChangeKind.PEOPLE))),
            ]
            listed = ", ".join(text for kind, text in counts if changes.count(kind))
            head = fill(self.tr("Changes since you last opened this event: %1."), listed)
            if since:
                head += " " + fill(self.tr("(Previous version: %1.)"), since)
            starred = len(changes.starred)
            if starred:
                head += " " + self.tr("%n of them starred by you, listed first.", "", starred)
            self.summary.setText(zone_note + head)
        gone = changes.starred_gone
        if gone:
            titles = "; ".join(c.title for c in gone)
            gone_text = self.tr("%n starred session(s) are no longer in the programme: %1. Your stars are kept.", "",
                                len(gone))
            self.warning.setText(fill(gone_text, titles))
            self.warning.show()
        else:
            self.warning.hide()

    def _style_warning(self) -> None:
        text, background = alert_colours(self.palette())
        self.warning.setStyleSheet(f"QLabel {{ background: {background.name()}; color: {text.name()}; padding: 6px; }}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop switched between light and dark
            self._style_warning()

    def _activated(self, index: QModelIndex) -> None:
        change = self.model.data(index, ChangeRole)
        if change is not None and change.new is not None and self._exists(change.session_id):
            self.session_activated.emit(change.session_id)
