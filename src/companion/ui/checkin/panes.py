"""The widgets of the Check-in page, laid out; :mod:`companion.ui.checkin.page` binds them to the desk service.

Left: the offline banner, the verdict (large), Undo / Sound / Full screen, and the name search with Check in by
hand and Reprint. Right: the counts, the conflicts between desks, and the camera.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.checkin.camera import CameraPane
from companion.ui.checkin.verdict import VerdictPanel
from companion.ui.jobs import JobRunner


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class DeskPanes(QWidget):
    """Every widget of the page, named for the page and the tests."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel(self)
        self.banner.setObjectName("CheckinOfflineBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Connection to the shared check-in server"))
        self.banner.setContentsMargins(12, 8, 12, 8)
        self.banner.hide()
        self.hint = QLabel(self.tr("Scan a badge: the scanner works whatever has focus on this page."), self)
        self.hint.setObjectName("CheckinHint")
        self.hint.setWordWrap(True)
        self.verdict = VerdictPanel(self)
        self.desk_label = QLabel(self)
        self.desk_label.setObjectName("CheckinDesk")
        self.operator_label = QLabel(self.tr("&Operator:"), self)
        self.operator_edit = QLineEdit(self)
        self.operator_edit.setObjectName("CheckinOperator")
        self.operator_edit.setAccessibleName(self.tr("Operator: who is at this desk (kept in the log)"))
        self.operator_edit.setPlaceholderText(self.tr("Your name, kept with each check-in"))
        self.operator_label.setBuddy(self.operator_edit)
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.desk_label)
        desk_row.addStretch(1)
        desk_row.addWidget(self.operator_label)
        desk_row.addWidget(self.operator_edit, 1)

        self.undo_button = QPushButton(self.tr("&Undo last check-in"), self)
        self.undo_button.setObjectName("CheckinUndo")
        self.undo_button.setAccessibleName(self.tr("Undo the last check-in"))
        self.undo_button.setEnabled(False)
        self.sound_box = QCheckBox(self.tr("&Sound"), self)
        self.sound_box.setObjectName("CheckinSound")
        self.sound_box.setAccessibleName(self.tr("Play a sound for each verdict"))
        self.sound_box.setChecked(True)
        self.full_screen_button = QPushButton(self.tr("Full scr&een"), self)
        self.full_screen_button.setObjectName("CheckinFullScreen")
        self.full_screen_button.setAccessibleName(self.tr("Full screen (F11)"))
        self.full_screen_button.setCheckable(True)
        self.override_button = QPushButton(self.tr("Admit &anyway…"), self)
        self.override_button.setObjectName("CheckinOverride")
        self.override_button.setAccessibleName(self.tr("Admit the person whose badge was refused, with a reason"))
        self.override_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addWidget(self.override_button)
        actions.addStretch(1)
        actions.addWidget(self.sound_box)
        actions.addWidget(self.full_screen_button)

        search_box = QGroupBox(self.tr("Forgot the badge? Find the person"), self)
        self.search_label = QLabel(self.tr("Fi&nd by name:"), search_box)
        self.search_edit = QLineEdit(search_box)
        self.search_edit.setObjectName("CheckinSearch")
        self.search_edit.setAccessibleName(self.tr("Find a person by name"))
        self.search_edit.setPlaceholderText(self.tr("Name, organisation or delegation, in any script"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.results_model = QStandardItemModel(0, 4, self)
        self.results = _table(search_box, "CheckinResults", self.tr("People found"))
        self.results.setModel(self.results_model)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.manual_button = QPushButton(self.tr("Check in &by hand…"), search_box)
        self.manual_button.setObjectName("CheckinManual")
        self.manual_button.setAccessibleName(self.tr("Check in the chosen person by hand"))
        self.manual_button.setEnabled(False)
        self.reprint_button = QPushButton(self.tr("&Reprint badge"), search_box)
        self.reprint_button.setObjectName("CheckinReprint")
        self.reprint_button.setAccessibleName(self.tr("Reprint the chosen person's badge"))
        self.reprint_button.setEnabled(False)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manual_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        search_layout = QVBoxLayout(search_box)
        search_layout.addLayout(search_row)
        search_layout.addWidget(self.results, 1)
        search_layout.addLayout(buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 8)
        left_layout.addLayout(desk_row)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.verdict, 3)
        left_layout.addLayout(actions)
        left_layout.addWidget(search_box, 2)

        counts_box = QGroupBox(self.tr("Checked in"), self)
        self.total = QLabel(counts_box)
        self.total.setObjectName("CheckinTotal")
        self.total.setWordWrap(True)
        self.total.setTextFormat(Qt.TextFormat.AutoText)
        self.total.setAccessibleName(self.tr("People checked in"))
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.total.setFont(font)
        self.breakdown = QTreeWidget(counts_box)
        self.breakdown.setObjectName("CheckinBreakdown")
        self.breakdown.setAccessibleName(self.tr("Checked in by category, delegation and desk"))
        self.breakdown.setHeaderLabels([self.tr("Group"), self.tr("Checked in"), self.tr("Expected")])
        self.breakdown.setRootIsDecorated(True)
        self.breakdown.setUniformRowHeights(True)
        header = self.breakdown.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.total)
        counts_layout.addWidget(self.breakdown, 1)

        conflicts_box = QGroupBox(self.tr("Admitted at two desks"), self)
        self.conflicts_note = QLabel(conflicts_box)
        self.conflicts_note.setObjectName("CheckinConflictsNote")
        self.conflicts_note.setWordWrap(True)
        self.conflicts_model = QStandardItemModel(0, 3, self)
        self.conflicts = _table(conflicts_box, "CheckinConflicts", self.tr("People admitted at more than one desk"))
        self.conflicts.setModel(self.conflicts_model)
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflicts_note)
        conflicts_layout.addWidget(self.conflicts, 1)

        camera_box = QGroupBox(self.tr("Camera"), self)
        self.camera = CameraPane(runner, camera_box)
        camera_layout = QVBoxLayout(camera_box)
        camera_layout.addWidget(self.camera)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        right_layout.addWidget(counts_box, 3)
        right_layout.addWidget(conflicts_box, 2)
        right_layout.addWidget(camera_box, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("CheckinSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addWidget(self.splitter, 1)
