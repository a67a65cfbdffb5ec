"""An in-window message bar above the page: what just happened (starred, clashes, a calendar file written),
where the user looks, with optional buttons ("Show in folder") and a close button; Esc dismisses it.

It hides itself after a while; the status bar keeps a copy for those who look there.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

HIDE_AFTER_MS = 15_000


class MessageBar(QFrame):
    """One message at a time; :meth:`show_message` replaces what was shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setForegroundRole(QPalette.ColorRole.Text)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, the text is read with them
        layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._buttons_layout = QHBoxLayout()
        self._buttons_layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._buttons_layout)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HIDE_AFTER_MS)
        self.timer.timeout.connect(self._timed_out)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def show_message(self, text: str, actions: Sequence[QAction] = ()) -> None:
        """Show ``text`` with a button per action; it stays while one of them has the focus."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for action in actions:
            button = QPushButton(action.text(), self)
            button.setAccessibleName(action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            self._buttons_layout.addWidget(button)
            self._buttons.append(button)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.timer.stop()
        focus = self.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.hide()
        parent = self.parentWidget()
        if had_focus and parent is not None:
            parent.focusNextChild()

    def _timed_out(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.timer.start()  # not while the user is on its buttons
            return
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)
