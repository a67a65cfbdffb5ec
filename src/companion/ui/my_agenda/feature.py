"""Plugs stars, My agenda, reminders and calendar export into the main window.

One call, :func:`install_my_agenda`, adds: the My agenda page; a ☆ column in the session list (click or
Space toggles); star marks and a context menu in the timeline; Star, Add to calendar and Export buttons in
the detail pane; Ctrl+D to star the current session anywhere; File menu items to export and to import stars
from a calendar file; a Reminders… setting; and the reminder service on the window's clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from companion.domain.conflicts import Clash
from companion.domain.event import Event, Session
from companion.domain.text import pick
from companion.exports.ical import ExportOptions, ExportScope, ScopeKind
from companion.sources.errors import CalendarFileError
from companion.ui.calendar_export import CalendarExportDialog, CalendarExporter, ExportRequest
from companion.ui.file_problem import file_problem_text
from companion.ui.models.sessions import SESSION_ROLE, SessionTableModel
from companion.ui.my_agenda.page import MyAgendaPage
from companion.ui.my_agenda.stars import StarsController
from companion.ui.reminders import DesktopNotifier, ReminderService, ReminderSettingsDialog, reminder_text

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow

STATUS_MS = 12_000


class MyAgendaFeature(QObject):
    """Owns the stars controller, the My agenda page, the exporter and the reminders of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        agenda = window.agenda
        self.stars = StarsController(window.services.stars, window.event, window.clock, self)
        self.page = MyAgendaPage(window.event, self.stars, window.language, window)
        self.page.setObjectName("MyAgendaPage")
        window.add_page(self.page, self.tr("My agenda"))
        self.page.session_activated.connect(window.show_session)
        self.page.add_to_calendar_requested.connect(lambda: self._quick_export(ScopeKind.STARRED, "open"))
        self.page.export_requested.connect(lambda: self.open_export_dialog(ScopeKind.STARRED))
        self.page.import_requested.connect(self.import_stars)

        self.exporter = CalendarExporter(window.event, window.services, window)
        self.exporter.message.connect(self.show_status)

        # the session list: a star column (clicks and Space toggle)
        self.list_view = agenda.list_view
        header = self.list_view.header()
        header.moveSection(header.visualIndex(SessionTableModel.STAR), 0)
        self.list_view.setColumnWidth(SessionTableModel.STAR, 34)
        self.list_view.clicked.connect(self._list_clicked)
        self.list_view.installEventFilter(self)

        # the timeline: star marks, a context menu
        agenda.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        agenda.timeline.customContextMenuRequested.connect(self._timeline_menu)

        # the detail pane: Star, Add to calendar, Export…
        detail = agenda.detail
        self.star_button = QPushButton(detail)
        self.star_button.setCheckable(True)
        self.star_button.setObjectName("StarButton")
        self.star_button.clicked.connect(self._star_button_clicked)
        self.calendar_button = QPushButton(self.tr("Add to calendar"), detail)
        self.calendar_button.setToolTip(self.tr("Open this session in your calendar application"))
        self.calendar_button.clicked.connect(lambda: self._quick_export(ScopeKind.SESSIONS, "open"))
        self.export_button = QPushButton(self.tr("Export…"), detail)
        self.export_button.setToolTip(self.tr("Save sessions as a calendar file (.ics): this one, starred, a day…"))
        self.export_button.clicked.connect(lambda: self.open_export_dialog(ScopeKind.SESSIONS))
        for button in (self.star_button, self.calendar_button, self.export_button):
            detail.actions_layout.addWidget(button)
        agenda.current_session_changed.connect(self._update_star_button)

        # actions and menus
        self.action_star = QAction(self.tr("&Star or unstar session"), window)
        self.action_star.setShortcut(QKeySequence("Ctrl+D"))
        self.action_star.triggered.connect(self.toggle_current)
        window.addAction(self.action_star)
        self.action_export = QAction(self.tr("&Export calendar file…"), window)
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.triggered.connect(lambda: self.open_export_dialog(None))
        self.action_import = QAction(self.tr("&Import stars from calendar file…"), window)
        self.action_import.triggered.connect(self.import_stars)
        self.action_reminders = QAction(self.tr("&Reminders…"), window)
        self.action_reminders.triggered.connect(self.open_reminder_settings)
        for action in (self.action_export, self.action_import, self.action_reminders):
            window.add_file_action(action)
        window.menu_go.addAction(self.action_star)

        # reminders
        self.notifier = DesktopNotifier(window, self.show_status, self)
        self.reminders = ReminderService(window.clock, window.settings, self.stars.sessions, self)
        self.reminders.reminder_due.connect(self._remind)

        self.stars.changed.connect(self._stars_changed)
        self.stars.starred_with_clashes.connect(self._announce_clashes)
        window.event_changed.connect(self.set_event)
        self._stars_changed(self.stars.ids())
        self._update_star_button(agenda.current_session)
        self.reminders.apply_settings()

    # -- stars -----------------------------------------------------------------------------------------
    def current_session(self) -> Session | None:
        if self.window.current_page() is self.page:
            return self.page.current_session()
        return self.window.agenda.current_session

    def toggle_current(self) -> None:
        session = self.current_session()
        if session is None:
            self.show_status(self.tr("Select a session to star it."))
            return
        self.toggle(session.id)

    def toggle(self, session_id: str) -> None:
        session = self.window.event.sessions_by_id.get(session_id)
        starred = self.stars.toggle(session_id)
        title = pick(session.title, self.window.language) if session else session_id
        if starred and not (session and self.stars.clashes_of(session)):
            self.show_status(self.tr("Starred: %1").replace("%1", title))
        elif not starred:
            self.show_status(self.tr("Unstarred: %1").replace("%1", title))

    def _announce_clashes(self, session: Session, clashes: list[Clash]) -> None:
        lang = self.window.language
        names = "; ".join(pick(c.other(session.id).title, lang) for c in clashes)
        if all(c.indicative for c in clashes):
            text = self.tr("Starred “%1”. It may clash with %2 (indicative times).")
        else:
            text = self.tr("Starred “%1”. It clashes with %2.")
        self.show_status(text.replace("%1", pick(session.title, lang)).replace("%2", names))

    def _stars_changed(self, ids: frozenset[str]) -> None:
        self.window.agenda.model.set_starred(ids)
        self.window.agenda.timeline.set_starred(ids)
        self._update_star_button(self.window.agenda.current_session)
        self.reminders.check()

    def _update_star_button(self, session: Session | None) -> None:
        has = session is not None
        for button in (self.star_button, self.calendar_button):
            button.setEnabled(has)
        starred = has and session is not None and self.stars.is_starred(session.id)
        self.star_button.setChecked(starred)
        self.star_button.setText(self.tr("★ Starred") if starred else self.tr("☆ Star"))
        self.star_button.setToolTip(
            self.tr("Remove from My agenda (Ctrl+D)") if starred else self.tr("Add to My agenda (Ctrl+D)")
        )
        self.star_button.setAccessibleName(self.tr("Starred") if starred else self.tr("Star"))

    def _star_button_clicked(self) -> None:
        session = self.window.agenda.current_session
        if session is not None:
            self.toggle(session.id)

    def _list_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == SessionTableModel.STAR:
            session = index.data(SESSION_ROLE)
            if isinstance(session, Session):
                self.toggle(session.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            session = self.list_view.currentIndex().data(SESSION_ROLE)
            if isinstance(session, Session):
                self.toggle(session.id)
                return True
        return super().eventFilter(watched, event)

    def _timeline_menu(self, pos: QPoint) -> None:
        timeline = self.window.agenda.timeline
        block = timeline.block_at(QPointF(pos))
        if block is None:
            return
        session = block.session
        menu = QMenu(timeline)
        star = menu.addAction(self.tr("Unstar") if self.stars.is_starred(session.id) else self.tr("Star"))
        star.triggered.connect(lambda: self.toggle(session.id))
        add = menu.addAction(self.tr("Add to calendar"))
        add.triggered.connect(lambda: self._export_sessions([session.id], "open"))
        menu.popup(timeline.viewport().mapToGlobal(pos))

    # -- export ----------------------------------------------------------------------------------------
    def open_export_dialog(self, initial: ScopeKind | None) -> None:
        agenda = self.window.agenda
        dialog = CalendarExportDialog(
            self.window.event,
            self.stars.ids(),
            self.current_session(),
            agenda.current_day,
            self.window.language,
            initial,
            parent=self.window,
        )
        accepted, request = bool(dialog.exec()), dialog.request
        dialog.deleteLater()
        if accepted and request is not None:
            self.exporter.run(request)

    def _quick_export(self, kind: ScopeKind, action: str) -> None:
        if kind is ScopeKind.SESSIONS:
            session = self.current_session()
            if session is None:
                return
            self._export_sessions([session.id], action)
            return
        self.exporter.run(ExportRequest(ExportScope.of_starred(self.stars.ids()), self._export_options(), action))

    def _export_sessions(self, ids: list[str], action: str) -> None:
        self.exporter.run(ExportRequest(ExportScope.of_sessions(ids), self._export_options(), action))

    def _export_options(self) -> ExportOptions:
        return ExportOptions(language=self.window.language)

    # -- import ----------------------------------------------------------------------------------------
    def import_stars(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import stars from calendar file"),
            str(self.exporter.last_folder or ""),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        if not path:
            return
        try:
            found = self.stars.import_file(path)
        except CalendarFileError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Stars not imported"),
                self.tr("Companion cannot read %1\n\nYour stars are unchanged.").replace("%1", file_problem_text(exc)),
            )
            return
        added, already = found.added, found.already
        parts = [self.tr("Starred from the file: %1").replace("%1", str(added))]
        if already:
            parts.append(self.tr("already starred: %1").replace("%1", str(already)))
        if found.unknown_ids:
            parts.append(self.tr("not in the current programme: %1").replace("%1", ", ".join(found.unknown_ids)))
        if found.other_events:
            parts.append(self.tr("sessions of other events skipped: %1").replace("%1", ", ".join(found.other_events)))
        if found.foreign_count:
            ignored = self.tr("entries not written by Companion, ignored: %1")
            parts.append(ignored.replace("%1", str(found.foreign_count)))
        self.show_status("; ".join(parts) + ".")
        if not found.session_ids:
            QMessageBox.information(
                self.window, self.tr("No stars found"),
                self.tr("%1 holds no session of this event.").replace("%1", path),
            )

    # -- reminders -------------------------------------------------------------------------------------
    def open_reminder_settings(self) -> None:
        dialog = ReminderSettingsDialog(self.reminders.minutes, self.window)
        accepted, chosen = bool(dialog.exec()), dialog.chosen_minutes()
        dialog.deleteLater()  # parented to the window: freed now, not when the window goes
        if accepted:
            self.reminders.set_minutes(chosen)
            minutes = self.reminders.minutes
            self.show_status(
                self.tr("Reminders off.") if minutes is None
                else self.tr("Reminders %1 min before each starred session.").replace("%1", str(minutes))
            )

    def _remind(self, session: Session) -> None:
        title, body = reminder_text(self.window.event, session, self.window.clock.now(), self.window.language)
        self.notifier.notify(title, body)

    # -- event -----------------------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        self.stars.set_event(event)
        self.page.set_event(event)
        self.exporter.set_event(event)

    def show_status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def install_my_agenda(window: MainWindow) -> MyAgendaFeature:
    """Add My agenda, stars, reminders and calendar export to ``window``."""
    return MyAgendaFeature(window)
