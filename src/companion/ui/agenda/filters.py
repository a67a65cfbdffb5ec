"""Drop-down buttons with checkable items that pick which session types or tracks the agenda shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from companion.domain.message import fill


class ChoiceFilterButton(QToolButton):
    """A button whose menu holds "All" plus one checkable entry per choice.

    ``changed`` carries the chosen keys, or None when every choice is on (no filtering).
    """

    changed = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._actions: dict[str, QAction] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Replace the entries with ``(key, label)`` pairs, all checked."""
        self._menu.clear()
        self._actions.clear()
        everything = self._menu.addAction(self.tr("Show all"))
        everything.triggered.connect(self.select_all)
        self._menu.addSeparator()
        for key, label in choices:
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._emit)
            self._actions[key] = action
        self.setEnabled(bool(choices))
        self._update_text()

    def indicator_width(self) -> int:
        """Room the style's drop-down arrow takes at the right edge."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)

    def sizeHint(self) -> QSize:
        # the style draws the menu arrow over the text's end in instant-popup mode: make room for it
        hint = super().sizeHint()
        return QSize(hint.width() + self.indicator_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keys(self) -> list[str]:
        return list(self._actions)

    def selected(self) -> frozenset[str] | None:
        chosen = frozenset(k for k, a in self._actions.items() if a.isChecked())
        return None if len(chosen) == len(self._actions) else chosen

    def set_checked(self, key: str, checked: bool) -> None:
        self._actions[key].setChecked(checked)

    def select_all(self) -> None:
        changed = False
        for action in self._actions.values():
            if not action.isChecked():
                action.blockSignals(True)
                action.setChecked(True)
                action.blockSignals(False)
                changed = True
        if changed:
            self._emit()

    def _emit(self) -> None:
        self._update_text()
        self.changed.emit(self.selected())

    def _update_text(self) -> None:
        chosen = self.selected()
        if chosen is None:
            text = fill(self.tr("%1: all"), self._title)
        else:
            text = fill(self.tr("%1: %2 of %3"), self._title, len(chosen), len(self._actions))
        self.setText(text)
        self.setAccessibleDescription(text)
