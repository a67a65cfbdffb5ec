"""Plugs stars, My agenda, reminders and calendar export into the main window.

One call, :func:`install_my_agenda`, adds: the My agenda page; a ☆ column in the session list (click or
Space toggles); star marks and a context menu in the timeline; Star, Add to calendar and Export buttons in
the detail pane; Ctrl+D to star the current session anywhere; File menu items to export and to import stars
from a calendar file; a Reminders… setting; and the reminder service on the window's clock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.main_window import MainWindow, PageOrder
from companion.ui.my_agenda.star_column import StarColumn
from companion.ui.my_agenda.stars import StarsController
from companion.ui.reminders import DesktopNotifier, ReminderService, ReminderSettingsDialog, reminder_text

if TYPE_CHECKING:
    from companion.domain.conflicts import Clash
    from companion.exports.ical import ExportOptions, ScopeKind
    from companion.ui.calendar_export import CalendarExporter
    from companion.ui.my_agenda.page import MyAgendaPage

# Where My agenda's entries go among the other features' (see MainWindow's sections).
STAR_BUTTON_ORDER, CALENDAR_BUTTON_ORDER, EXPORT_BUTTON_ORDER = 10, 20, 30
"""The buttons above the session details, left to right."""
TIMELINE_MENU_ORDER = 10
EXPORT_ACTION_ORDER, IMPORT_ACTION_ORDER = 10, 20
"""File menu, ``calendar`` section."""
REMINDERS_ACTION_ORDER = 10
"""View menu, ``settings`` section (a setting of what the window shows you, not of files)."""
STAR_ACTION_ORDER = 10
CALENDAR_SAVE_FOLDER_KEY = "calendar/save_folder"
"""Where "Save as…" after Add to calendar last saved a copy."""
MY_AGENDA_PAGE = "MyAgendaPage"
"""The My agenda page's object name (``window.page(MY_AGENDA_PAGE)``)."""


class MyAgendaFeature(QObject):
    """Owns the stars controller, the My agenda page, the exporter and the reminders of one window.

    The page and the exporter are built when first needed (:attr:`page`, :attr:`exporter`); the page also in an
    idle moment after the first paint. Stars, the ☆ column, the detail buttons, menus and reminders are there
    from the start.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        hub = window.hub
        agenda = window.agenda
        self.stars = StarsController(window.services.stars, window.current_event, window.clock, self)
        self._page: MyAgendaPage | None = None
        window.add_lazy_page(MY_AGENDA_PAGE, self._build_page, self.tr("My agenda"), order=PageOrder.MY_AGENDA,
                             imports=("companion.ui.my_agenda.page",))

        self._exporter: CalendarExporter | None = None
        self._export_text = ""
        self.action_save_copy = QAction(self.tr("Save &as…"), self)
        self.action_save_copy.triggered.connect(self.save_calendar_copy)
        self.action_show_folder = QAction(self.tr("Show in &folder"), self)
        self.action_show_folder.triggered.connect(self.show_calendar_folder)
        self.last_calendar_file: Path | None = None

        # the session list: a star column (clicks and Space toggle); the timeline: a context menu
        self.star_column = StarColumn(self.toggle, self)
        agenda.add_column(self.star_column)
        agenda.add_session_menu(self._session_menu, TIMELINE_MENU_ORDER)

        # the detail pane: Star, Add to calendar, Export…
        self.action_star_session = QAction(self)
        self.action_star_session.setCheckable(True)
        self.action_star_session.triggered.connect(self._star_button_clicked)
        self.action_add_to_calendar = QAction(self.tr("Add to calendar"), self)
        self.action_add_to_calendar.setToolTip(self.tr("Open this session in your calendar application"))
        self.action_add_to_calendar.triggered.connect(self._add_session_to_calendar)
        self.action_export_session = QAction(self.tr("Export…"), self)
        self.action_export_session.setToolTip(
            self.tr("Save sessions as a calendar file (.ics): this one, starred, a day…")
        )
        self.action_export_session.triggered.connect(self._export_session)
        self.star_button = agenda.add_detail_action(self.action_star_session, STAR_BUTTON_ORDER)
        self.star_button.setObjectName("StarButton")
        self.calendar_button = agenda.add_detail_action(self.action_add_to_calendar, CALENDAR_BUTTON_ORDER)
        self.export_button = agenda.add_detail_action(self.action_export_session, EXPORT_BUTTON_ORDER)
        hub.current_session_changed.connect(self._current_session_changed)

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
        window.add_menu_action("file", "calendar", self.action_export, EXPORT_ACTION_ORDER)
        window.add_menu_action("file", "calendar", self.action_import, IMPORT_ACTION_ORDER)
        window.add_menu_action("view", "settings", self.action_reminders, REMINDERS_ACTION_ORDER)
        window.add_menu_action("go", "session", self.action_star, STAR_ACTION_ORDER)

        # reminders
        self._notifier: DesktopNotifier | None = None  # asking the desktop for a tray waits until a reminder
        self.reminders = ReminderService(window.clock, window.settings, self.stars.sessions, self)
        self.reminders.reminder_due.connect(self._remind)

        self.stars.changed.connect(self._stars_changed)
        self.stars.starred_with_clashes.connect(self._announce_clashes)
        hub.current_event_changed.connect(self.set_event)
        self._stars_changed(self.stars.ids())
        self._update_star_button(agenda.current_session)
        self.reminders.apply_settings()

    @property
    def page(self) -> MyAgendaPage:
        """The My agenda page (built now if it was not yet)."""
        if self._page is None:
            self.window.page(MY_AGENDA_PAGE)
        assert self._page is not None
        return self._page

    def _build_page(self) -> MyAgendaPage:
        from companion.ui.my_agenda.page import MyAgendaPage

        window = self.window
        page = MyAgendaPage(window.current_event, self.stars, window.language, window)
        page.setObjectName(MY_AGENDA_PAGE)
        self._page = page
        page.session_activated.connect(window.hub.session_requested)
        page.add_to_calendar_requested.connect(self._add_starred_to_calendar)
        page.export_requested.connect(self._export_starred)
        page.import_requested.connect(self.import_stars)
        return page

    @property
    def notifier(self) -> DesktopNotifier:
        """Shows reminders (made at the first one: finding the desktop's tray is a round trip to the display)."""
        if self._notifier is None:
            self._notifier = DesktopNotifier(self.window, self.show_status, self)
        return self._notifier

    @property
    def exporter(self) -> CalendarExporter:
        """Writes calendar files through the job runner (made when first used)."""
        if self._exporter is None:
            from companion.ui.calendar_export import CalendarExporter

            exporter = CalendarExporter(self.window.current_event, self.window.services, self.window)
            exporter.message.connect(self._export_message)
            exporter.done.connect(self._export_done)
            self._exporter = exporter
        return self._exporter

    # -- stars -----------------------------------------------------------------------------------------
    def current_session(self) -> Session | None:
        if self._page is not None and self.window.current_page() is self._page:
            return self._page.current_session()
        return self.window.agenda.current_session

    def toggle_current(self) -> None:
        session = self.current_session()
        if session is None:
            self.show_status(self.tr("Select a session to star it."))
            return
        self.toggle(session.id)

    def toggle(self, session_id: str) -> None:
        session = self.window.current_event.sessions_by_id.get(session_id)
        starred = self.stars.toggle(session_id)
        title = pick(session.title, self.window.language) if session else session_id
        if starred and not (session and self.stars.clashes_of(session)):
            self.window.show_message(fill(self.tr("Starred: %1"), title))
        elif not starred:
            self.window.show_message(fill(self.tr("Unstarred: %1"), title))

    def _announce_clashes(self, session: Session, clashes: list[Clash]) -> None:
        lang = self.window.language
        names = "; ".join(pick(c.other(session.id).title, lang) for c in clashes)
        if all(c.indicative for c in clashes):
            text = self.tr("Starred “%1”. It may clash with %2 (indicative times).")
        else:
            text = self.tr("Starred “%1”. It clashes with %2.")
        self.window.show_message(fill(text, pick(session.title, lang), names))

    def _stars_changed(self, ids: frozenset[str]) -> None:
        self.star_column.set_starred(ids)
        self.window.hub.stars_changed.emit(ids)
        self._update_star_button(self.window.agenda.current_session)
        self.reminders.check()

    def _current_session_changed(self, session_id: str) -> None:
        self._update_star_button(self.window.current_event.sessions_by_id.get(session_id) if session_id else None)

    def _update_star_button(self, session: Session | None) -> None:
        """The detail pane's Star button (through its action) shows whether ``session`` is starred."""
        has = session is not None
        self.action_star_session.setEnabled(has)
        dated = session is not None and session.day is not None
        self.action_add_to_calendar.setEnabled(dated)
        if session is not None and not dated:
            why = self.tr("No date was published for this session, so it cannot be added to a calendar yet.")
            self.action_add_to_calendar.setToolTip(why)
            self.window.agenda.set_detail_note(why)
        else:
            self.action_add_to_calendar.setToolTip(self.tr("Open this session in your calendar application"))
            self.window.agenda.set_detail_note("")
        starred = session is not None and self.stars.is_starred(session.id)
        action = self.action_star_session
        action.setChecked(starred)
        action.setText(self.tr("★ Starred") if starred else self.tr("☆ Star"))
        action.setToolTip(
            self.tr("Remove from My agenda (Ctrl+D)") if starred else self.tr("Add to My agenda (Ctrl+D)")
        )
        action.setIconText(self.tr("Starred") if starred else self.tr("Star"))  # the button's accessible name

    def _star_button_clicked(self) -> None:
        session = self.window.agenda.current_session
        if session is not None:
            self.toggle(session.id)

    def _session_menu(self, session: Session, menu: QMenu) -> None:
        """The timeline's context menu of ``session``: Star or Unstar, Add to calendar."""
        star = menu.addAction(self.tr("Unstar") if self.stars.is_starred(session.id) else self.tr("Star"))
        star.triggered.connect(lambda: self.toggle(session.id))
        if session.day is None:  # what cannot work is disabled, and the entry itself says why
            add = menu.addAction(self.tr("Add to calendar (no date published)"))
            why = self.tr("No date was published for this session, so it cannot be added to a calendar yet.")
            add.setToolTip(why)
            add.setStatusTip(why)
            add.setEnabled(False)
        else:
            add = menu.addAction(self.tr("Add to calendar"))
            add.triggered.connect(lambda: self._export_sessions([session.id], "open"))

    # -- export ----------------------------------------------------------------------------------------
    def _add_starred_to_calendar(self) -> None:
        from companion.exports.ical import ScopeKind

        self._quick_export(ScopeKind.STARRED, "open")

    def _add_session_to_calendar(self) -> None:
        from companion.exports.ical import ScopeKind

        self._quick_export(ScopeKind.SESSIONS, "open")

    def _export_starred(self) -> None:
        from companion.exports.ical import ScopeKind

        self.open_export_dialog(ScopeKind.STARRED)

    def _export_session(self) -> None:
        from companion.exports.ical import ScopeKind

        self.open_export_dialog(ScopeKind.SESSIONS)

    def open_export_dialog(self, initial: ScopeKind | None) -> None:
        from companion.ui.calendar_export import CalendarExportDialog

        agenda = self.window.agenda
        dialog = CalendarExportDialog(
            self.window.current_event,
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
        from companion.exports.ical import ExportScope, ScopeKind
        from companion.ui.calendar_export import ExportRequest

        if kind is ScopeKind.SESSIONS:
            session = self.current_session()
            if session is None:
                return
            self._export_sessions([session.id], action)
            return
        self.exporter.run(ExportRequest(ExportScope.of_starred(self.stars.ids()), self._export_options(), action))

    def _export_sessions(self, ids: list[str], action: str) -> None:
        from companion.exports.ical import ExportScope
        from companion.ui.calendar_export import ExportRequest

        self.exporter.run(ExportRequest(ExportScope.of_sessions(ids), self._export_options(), action))

    def _export_options(self) -> ExportOptions:
        from companion.exports.ical import ExportOptions

        return ExportOptions(language=self.window.language)

    def _export_message(self, text: str) -> None:
        self._export_text = text
        self.show_status(text)

    def _export_done(self, target: object) -> None:
        """Say in the window where the file went, with Save as… and Show in folder."""
        if not isinstance(target, Path):
            return
        self.last_calendar_file = target
        self.window.show_message(self._export_text, [self.action_save_copy, self.action_show_folder])

    def save_calendar_copy(self) -> None:
        """Save a copy of the calendar file just written where the user chooses (the folder is remembered)."""
        source = self.last_calendar_file
        if source is None or not source.is_file():
            return
        from companion.atomic_files import write_atomic
        from companion.ui.file_dialogs import remember_folder, start_folder
        from companion.ui.file_problem import write_problem_text

        start = start_folder(self.window.settings, CALENDAR_SAVE_FOLDER_KEY) / source.name
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save calendar file"), str(start), self.tr("iCalendar files (*.ics);;All files (*)")
        )
        if not chosen:
            return
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".ics")
        try:
            write_atomic(target, source.read_bytes())
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Calendar file not saved"),
                fill(self.tr("Companion could not write %1: %2"), target, write_problem_text(exc)),
            )
            return
        remember_folder(self.window.settings, CALENDAR_SAVE_FOLDER_KEY, target)
        self.last_calendar_file = target
        self.window.show_message(fill(self.tr("Calendar file saved as %1."), target), [self.action_show_folder])

    def show_calendar_folder(self) -> None:
        """Open the folder holding the calendar file in the desktop's file manager."""
        if self.last_calendar_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_calendar_file.parent)))

    # -- import ----------------------------------------------------------------------------------------
    def import_stars(self) -> None:
        from companion.sources.errors import CalendarFileError
        from companion.ui.file_problem import file_problem_text

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import stars from calendar file"),
            str(self._exporter.last_folder or "") if self._exporter is not None else "",
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
                fill(self.tr("Companion cannot read %1\n\nYour stars are unchanged."), file_problem_text(exc)),
            )
            return
        added, already = found.added, found.already
        parts = [fill(self.tr("Starred from the file: %1"), added)]
        if already:
            parts.append(fill(self.tr("already starred: %1"), already))
        if found.unknown_ids:
            parts.append(fill(self.tr("not in the current programme: %1"), ", ".join(found.unknown_ids)))
        if found.other_events:
            parts.append(fill(self.tr("sessions of other events skipped: %1"), ", ".join(found.other_events)))
        if found.foreign_count:
            parts.append(fill(self.tr("entries not written by Companion, ignored: %1"), found.foreign_count))
        self.show_status("; ".join(parts) + ".")
        if not found.session_ids:
            QMessageBox.information(
                self.window, self.tr("No stars found"),
                fill(self.tr("%1 holds no session of this event."), path),
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
                else fill(self.tr("Reminders %1 min before each starred session."), minutes)
            )

    def _remind(self, session: Session) -> None:
        title, body = reminder_text(self.window.current_event, session, self.window.clock.now(), self.window.language)
        self.notifier.notify(title, body)

    # -- event -----------------------------------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        self.stars.set_event(event)
        if self._page is not None:
            self._page.set_event(event)
        if self._exporter is not None:
            self._exporter.set_event(event)

    def show_status(self, text: str) -> None:
        self.window.hub.status_message.emit(text)


def install_my_agenda(window: MainWindow) -> MyAgendaFeature:
    """Add My agenda, stars, reminders and calendar export to ``window``."""
    return MyAgendaFeature(window)
