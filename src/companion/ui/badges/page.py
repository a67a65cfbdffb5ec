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
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attendee import Attendee, SortKey
from companion.domain.event import Event
from companion.domain.message import fill
from companion.exports.badges.render import BadgeReport
from companion.services.badges import DEFAULT_LAYOUT, BadgeRun, BadgeSettings, BadgeSigningError, BadgeWriteError, Which
from companion.services.container import Services
from companion.services.jobs import JobState
from companion.sources.attendees_csv import AttendeeImport, RowProblem
from companion.sources.attendees_sheet import is_sheet
from companion.sources.errors import AttendeeFileError
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
from companion.ui.badges.dialogs import AttendeeDialog, ColumnMappingDialog, PrintLogDialog
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
        self.proxy = AttendeeFilterProxy(self, language)
        self._import_problems: list[RowProblem] = []
        self._import_lines: list[str] = []
        self._single_run: BadgeRun | None = None
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
        self.reprint_button, self.empty_prompt, self.save_problems_button = (lp.reprint_button, lp.empty_prompt,
                                                                             lp.save_problems_button)
        self.qr_box, self.mark_button, self.log_button = lp.qr_box, pp.mark_button, pp.log_button
        self.progress_box = pp.progress_box
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
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reprint_button.clicked.connect(self.reprint_one)
        self.save_problems_button.clicked.connect(self.save_problems)
        self.mark_button.clicked.connect(self.mark_printed)
        self.log_button.clicked.connect(self.show_print_log)
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
        """Enable what makes sense now: nothing to draw, edit or mark before a list is imported; nothing to draw
        while drawing or printing; Edit, Remove and Reprint need a person chosen."""
        output_busy = self.controller.is_running(Task.RENDER, Task.PRINT)
        has_people = self.model.rowCount() > 0
        chosen = self._current_attendee() is not None or bool(self.view.selectionModel().selectedRows())
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(has_people and not output_busy)
        self.mark_button.setEnabled(has_people)
        self.edit_button.setEnabled(has_people and self._current_attendee() is not None)
        self.remove_button.setEnabled(has_people and chosen)
        self.reprint_button.setEnabled(has_people and self._current_attendee() is not None and not output_busy)
        self.cancel_button.setEnabled(output_busy)
        self.progress_box.setVisible(output_busy)
        self.import_button.setEnabled(not self.controller.is_running(Task.IMPORT))
        self.empty_prompt.setVisible(not has_people)
        self.filter_box.setVisible(has_people or bool(self.filter_box.text()))

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
        self._show_import_problems([])
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
        self._update_buttons()
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
        path_text, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import attendee list"), "",
            self.tr("Attendee lists (*.xlsx *.xls *.ods *.csv *.txt);;Workbooks (*.xlsx *.xls *.ods);;"
                    "CSV files (*.csv *.txt);;All files (*)"))
        if not path_text:
            return
        path = Path(path_text)
        sheet: str | None = None
        if is_sheet(path):
            try:
                names = self.badges.sheet_names(path)
            except AttendeeFileError:
                names = []  # the import says what is wrong with the file, as for any list
            if len(names) > 1:
                chosen, accepted = QInputDialog.getItem(
                    self, self.tr("Choose a sheet"), fill(self.tr("Which sheet of %1 holds the attendees?"),
                                                          path.name), names, 0, False)
                if not accepted:
                    return
                sheet = chosen
        self.import_file(path, sheet=sheet)

    def import_file(self, path: Path, event_id: str | None = None, sheet: str | int | None = None) -> None:
        """Read ``path`` off the GUI thread, asking for a column mapping when a header is unclear; merge by ID.

        The list goes to the event shown when it was chosen, even if the window's event changes meanwhile.
        ``import_finished`` carries the :class:`AttendeeImport`, or None when the file was refused or the user
        cancelled the mapping.
        """
        if self.controller.start_import(path, event_id=event_id, sheet=sheet):
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
        self._show_import_problems(imported.errors + imported.warnings)
        self.reload()
        self._update_summary(fill(
            self.tr("%1: %2 new, %3 updated, %4 unchanged, %5."), imported.path.name, added, updated, unchanged,
            self.tr("%n row(s) not imported", "", len(imported.errors))))

    def _show_import_problems(self, problems: list[RowProblem]) -> None:
        """The rows the last import left out or changed; they stay until the next import (Preview adds its own)."""
        self._import_problems = list(problems)
        self._import_lines = [
            fill(self.tr("Row %1: not imported: %2"), p.row, translated(p.message)) if p.error
            else fill(self.tr("Row %1: %2"), p.row, translated(p.message)) for p in problems]
        self.problems_model.setStringList(self._import_lines)
        self.save_problems_button.setVisible(bool(problems))

    def save_problems(self) -> None:
        """Write the last import's problems to a CSV file (no cell a spreadsheet would run as a formula)."""
        if not self._import_problems:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save import problems"), "import-problems.csv",
                                                self.tr("CSV files (*.csv)"))
        if not target:
            return
        header = (self.tr("Row"), self.tr("Kind"), self.tr("Problem"))
        rows = [(p.row, self.tr("not imported") if p.error else self.tr("warning"), translated(p.message))
                for p in self._import_problems]
        try:
            self.badges.save_problems(Path(target), header, rows)
        except BadgeWriteError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), fill(self.tr("%1: %2"), target,
                                                                   write_problem_text(exc.error)))

    def reprint_one(self) -> None:
        """The selected person's badge alone on a card or one label, leaving the run's settings as they are."""
        attendee = self._current_attendee()
        if attendee is None or self.controller.is_running(Task.RENDER, Task.PRINT):
            return
        layouts = list(self.badges.layouts())
        labels = [self.print_pane.layout_labels.get(name, name) for name in layouts]
        default = layouts.index("cr80") if "cr80" in layouts else 0
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Reprint one badge"), fill(self.tr("Stock for %1's badge:"), attendee.display_name),
            labels, default, False)
        if not accepted:
            return
        layout = layouts[labels.index(chosen)]
        run = self.badges.single(self.controller.current_event, attendee, layout, self.settings(),
                                 self.controller.language)
        self._single_run = run
        self._start_run(run, After.PRINT)

    def mark_printed(self) -> None:
        """Log the badges the current choice picks (all, not printed yet, or the selection) as printed."""
        run = self._planned()
        if not run.attendees:
            QMessageBox.information(self, self.tr("No badges"), self.tr("No attendees match the chosen badges."))
            return
        answer = QMessageBox.question(self, self.tr("Mark as printed"), self.tr(
            "Log %n badge(s) of the current choice as printed? “Only badges not printed yet” will leave them out.",
            "", len(run.attendees)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.badges.mark_printed(run.event_id, [a.id for a in run.attendees], run.layout)
        self.reload()

    def show_print_log(self) -> None:
        event_id = self.controller.current_event.id
        names = {a.id: a.display_name for a in self.model.attendees()}
        dialog = PrintLogDialog(self.badges.print_log(event_id), names, self)
        dialog.exec()
        dialog.deleteLater()

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
        self._update_buttons()
        self.qr_box.setVisible(isinstance(attendee, Attendee))  # no empty QR text before a person is chosen
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
        if self.model.rowCount() == 0:
            QMessageBox.information(self, self.tr("No badges"), self.tr(
                "Import a list first: there is nobody to print a badge for."))
            return
        run = self._planned()
        if not run.attendees:
            QMessageBox.information(self, self.tr("No badges"), self.tr("No attendees match the chosen badges."))
            return
        self._single_run = None
        self._start_run(run, after)

    def _start_run(self, run: BadgeRun, after: After) -> None:
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
        lines = list(self._import_lines)  # the import's problems stay until the next import
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
        if self._single_run is not None and rendered.run == self._single_run:
            return True  # Reprint one badge: reprinting is the point
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
