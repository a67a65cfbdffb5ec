"""The My agenda page: starred sessions by day and time, clashes flagged on both sessions, free gaps shown.

Starred sessions the programme no longer has get a banner row each, with their last known title and Unstar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.text import pick
from companion.services.stars import GoneSession
from companion.ui.colour_scheme import AlertStyle
from companion.ui.models.sessions import SESSION_ROLE
from companion.ui.my_agenda.model import MyAgendaModel
from companion.ui.my_agenda.stars import StarsController
from companion.ui.session.formatting import zone_label


class MyAgendaPage(QWidget):
    """Lists the starred sessions; Enter shows one in the Agenda, Delete unstars it."""

    session_activated = Signal(str)
    """Show this session in the Agenda page."""
    add_to_calendar_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, event: Event, stars: StarsController, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._stars = stars
        self._language = language
        self.model = MyAgendaModel(event, language, self)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("My agenda summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.add_button = QPushButton(self.tr("Add to calendar"), self)
        self.add_button.setToolTip(self.tr("Open the starred sessions in your calendar application"))
        self.add_button.clicked.connect(self.add_to_calendar_requested)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the starred sessions as a calendar file (.ics)"))
        self.export_button.clicked.connect(self.export_requested)
        self.import_button = QPushButton(self.tr("Import stars…"), self)
        self.import_button.setToolTip(self.tr("Star the sessions of a calendar file Companion exported"))
        self.import_button.clicked.connect(self.import_requested)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Starred sessions"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemsExpandable(False)
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((MyAgendaModel.TIME, 200), (MyAgendaModel.TITLE, 420), (MyAgendaModel.ROOM, 150)):
            self.tree.setColumnWidth(column, width)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.tree.installEventFilter(self)
        self.unstar_button = QPushButton(self.tr("Unstar"), self)
        self.unstar_button.setToolTip(self.tr("Remove the selected session from My agenda (Delete)"))
        self.unstar_button.clicked.connect(self.unstar_current)
        self.show_button = QPushButton(self.tr("Show in agenda"), self)
        self.show_button.setToolTip(self.tr("Open the selected session in the Agenda page (Enter)"))
        self.show_button.clicked.connect(self._show_current)

        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setMargin(24)
        self.empty_note.setAccessibleName(self.tr("My agenda"))
        self.empty_note.setText(self.tr(
            "No starred sessions yet.\n\nStar a session in the Agenda with the ☆ column, the Star button in its "
            "details, the timeline's context menu, or Ctrl+D."
        ))
        self.views = QStackedWidget(self)
        self.views.addWidget(self.tree)
        self.views.addWidget(self.empty_note)

        self.orphans_box = QFrame(self)
        self.orphans_box.setObjectName("GoneStarsBanner")
        AlertStyle(self.orphans_box, lambda text, background: (
            f"#GoneStarsBanner {{ background: {background.name()}; border: 1px solid {text.name()}; }}"
            f" #GoneStarsBanner QLabel {{ color: {text.name()}; }}"
        ))
        self.orphans_box.setAccessibleName(self.tr("Starred sessions no longer in the programme"))
        self.orphans_layout = QVBoxLayout(self.orphans_box)
        self.orphans_layout.setContentsMargins(8, 4, 8, 4)
        self.orphan_rows: list[tuple[QLabel, QPushButton]] = []
        """One (text, Unstar button) per starred session the programme no longer has."""

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.show_button)
        bottom.addWidget(self.unstar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.orphans_box)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.tree)

        stars.changed.connect(self.refresh)
        self.refresh()

    # -- public ----------------------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        self._event = event
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Rebuild from the stars (keeps the selected session selected when it is still starred)."""
        current = self.current_session()
        self.model.set_content(self._event, self._stars.sessions())
        self.tree.expandAll()
        count, clashes = self.model.session_count(), self.model.clash_count()
        gone = self._stars.gone()
        if count:
            text = fill(self.tr("Starred sessions: %1"), count)
            if clashes:
                text += " · " + fill(self.tr("clashes: %1, flagged on both sessions"), clashes)
            else:
                text += " · " + self.tr("no clashes")
            text += " · " + fill(self.tr("times in %1"), zone_label(self._event))
            if gone:
                text += " · " + self.tr("%n no longer in the programme", "", len(gone))
            self.summary.setText(text)
        elif gone:
            self.summary.setText(self.tr("%n no longer in the programme", "", len(gone)))
        else:
            self.summary.setText(self.tr("My agenda is empty."))
        self.views.setCurrentWidget(self.tree if count else self.empty_note)
        self.views.setVisible(count > 0 or not gone)
        self.add_button.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)
        self._show_gone(gone)
        if current is not None:
            self.select_session(current.id)
        self._update_buttons()

    def _show_gone(self, gone: list[GoneSession]) -> None:
        """A row per starred session the programme lost: its last known title and an Unstar button."""
        for label, button in self.orphan_rows:
            for w in (label, button):
                w.hide()
                w.deleteLater()
        self.orphan_rows = []
        while self.orphans_layout.count():
            item = self.orphans_layout.takeAt(0)
            inner = item.layout() if item is not None else None
            if inner is not None:
                inner.deleteLater()
        for g in gone:
            title = pick(g.title, self._language) or fill(self.tr("title not known (id %1)"), g.id)
            label = QLabel(
                fill(self.tr("No longer in the programme: “%1”. Your star is kept in case it returns."), title),
                self.orphans_box,
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Unstar"), self.orphans_box)
            button.setAccessibleName(fill(self.tr("Unstar “%1”"), title))
            button.clicked.connect(lambda _=False, sid=g.id: self._stars.set_starred(sid, False))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            self.orphans_layout.addLayout(row)
            self.orphan_rows.append((label, button))
        self.orphans_box.setVisible(bool(gone))

    def current_session(self) -> Session | None:
        index = self.tree.currentIndex()
        session = index.siblingAtColumn(0).data(SESSION_ROLE) if index.isValid() else None
        return session if isinstance(session, Session) else None

    def select_session(self, session_id: str) -> bool:
        index = self.model.index_of(session_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        return True

    def unstar_current(self) -> None:
        session = self.current_session()
        if session is None:
            return
        row = self.tree.currentIndex().row()
        parent = self.tree.currentIndex().parent()
        self._stars.set_starred(session.id, False)
        # keep the keyboard where it was: the next row of the same day, else the previous one
        rows = self.model.rowCount(parent) if parent.isValid() and parent.row() < self.model.rowCount() else 0
        if rows:
            self.tree.setCurrentIndex(self.model.index(min(row, rows - 1), 0, parent))

    # -- reactions -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.current_session() is not None
        ):
            self.unstar_current()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        session = index.siblingAtColumn(0).data(SESSION_ROLE)
        if isinstance(session, Session):
            self.session_activated.emit(session.id)

    def _show_current(self) -> None:
        session = self.current_session()
        if session is not None:
            self.session_activated.emit(session.id)

    def _update_buttons(self, *_: object) -> None:
        has = self.current_session() is not None
        self.unstar_button.setEnabled(has)
        self.show_button.setEnabled(has)
