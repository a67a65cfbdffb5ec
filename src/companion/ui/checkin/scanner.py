"""A barcode scanner that types: its codes are taken out of the key events, whichever widget has focus.

A scanner "types" a code in a few milliseconds and ends it with Enter or Tab; a person types a few characters
a second. :class:`ScannerInput` watches the key presses of one window while it is active (a filter on the window
and on its focused widget): the key that could begin a code (the ``C`` of ``CB1:``, at its key position whatever
the layout) is held back; if more code characters follow at scanner speed it keeps them all and, at Enter or Tab
(or a pause after a whole code), emits :attr:`~ScannerInput.scanned` with the code in Latin letters
(:mod:`companion.ui.checkin.keys`). Otherwise the held keys are handed to the widget that had focus, as typed,
so a name typed in a search box (Cyrillic included) arrives unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from companion.ui.checkin.keys import code_character

GAP_MS = 50
"""Longest pause between two keys of one scan. Scanners send a key every 1–20 ms (Bluetooth ones up to ~35);
people who type fast still leave 60 ms and more between keys."""
SHORTEST_CODE = 8
"""A burst this long (or longer) without Enter or Tab is taken as a code once the keys stop."""
PREFIX_START = "CB"
"""Every badge code begins so (``CB1:``, ``CB2:``)."""
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_KEY_PRESS = QEvent.Type.KeyPress


@dataclass(frozen=True, slots=True)
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int
    native_modifiers: int
    text: str

    def replay(self) -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, self.key, self.modifiers, self.scan_code, self.virtual_key,
                          self.native_modifiers, self.text)
        QCoreApplication.sendEvent(self.target, event)


def _milliseconds() -> float:
    return time.monotonic() * 1000.0


class ScannerInput(QObject):
    """Takes scanner codes out of the key presses of one window (its focused widget) while active."""

    scanned = Signal(str)
    """A whole code read from the keys, in Latin capitals (``CB1:…``)."""

    def __init__(self, window: QWidget, parent: QObject | None = None,
                 clock: Callable[[], float] = _milliseconds) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._active = False
        self._held: list[_HeldKey] = []
        self._code: list[str] = []
        self._last = 0.0
        self._replaying = False
        self._watched: QObject | None = None
        self._platform = QGuiApplication.platformName()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GAP_MS * 2)
        self._timer.timeout.connect(self._pause)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        """Watch the keys (the Check-in page is shown) or stop (another page is).

        The filter sits on the window and on whichever of its widgets has focus (moved as focus moves), not on
        the whole application, so the rest of the window's events do not pass through Python.
        """
        app = QGuiApplication.instance()
        if active == self._active or not isinstance(app, QGuiApplication):
            return
        self._active = active
        if active:
            self._window.installEventFilter(self)
            app.focusObjectChanged.connect(self._focus_moved)
            self._focus_moved(app.focusObject())
        else:
            app.focusObjectChanged.disconnect(self._focus_moved)
            self._window.removeEventFilter(self)
            self._watch(None)
            self._give_back()

    def _focus_moved(self, focused: QObject | None) -> None:
        self._watch(focused if focused is not None and self._in_window(focused) else None)

    def _watch(self, widget: QObject | None) -> None:
        if self._watched is widget:
            return
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = widget
        if widget is not None:
            widget.installEventFilter(self)

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Tell time (milliseconds) by ``clock`` for events without a timestamp of their own (tests)."""
        self._clock = clock

    def set_platform(self, platform: str) -> None:
        """Read native scan codes as this Qt platform's (tests; normally the running platform's)."""
        self._platform = platform

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: it is a C type check, where event.type() builds a Python enum for every event
        if not isinstance(event, QKeyEvent) or self._replaying or event.type() != _KEY_PRESS:
            return False
        return self._key(watched, event)

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _key(self, target: QObject, event: QKeyEvent) -> bool:
        # The system's time of the key press where it gives one: keys queued while the window was busy still
        # show the scanner's pace, not the moment they were handled.
        now = float(event.timestamp()) if event.timestamp() else self._clock()
        char = None
        if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                    | Qt.KeyboardModifier.MetaModifier):
            char = code_character(event.text(), event.key(), event.nativeScanCode(), event.nativeVirtualKey(),
                                  self._platform)
        if self._held:
            quick = now - self._last <= GAP_MS
            if quick and event.key() in _ENDS and self._looks_like_code():
                self._finish()
                return True
            if quick and char is not None:
                self._hold(target, event, char, now)
                return True
            self._give_back()
        if char == PREFIX_START[0] and not event.isAutoRepeat():
            self._hold(target, event, char, now)
            return True
        return False

    def _hold(self, target: QObject, event: QKeyEvent, char: str, now: float) -> None:
        self._held.append(_HeldKey(target, event.key(), event.modifiers(), event.nativeScanCode(),
                                   event.nativeVirtualKey(), event.nativeModifiers(), event.text()))
        self._code.append(char)
        self._last = now
        self._timer.start()

    def _looks_like_code(self) -> bool:
        return "".join(self._code[:len(PREFIX_START)]) == PREFIX_START and len(self._code) > len(PREFIX_START)

    def _pause(self) -> None:
        """No key for a while: a whole code without Enter or Tab, or a person's keys to hand back."""
        if self._looks_like_code() and len(self._code) >= SHORTEST_CODE:
            self._finish()
        else:
            self._give_back()

    def _finish(self) -> None:
        code = "".join(self._code)
        self._reset()
        self.scanned.emit(code)

    def _give_back(self) -> None:
        """Deliver the held keys to the widgets they were meant for, as typed."""
        held = self._held
        self._reset()
        self._replaying = True
        try:
            for key in held:
                if isValid(key.target):
                    key.replay()
        finally:
            self._replaying = False

    def _reset(self) -> None:
        self._timer.stop()
        self._held = []
        self._code = []
