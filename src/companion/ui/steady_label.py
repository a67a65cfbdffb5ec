"""A word-wrapped label whose new text relays out nothing around it while it keeps its height.

A ``QLabel`` asks its parent's layout to lay out again on every ``setText``, and the request climbs one
parent per turn of the event loop up to the window, each turn painting the window again. A label whose text
changes on every keystroke (the agenda's "N sessions match …") would make Qt paint the window three or four
times per key. :class:`SteadyLabelHolder` holds the label without a layout of its own: it passes a layout
request on only when the label needs another height for its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget


class SteadyLabelHolder(QWidget):
    """Holds ``label`` (word-wrapped), as wide as the holder; shown and hidden with it."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        label.installEventFilter(self)
        self.setVisible(not label.isHidden())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self.label.heightForWidth(width)
        return height if height >= 0 else self.label.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = self.label.sizeHint()
        if self.width() > 0:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # the label's text or font changed: the layouts above need to know only when its height did
            if self.heightForWidth(self.width()) != self.height():
                self.updateGeometry()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.setVisible(event.type() == QEvent.Type.ShowToParent)
        return False


def lay_out_now(levels: int = 8) -> None:
    """Carry out the layout requests waiting in Qt's queue now, each parent's in turn, rather than one level per turn
    of the event loop with a paint in between (a widget shown or hidden would otherwise repaint what it moves twice).
    """
    for _ in range(levels):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
