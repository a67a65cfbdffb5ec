"""Help → About Companion: the version, the data version of the event shown, and the licence of everything the
program ships (Companion, Python, Qt, PySide6, the DejaVu fonts, each Python package) with the full texts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.domain.event import Event
from companion.domain.message import fill
from companion.domain.text import pick
from companion.licences import Component, shipped_components


class AboutDialog(QDialog):
    """What this program is and under which licences its parts are shipped."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutCompanion")
        self.setWindowTitle(self.tr("About Companion"))
        self.resize(760, 600)
        data_version = event.data_version or self.tr("not stated")
        self.summary = QLabel(self)
        self.summary.setObjectName("AboutSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [
            f"<h2>{html.escape(fill(self.tr('Companion %1'), __version__))}</h2>",
            html.escape(self.tr("Offline conference companion: agenda, calendar export and badges.")),
            html.escape(fill(self.tr("Data version: %1 (%2)"), data_version, pick(event.short_name, language))),
            html.escape(fill(self.tr("Running on Qt %1."), qVersion())),
        ]
        self.summary.setText("<br/>".join(lines))

        self.components = shipped_components()
        self.table = QTreeWidget(self)
        self.table.setObjectName("LicenceList")
        self.table.setAccessibleName(self.tr("Licences of the parts of Companion"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for component in self.components:
            item = QTreeWidgetItem([component.name, component.version, component.licence])
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("LicenceText")
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setReadOnly(True)
        self.table.currentItemChanged.connect(self._show_current)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)

        heading = QLabel(self.tr("Companion is free software under the MIT licence. It ships these parts, each "
                                 "under its own licence (select one to read it):"), self)
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)

    def component_names(self) -> list[str]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def _show_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            self.text.clear()
            return
        component: Component = self.components[self.table.indexOfTopLevelItem(current)]
        self.text.setPlainText(component.full_text() or component.licence)
