"""Opening other events: File → Open…, Open Recent, drag and drop, loading off the GUI thread, the report.

:class:`EventOpener` reads a file in a :class:`EventLoadJob` on the thread pool with a progress dialog,
then replaces the window's event, remembers it in the recent list, compares it with the version seen
last time (the What changed page) and shows the import report. An unreadable file gets a message naming
the file and the place, and the window keeps the event it had. The event the window starts with is
remembered and compared just after the window's first paint (storing its snapshot takes a while for a
large event), or at once when anything else needs the opener first.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from companion.domain.changes import ChangeSet, compare, snapshot
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.text import pick
from companion.exports.schedule_json import write_schedule_json
from companion.resources import bundled_event_path
from companion.sources import EventFileError
from companion.sources.loader import load_event_with_report
from companion.sources.report import ImportReport
from companion.store.events import KnownEvents, starred_session_ids
from companion.store.revisions import SessionRevisions
from companion.ui.changes.page import WhatChangedPage
from companion.ui.file_problem import file_problem_text, write_problem_text
from companion.ui.import_report import ImportReportDialog
from companion.ui.main_window import HandOver, PageOrder

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class OpenerState:
    """What the opener hands to its counterpart in a window rebuilt in another language."""

    current_path: Path | None
    note_pending: bool
    changes: ChangeSet


OPENER_STATE: HandOver[OpenerState] = HandOver("open-event/opener")

RECENT_LIMIT = 10


@lru_cache(maxsize=1)
def bundled_event_id() -> str | None:
    """The id of the bundled event, read from its file without building it."""
    try:
        return str(json.loads(bundled_event_path().read_text("utf-8"))["event"]["id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _LoadCancelledError(Exception):
    """Raised inside the loader's progress callback to stop a cancelled load."""


class LoadSignals(QObject):
    """Signals of one :class:`EventLoadJob` (a QRunnable cannot carry signals itself)."""

    progress = Signal(int, int)
    loaded = Signal(object, object)
    failed = Signal(object)
    cancelled = Signal()


class EventLoadJob(QRunnable):
    """Reads one event file on a worker thread; reports progress, then ``loaded`` or ``failed``."""

    def __init__(self, path: Path, fallback_zone: str | None = None) -> None:
        super().__init__()
        # The opener keeps the job (and so its signals) until its last signal arrives: with auto-delete,
        # Qt would destroy the wrapper as run() returns and the queued result could be lost.
        self.setAutoDelete(False)
        self.path = path
        self.fallback_zone = fallback_zone
        self.signals = LoadSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _LoadCancelledError
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            event, report = load_event_with_report(self.path, fallback_zone=self.fallback_zone, progress=self._progress)
        except _LoadCancelledError:
            self.signals.cancelled.emit()
        except EventFileError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a reader bug must not take the window down with it
            problem = Message(QT_TRANSLATE_NOOP("EventFile", "unexpected problem: {detail}"), detail=repr(exc))
            self.signals.failed.emit(EventFileError(self.path, "", problem))
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.loaded.emit(event, report)


class EventOpener(QObject):
    """File → Open…, Open Recent, Export schedule.json…, drag and drop, and the What changed page."""

    opened = Signal(object)
    """A file was read and its event is now shown (carries the Event)."""
    failed = Signal(object)
    """A file could not be read (carries the EventFileError); the window kept its event."""
    finished = Signal()
    """A load ended: opened, failed or cancelled."""

    def __init__(self, window: MainWindow, pool: QThreadPool | None = None) -> None:
        super().__init__(window)
        self.setObjectName("EventOpener")
        self.window = window
        self.known = KnownEvents(window.state)
        self.pool = pool or QThreadPool.globalInstance()
        self.job: EventLoadJob | None = None
        self._jobs: set[EventLoadJob] = set()
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.current_path: Path | None = None
        self._note_pending = False

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
        self.rebuild_recent_menu()

        self.changes_page = WhatChangedPage(window)
        window.add_page(self.changes_page, self.tr("What changed"), order=PageOrder.WHAT_CHANGED)
        self.changes_page.session_activated.connect(window.show_session)

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.add_hand_over(OPENER_STATE, self.hand_over, self.take_over)

    def hand_over(self) -> OpenerState:
        """The window is rebuilt in another language: the file, the pending note and the changes shown.

        The new window's opener notes the event if this one has not yet; this one no longer will.
        """
        state = OpenerState(self.current_path, self._note_pending, self.changes_page.changes)
        self._note_pending = False
        return state

    def take_over(self, state: OpenerState) -> None:
        """Keep the file and the changes the old window showed."""
        self.current_path = state.current_path
        self._note_pending = state.note_pending and self.window.current_event.id == bundled_event_id()
        ids = self.window.current_event.sessions_by_id
        self.changes_page.set_changes(state.changes, lambda sid: sid in ids)

    # -- starting up -----------------------------------------------------------------------------------
    def note_bundled_event(self) -> None:
        """Put the bundled event in the recent list (and compare it with the version seen last time)."""
        self._note_pending = False
        if self.window.current_event.id == bundled_event_id():
            self._remember(self.window.current_event, bundled_event_path(), None, show_report=False)

    def note_bundled_event_after_first_paint(self) -> None:
        """:meth:`note_bundled_event` once the window has painted, so that it does not delay the first
        paint; anything that uses the opener before then (opening a file, the recent menu) runs it first."""
        if self.window.current_event.id != bundled_event_id():
            return
        self._note_pending = True  # the window's event filter (installed in __init__) watches for the paint

    def _note_if_pending(self) -> None:
        if self._note_pending:
            self.note_bundled_event()

    def start_with(self, requested: Path | None) -> None:
        """After start-up: a file given with ``--event`` is read again in the background, for its report."""
        if requested is not None and self.window.current_event.id != bundled_event_id():
            self.open_path(requested, quiet_failure=True)

    # -- opening ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        self._note_if_pending()
        start = str(self.current_path.parent) if self.current_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open schedule"),
            start,
            self.tr("Schedules (*.xml *.json *.ics *.ical *.ifb);;All files (*)"),
        )
        if path:
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
        self._note_if_pending()
        if self.job is not None:
            self.cancel()
        chosen = fallback_zone
        if chosen is None:
            earlier = self.known.by_path(path)
            chosen = earlier.fallback_zone or None if earlier else None
        job = EventLoadJob(path, chosen)
        self.job = job
        self._jobs.add(job)
        job.signals.progress.connect(self._progress)
        job.signals.loaded.connect(
            lambda event, report: self._loaded(job, event, report, fallback_zone, show_report)
        )
        job.signals.failed.connect(lambda error: self._failed(job, error, quiet_failure))
        job.signals.cancelled.connect(lambda: self._cancelled(job))
        dialog = QProgressDialog(
            self.tr("Opening %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self.window
        )
        dialog.setObjectName("OpenProgress")
        dialog.setWindowTitle(self.tr("Opening schedule"))
        dialog.setMinimumDuration(250)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        self.pool.start(job)

    def cancel(self) -> None:
        """Stop the running load; the window keeps its event."""
        if self.job is not None:
            self.job.cancel()
            self._ended(self.job)

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _close_progress(self, job: EventLoadJob) -> bool:
        """Close the progress dialog for ``job``; False when ``job`` is no longer the current one."""
        if job is not self.job:
            return False
        self.job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        return True

    def _ended(self, job: EventLoadJob) -> None:
        if self._close_progress(job):
            self.finished.emit()

    def _cancelled(self, job: EventLoadJob) -> None:
        self._jobs.discard(job)  # its last signal: the job can go
        self._ended(job)

    def _loaded(
        self, job: EventLoadJob, event: Event, report: ImportReport, chosen_zone: str | None, show_report: bool
    ) -> None:
        self._jobs.discard(job)
        if not self._close_progress(job):
            return
        self.window.set_event(event)
        self._remember(event, job.path, chosen_zone, show_report=show_report, report=report)
        self.opened.emit(event)
        self.finished.emit()

    def _failed(self, job: EventLoadJob, error: EventFileError, quiet: bool) -> None:
        self._jobs.discard(job)
        if not self._close_progress(job):
            return
        if not quiet:
            text = self.tr("Companion cannot open %1").replace("%1", file_problem_text(error))
            keeps = self.tr("The window still shows %1.").replace("%1", pick(self.window.current_event.short_name))
            QMessageBox.warning(self.window, self.tr("Schedule not opened"), text + "\n\n" + keeps)
        self.failed.emit(error)
        self.finished.emit()

    def _remember(
        self,
        event: Event,
        path: Path,
        chosen_zone: str | None,
        *,
        show_report: bool,
        report: ImportReport | None = None,
    ) -> None:
        self.current_path = path
        previous = self.known.remember(event, path, fallback_zone=chosen_zone)
        SessionRevisions(self.window.state, event.id).record(event, previous)  # .ics SEQUENCE, cancellations
        starred = starred_session_ids(self.window.state, event.id)
        changes = compare(previous, snapshot(event), starred) if previous is not None else ChangeSet(())
        ids = event.sessions_by_id
        self.changes_page.set_changes(
            changes, (lambda sid: sid in ids) if previous is not None else None, since=""
        )
        self.rebuild_recent_menu()
        if not changes.is_empty:
            self.window.show_page(self.changes_page)
        if show_report and report is not None:
            self._show_report(report, changes)

    def _show_report(self, report: ImportReport, changes: ChangeSet) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        notice = ""
        if not changes.is_empty:
            notice = self.tr("%n session(s) changed since you last opened this event: see What changed.", "",
                             len(changes.changes))
        dialog = ImportReportDialog(report, notice, self.window)
        path = Path(report.path)
        dialog.zone_chosen.connect(lambda zone: self.open_path(path, zone))
        self.report_dialog = dialog
        dialog.show()

    # -- recent events ---------------------------------------------------------------------------------
    def rebuild_recent_menu(self) -> None:
        self._note_if_pending()
        self.menu_recent.clear()
        recent = self.known.recent(RECENT_LIMIT)
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
        self._note_if_pending()
        event = self.window.current_event
        suggested = f"{event.id}.schedule.json"
        if self.current_path is not None:
            suggested = str(self.current_path.with_name(suggested))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export schedule.json"), suggested, self.tr("frab schedule.json (*.json)")
        )
        if not path:
            return
        try:
            export = write_schedule_json(event, path, self.window.language)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Schedule not exported"),
                self.tr("Companion cannot write %1: %2").replace("%1", path).replace("%2", write_problem_text(exc)),
            )
            return
        text = self.tr("%n session(s) written to %1.", "", export.sessions).replace("%1", path)
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
            if event.type() == QEvent.Type.Paint and self._note_pending:
                QTimer.singleShot(0, self, self._note_if_pending)
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


def install_event_opening(window: MainWindow) -> EventOpener:
    """Add opening, recent events, schedule.json export, drag and drop and What changed to ``window``."""
    opener = EventOpener(window)
    opener.note_bundled_event_after_first_paint()
    return opener
