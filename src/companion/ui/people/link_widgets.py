"""Small widgets the people and delegation pages share: a link-looking button and a list that fits its rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QSizePolicy, QTreeView, QWidget


class LinkButton(QPushButton):
    """A flat button drawn like a hyperlink: reachable with Tab, activated by click, Enter or Space."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.setPalette(palette)
        self.setStyleSheet("QPushButton { text-align: left; padding: 1px 2px; border: none; }")
        self.setAutoDefault(False)


class LinkListView(QTreeView):
    """A read-only list of links as tall as its rows (no scrolling inside a page that scrolls).

    A click or Enter on a row emits :attr:`link_activated` with the row's index.
    """

    link_activated = Signal(QModelIndex)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)
        self.clicked.connect(self.link_activated)

    def set_column_modes(self, *stretch: int) -> None:
        """Columns ``stretch`` share the spare width (long text is elided, whole in the tooltip); others fit."""
        header = self.header()
        header.setStretchLastSection(False)
        for col in range(self.model().columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if col in stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)

    def fit_rows(self) -> None:
        """Resize to show every row without a scroll bar."""
        rows = self.model().rowCount() if self.model() is not None else 0
        row_height = self.sizeHintForRow(0) if rows else 0
        header = self.header().sizeHint().height() if not self.isHeaderHidden() else 0
        self.setFixedHeight(header + rows * max(row_height, 1) + 2 * self.frameWidth() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.link_activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
