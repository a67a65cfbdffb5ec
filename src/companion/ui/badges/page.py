"""The Badges page: import and edit the attendee list, choose stock and order, preview, save and print.

The preview shows the PDF file that Save PDF copies and Print… sends to the printer: there is one drawing path.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSizeF,
    QStringListModel,
    Qt,
    QTemporaryDir,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attendee import Attendee, SortKey, sorted_attendees
from companion.domain.event import Event
from companion.domain.message import Message
from companion.exports.badges import fonts
from companion.exports.badges.calibration import render_calibration
from companion.exports.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from companion.exports.badges.render import BadgeOptions, BadgeReport, EventHeading
from companion.exports.badges.tokens import make_token
from companion.sources.attendees_csv import AttendeeFileError, AttendeeImport, CsvTable, Field
from companion.sources.translations import translator
from companion.store.attendees import AttendeeStore
from companion.store.badge_keys import BadgeKeyError, event_signing_key, export_public_key
from companion.store.print_log import PrintLog
from companion.store.settings import Settings
from companion.ui.badges.dialogs import AttendeeDialog, ColumnMappingDialog
from companion.ui.badges.import_job import AttendeeImportJob
from companion.ui.badges.model import ATTENDEE_ROLE, AttendeeFilterProxy, AttendeeTableModel
from companion.ui.badges.print_job import PrintJob
from companion.ui.badges.render_job import RenderJob, RenderRequest
from companion.ui.file_problem import file_problem_text, translated, write_problem_text

ALL, NOT_PRINTED, SELECTED = "all", "not-printed", "selected"


@dataclass(frozen=True, slots=True)
class _RunKey:
    """What a rendered PDF was made from; a different key means the preview is out of date."""

    event_id: str
    layout: str
    attendees: tuple[Attendee, ...]
    offset_x: float
    offset_y: float
    duplex: bool
    second_language: str
    """The language the event's name is printed in too ("" for none)."""


class BadgesPage(QWidget):
    """Attendee list on the left; stock, order, preview, Save PDF and Print… on the right."""

    render_finished = Signal(object)
    """A preview run ended (its :class:`BadgeReport`)."""
    print_finished = Signal(bool)
    """A print run ended: True when every page went to the printer, False when cancelled or failed."""
    attendees_changed = Signal()
    import_finished = Signal(object)
    """An import ended: its :class:`AttendeeImport`, or None when refused or cancelled."""

    def __init__(self, event: Event, state_conn: sqlite3.Connection, language: str = "en",
                 parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BadgesPage")
        self._event = event
        self._conn = state_conn
        self._language = language
        self._pool = pool or QThreadPool.globalInstance()
        self._store = AttendeeStore(state_conn, event.id)
        self._log = PrintLog(state_conn, event.id)
        self._temp = QTemporaryDir()
        self._runs = 0
        self._job: RenderJob | None = None
        self._last_job: RenderJob | None = None
        """The finished job stays referenced until the next starts: its pool thread may still be leaving run()."""
        self._print_job: PrintJob | None = None
        self._last_print_job: PrintJob | None = None
        self._printing: tuple[_RunKey, BadgeReport] | None = None
        """What the running print job sends: the key it was rendered from and its report, logged when it ends."""
        self._job_key: _RunKey | None = None
        self._rendered_key: _RunKey | None = None
        self._rendered_path: Path | None = None
        self._rendered_report: BadgeReport | None = None
        self._after_render: str | None = None
        self._import_job: AttendeeImportJob | None = None
        self._last_import_job: AttendeeImportJob | None = None
        self._settings = Settings(state_conn)
        self._import_store = self._store
        self._restoring = False

        self.model = AttendeeTableModel(language, self)
        self.proxy = AttendeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_list_side()
        self._build_print_side()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list_side)
        splitter.addWidget(self._print_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.view)
        self._restore_options()
        self.reload()

    # ---- building -------------------------------------------------------------------------------------

    def _button(self, text: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build_list_side(self) -> None:
        self.import_button = self._button(self.tr("&Import list…"), self.import_list, "ImportButton")
        self.import_button.setToolTip(self.tr("Read an attendee list saved as CSV from Excel, LibreOffice or "
                                              "Google Sheets; re-importing updates people by ID"))
        self.add_button = self._button(self.tr("&Add…"), self.add_attendee, "AddButton")
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_attendee, "EditButton")
        self.remove_button = self._button(self.tr("&Remove"), self.remove_attendee, "RemoveButton")
        buttons = QHBoxLayout()
        for b in (self.import_button, self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by name, organisation, country, category or ID"))
        self.filter_box.setAccessibleName(self.tr("Filter attendees"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_search)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AttendeeTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(AttendeeTableModel.NAME, 220)
        self.view.setColumnWidth(AttendeeTableModel.ORGANISATION, 200)
        self.view.setColumnWidth(AttendeeTableModel.DELEGATION, 130)
        self.view.setAccessibleName(self.tr("Attendees"))
        self.view.activated.connect(lambda _index: self.edit_attendee())
        self.view.selectionModel().currentRowChanged.connect(self._show_qr_contents)
        self.view.installEventFilter(self)  # Delete removes the selected attendees

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("BadgesSummary")
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAccessibleName(self.tr("Problems found"))
        self.problems_view.setMaximumHeight(90)
        self.problems_view.setWordWrap(True)
        self.problems_view.hide()
        self.problems_model.modelReset.connect(
            lambda: self.problems_view.setVisible(self.problems_model.rowCount() > 0))

        self.qr_box = QGroupBox(self.tr("What the selected badge's QR code holds"), self)
        self.qr_text = QLabel(self.tr("Select an attendee."), self.qr_box)
        self.qr_text.setWordWrap(True)
        self.qr_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.qr_text.setAccessibleName(self.tr("QR code contents"))
        qr_layout = QVBoxLayout(self.qr_box)
        self.qr_payload = QLineEdit(self.qr_box)
        self.qr_payload.setReadOnly(True)
        self.qr_payload.setAccessibleName(self.tr("QR code payload"))
        qr_layout.addWidget(self.qr_text)
        qr_layout.addWidget(self.qr_payload)

        self._list_side = QWidget(self)
        side = QVBoxLayout(self._list_side)
        side.setContentsMargins(6, 6, 0, 6)
        side.addLayout(buttons)
        side.addWidget(self.filter_box)
        side.addWidget(self.view, 1)
        side.addWidget(self.summary)
        side.addWidget(self.problems_view)
        side.addWidget(self.qr_box)

    def _build_print_side(self) -> None:
        self.layout_combo = QComboBox(self)
        labels = {
            "a6-a4": self.tr("A6, four per A4 sheet, cut marks"),
            "avery-5392": self.tr("Avery 5392 / 74459 inserts (4×3 in, Letter, 6)"),
            "avery-l4785": self.tr("Avery L4785 labels (80×50 mm, A4, 10)"),
            "durable-1445-02": self.tr("DURABLE 1445-02 inserts (90×54 mm, A4, 10)"),
            "cr80": self.tr("CR80 plastic card (card printer)"),
        }
        for name in LAYOUTS:
            self.layout_combo.addItem(labels.get(name, name), name)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(DEFAULT_LAYOUT))
        self.sort_combo = QComboBox(self)
        self.sort_combo.addItem(self.tr("Country / delegation, then family name"), SortKey.DELEGATION)
        self.sort_combo.addItem(self.tr("Family name"), SortKey.FAMILY_NAME)
        self.sort_combo.addItem(self.tr("Category, then family name"), SortKey.CATEGORY)
        self.which_combo = QComboBox(self)
        self.which_combo.addItem(self.tr("All attendees"), ALL)
        self.which_combo.addItem(self.tr("Only badges not printed yet"), NOT_PRINTED)
        self.which_combo.addItem(self.tr("Only the selected attendees"), SELECTED)
        self.second_language_combo = QComboBox(self)
        self.second_language_combo.setObjectName("SecondLanguageCombo")
        for text, code in ((self.tr("None"), ""), (self.tr("English"), "en"), (self.tr("Russian"), "ru"),
                           (self.tr("Kazakh"), "kk"), (self.tr("Kazakh (Latin)"), "kk-Latn")):
            self.second_language_combo.addItem(text, code)
        self.second_language_combo.setToolTip(self.tr("Print the event's name in this language too, after the "
                                                      "badges' own language (e.g. “ЦАКИК-2025 / CACCC-2025”)"))
        self.offset_x = QDoubleSpinBox(self)
        self.offset_y = QDoubleSpinBox(self)
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-10.0, 10.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" mm"))
        self.offset_x.setToolTip(self.tr("Positive moves the print to the right"))
        self.offset_y.setToolTip(self.tr("Positive moves the print down"))
        self.duplex_box = QCheckBox(self.tr("&Double-sided"), self)
        self.duplex_box.setToolTip(self.tr("A back page after each sheet with the name again, mirrored for "
                                           "long-edge duplex printing"))
        for combo in (self.layout_combo, self.sort_combo, self.which_combo, self.second_language_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("x"), self))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("y"), self))
        offsets.addWidget(self.offset_y)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room for long translations
        for label, widget in ((self.tr("&Stock"), self.layout_combo), (self.tr("&Order"), self.sort_combo),
                              (self.tr("&Badges"), self.which_combo),
                              (self.tr("Second &language for the event name"), self.second_language_combo)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.offset_x.setAccessibleName(self.tr("Printer offset x"))
        self.offset_y.setAccessibleName(self.tr("Printer offset y"))
        offset_label = QLabel(self.tr("Printer &offset"), self)
        offset_label.setBuddy(self.offset_x)
        form.addRow(offset_label, offsets)
        form.addRow("", self.duplex_box)

        self.preview_button = self._button(self.tr("&Preview"), self.render_preview, "PreviewButton")
        self.save_button = self._button(self.tr("&Save PDF…"), self.save_pdf, "SavePdfButton")
        self.print_button = self._button(self.tr("P&rint…"), self.print_badges, "PrintButton")
        self.calibration_button = self._button(self.tr("&Calibration sheet…"), self.save_calibration,
                                               "CalibrationButton")
        self.key_button = self._button(self.tr("Export public &key…"), self.export_key, "ExportKeyButton")
        self.key_button.setToolTip(self.tr("The key a check-in desk needs to verify badges offline"))
        actions = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.calibration_button)
        more.addWidget(self.key_button)
        more.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Rendering progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = self._button(self.tr("Cancel"), self.cancel_render, "CancelButton")
        self.cancel_button.setEnabled(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("Preview of the PDF that will be printed"))
        self.preview_note = QLabel(self.tr("Press Preview to see the badges exactly as they will print."), self)
        self.preview_note.setWordWrap(True)

        for widget in (self.layout_combo, self.sort_combo, self.which_combo, self.second_language_combo):
            widget.currentIndexChanged.connect(self._settings_changed)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._settings_changed)
        self.duplex_box.toggled.connect(self._settings_changed)
        for widget in (self.layout_combo, self.sort_combo, self.which_combo, self.second_language_combo):
            widget.currentIndexChanged.connect(self._save_options)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._save_options)
        self.duplex_box.toggled.connect(self._save_options)

        controls = QWidget(self)
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        controls_layout.addLayout(form)
        controls_layout.addLayout(actions)
        controls_layout.addLayout(more)
        # In a narrow window the settings scroll sideways instead of widening the whole window.
        scroller = QScrollArea(self)
        scroller.setWidget(controls)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumHeight(controls.sizeHint().height() + scroller.horizontalScrollBar().sizeHint().height())
        self._print_side = QWidget(self)
        side = QVBoxLayout(self._print_side)
        side.setContentsMargins(0, 6, 6, 6)
        side.addWidget(scroller)
        side.addLayout(progress_row)
        side.addWidget(self.preview_note)
        side.addWidget(self.pdf_view, 1)

    # ---- the list ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.remove_attendee()
            return True
        return super().eventFilter(watched, event)

    def set_event(self, event: Event) -> None:
        """Show another event's attendees (from ``event_changed``)."""
        self.cancel_render()
        self._event = event
        self._store = AttendeeStore(self._conn, event.id)
        self._log = PrintLog(self._conn, event.id)
        self._forget_preview()
        self._restore_options()
        self.problems_model.setStringList([])
        self.preview_note.setText(self.tr("Press Preview to see the badges exactly as they will print."))
        self.progress.setValue(0)
        self.reload()

    # ---- options kept per event ----------------------------------------------------------------------

    def _option_key(self, name: str) -> str:
        return f"badges/{self._event.id}/{name}"

    def _save_options(self) -> None:
        """Keep stock, order, which badges, printer offset, duplex and the second language for this event."""
        if self._restoring:
            return
        which = self.which_combo.currentData()
        values = {
            "layout": str(self.layout_combo.currentData()),
            "sort": str(SortKey(self.sort_combo.currentData()).value),
            "which": which if which != SELECTED else ALL,  # a selection does not outlive the session
            "offset_x": f"{self.offset_x.value():.1f}",
            "offset_y": f"{self.offset_y.value():.1f}",
            "duplex": "1" if self.duplex_box.isChecked() else "0",
            "second_language": str(self.second_language_combo.currentData()),
        }
        for name, value in values.items():
            self._settings.set(self._option_key(name), value)

    def _restore_options(self) -> None:
        """Show this event's saved options; defaults where none were saved or a saved value is unusable."""
        def number(name: str) -> float:
            try:
                return float(self._settings.get(self._option_key(name), "0") or "0")
            except ValueError:
                return 0.0

        def choose(combo: QComboBox, value: object, default: object) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else combo.findData(default))

        self._restoring = True
        try:
            choose(self.layout_combo, self._settings.get(self._option_key("layout")), DEFAULT_LAYOUT)
            sort = self._settings.get(self._option_key("sort"))
            sort_key = SortKey(sort) if sort in {k.value for k in SortKey} else SortKey.DELEGATION
            choose(self.sort_combo, sort_key, SortKey.DELEGATION)
            choose(self.which_combo, self._settings.get(self._option_key("which")), ALL)
            self.offset_x.setValue(number("offset_x"))  # the spin box clamps to its range
            self.offset_y.setValue(number("offset_y"))
            self.duplex_box.setChecked(self._settings.get(self._option_key("duplex")) == "1")
            choose(self.second_language_combo, self._settings.get(self._option_key("second_language")), "")
        finally:
            self._restoring = False

    def _forget_preview(self) -> None:
        """Drop the shown PDF: it carries another event's heading and QR codes signed with another key."""
        self.document.close()
        if self._rendered_path is not None and self._print_job is None:  # a print run may still read it
            self._rendered_path.unlink(missing_ok=True)
        self._rendered_path = None
        self._rendered_key = None
        self._rendered_report = None

    def reload(self) -> None:
        self.model.set_attendees(self._store.all(), self._log.last_printed())
        self._update_summary()
        self._settings_changed()
        self.attendees_changed.emit()

    def _update_summary(self, extra: str = "") -> None:
        total = self.model.rowCount()
        printed = sum(1 for a in self.model.attendees() if a.id in self.model.printed())
        text = self.tr("%1 attendees, %2 badges printed.").replace("%1", str(total)).replace("%2", str(printed))
        self.summary.setText(f"{extra} {text}".strip())

    def selected_attendees(self) -> list[Attendee]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ATTENDEE_ROLE) for index in rows]

    def _current_attendee(self) -> Attendee | None:
        index = self.view.currentIndex()
        return index.data(ATTENDEE_ROLE) if index.isValid() else None

    def import_list(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendee list"), "",
                                                   self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path_text:
            self.import_file(Path(path_text))

    def import_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread, asking for a column mapping when a header is unclear; merge by ID.

        ``import_finished`` carries the :class:`AttendeeImport`, or None when the file was refused or the user
        cancelled the mapping.
        """
        if self._import_job is not None:
            return
        self._import_store = self._store  # the event the list is for, even if the window's event changes meanwhile
        self._start_import(AttendeeImportJob(path))

    def _start_import(self, job: AttendeeImportJob) -> None:
        job.signals.needs_mapping.connect(self._import_needs_mapping)
        job.signals.finished.connect(self._import_done)
        job.signals.failed.connect(self._import_failed)
        self._last_import_job, self._import_job = self._import_job, job
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %1…").replace("%1", job.path.name))
        self._pool.start(job)

    def _import_ended(self, result: AttendeeImport | None) -> None:
        self._last_import_job, self._import_job = self._import_job, None
        self.import_button.setEnabled(True)
        if result is None:
            self._update_summary()
        self.import_finished.emit(result)

    def _import_needs_mapping(self, table: CsvTable, mapping: dict[int, Field]) -> None:
        job = self._import_job
        assert job is not None
        dialog = ColumnMappingDialog(table, mapping, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.mapping() if accepted else {}
        dialog.deleteLater()  # a dialog parented to the page would otherwise live as long as the page
        if not accepted:
            self._import_ended(None)
            return
        self._last_import_job, self._import_job = job, None
        self._start_import(AttendeeImportJob(job.path, table, chosen))

    def _import_failed(self, exc: AttendeeFileError) -> None:
        QMessageBox.warning(self, self.tr("Cannot import the list"), file_problem_text(exc))
        self._import_ended(None)

    def _import_done(self, result: AttendeeImport) -> None:
        merged = self._import_store.merge(result.attendees)
        lines = [self.tr("Row %1: not imported: %2").replace("%1", str(p.row)).replace("%2", translated(p.message))
                 for p in result.errors]
        lines += [self.tr("Row %1: %2").replace("%1", str(p.row)).replace("%2", translated(p.message))
                  for p in result.warnings]
        self.problems_model.setStringList(lines)
        self.reload()
        self._update_summary(
            self.tr("%1: %2 new, %3 updated, %4 unchanged, %5.")
            .replace("%1", result.path.name).replace("%2", str(merged.added)).replace("%3", str(merged.updated))
            .replace("%4", str(merged.unchanged))
            .replace("%5", self.tr("%n row(s) not imported", "", len(result.errors))))
        self._import_ended(result)

    def add_attendee(self) -> None:
        dialog = AttendeeDialog(None, [a.id for a in self.model.attendees()], self._language, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        added = dialog.attendee() if accepted else None
        dialog.deleteLater()
        if added is not None:
            self._store.save(added)
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
            self._store.rename(current.id, edited)
            self.reload()
            self._select(edited.id)

    def remove_attendee(self) -> None:
        chosen = self.selected_attendees() or ([a] if (a := self._current_attendee()) else [])
        if not chosen:
            return
        names = ", ".join(a.display_name for a in chosen[:5]) + (" …" if len(chosen) > 5 else "")
        answer = QMessageBox.question(self, self.tr("Remove attendees"),
                                      self.tr("Remove %1 from the list?").replace("%1", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for a in chosen:
            self._store.remove(a.id)
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
        if attendee is None:
            self.qr_text.setText(self.tr("Select an attendee."))
            return
        try:
            token = make_token(event_signing_key(self._event.id), self._event.id, attendee.id)
        except BadgeKeyError as exc:
            self.qr_text.setText(translated(exc.reason))
            return
        self.qr_text.setText(
            self.tr("Event: %1 · Attendee ID: %2 · Ed25519 signature of this event's key.\n"
                    "No name, e-mail or phone number is in the code.\n%3")
            .replace("%1", self._event.id).replace("%2", attendee.id).replace("%3", "").strip())
        self.qr_payload.setText(token)
        self.qr_payload.setCursorPosition(0)

    # ---- rendering --------------------------------------------------------------------------------------

    def _run_attendees(self) -> list[Attendee]:
        which = self.which_combo.currentData()
        if which == SELECTED:
            chosen = self.selected_attendees()
        else:
            chosen = self.model.attendees()
            if which == NOT_PRINTED:
                printed = self.model.printed()
                chosen = [a for a in chosen if a.id not in printed]
        return sorted_attendees(chosen, SortKey(self.sort_combo.currentData()))

    def _run_key(self) -> _RunKey:
        return _RunKey(self._event.id, self.layout_combo.currentData(), tuple(self._run_attendees()),
                       self.offset_x.value(), self.offset_y.value(), self.duplex_box.isChecked(),
                       str(self.second_language_combo.currentData()))

    def _settings_changed(self) -> None:
        if self._rendered_key is not None and self._rendered_key != self._run_key():
            self.preview_note.setText(self.tr("The list or the settings changed: Preview again to see the badges "
                                              "that Save PDF and Print… will produce."))

    @property
    def is_rendering(self) -> bool:
        return self._job is not None

    def busy(self) -> bool:
        """True while badges are drawn, sent to the printer or imported: the page must outlive that job."""
        return self._job is not None or self._print_job is not None or self._import_job is not None

    def render_preview(self) -> None:
        """Write the PDF for the current settings off the GUI thread and show it when done."""
        self._start_render(None)

    def _start_render(self, then: str | None) -> None:
        if self._job is not None or self._print_job is not None:
            return
        key = self._run_key()
        if not key.attendees:
            QMessageBox.information(self, self.tr("No badges"), self.tr("No attendees match the chosen badges."))
            return
        try:
            signing_key = event_signing_key(self._event.id)
        except BadgeKeyError as exc:
            QMessageBox.warning(self, self.tr("Cannot sign badges"), translated(exc.reason))
            return
        fonts.register_fonts()  # once, on this thread, before a worker measures text
        self._runs += 1
        output = Path(self._temp.path()) / f"badges-{self._runs}.pdf"
        heading = EventHeading.of(self._event, self._language, key.second_language or None)
        request = RenderRequest(output, heading, key.attendees, signing_key,
                                BadgeOptions(LAYOUTS[key.layout], key.offset_x, key.offset_y, key.duplex,
                                             self._language, translator(self._language)))
        job = RenderJob(request)
        job.signals.progress.connect(self._render_progress)
        job.signals.finished.connect(self._render_done)
        job.signals.failed.connect(self._render_failed)
        self._job, self._job_key, self._after_render = job, key, then
        self.progress.setRange(0, len(key.attendees))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(False)
        self.preview_note.setText(self.tr("Drawing %n badge(s)…", "", len(key.attendees)))
        self._pool.start(job)

    def cancel_render(self) -> None:
        if self._job is not None:
            self._job.cancel()
        if self._print_job is not None:
            self._print_job.cancel()

    def _render_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _end_job(self) -> None:
        self._last_job, self._job = self._job, None
        self.cancel_button.setEnabled(False)
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(True)

    def _render_failed(self, message: Message | str) -> None:
        self._end_job()
        self.preview_note.setText(self.tr("Drawing the badges failed: %1").replace("%1", translated(message)))
        self._after_render = None

    def _render_done(self, report: BadgeReport) -> None:
        job, then, key = self._job, self._after_render, self._job_key
        self._end_job()
        self._after_render = None
        if job is not None and (key is None or key.event_id != self._event.id):  # the event changed meanwhile
            job.request.output.unlink(missing_ok=True)
            self.progress.setValue(0)
            self.render_finished.emit(report)
            return
        if report.cancelled or job is None:
            self.preview_note.setText(self.tr("Cancelled. The previous preview is unchanged."))
            self.progress.setValue(0)
            self.render_finished.emit(report)
            return
        self.document.close()
        self.document.load(str(job.request.output))
        if self._rendered_path is not None and self._rendered_path != job.request.output:
            self._rendered_path.unlink(missing_ok=True)
        self._rendered_path = job.request.output
        self._rendered_key = self._job_key
        self._rendered_report = report
        lines = []
        for problem in report.problems:
            template = self.tr("Warning: %1") if problem.printed else self.tr("Not printed: %1")
            lines.append(template.replace("%1", problem.text(QCoreApplication.translate)))
        self.problems_model.setStringList(lines)
        self.preview_note.setText(
            self.tr("%1 badges on %2 pages. This is the file Save PDF and Print… use.")
            .replace("%1", str(len(report.printed))).replace("%2", str(report.pages)))
        self.render_finished.emit(report)
        if then == "save":
            self._save_rendered()
        elif then == "print":
            self._print_rendered()

    # ---- output -----------------------------------------------------------------------------------------

    def _up_to_date(self) -> bool:
        return self._rendered_path is not None and self._rendered_key == self._run_key()

    def _confirm_reprint(self) -> bool:
        assert self._rendered_report is not None
        printed = self.model.printed()
        again = [i for i in self._rendered_report.printed if i in printed]
        if not again:
            return True
        answer = QMessageBox.question(
            self, self.tr("Print again?"),
            self.tr("%1 of these %2 badges were printed before. Print them again?")
            .replace("%1", str(len(again))).replace("%2", str(len(self._rendered_report.printed))))
        return answer == QMessageBox.StandardButton.Yes

    def save_pdf(self) -> None:
        if self._up_to_date():
            self._save_rendered()
        else:
            self._start_render("save")

    def _save_rendered(self) -> None:
        if not self._confirm_reprint():
            return
        assert self._rendered_key is not None and self._rendered_report is not None
        key, report = self._rendered_key, self._rendered_report
        layout = key.layout
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges as PDF"), f"badges-{layout}.pdf",
                                                self.tr("PDF files (*.pdf)"))
        if not target:
            return
        assert self._rendered_path is not None
        try:
            shutil.copyfile(self._rendered_path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("%1: %2").replace("%1", target)
                                .replace("%2", write_problem_text(exc)))
            return
        self._record(target, key, report)

    def _record(self, output: str, key: _RunKey, report: BadgeReport) -> None:
        """Log ``report``'s badges as printed on the stock and for the event they were rendered with."""
        PrintLog(self._conn, key.event_id).record(report.printed, key.layout, output)
        self.reload()

    def print_badges(self) -> None:
        if self._up_to_date():
            self._print_rendered()
        else:
            self._start_render("print")

    def _print_rendered(self) -> None:
        if not self._confirm_reprint() or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self.document.pagePointSize(0)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        assert self._rendered_key is not None
        if self._rendered_key.duplex:  # what was rendered, whatever the box says now
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # the printer is ours, not the dialog's: it outlives the dialog
        if accepted:
            self._start_print(printer)

    def _start_print(self, printer: QPrinter) -> None:
        """Send the rendered PDF's pages to ``printer`` from a pool thread (pages drawn at up to 600 dpi)."""
        assert self._rendered_path is not None
        assert self._rendered_key is not None and self._rendered_report is not None
        self._printing = (self._rendered_key, self._rendered_report)
        job = PrintJob(self._rendered_path, printer)
        job.signals.progress.connect(self._render_progress)
        job.signals.finished.connect(self._print_done)
        job.signals.failed.connect(self._print_failed)
        self._last_print_job, self._print_job = self._print_job, job
        count = self.document.pageCount()
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(False)
        self.preview_note.setText(self.tr("Sending %n page(s) to the printer…", "", count))
        self._pool.start(job)

    def _end_print(self) -> PrintJob | None:
        job, self._last_print_job, self._print_job = self._print_job, self._print_job, None
        self.cancel_button.setEnabled(False)
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(True)
        return job

    def _print_done(self, complete: bool) -> None:
        job, printing, self._printing = self._end_print(), self._printing, None
        if complete and job is not None and printing is not None:
            printer = job.printer
            self._record(printer.printerName() or printer.outputFileName(), *printing)
            self.preview_note.setText(self.tr("Sent %n page(s) to the printer.", "", self.progress.value()))
        else:
            self.preview_note.setText(self.tr("Printing cancelled: these badges are not logged as printed."))
            self.progress.setValue(0)
        self.print_finished.emit(complete)

    def _print_failed(self, message: str) -> None:
        self._end_print()
        self._printing = None
        QMessageBox.warning(self, self.tr("Cannot print"), message)
        self.print_finished.emit(False)

    def save_calibration(self) -> None:
        layout = self.layout_combo.currentData()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save calibration sheet"), f"calibration-{layout}.pdf",
                                                self.tr("PDF files (*.pdf)"))
        if not target:
            return
        try:
            render_calibration(Path(target), LAYOUTS[layout], self.offset_x.value(), self.offset_y.value())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("%1: %2").replace("%1", target)
                                .replace("%2", write_problem_text(exc)))

    def export_key(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export public key"), f"{self._event.id}-badges.pem",
                                                self.tr("PEM public keys (*.pem)"))
        if not target:
            return
        try:
            export_public_key(self._event.id, target)
        except BadgeKeyError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the key"), translated(exc.reason))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the key"), self.tr("%1: %2").replace("%1", target)
                                .replace("%2", write_problem_text(exc)))
