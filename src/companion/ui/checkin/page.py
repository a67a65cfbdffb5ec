"""The Check-in page: a scanner, a camera or a name lead to one verdict, shown large, in words, colour and sound.

Every decision is the desk service's (:class:`companion.services.checkin.CheckinService`), run through the
window's job runner one call at a time (:class:`~companion.ui.checkin.desk.DeskController`), so the page keeps
reading codes while a verdict is decided and shown. The counts, the conflicts between desks and the
offline banner are read again after each verdict and every few seconds (other desks check people in too).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent, QStandardItem
from PySide6.QtWidgets import QInputDialog, QLineEdit, QTreeWidgetItem, QVBoxLayout, QWidget

from companion.domain.attendee import Category, category_label
from companion.domain.checkin import (
    AttendeeFacts,
    Conflict,
    DeskCounts,
    ScanKind,
    ScanRecord,
    ScanResult,
    StoreStatus,
    VerdictKind,
)
from companion.domain.countries import delegation_label
from companion.domain.event import Event
from companion.domain.message import fill
from companion.services.jobs import JobContext, JobFailedError
from companion.ui.checkin.desk import DeskController
from companion.ui.checkin.panes import DeskPanes
from companion.ui.checkin.scanner import ScannerInput
from companion.ui.checkin.sounds import VerdictSounds
from companion.ui.checkin.verdict import Tone, VerdictView
from companion.ui.colour_scheme import alert_colours
from companion.ui.file_problem import translated
from companion.ui.jobs import JobRunner

if TYPE_CHECKING:
    from companion.services.checkin import CheckinService
    from companion.services.container import Services

REFRESH_MS = 1000
"""How often the counts, conflicts and the offline banner are read again while the page shows."""
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckinPage(QWidget):
    """The registration desk: verdict, undo, name search, counts, conflicts, camera."""

    verdict_shown = Signal(object)
    """A verdict was put on screen: the :class:`ScanResult` (tests, the benchmark)."""
    full_screen_requested = Signal(bool)
    reprint_requested = Signal(str)
    """The user asked for a new badge for this attendee id (the feature prints it in the background)."""

    def __init__(self, event: Event, services: Services, language: str = "en", parent: QWidget | None = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckinPage")
        self._services = services
        self._event = event
        self._language = language
        self.runner = runner or JobRunner(self)
        self.panes = DeskPanes(self.runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panes)
        p = self.panes
        self.verdict, self.undo_button = p.verdict, p.undo_button
        self.search_edit, self.results = p.search_edit, p.results
        self.manual_button, self.reprint_button, self.banner = p.manual_button, p.reprint_button, p.banner
        self.total, self.breakdown, self.conflicts = p.total, p.breakdown, p.conflicts
        self.camera, self.sound_box, self.full_screen_button = p.camera, p.sound_box, p.full_screen_button

        self.desk = DeskController(self.runner, self)
        self.desk.result.connect(self._result)
        self.desk.failed.connect(self._failed)
        self.desk.repeated.connect(lambda _code: self.panes.hint.setText(
            self.tr("The same badge again within a few seconds: counted once.")))
        self.sounds = VerdictSounds(self)
        self.scanner: ScannerInput | None = None
        self._can_undo = False
        self._override: AttendeeFacts | None = None
        """The person whose badge was just refused (staff may admit them anyway, with a reason)."""
        self._refreshing = False
        self._camera_listed = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.undo_button.clicked.connect(self.undo_last)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self._undo_shortcut)
        self.sound_box.toggled.connect(self._sound_toggled)
        self.full_screen_button.toggled.connect(self.full_screen_requested)
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.results.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.results.activated.connect(lambda _index: self.admit_by_hand())
        self.manual_button.clicked.connect(lambda: self.admit_by_hand())
        self.panes.override_button.clicked.connect(lambda: self.admit_anyway())
        self.reprint_button.clicked.connect(self.reprint)
        self.camera.codes_found.connect(self._camera_codes)
        self.setFocusProxy(self.search_edit)
        self.panes.operator_edit.editingFinished.connect(self._operator_changed)
        self._desk_open = False
        self._local_store = False
        """True once the desk is open on this machine's own store: scans are then decided on the GUI thread."""
        self._show_idle()
        self._set_result_headers()

    # -- the service -----------------------------------------------------------------------------------
    @property
    def service(self) -> CheckinService:
        return self._services.checkin

    def set_event(self, event: Event) -> None:
        self._event = event
        self.search_edit.clear()
        self._show_idle()
        self._can_undo = False
        self._update_buttons()
        if self._desk_open:
            self.open_desk()

    def open_desk(self) -> None:
        """Check people in to the shown event at this desk (queued before any scan that follows)."""
        service, event_id = self.service, self._event.id
        operator = self.panes.operator_edit.text().strip()

        def open_it(_ctx: JobContext) -> tuple[str, bool]:
            service.open_desk(event_id, operator=operator)
            return service.desk_id(), service.status().shared

        self._desk_open = True
        self.desk.run("open", open_it)

    def _operator_changed(self) -> None:
        self.service.operator = self.panes.operator_edit.text().strip()

    def busy(self) -> bool:
        return self.desk.busy() or self.camera.decoder.busy

    # -- shown and hidden ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.scanner is None:
            self.scanner = ScannerInput(self.window(), self)
            self.scanner.scanned.connect(self.submit_code)
        self.scanner.set_active(True)
        if not self._desk_open:
            self.panes.desk_label.setText(fill(self.tr("Desk %1"), self.service.desk_id()))  # laid out now
            self.open_desk()
        if not self._camera_listed:
            self._camera_listed = True
            QTimer.singleShot(0, self.camera.list_cameras)
        self._refresh_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.scanner is not None:
            self.scanner.set_active(False)
        self._refresh_timer.stop()
        self.camera.stop(quiet=True)
        super().hideEvent(event)

    # -- scanning --------------------------------------------------------------------------------------
    def submit_code(self, code: str) -> bool:
        """A code from the scanner (or typed, or a test): checked unless it repeats the last one at once."""
        service = self.service
        return self.desk.submit_code(code, lambda text: service.scan(text), inline=self._local_store)

    def _camera_codes(self, codes: list[str]) -> None:
        for code in codes:
            self.submit_code(code)

    def _result(self, what: str, value: object) -> None:
        if what == "open" and isinstance(value, tuple):
            desk_id, shared = value
            self._local_store = not shared
            self.panes.desk_label.setText(fill(self.tr("Desk %1"), desk_id))
            self.search(self.search_edit.text())
        elif isinstance(value, ScanResult):
            self.show_result(value)
            if what == "undo":
                self.desk.forget_last_code()
        elif what == "undo":
            self.verdict.show_view(VerdictView(Tone.IDLE, self.tr("Nothing to undo")))
            self._can_undo = False
        self.refresh()
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.verdict.show_view(VerdictView(Tone.REFUSED, self.tr("Not checked"), lines=(message,)))
        self.sounds.play(Tone.REFUSED)

    def show_result(self, result: ScanResult) -> None:
        view = verdict_view(result, self._language, self._event)
        self.verdict.show_view(view)
        self.sounds.play(view.tone)
        record = result.record
        if record is not None and record.kind is ScanKind.UNDO:
            self._can_undo = False
        elif record is not None and result.verdict.admits:
            self._can_undo = True  # a duplicate or a refusal later leaves the last check-in undoable
        person = result.attendee
        known = person is not None and bool(person.display_name)
        self._override = person if result.refused and known else None
        self.panes.hint.setText(self.tr("Scan a badge: the scanner works whatever has focus on this page."))
        self._update_buttons()
        self.verdict.repaint()  # painted now, not after the next queued scan
        self.verdict_shown.emit(result)

    def _show_idle(self) -> None:
        self.verdict.show_view(VerdictView(
            Tone.IDLE, self.tr("Ready"), self.tr("Scan a badge"),
            (self.tr("Or hold it up to the camera, or find the person by name below."),)))

    # -- undo, by hand, reprint ------------------------------------------------------------------------
    def _undo_shortcut(self) -> None:
        if self.search_edit.hasFocus() and self.search_edit.isUndoAvailable():
            self.search_edit.undo()
        else:
            self.undo_last()

    def undo_last(self) -> None:
        """Undo the last check-in made at this desk (logged as an undo of its own)."""
        if not self._can_undo:
            return
        self._can_undo = False
        self._update_buttons()
        service = self.service
        self.desk.run("undo", lambda _ctx: service.undo_last())

    def _chosen(self) -> AttendeeFacts | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        value = self.panes.results_model.item(index.row(), 0).data(ATTENDEE_ROLE)
        return value if isinstance(value, AttendeeFacts) else None

    def admit_by_hand(self, reason: str | None = None) -> None:
        """Check the chosen person in without a badge: asks for the reason (logged with the admission)."""
        person = self._chosen()
        if person is None:
            return
        if reason is None:
            text, accepted = QInputDialog.getText(
                self, self.tr("Check in by hand"),
                fill(self.tr("Why is %1 checked in without scanning the badge? (kept in the log)"),
                     person.display_name),
                QLineEdit.EchoMode.Normal, self.tr("Forgot the badge"))
            if not accepted or not text.strip():
                return
            reason = text.strip()
        self._admit(person, reason, override=False)
        self.search_edit.selectAll()

    def admit_anyway(self, reason: str | None = None) -> None:
        """Admit the person whose badge was just refused (an override): asks for the reason, logged with it."""
        person = self._override
        if person is None:
            return
        if reason is None:
            text, accepted = QInputDialog.getText(
                self, self.tr("Admit anyway"),
                fill(self.tr("The badge of %1 was refused. Why admit them anyway? (kept in the log)"),
                     person.display_name))
            if not accepted or not text.strip():
                return
            reason = text.strip()
        self._override = None
        self._update_buttons()
        self._admit(person, reason, override=True)

    def _admit(self, person: AttendeeFacts, reason: str, *, override: bool) -> None:
        service = self.service
        attendee_id = person.attendee_id
        self.desk.run("manual", lambda _ctx: service.admit_by_hand(attendee_id, reason, override=override))

    def reprint(self) -> None:
        """Print a new badge for the chosen person (a new code; the old one is revoked) in the background."""
        person = self._chosen()
        if person is None:
            return
        self.reprint_requested.emit(person.attendee_id)

    # -- name search -----------------------------------------------------------------------------------
    def _set_result_headers(self) -> None:
        self.panes.results_model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Delegation"), self.tr("Category")])

    def search(self, text: str) -> None:
        model = self.panes.results_model
        model.removeRows(0, model.rowCount())
        found: Sequence[AttendeeFacts] = self.service.search(text) if text.strip() and self._opened() else ()
        for person in found:
            row = [QStandardItem(person.display_name), QStandardItem(person.organisation),
                   QStandardItem(delegation_label(person.delegation, self._language)),
                   QStandardItem(_category(person.category, self._language))]
            row[0].setData(person, ATTENDEE_ROLE)
            model.appendRow(row)
        if model.rowCount():
            self.results.setCurrentIndex(model.index(0, 0))
            self.results.resizeColumnToContents(0)
        self._update_buttons()

    def _opened(self) -> bool:
        """True once the desk service has an event open (the first page show queues the opening)."""
        try:
            return bool(self.service.event_id)
        except JobFailedError:
            return False

    def _search_entered(self) -> None:
        if self._chosen() is not None:
            self.results.setFocus()

    def _update_buttons(self) -> None:
        chosen = self._chosen() is not None
        self.manual_button.setEnabled(chosen)
        self.reprint_button.setEnabled(chosen)
        self.undo_button.setEnabled(self._can_undo)
        self.panes.override_button.setEnabled(self._override is not None)

    # -- counts, conflicts, offline ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the counts, conflicts and store status again (in the background, one refresh at a time)."""
        if self._refreshing or not self._desk_open:
            return
        self._refreshing = True
        service = self.service

        def read(_ctx: JobContext) -> tuple[DeskCounts, tuple[Conflict, ...], StoreStatus]:
            return service.counts(), tuple(service.conflicts()), service.status()

        handle = self.runner.start(self.tr("Reading the counts"), read)
        handle.finished.connect(self._refreshed)

    def _refreshed(self, outcome: Any) -> None:
        self._refreshing = False
        if outcome.succeeded and isinstance(outcome.value, tuple):
            counts, conflicts, status = outcome.value
            self.show_counts(counts)
            self.show_conflicts(conflicts)
            self.show_status(status)

    def show_counts(self, counts: DeskCounts) -> None:
        if counts.expected == 0 and counts.checked_in == 0:  # "0 of 0" would say nothing about what to do
            how = self.tr("File → Import desk package…, or import the list on the Badges page.")
            self.total.setText(fill('%1<br><span style="font-size: small; font-weight: normal">%2</span>',
                                    html.escape(self.tr("No attendee list yet")), html.escape(how)))
        else:
            self.total.setText(fill(self.tr("%1 of %2 checked in"), counts.checked_in, counts.expected))
        tree = self.breakdown
        tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        expanded = {item.text(0) for item in tops if item is not None and item.isExpanded()}
        tree.clear()
        groups: list[tuple[str, list[tuple[str, str, str]]]] = [
            (self.tr("By category"), [(_category(r.key, self._language) or self.tr("No category"),
                                       str(r.checked_in), str(r.expected)) for r in counts.by_category]),
            (self.tr("By delegation"), [(delegation_label(r.key, self._language) or self.tr("No delegation"),
                                         str(r.checked_in), str(r.expected)) for r in counts.by_delegation]),
            (self.tr("Scans per minute, by desk"), [(r.desk_id, f"{r.per_minute:.1f}", "")
                                                    for r in counts.rates]),
        ]
        for title, rows in groups:
            top = QTreeWidgetItem(tree, [title])
            for row in rows:
                QTreeWidgetItem(top, list(row))
            top.setExpanded(not expanded or title in expanded)
        tree.resizeColumnToContents(1)
        tree.resizeColumnToContents(2)

    def show_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        model = self.panes.conflicts_model
        model.removeRows(0, model.rowCount())
        model.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Desks"), self.tr("When")])
        people = self.service.attendees() if conflicts else {}
        for conflict in conflicts:
            person = people.get(conflict.attendee_id)
            name = person.display_name if person is not None else conflict.attendee_id
            when = ", ".join(_time(r.wall_time, self._event) for r in conflict.admissions)
            model.appendRow([QStandardItem(name),
                             QStandardItem(", ".join(conflict.desks)), QStandardItem(when)])
        self.panes.conflicts_note.setText(
            self.tr("No one was admitted at two desks.") if not conflicts
            else self.tr("Admitted at two desks that could not see each other: check with the person."))

    def show_status(self, status: StoreStatus) -> None:
        banner = self.banner
        if status.shared and (not status.reachable or status.waiting):
            text, background = alert_colours(self.palette())
            banner.setStyleSheet(f"color: {text.name()}; background: {background.name()};")
            banner.setText("⚠ " + fill(self.tr(
                "Working offline: the check-in server %1 cannot be reached. %2 scan(s) wait here and are sent "
                "when it is back; nothing is lost."), status.address, status.waiting))
            banner.show()
        else:
            banner.hide()

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.enabled = on


# -- what a verdict says -------------------------------------------------------------------------------
def _category(value: str, language: str) -> str:
    try:
        return category_label(Category(value), language)
    except ValueError:
        return value


def _time(moment: datetime, event: Event) -> str:
    return moment.astimezone(event.zone).strftime("%H:%M")


def _person_lines(person: AttendeeFacts, language: str) -> tuple[str, ...]:
    lines = [person.organisation, delegation_label(person.delegation, language), _category(person.category, language)]
    return tuple(line for line in lines if line)


def refusal_headline(verdict: VerdictKind) -> str:
    """The words of a refusal, large (the reason follows in smaller type)."""
    headlines: dict[VerdictKind, Callable[[], str]] = {
        VerdictKind.NOT_THIS_EVENT: lambda: QCoreApplication.translate(
            "CheckinPage", "Refused: not a badge of this event"),
        VerdictKind.DAMAGED: lambda: QCoreApplication.translate("CheckinPage", "Refused: damaged code"),
        VerdictKind.FORGED: lambda: QCoreApplication.translate("CheckinPage", "Refused: forged or altered badge"),
        VerdictKind.REVOKED: lambda: QCoreApplication.translate("CheckinPage", "Refused: badge replaced by a reprint"),
        VerdictKind.UNKNOWN_KEY: lambda: QCoreApplication.translate("CheckinPage", "Refused: signed by an unknown key"),
        VerdictKind.NOT_A_BADGE: lambda: QCoreApplication.translate("CheckinPage", "Refused: not a Companion badge"),
    }
    found = headlines.get(verdict)
    return found() if found is not None else QCoreApplication.translate("CheckinPage", "Refused")


def verdict_view(result: ScanResult, language: str, event: Event) -> VerdictView:
    """What the verdict panel shows for ``result``, in the window's language."""
    person = result.attendee
    name = person.display_name if person is not None else ""
    lines = _person_lines(person, language) if person is not None else ()
    reason = (translated(result.reason),) if result.reason is not None else ()
    verdict = result.verdict
    record = result.record
    if verdict is VerdictKind.UNDONE:
        return VerdictView(Tone.IDLE, QCoreApplication.translate("CheckinPage", "Check-in undone"), name,
                           (QCoreApplication.translate("CheckinPage", "The person is no longer counted as here."),))
    if verdict.duplicate:
        earlier = result.earlier
        said = lines
        if earlier is not None:
            said = (_earlier_line(earlier, event), *lines)
        return VerdictView(Tone.DUPLICATE, QCoreApplication.translate("CheckinPage", "Already checked in"), name,
                           said)
    if verdict.admits:
        if record is not None and record.kind in (ScanKind.MANUAL, ScanKind.OVERRIDE):
            headline = QCoreApplication.translate("CheckinPage", "Admitted by hand")
            lines = (*lines, fill(QCoreApplication.translate("CheckinPage", "Reason: %1"), record.reason))
        elif verdict is VerdictKind.UNKNOWN_ATTENDEE:
            headline = QCoreApplication.translate("CheckinPage", "Admitted: valid badge, not in this desk's list")
            lines = (*lines, *reason)
        else:
            headline = QCoreApplication.translate("CheckinPage", "Admitted")
        return VerdictView(Tone.ADMITTED, headline, name, lines)
    return VerdictView(Tone.REFUSED, refusal_headline(verdict), name, reason)


def _earlier_line(earlier: ScanRecord, event: Event) -> str:
    when = _time(earlier.wall_time, event)
    if earlier.operator:
        return fill(QCoreApplication.translate("CheckinPage", "Checked in at %1 · desk: %2 · by %3"), when,
                    earlier.desk_id, earlier.operator)
    return fill(QCoreApplication.translate("CheckinPage", "Checked in at %1 · desk: %2"), when, earlier.desk_id)
