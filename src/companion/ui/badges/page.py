"""The Badges page: import and edit the attendee list, choose stock and order, preview, save and print.

The preview shows the PDF file that Save PDF copies and Print… sends to the printer: there is one drawing path.
The widgets are laid out in :mod:`~companion.ui.badges.panes`; what runs and the PDF drawn last are kept by the
:class:`~companion.ui.badges.controller.BadgesController`, bound to the badge service. This page connects the
two: it reads the widgets into settings, starts work, and shows how each job ended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QSplitter, QVBoxLayout, QWidget

from companion.domain.attendee import Attendee, SortKey
from companion.domain.event import Event
from companion.domain.message import fill
from companion.exports.badges.render import BadgeReport
from companion.services.badges import DEFAULT_LAYOUT, BadgeRun, BadgeSettings, BadgeSigningError, BadgeWriteError, Which
from companion.services.container import Services
from companion.services.jobs import JobState
from companion.sources.attendees_csv import AttendeeImport
from companion.ui.badges.controller import (
    After,
    BadgesController,
    ImportEnding,
    PrintEnding,
    RenderedPdf,
    RenderEnding,
    Task,
    job_message,
)
from companion.ui.badges.dialogs import AttendeeDialog, ColumnMappingDialog
from companion.ui.badges.model import ATTENDEE_ROLE, AttendeeFilterProxy, AttendeeTableModel
from companion.ui.badges.panes import AttendeeListPane, PrintPane
from companion.ui.file_problem import translated, write_problem_text
from companion.ui.jobs import JobRunner

ALL, NOT_PRINTED, SELECTED = Which.ALL, Which.NOT_PRINTED, Which.SELECTED


class BadgesPage(QWidget):
    """Attendee list on the left; stock, order, preview, Save PDF and Print… on the right."""

    render_finished = Signal(BadgeReport)
    """A preview run ended with its report (``cancelled`` set when the user stopped it)."""
    render_failed = Signal(str)
    """A preview run failed; the message shown, in the window's language."""
    print_finished = Signal(bool)
    """A print run ended: True when every page went to the printer, False when cancelled or failed."""
    attendees_changed = Signal()
    import_finished = Signal(object)
    """An import ended: its :class:`AttendeeImport`, or None when refused or cancelled."""

    def __init__(self, event: Event, services: Services, language: str = "en",
                 parent: QWidget | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BadgesPage")
        self.badges = services.badges
        self.controller = BadgesController(self.badges, event, language, runner, self)
        self._language = language
        self._restoring = False

        self.model = AttendeeTableModel(language, self)
        self.proxy = AttendeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list_pane = AttendeeListPane(self.proxy, self)
        self.print_pane = PrintPane(self)
        self._name_widgets()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_pane)
        splitter.addWidget(self.print_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.view)
        self._connect()
        self._restore_options()
        self.reload()

    def _name_widgets(self) -> None:
        """The panes' widgets as the page's own names (tests and the window use them)."""
        lp, pp = self.list_pane, self.print_pane
        self.import_button, self.add_button, self.edit_button = lp.import_button, lp.add_button, lp.edit_button
        self.remove_button, self.filter_box, self.view = lp.remove_button, lp.filter_box, lp.view
        self.summary, self.problems_model, self.problems_view = lp.summary, lp.problems_model, lp.problems_view
        self.qr_text, self.qr_payload = lp.qr_text, lp.qr_payload
        self.layout_combo, self.sort_combo, self.which_combo = pp.layout_combo, pp.sort_combo, pp.which_combo
        self.second_language_combo, self.offset_x, self.offset_y = (pp.second_language_combo, pp.offset_x,
                                                                    pp.offset_y)
        self.duplex_box, self.preview_button, self.save_button = pp.duplex_box, pp.preview_button, pp.save_button
        self.print_button, self.calibration_button, self.key_button = (pp.print_button, pp.calibration_button,
                                                                       pp.key_button)
        self.cancel_button, self.progress, self.document = pp.cancel_button, pp.progress, pp.document
        self.pdf_view, self.preview_note = pp.pdf_view, pp.preview_note

    def _connect(self) -> None:
        self.import_button.clicked.connect(self.import_list)
        self.add_button.clicked.connect(self.add_attendee)
        self.edit_button.clicked.connect(self.edit_attendee)
        self.remove_button.clicked.connect(self.remove_attendee)
        self.filter_box.textChanged.connect(self.proxy.set_search)
        self.view.activated.connect(lambda _index: self.edit_attendee())
        self.view.selectionModel().currentRowChanged.connect(self._show_qr_contents)
        self.view.installEventFilter(self)  # Delete removes the selected attendees
        self.preview_button.clicked.connect(self.render_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_badges)
        self.calibration_button.clicked.connect(self.save_calibration)
        self.key_button.clicked.connect(self.export_key)
        self.cancel_button.clicked.connect(self.cancel_render)
        for combo in (self.layout_combo, self.sort_combo, self.which_combo, self.second_language_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._options_changed)
        self.duplex_box.toggled.connect(self._options_changed)
        self.controller.tasks_changed.connect(self._update_buttons)
        self.controller.progress.connect(self._show_progress)
        self.controller.render_ended.connect(self._render_ended)
        self.controller.print_ended.connect(self._print_ended)
        self.controller.import_ended.connect(self._import_ended)

    # ---- state ----------------------------------------------------------------------------------------

    @property
    def is_rendering(self) -> bool:
        return self.controller.is_running(Task.RENDER)

    def busy(self) -> bool:
        """True while badges are drawn, sent to the printer or a list is read: the page must outlive that job."""
        return self.controller.busy()

    def _update_buttons(self) -> None:
        output_busy = self.controller.is_running(Task.RENDER, Task.PRINT)
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not output_busy)
        self.cancel_button.setEnabled(output_busy)
        self.import_button.setEnabled(not self.controller.is_running(Task.IMPORT))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.remove_attendee()
            return True
        return super().eventFilter(watched, event)

    def set_event(self, event: Event) -> None:
        """Show another event's attendees (from ``event_changed``)."""
        self.document.close()
        self.controller.set_event(event)
        self._restore_options()
        self.problems_model.setStringList([])
        self.preview_note.setText(self.tr("Press Preview to see the badges exactly as they will print."))
        self.progress.setValue(0)
        self.reload()

    # ---- options kept per event ----------------------------------------------------------------------

    def settings(self) -> BadgeSettings:
        """The run options as the widgets show them."""
        return BadgeSettings(
            layout=str(self.layout_combo.currentData()), sort=SortKey(self.sort_combo.currentData()),
            which=Which(self.which_combo.currentData()), offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(), duplex=self.duplex_box.isChecked(),
            second_language=str(self.second_language_combo.currentData()))

    def _options_changed(self) -> None:
        if self._restoring:
            return
        self.controller.save_settings(self.settings())
        self._settings_changed()

    def _restore_options(self) -> None:
        """Show this event's saved options (the service falls back to defaults for unusable values)."""
        def choose(combo: QComboBox, value: object, default: object) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else combo.findData(default))

        saved = self.controller.load_settings()
        self._restoring = True
        try:
            choose(self.layout_combo, saved.layout, DEFAULT_LAYOUT)
            choose(self.sort_combo, saved.sort, SortKey.DELEGATION)
            choose(self.which_combo, saved.which, ALL)
            self.offset_x.setValue(saved.offset_x)
            self.offset_y.setValue(saved.offset_y)
            self.duplex_box.setChecked(saved.duplex)
            choose(self.second_language_combo, saved.second_language, "")
        finally:
            self._restoring = False

    # ---- the list ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        event_id = self.controller.current_event.id
        self.model.set_attendees(self.badges.attendees(event_id), self.badges.last_printed(event_id))
        self._update_summary()
        self._settings_changed()
        self.attendees_changed.emit()

    def _update_summary(self, extra: str = "") -> None:
        total = self.model.rowCount()
        printed = sum(1 for a in self.model.attendees() if a.id in self.model.printed())
        text = fill(self.tr("%1 attendees, %2 badges printed."), total, printed)
        self.summary.setText(f"{extra} {text}".strip())

    def selected_attendees(self) -> list[Attendee]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ATTENDEE_ROLE) for index in rows]

    def _current_attendee(self) -> Attendee | None:
        index = self.view.currentIndex()
        attendee = index.data(ATTENDEE_ROLE) if index.isValid() else None
        return attendee if isinstance(attendee, Attendee) else None

    def import_list(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendee list"), "",
                                                   self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path_text:
            self.import_file(Path(path_text))

    def import_file(self, path: Path, event_id: str | None = None) -> None:
        """Read ``path`` off the GUI thread, asking for a column mapping when a header is unclear; merge by ID.

        The list goes to the event shown when it was chosen, even if the window's event changes meanwhile.
        ``import_finished`` carries the :class:`AttendeeImport`, or None when the file was refused or the user
        cancelled the mapping.
        """
        if self.controller.start_import(path, event_id=event_id):
            self.summary.setText(fill(self.tr("Reading %1…"), path.name))

    def _import_ended(self, ending: ImportEnding) -> None:
        result = ending.result
        if ending.state is JobState.FAILED:
            QMessageBox.warning(self, self.tr("Cannot import the list"), job_message(ending.message))
        if result is None:
            self._update_summary()
            self.import_finished.emit(None)
            return
        if result.needs_mapping:
            assert result.table is not None
            dialog = ColumnMappingDialog(result.table, result.mapping, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen = dialog.mapping() if accepted else {}
            dialog.deleteLater()  # a dialog parented to the page would otherwise live as long as the page
            if accepted:
                self.controller.start_import(ending.path, result.table, chosen, ending.event_id)
            else:
                self._update_summary()
                self.import_finished.emit(None)
            return
        imported, merged = result.imported, result.merged
        assert imported is not None and merged is not None
        self._show_imported(imported, merged.added, merged.updated, merged.unchanged)
        self.import_finished.emit(imported)

    def _show_imported(self, imported: AttendeeImport, added: int, updated: int, unchanged: int) -> None:
        lines = [fill(self.tr("Row %1: not imported: %2"), p.row, translated(p.message)) for p in imported.errors]
        lines += [fill(self.tr("Row %1: %2"), p.row, translated(p.message)) for p in imported.warnings]
        self.problems_model.setStringList(lines)
        self.reload()
        self._update_summary(fill(
            self.tr("%1: %2 new, %3 updated, %4 unchanged, %5."), imported.path.name, added, updated, unchanged,
            self.tr("%n row(s) not imported", "", len(imported.errors))))

    def add_attendee(self) -> None:
        dialog = AttendeeDialog(None, [a.id for a in self.model.attendees()], self._language, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        added = dialog.attendee() if accepted else None
        dialog.deleteLater()
        if added is not None:
            self.badges.save_attendee(self.controller.current_event.id, added)
            self.reload()
            self._select(added.id)

    def edit_attendee(self) -> None:
        current = self._current_attendee()
        if current is None:
            return
        dialog = AttendeeDialog(current, [a.id for a in self.model.attendees()], self._language, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        edited = dialog.attendee() if accepted else None
        dialog.deleteLater()
        if edited is not None:
            self.badges.replace_attendee(self.controller.current_event.id, current.id, edited)
            self.reload()
            self._select(edited.id)

    def remove_attendee(self) -> None:
        chosen = self.selected_attendees() or ([a] if (a := self._current_attendee()) else [])
        if not chosen:
            return
        names = ", ".join(a.display_name for a in chosen[:5]) + (" …" if len(chosen) > 5 else "")
        answer = QMessageBox.question(self, self.tr("Remove attendees"),
                                      fill(self.tr("Remove %1 from the list?"), names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.badges.remove_attendees(self.controller.current_event.id, [a.id for a in chosen])
        self.reload()

    def _select(self, attendee_id: str) -> None:
        row = self.model.row_of(attendee_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _show_qr_contents(self, current: QModelIndex, _previous: QModelIndex) -> None:
        attendee = current.data(ATTENDEE_ROLE) if current.isValid() else None
        self.qr_payload.clear()
        if not isinstance(attendee, Attendee):
            self.qr_text.setText(self.tr("Select an attendee."))
            return
        event_id = self.controller.current_event.id
        try:
            token = self.badges.token(event_id, attendee.id)
        except BadgeSigningError as exc:
            self.qr_text.setText(translated(exc.reason))
            return
        self.qr_text.setText(fill(
            self.tr("Event: %1 · Attendee ID: %2 · Ed25519 signature of this event's key.\n"
                    "No name, e-mail or phone number is in the code.\n%3"), event_id, attendee.id, "").strip())
        self.qr_payload.setText(token)
        self.qr_payload.setCursorPosition(0)

    # ---- drawing ----------------------------------------------------------------------------------------

    def _settings_changed(self) -> None:
        rendered = self.controller.rendered
        if rendered is not None and not self.controller.up_to_date(self._planned()):
            self.preview_note.setText(self.tr("The list or the settings changed: Preview again to see the badges "
                                              "that Save PDF and Print… will produce."))

    def _planned(self) -> BadgeRun:
        return self.controller.plan(self.settings(), self.model.attendees(), self.model.printed(),
                                    self.selected_attendees())

    def render_preview(self) -> None:
        """Write the PDF for the current settings off the GUI thread and show it when done."""
        self._start_render(After.SHOW)

    def _start_render(self, after: After) -> None:
        if self.controller.is_running(Task.RENDER, Task.PRINT):
            return
        run = self._planned()
        if not run.attendees:
            QMessageBox.information(self, self.tr("No badges"), self.tr("No attendees match the chosen badges."))
            return
        try:
            self.badges.signing_key(run.event_id)
        except BadgeSigningError as exc:
            QMessageBox.warning(self, self.tr("Cannot sign badges"), translated(exc.reason))
            return
        self.progress.setRange(0, len(run.attendees))
        self.progress.setValue(0)
        self.controller.start_render(run, after)
        self.preview_note.setText(self.tr("Drawing %n badge(s)…", "", len(run.attendees)))

    def cancel_render(self) -> None:
        """Stop drawing or printing (Cancel)."""
        self.controller.cancel_output()

    def _render_ended(self, ending: RenderEnding) -> None:
        report = ending.report or BadgeReport(cancelled=ending.state is JobState.CANCELLED)
        if ending.run.event_id != self.controller.current_event.id:  # the event changed meanwhile: nothing to show
            self.progress.setValue(0)
            self.render_finished.emit(report)
            return
        if ending.state is JobState.FAILED:
            text = fill(self.tr("Drawing the badges failed: %1"), job_message(ending.message))
            self.preview_note.setText(text)
            self.progress.setValue(0)
            self.render_failed.emit(text)
            return
        if ending.state is JobState.CANCELLED or ending.rendered is None:
            self.preview_note.setText(self.tr("Cancelled. The previous preview is unchanged."))
            self.progress.setValue(0)
            self.render_finished.emit(report)
            return
        rendered = ending.rendered
        self.document.close()
        self.document.load(str(rendered.path))
        lines = []
        for problem in report.problems:
            template = self.tr("Warning: %1") if problem.printed else self.tr("Not printed: %1")
            lines.append(fill(template, problem.text(QCoreApplication.translate)))
        self.problems_model.setStringList(lines)
        self.preview_note.setText(fill(self.tr("%1 badges on %2 pages. This is the file Save PDF and Print… use."),
                                       len(report.printed), report.pages))
        self.render_finished.emit(report)
        if ending.after is After.SAVE:
            self._save_rendered(rendered)
        elif ending.after is After.PRINT:
            self._print_rendered(rendered)

    # ---- output -----------------------------------------------------------------------------------------

    def _confirm_reprint(self, rendered: RenderedPdf) -> bool:
        printed = self.model.printed()
        again = [i for i in rendered.report.printed if i in printed]
        if not again:
            return True
        answer = QMessageBox.question(
            self, self.tr("Print again?"),
            fill(self.tr("%1 of these %2 badges were printed before. Print them again?"), len(again),
                 len(rendered.report.printed)))
        return answer == QMessageBox.StandardButton.Yes

    def _up_to_date(self) -> RenderedPdf | None:
        rendered = self.controller.rendered
        return rendered if rendered is not None and self.controller.up_to_date(self._planned()) else None

    def save_pdf(self) -> None:
        rendered = self._up_to_date()
        if rendered is not None:
            self._save_rendered(rendered)
        else:
            self._start_render(After.SAVE)

    def _save_rendered(self, rendered: RenderedPdf) -> None:
        if not self._confirm_reprint(rendered):
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges as PDF"),
                                                f"badges-{rendered.run.layout}.pdf", self.tr("PDF files (*.pdf)"))
        if not target:
            return
        try:
            self.controller.save_copy(rendered, Path(target))
        except BadgeWriteError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), fill(self.tr("%1: %2"), target,
                                                                   write_problem_text(exc.error)))
            return
        self.reload()

    def print_badges(self) -> None:
        rendered = self._up_to_date()
        if rendered is not None:
            self._print_rendered(rendered)
        else:
            self._start_render(After.PRINT)

    def _print_rendered(self, rendered: RenderedPdf) -> None:
        if not self._confirm_reprint(rendered) or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self.document.pagePointSize(0)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        if rendered.run.duplex:  # what was rendered, whatever the box says now
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # the printer is ours, not the dialog's: it outlives the dialog
        if not accepted:
            return
        count = self.document.pageCount()
        if self.controller.start_print(printer):  # pages drawn at up to 600 dpi, off the GUI thread
            self.progress.setRange(0, count)
            self.progress.setValue(0)
            self.preview_note.setText(self.tr("Sending %n page(s) to the printer…", "", count))

    def _print_ended(self, ending: PrintEnding) -> None:
        if ending.state is JobState.SUCCEEDED:
            self.reload()
            self.preview_note.setText(self.tr("Sent %n page(s) to the printer.", "", ending.pages))
            self.print_finished.emit(True)
            return
        self.progress.setValue(0)
        if ending.state is JobState.FAILED:
            self.preview_note.setText(self.tr("Printing failed: these badges are not logged as printed."))
            QMessageBox.warning(self, self.tr("Cannot print"), job_message(ending.message))
        else:
            self.preview_note.setText(self.tr("Printing cancelled: these badges are not logged as printed."))
        self.print_finished.emit(False)

    def save_calibration(self) -> None:
        layout = str(self.layout_combo.currentData())
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save calibration sheet"), f"calibration-{layout}.pdf",
                                                self.tr("PDF files (*.pdf)"))
        if not target:
            return
        try:
            self.badges.calibration_sheet(Path(target), layout, self.offset_x.value(), self.offset_y.value())
        except BadgeWriteError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), fill(self.tr("%1: %2"), target,
                                                                   write_problem_text(exc.error)))

    def export_key(self) -> None:
        event_id = self.controller.current_event.id
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export public key"), f"{event_id}-badges.pem",
                                                self.tr("PEM public keys (*.pem)"))
        if not target:
            return
        try:
            self.badges.export_public_key(event_id, Path(target))
        except BadgeSigningError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the key"), translated(exc.reason))
        except BadgeWriteError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the key"),
                                fill(self.tr("%1: %2"), target, write_problem_text(exc.error)))
