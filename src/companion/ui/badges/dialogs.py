"""Dialogs of the Badges page: map unclear CSV columns to fields, and add or edit one attendee."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attendee import Attendee, Category, category_label, derived_attendee_id, is_valid_attendee_id
from companion.domain.attendee import normalise_text as _normalise
from companion.domain.message import fill
from companion.services.badges import LogEntry, LogKind
from companion.sources.attendees_csv import NO_NAME_COLUMN, ColumnMapping, CsvTable, Field, mapping_problems
from companion.ui.colour_scheme import alert_label


def field_label(field: Field) -> str:
    """A field's name as the user reads it."""
    labels = {
        Field.ID: QCoreApplication.translate("Badges", "ID"),
        Field.GIVEN_NAME: QCoreApplication.translate("Badges", "Given name"),
        Field.FAMILY_NAME: QCoreApplication.translate("Badges", "Family name"),
        Field.FULL_NAME: QCoreApplication.translate("Badges", "Full name (given names, family name)"),
        Field.FULL_NAME_FAMILY_FIRST: QCoreApplication.translate("Badges", "Full name (family name first, ФИО)"),
        Field.ORGANISATION: QCoreApplication.translate("Badges", "Organisation"),
        Field.DELEGATION: QCoreApplication.translate("Badges", "Country / delegation"),
        Field.CATEGORY: QCoreApplication.translate("Badges", "Category"),
        Field.EMAIL: QCoreApplication.translate("Badges", "E-mail"),
        Field.IGNORE: QCoreApplication.translate("Badges", "(not used)"),
    }
    return labels[field]


class ColumnMappingDialog(QDialog):
    """One combo box per CSV column, pre-set to the recognised field; OK only when the names are covered."""

    def __init__(self, table: CsvTable, mapping: ColumnMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        self.setObjectName("ColumnMappingDialog")
        intro = QLabel(fill(self.tr("Companion could not tell what some columns of %1 hold. Choose a field for each "
                                    "column; columns set to “(not used)” are left out."), table.path.name), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Column</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>First values</b>"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Field</b>"), self), 0, 2)
        self.combos: list[QComboBox] = []
        samples = [cells for _, cells in table.rows[:3]]
        for column, header in enumerate(table.headers):
            title = QLabel(header or fill(self.tr("(column %1)"), column + 1), self)
            values = ", ".join(c[column] for c in samples if column < len(c) and c[column].strip())
            example = QLabel(values, self)  # whole, wrapped: a value cut off cannot tell what the column holds
            example.setWordWrap(True)
            example.setToolTip(values)
            example.setMinimumWidth(220)
            combo = QComboBox(self)
            combo.setAccessibleName(fill(self.tr("Field for column %1"), header or column + 1))
            for field in Field:
                combo.addItem(field_label(field), field)
            chosen = mapping.get(column)
            combo.setCurrentIndex(combo.findData(chosen if chosen is not None else Field.IGNORE))
            if chosen is None:
                title.setText(title.text() + " ⚠")
                title.setToolTip(self.tr("Not recognised"))
            combo.currentIndexChanged.connect(self._validate)
            title.setBuddy(combo)
            grid.addWidget(title, column + 1, 0)
            grid.addWidget(example, column + 1, 1)
            grid.addWidget(combo, column + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        alert_label(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._validate()

    def mapping(self) -> dict[int, Field]:
        return {i: Field(combo.currentData()) for i, combo in enumerate(self.combos)}

    def _validate(self) -> None:
        problems = mapping_problems(self.mapping())
        messages = []
        for problem in problems:
            if problem.template == NO_NAME_COLUMN:
                messages.append(self.tr("Choose the column(s) holding the names."))
            else:
                messages.append(self.tr("Each field can come from one column only."))
        self.problem.setText(" ".join(dict.fromkeys(messages)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)


class AttendeeDialog(QDialog):
    """Add or edit one attendee; the id is made from the name when left empty."""

    def __init__(self, attendee: Attendee | None, taken_ids: Sequence[str], language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttendeeDialog")
        self.setWindowTitle(self.tr("Edit attendee") if attendee else self.tr("Add attendee"))
        self._original_id = attendee.id if attendee else None
        self._taken = set(taken_ids) - ({attendee.id} if attendee else set())
        self.given = QLineEdit(attendee.given_name if attendee else "", self)
        self.family = QLineEdit(attendee.family_name if attendee else "", self)
        self.organisation = QLineEdit(attendee.organisation if attendee else "", self)
        self.delegation = QLineEdit(attendee.delegation if attendee else "", self)
        self.category = QComboBox(self)
        for category in Category:
            self.category.addItem(category_label(category, language), category)
        self.category.setCurrentIndex(self.category.findData(attendee.category if attendee else Category.DELEGATE))
        self.email = QLineEdit((attendee.email or "") if attendee else "", self)
        self.attendee_id = QLineEdit(attendee.id if attendee else "", self)
        self.attendee_id.setPlaceholderText(self.tr("made from the name when empty"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Given name"), self.given), (self.tr("&Family name"), self.family),
            (self.tr("&Organisation"), self.organisation), (self.tr("Country / &delegation"), self.delegation),
            (self.tr("&Category"), self.category), (self.tr("&E-mail (never printed)"), self.email),
            (self.tr("&ID"), self.attendee_id),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.problem = QLabel(self)
        alert_label(self.problem)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def original_id(self) -> str | None:
        return self._original_id

    def attendee(self) -> Attendee:
        given, family = _normalise(self.given.text()), _normalise(self.family.text())
        organisation = _normalise(self.organisation.text())
        attendee_id = self.attendee_id.text().strip() or derived_attendee_id(given, family, organisation)
        return Attendee(attendee_id, given, family, organisation, _normalise(self.delegation.text()),
                        Category(self.category.currentData()), _normalise(self.email.text()) or None)

    def problems(self) -> list[str]:
        a = self.attendee()
        found = []
        if not a.given_name and not a.family_name:
            found.append(self.tr("Enter a given or family name."))
        if not is_valid_attendee_id(a.id):
            found.append(self.tr("The ID may only hold letters A–Z, digits, “.”, “_” and “-”."))
        elif a.id in self._taken:
            found.append(fill(self.tr("Another attendee already has the ID %1."), a.id))
        if a.email and "@" not in a.email:
            found.append(self.tr("The e-mail address needs an “@”."))
        return found

    def _accept_if_valid(self) -> None:
        problems = self.problems()
        self.problem.setText(" ".join(problems))
        if not problems:
            self.accept()


class PrintLogDialog(QDialog):
    """The event's print log, newest first: when, who, what happened (printed, saved as PDF, marked), stock, where."""

    def __init__(self, entries: Sequence[LogEntry], names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrintLogDialog")
        self.setWindowTitle(self.tr("Print log"))
        kinds = {
            LogKind.PRINTED: self.tr("Printed"),
            LogKind.SAVED: self.tr("Saved as PDF (not printed)"),
            LogKind.MARKED: self.tr("Marked as printed"),
        }
        self.table = QTableWidget(len(entries), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Attendee"), self.tr("What"),
                                              self.tr("Stock"), self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Print log"))
        for row, entry in enumerate(entries):
            who = names.get(entry.attendee_id, "")
            cells = (entry.when.replace("T", " ").removesuffix("+00:00"),
                     fill(self.tr("%1 (%2)"), who, entry.attendee_id) if who else entry.attendee_id,
                     kinds[entry.kind], entry.layout, entry.output)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty = QLabel(self.tr("No badge has been printed or saved yet."), self)
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
