"""The agenda's day switcher: a tab bar whose keyboard focus is plain to see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QTabBar, QWidget

FOCUS_RING_WIDTH = 2


class DayTabBar(QTabBar):
    """A :class:`QTabBar` that draws a 2-pixel ring in the palette's highlight colour around the current day
    while it has keyboard focus (the styles' own dotted rectangle is barely visible, in dark mode not at all).

    Tab reaches it; Left and Right (or Ctrl+Page Up/Down on the page) change the day.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        index = self.currentIndex()
        if not self.hasFocus() or index < 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_RING_WIDTH // 2
        painter.drawRect(self.tabRect(index).adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
