"""The widgets of the Badges page, laid out and nothing more: the attendee list and the print options.

:class:`~companion.ui.badges.page.BadgesPage` puts the two panes side by side and gives them behaviour. Their
texts keep the page's translation context, ``BadgesPage``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attendee import SortKey
from companion.services.badges import DEFAULT_LAYOUT, BadgeService, Which
from companion.ui.badges.model import AttendeeTableModel


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button


class AttendeeListPane(QWidget):
    """Import, add, edit and remove; the filter, the table, the summary, problems, and the selected QR code."""

    def __init__(self, proxy: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_button = _button(QCoreApplication.translate("BadgesPage", "&Import list…"), "ImportButton", self)
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "BadgesPage",
                "Read the attendee list: an Excel or LibreOffice workbook (.xlsx, .xls, .ods) or CSV; "
                "re-importing updates people by ID, or by e-mail where the list has no ID",
            )
        )
        self.add_button = _button(QCoreApplication.translate("BadgesPage", "&Add…"), "AddButton", self)
        self.edit_button = _button(QCoreApplication.translate("BadgesPage", "&Edit…"), "EditButton", self)
        self.remove_button = _button(QCoreApplication.translate("BadgesPage", "Remo&ve"), "RemoveButton", self)
        self.reprint_button = _button(QCoreApplication.translate("BadgesPage", "Reprint o&ne badge…"),
                                      "ReprintButton", self)
        self.reprint_button.setToolTip(QCoreApplication.translate(
            "BadgesPage", "Print the selected person's badge alone, on a card or one label, without the rest of "
                          "the run (a lost or misspelt badge)"))
        buttons = QHBoxLayout()
        for b in (self.import_button, self.add_button, self.edit_button, self.remove_button, self.reprint_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.empty_prompt = QLabel(QCoreApplication.translate(
            "BadgesPage", "Import a list first: press Import list… and choose the organisers' spreadsheet "
                          "(.xlsx, .xls, .ods) or a CSV file. Or add people one by one with Add…."), self)
        self.empty_prompt.setObjectName("ImportFirstPrompt")
        self.empty_prompt.setWordWrap(True)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate("BadgesPage", "Filter by name, organisation, country, category or ID")
        )
        self.filter_box.setAccessibleName(QCoreApplication.translate("BadgesPage", "Filter attendees"))
        self.filter_box.setClearButtonEnabled(True)

        self.view = QTableView(self)
        self.view.setModel(proxy)
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
        self.view.setAccessibleName(QCoreApplication.translate("BadgesPage", "Attendees"))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("BadgesSummary")
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAccessibleName(QCoreApplication.translate("BadgesPage", "Problems found"))
        self.problems_view.setMaximumHeight(90)
        self.problems_view.setWordWrap(True)
        self.problems_view.hide()
        self.save_problems_button = _button(QCoreApplication.translate("BadgesPage", "Save pro&blems…"),
                                            "SaveProblemsButton", self)
        self.save_problems_button.setToolTip(QCoreApplication.translate(
            "BadgesPage", "Save the rows the last import left out, with the reasons, as a CSV file to fix them"))
        self.save_problems_button.hide()
        self.problems_model.modelReset.connect(
            lambda: self.problems_view.setVisible(self.problems_model.rowCount() > 0)
        )

        self.qr_box = QGroupBox(
            QCoreApplication.translate("BadgesPage", "What the selected badge's QR code holds"), self
        )
        self.qr_text = QLabel(QCoreApplication.translate("BadgesPage", "Select an attendee."), self.qr_box)
        self.qr_text.setWordWrap(True)
        self.qr_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.qr_text.setAccessibleName(QCoreApplication.translate("BadgesPage", "QR code contents"))
        qr_layout = QVBoxLayout(self.qr_box)
        self.qr_payload = QLineEdit(self.qr_box)
        self.qr_payload.setReadOnly(True)
        self.qr_payload.setAccessibleName(QCoreApplication.translate("BadgesPage", "QR code payload"))
        qr_layout.addWidget(self.qr_text)
        qr_layout.addWidget(self.qr_payload)
        self.qr_box.hide()  # shown when an attendee is selected

        side = QVBoxLayout(self)
        side.setContentsMargins(6, 6, 0, 6)
        side.addLayout(buttons)
        side.addWidget(self.empty_prompt)
        side.addWidget(self.filter_box)
        side.addWidget(self.view, 1)
        side.addWidget(self.summary)
        side.addWidget(self.problems_view)
        side.addWidget(self.save_problems_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.qr_box)


class PrintPane(QWidget):
    """Stock, order, which badges, second language, printer offset, duplex; the actions, progress and preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_combo = QComboBox(self)
        self.layout_labels = labels = {
            "a6-a4": QCoreApplication.translate("BadgesPage", "A6, four per A4 sheet, cut marks"),
            "avery-5392": QCoreApplication.translate("BadgesPage", "Avery 5392 / 74459 inserts (4×3 in, Letter, 6)"),
            "avery-l4785": QCoreApplication.translate("BadgesPage", "Avery L4785 labels (80×50 mm, A4, 10)"),
            "durable-1445-02": QCoreApplication.translate("BadgesPage", "DURABLE 1445-02 inserts (90×54 mm, A4, 10)"),
            "cr80": QCoreApplication.translate("BadgesPage", "CR80 plastic card (card printer)"),
        }
        for name in BadgeService.layouts():
            self.layout_combo.addItem(labels.get(name, name), name)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(DEFAULT_LAYOUT))
        self.sort_combo = QComboBox(self)
        self.sort_combo.addItem(
            QCoreApplication.translate("BadgesPage", "Country / delegation, then family name"), SortKey.DELEGATION
        )
        self.sort_combo.addItem(QCoreApplication.translate("BadgesPage", "Family name"), SortKey.FAMILY_NAME)
        self.sort_combo.addItem(
            QCoreApplication.translate("BadgesPage", "Category, then family name"), SortKey.CATEGORY
        )
        self.which_combo = QComboBox(self)
        self.which_combo.addItem(QCoreApplication.translate("BadgesPage", "All attendees"), Which.ALL)
        self.which_combo.addItem(
            QCoreApplication.translate("BadgesPage", "Only badges not printed yet"), Which.NOT_PRINTED
        )
        self.which_combo.addItem(
            QCoreApplication.translate("BadgesPage", "Only the selected attendees"), Which.SELECTED
        )
        self.second_language_combo = QComboBox(self)
        self.second_language_combo.setObjectName("SecondLanguageCombo")
        for text, code in (
            (QCoreApplication.translate("BadgesPage", "None"), ""),
            (QCoreApplication.translate("BadgesPage", "English"), "en"),
            (QCoreApplication.translate("BadgesPage", "Russian"), "ru"),
            (QCoreApplication.translate("BadgesPage", "Kazakh"), "kk"),
            (QCoreApplication.translate("BadgesPage", "Kazakh (Latin)"), "kk-Latn"),
        ):
            self.second_language_combo.addItem(text, code)
        self.second_language_combo.setToolTip(
            QCoreApplication.translate(
                "BadgesPage",
                "Print the event's name in this language too, after the "
                "badges' own language (e.g. “ЦАКИК-2025 / CACCC-2025”)",
            )
        )
        self.offset_x = QDoubleSpinBox(self)
        self.offset_y = QDoubleSpinBox(self)
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-10.0, 10.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(QCoreApplication.translate("BadgesPage", " mm"))
        self.offset_x.setToolTip(QCoreApplication.translate("BadgesPage", "Positive moves the print to the right"))
        self.offset_y.setToolTip(QCoreApplication.translate("BadgesPage", "Positive moves the print down"))
        self.duplex_box = QCheckBox(QCoreApplication.translate("BadgesPage", "&Double-sided"), self)
        self.duplex_box.setToolTip(
            QCoreApplication.translate(
                "BadgesPage", "A back page after each sheet with the name again, mirrored for long-edge duplex printing"
            )
        )
        for combo in (self.layout_combo, self.sort_combo, self.which_combo, self.second_language_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(QCoreApplication.translate("BadgesPage", "x"), self))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(QCoreApplication.translate("BadgesPage", "y"), self))
        offsets.addWidget(self.offset_y)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room for long translations
        for label, widget in (
            (QCoreApplication.translate("BadgesPage", "S&tock"), self.layout_combo),
            (QCoreApplication.translate("BadgesPage", "&Order"), self.sort_combo),
            (QCoreApplication.translate("BadgesPage", "Bad&ges"), self.which_combo),
            (
                QCoreApplication.translate("BadgesPage", "Second &language for the event name"),
                self.second_language_combo,
            ),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.offset_x.setAccessibleName(QCoreApplication.translate("BadgesPage", "Printer offset x"))
        self.offset_y.setAccessibleName(QCoreApplication.translate("BadgesPage", "Printer offset y"))
        offset_label = QLabel(QCoreApplication.translate("BadgesPage", "Printer o&ffset"), self)
        offset_label.setBuddy(self.offset_x)
        form.addRow(offset_label, offsets)
        form.addRow("", self.duplex_box)

        self.preview_button = _button(QCoreApplication.translate("BadgesPage", "Previe&w"), "PreviewButton", self)
        self.save_button = _button(QCoreApplication.translate("BadgesPage", "&Save PDF…"), "SavePdfButton", self)
        self.print_button = _button(QCoreApplication.translate("BadgesPage", "P&rint…"), "PrintButton", self)
        self.calibration_button = _button(
            QCoreApplication.translate("BadgesPage", "&Calibration sheet…"), "CalibrationButton", self
        )
        self.key_button = _button(
            QCoreApplication.translate("BadgesPage", "Export public &key…"), "ExportKeyButton", self
        )
        self.key_button.setToolTip(
            QCoreApplication.translate("BadgesPage", "The key a check-in desk needs to verify badges offline")
        )
        actions = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.mark_button = _button(QCoreApplication.translate("BadgesPage", "&Mark as printed…"), "MarkPrintedButton",
                                   self)
        self.mark_button.setToolTip(QCoreApplication.translate(
            "BadgesPage", "Log the chosen badges as printed (e.g. a saved PDF printed on another computer), so "
                          "“Only badges not printed yet” leaves them out"))
        self.log_button = _button(QCoreApplication.translate("BadgesPage", "&Print log…"), "PrintLogButton", self)
        marks = QHBoxLayout()
        marks.addWidget(self.mark_button)
        marks.addWidget(self.log_button)
        marks.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.calibration_button)
        more.addWidget(self.key_button)
        more.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(QCoreApplication.translate("BadgesPage", "Rendering progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = _button(QCoreApplication.translate("BadgesPage", "Cancel"), "CancelButton", self)
        self.cancel_button.setEnabled(False)
        self.progress_box = QWidget(self)
        progress_row = QHBoxLayout(self.progress_box)
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box.hide()  # shown while badges are drawn or printed

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(
            QCoreApplication.translate("BadgesPage", "Preview of the PDF that will be printed")
        )
        self.preview_note = QLabel(
            QCoreApplication.translate("BadgesPage", "Press Preview to see the badges exactly as they will print."),
            self,
        )
        self.preview_note.setWordWrap(True)

        controls = QWidget(self)
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        controls_layout.addLayout(form)
        controls_layout.addLayout(actions)
        controls_layout.addLayout(marks)
        controls_layout.addLayout(more)
        # In a narrow window the settings scroll sideways instead of widening the whole window.
        scroller = QScrollArea(self)
        scroller.setWidget(controls)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings inside, not to their frame
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumHeight(controls.sizeHint().height() + scroller.horizontalScrollBar().sizeHint().height())
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 6, 6, 6)
        side.addWidget(scroller)
        side.addWidget(self.progress_box)
        side.addWidget(self.preview_note)
        side.addWidget(self.pdf_view, 1)
