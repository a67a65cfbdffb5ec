"""Opening other events in the window: File → Open…, Open Recent, drag and drop, progress, the report.

The workflow itself (read the file, remember it in the recent list, compare it with the version seen last
time, record session revisions) is :class:`companion.services.events.EventsService`; :class:`EventOpener`
runs it through the window's job runner, off the GUI thread, with a progress dialog, then shows the event,
the What changed page and the import report. An unreadable file gets a message naming the file and the
place, and the window keeps the event it had. The event the window starts with is remembered and compared
just after the window's first paint (storing its snapshot takes a while for a large event), or at once
when anything else needs the opener first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, fill
from companion.domain.text import pick
from companion.resources import bundled_event_path
from companion.services.jobs import JobFunction, JobOutcome
from companion.sources.errors import EventFileError
from companion.sources.report import ImportReport
from companion.ui.changes.entry import CHANGES_PAGE, add_changes_entry
from companion.ui.file_problem import file_problem_text, translated, write_problem_text
from companion.ui.jobs import JobHandle, JobRunner
from companion.ui.main_window import HandOver
from companion.ui.progress import close_progress_dialog, open_progress_dialog, report_progress

if TYPE_CHECKING:
    from companion.domain.changes import ChangeSet
    from companion.services.events import EventsService, OpenedEvent
    from companion.ui.changes.page import WhatChangedPage
    from companion.ui.import_report import ImportReportDialog
    from companion.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class OpenerState:
    """What the opener hands to its counterpart in a window rebuilt in another language."""

    current_path: Path | None
    note_pending: bool
    changes: ChangeSet
    compared: bool


OPENER_STATE: HandOver[OpenerState] = HandOver("open-event/opener")

__all__ = ["OPENER_STATE", "EventOpener", "OpenerState", "install_event_opening"]

CLOSE_WAIT_MS = 10_000
"""How long closing the window waits for a load to stop and a comparison under way to be stored."""
OPENING = QT_TRANSLATE_NOOP("Jobs", "Opening the schedule")
OPEN_FOLDER_KEY = "files/open_folder"
"""The folder a schedule was last opened from (where File → Open starts)."""
REMEMBERING = QT_TRANSLATE_NOOP("Jobs", "Comparing the event with the version seen last time")


class EventOpener(QObject):
    """File → Open…, Open Recent, Export schedule.json…, drag and drop, and the What changed page."""

    opened = Signal(Event)
    """A file was read and its event is now shown (carries the Event)."""
    failed = Signal(object)
    """A file could not be read (carries the EventFileError, or the job's outcome for a bug); the window
    kept its event."""
    finished = Signal()
    """A load ended: opened, failed or cancelled."""
    noted = Signal()
    """The event the window started with was remembered and compared (see :meth:`note_bundled_event`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("EventOpener")
        self.window = window
        self.jobs = JobRunner(self)
        self.job: JobHandle[OpenedEvent] | None = None
        """The load running now (None when idle)."""
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.current_path: Path | None = None
        self.note_pending = False
        """True until the event the window started with has been remembered (after the first paint)."""
        self._bundled_id: str | None = None

        self.action_open = QAction(self.tr("&Open…"), window)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.setToolTip(self.tr("Open a schedule: frab XML, schedule.json, iCalendar or a Companion event"))
        self.action_open.triggered.connect(self.choose_file)
        self.menu_recent = QMenu(self.tr("Open &Recent"), window)
        self.menu_recent.setObjectName("RecentEventsMenu")
        self.menu_recent.aboutToShow.connect(self.rebuild_recent_menu)
        self.action_export = QAction(self.tr("Export &schedule.json…"), window)
        self.action_export.setToolTip(self.tr("Save this event as a frab schedule.json for other schedule apps"))
        self.action_export.triggered.connect(self.export_schedule)
        for action in (self.action_open, self.menu_recent.menuAction(), self.action_export):
            window.add_file_action(action)
        # the recent list is read when its menu opens (aboutToShow), not before the window shows

        self._changes_page: WhatChangedPage | None = None
        self._pending_changes: tuple[ChangeSet, Callable[[str], bool] | None] | None = None
        """A comparison with nothing to list, kept for the page until it is built."""
        # the entry is made before the first paint when the start installs this after it
        add_changes_entry(window).build_with(self.build_changes_page)
        window.defer_idle_work_while(self.busy)  # pages are built after a file is read and compared

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.add_hand_over(OPENER_STATE, self.hand_over, self.take_over)

    def know_bundled_event_id(self, event_id: str) -> None:
        """The start read the bundled file (its event has ``event_id``): whether the shown event is the bundled
        one is then told without reading the file again."""
        self._bundled_id = event_id

    def _bundled_event_id(self) -> str | None:
        if self._bundled_id is None:
            from companion.services.events import bundled_event_id

            self._bundled_id = bundled_event_id()
        return self._bundled_id

    @property
    def events(self) -> EventsService:
        """The window's events service (imported with what it compares and stores on first use)."""
        return self.window.services.events

    @property
    def changes_page(self) -> WhatChangedPage:
        """The What changed page (built now if it was not yet: it is built on first use)."""
        if self._changes_page is None:
            self.window.page(CHANGES_PAGE)
        assert self._changes_page is not None
        return self._changes_page

    def build_changes_page(self) -> WhatChangedPage:
        """The What changed page, with the changes a comparison found before it was built (its entry's build)."""
        from companion.ui.changes.page import WhatChangedPage

        page = WhatChangedPage(self.window)
        page.session_activated.connect(self.window.show_session)
        self._changes_page = page
        if self._pending_changes is not None:
            page.set_changes(*self._pending_changes, since="")
            self._pending_changes = None
        return page

    def hand_over(self) -> OpenerState:
        """The window is rebuilt in another language: the file, the pending note and the changes shown.

        The new window's opener notes the event if this one has not yet; this one no longer will.
        """
        from companion.domain.changes import ChangeSet

        page = self._changes_page
        if page is not None:
            changes, compared = page.changes, page.compared
        elif self._pending_changes is not None:
            changes, compared = self._pending_changes[0], self._pending_changes[1] is not None
        else:
            changes, compared = ChangeSet(()), False
        state = OpenerState(self.current_path, self.note_pending, changes, compared)
        self.note_pending = False
        return state

    def take_over(self, state: OpenerState) -> None:
        """Keep the file and the changes the old window showed."""
        self.current_path = state.current_path
        self.note_pending = state.note_pending and self.window.current_event.id == self._bundled_event_id()
        ids = self.window.current_event.sessions_by_id
        exists = (lambda sid: sid in ids) if state.compared else None
        if self._changes_page is None and state.changes.is_empty:
            self._pending_changes = (state.changes, exists)
        else:
            self.changes_page.set_changes(state.changes, exists)
        self.window.set_page_shown(CHANGES_PAGE, state.compared or not state.changes.is_empty)

    def busy(self) -> bool:
        """True while a file is being read or the starting event is being compared."""
        return self.jobs.busy()

    # -- starting up -----------------------------------------------------------------------------------
    def note_bundled_event(self) -> None:
        """Put the bundled event in the recent list and compare it with the version seen last time, in the
        background; ``noted`` follows (the What changed page comes up when something changed)."""
        self.note_pending = False
        event = self.window.current_event
        if event.id != self._bundled_event_id():
            return
        handle = self.jobs.start(REMEMBERING, self.events.remember_job(event, bundled_event_path()))
        handle.succeeded.connect(self._noted)
        handle.finished.connect(lambda _outcome: self.noted.emit())

    def note_bundled_event_after_first_paint(self) -> None:
        """:meth:`note_bundled_event` once the window has painted, so that it does not delay the first
        paint; anything that uses the opener before then (opening a file, the recent menu) runs it first.
        Whether the shown event is the bundled one is asked then too (it reads the bundled file's id)."""
        self.note_pending = True  # the window's event filter (installed in __init__) watches for the paint

    def note_if_pending(self) -> None:
        """Note the starting event now if that is still due (see :meth:`note_bundled_event_after_first_paint`)."""
        if self.note_pending:
            self.note_bundled_event()

    def _noted(self, opened: OpenedEvent) -> None:
        if opened.event is not self.window.current_event or self.job is not None:
            return  # another event is shown (or coming) by now: its own comparison is what counts
        self.current_path = opened.path
        self._show_changes(opened)
        self.rebuild_recent_menu()

    def start_with(self, requested: Path | None, loaded: tuple[Event, ImportReport] | None = None) -> None:
        """After start-up: a file given with ``--event`` is remembered (recent list, What changed) in the
        background and its report shown. ``loaded`` is what the start read from it (the window shows that event),
        so the file is not read again; without it the file is read again for its report."""
        if requested is None or self.window.current_event.id == self._bundled_event_id():
            return
        if loaded is None:
            self.open_path(requested, quiet_failure=True)
            return
        event, report = loaded
        events = self.events
        self._start_opening(requested, lambda _context: events.remember(event, requested, report=report),
                            show_report=True, quiet_failure=True)

    # -- opening ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        from companion.ui.file_dialogs import remember_folder, start_folder

        self.note_if_pending()
        start = str(start_folder(self.window.settings, OPEN_FOLDER_KEY))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open schedule"),
            start,
            self.tr("Schedules (*.xml *.json *.ics *.ical *.ifb);;All files (*)"),
        )
        if path:
            remember_folder(self.window.settings, OPEN_FOLDER_KEY, path)
            self.open_path(Path(path))

    @property
    def is_loading(self) -> bool:
        return self.job is not None

    def open_path(
        self,
        path: Path | str,
        fallback_zone: str | None = None,
        *,
        show_report: bool = True,
        quiet_failure: bool = False,
    ) -> None:
        """Read ``path`` in the background; ``fallback_zone`` (or the one chosen before) for files naming none."""
        path = Path(path)
        self._start_opening(path, self.events.open_job(path, fallback_zone), show_report=show_report,
                            quiet_failure=quiet_failure)

    def _start_opening(
        self, path: Path, job: JobFunction[OpenedEvent], *, show_report: bool, quiet_failure: bool
    ) -> None:
        self.note_if_pending()
        if self.job is not None:
            self.cancel()
        handle = self.jobs.start(OPENING, job)
        self.job = handle
        handle.progress.connect(self._progress)
        handle.succeeded.connect(lambda opened, h=handle: self._loaded(h, opened, show_report))
        handle.failed.connect(lambda outcome, h=handle: self._failed(h, path, outcome, quiet_failure))
        handle.cancelled.connect(lambda h=handle: self._ended(h))
        self.progress_dialog = open_progress_dialog(
            self.window, fill(self.tr("Opening %1…"), path.name), self.tr("Cancel"), self.tr("Opening schedule"),
            "OpenProgress", self.cancel)

    def cancel(self) -> None:
        """Stop the running load; the window keeps its event."""
        if self.job is not None:
            self.job.cancel()
            self._ended(self.job)

    def _progress(self, done: int, total: int) -> None:
        report_progress(self.progress_dialog, done, total)

    def _close_progress(self, handle: JobHandle[OpenedEvent]) -> bool:
        """Close the progress dialog for ``handle``; False when it is no longer the current load."""
        if handle is not self.job:
            return False
        self.job = None
        close_progress_dialog(self.progress_dialog, self.cancel)
        self.progress_dialog = None
        return True

    def _ended(self, handle: JobHandle[OpenedEvent]) -> None:
        if self._close_progress(handle):
            self.finished.emit()

    def _loaded(self, handle: JobHandle[OpenedEvent], opened: OpenedEvent, show_report: bool) -> None:
        if not self._close_progress(handle):
            return
        self.present(opened, show_report=show_report)
        from companion.services.last_event import remember_last_event

        remember_last_event(self.window.services.settings, path=opened.path)
        self.finished.emit()

    def present(
        self, opened: OpenedEvent, *, show_report: bool = True, rechoose_zone: Callable[[str], None] | None = None
    ) -> None:
        """Show an event opened here or elsewhere (a subscription): the event, What changed (starred first) when
        something changed, the recent list and, with ``show_report``, the import report. ``rechoose_zone``
        handles a zone chosen in the report (default: read the file again with it)."""
        self.note_if_pending()
        if opened.event is not self.window.current_event:  # the --event file the window started with is shown
            self.window.set_event(opened.event)
        self.window.show_page(self.window.agenda)  # a new schedule is read on its agenda, whatever page was shown
        self.current_path = opened.path
        self._show_changes(opened)
        self.rebuild_recent_menu()
        if show_report and opened.report is not None:
            self._show_report(opened.report, opened.changes, rechoose_zone)
        self.opened.emit(opened.event)

    def _failed(
        self, handle: JobHandle[OpenedEvent], path: Path, outcome: JobOutcome[OpenedEvent], quiet: bool
    ) -> None:
        if not self._close_progress(handle):
            return
        error = outcome.cause
        if not quiet:
            if isinstance(error, EventFileError):
                problem = file_problem_text(error)
            else:  # a bug: the job's own message (the details are in the log)
                problem = fill(QCoreApplication.translate("FileProblem", "%1: %2"), path,
                               translated(outcome.message or ""))
            text = fill(self.tr("Companion cannot open %1"), problem)
            keeps = fill(self.tr("The window still shows %1."), pick(self.window.current_event.short_name))
            QMessageBox.warning(self.window, self.tr("Schedule not opened"), text + "\n\n" + keeps)
        self.failed.emit(error if isinstance(error, EventFileError) else outcome)
        self.finished.emit()

    def _show_changes(self, opened: OpenedEvent) -> None:
        exists = opened.exists if opened.seen_before else None
        if self._changes_page is None and opened.changes.is_empty:
            self._pending_changes = (opened.changes, exists)  # nothing to show now: given to the page when built
        else:
            self.changes_page.set_changes(opened.changes, exists, since="")
        self.window.set_page_shown(CHANGES_PAGE, opened.seen_before or not opened.changes.is_empty)
        if not opened.changes.is_empty:
            self.window.show_page(self.changes_page)

    def _show_report(
        self, report: ImportReport, changes: ChangeSet, rechoose_zone: Callable[[str], None] | None = None
    ) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        notice = ""
        if changes.rezoned:
            notice = fill(self.tr("Times re-read in %1; the clock times did not change."), changes.rezoned)
        if not changes.is_empty:
            notice = " ".join(filter(None, [notice, self.tr(
                "%n session(s) changed since you last opened this event: see What changed.", "",
                len(changes.changes))]))
        from companion.ui.import_report import ImportReportDialog

        dialog = ImportReportDialog(report, notice, self.window)
        if rechoose_zone is not None:
            dialog.zone_chosen.connect(rechoose_zone)
        else:
            path = Path(report.path)
            dialog.zone_chosen.connect(lambda zone: self.open_path(path, zone))
        self.report_dialog = dialog
        dialog.show()

    # -- recent events ---------------------------------------------------------------------------------
    def rebuild_recent_menu(self) -> None:
        self.note_if_pending()
        from companion.services.events import RECENT_LIMIT

        self.menu_recent.clear()
        recent = self.events.recent(RECENT_LIMIT)
        for n, known in enumerate(recent, start=1):
            label = f"&{n % 10} {known.title}" if n <= 10 else known.title
            action = self.menu_recent.addAction(label.replace("&&", "&"))
            action.setToolTip(known.path)
            action.setStatusTip(known.path)
            action.setData(known.event_id)
            action.setEnabled(Path(known.path).exists())
            action.triggered.connect(
                lambda _checked=False, p=known.path, z=known.fallback_zone: self.open_path(Path(p), z or None)
            )
        if not recent:
            empty = self.menu_recent.addAction(self.tr("No recent events"))
            empty.setEnabled(False)

    # -- export ----------------------------------------------------------------------------------------
    def export_schedule(self) -> None:
        from companion.ui.file_dialogs import start_folder

        self.note_if_pending()
        event = self.window.current_event
        suggested = str(start_folder(self.window.settings, OPEN_FOLDER_KEY) / f"{event.id}.schedule.json")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export schedule.json"), suggested, self.tr("frab schedule.json (*.json)")
        )
        if not path:
            return
        from companion.exports import schedule_json

        try:
            export = schedule_json.write_schedule_json(event, path, self.window.language)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Schedule not exported"),
                fill(self.tr("Companion cannot write %1: %2"), path, write_problem_text(exc)),
            )
            return
        text = fill(self.tr("%n session(s) written to %1.", "", export.sessions), path)
        if export.indicative:
            text += " " + self.tr("%n with indicative times, marked as such in the title.", "", export.indicative)
        if export.left_out:
            listed = "\n".join(f"• {s.title}" for s in export.left_out)
            text += "\n\n" + self.tr(
                "%n session(s) left out because the format needs a date and a time that were not published:",
                "",
                len(export.left_out),
            ) + "\n" + listed
        QMessageBox.information(self.window, self.tr("Schedule exported"), text)

    # -- drag and drop ---------------------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return Path(url.toLocalFile())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                self.jobs.cancel_all()  # the window goes: its loads stop, a comparison under way finishes
                self.jobs.wait_until_idle(CLOSE_WAIT_MS)
            elif event.type() == QEvent.Type.Paint and self.note_pending:
                QTimer.singleShot(0, self, self.note_if_pending)
            elif event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragEnterEvent | QDropEvent
            ):
                if self._dropped_file(event) is not None:
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                path = self._dropped_file(event)
                if path is not None:
                    event.acceptProposedAction()
                    self.open_path(path)
                    return True
        return super().eventFilter(watched, event)


def install_event_opening(window: MainWindow, *, painted: bool = False) -> EventOpener:
    """Add opening, recent events, schedule.json export, drag and drop and What changed to ``window``.

    ``painted``: the window has already painted (the start installs this after its first paint), so the
    bundled event is noted on the next turn of the event loop instead of at the next paint.
    """
    opener = EventOpener(window)
    opener.note_bundled_event_after_first_paint()
    if painted:
        QTimer.singleShot(0, opener, opener.note_if_pending)
    return opener
