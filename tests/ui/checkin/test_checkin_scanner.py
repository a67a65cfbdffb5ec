"""A barcode scanner types the code at scanner speed: it is read whatever has focus, whatever the layout.

Key events are plain ``QKeyEvent``s sent to the focused widget (PySide6 6.10 garbles non-Latin-1 text sent
through ``QTest``), with the text each layout would type. The scanner's clock is a counter the test moves: a
scanner's keys come a few milliseconds apart, a person's a few hundred.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.checkin.keys import EVDEV, X11_OFFSET, code_character
from companion.ui.checkin.scanner import ScannerInput

CODE = "CB1:AEAQ2MDDL5MTEZHAKQWEVX7U"

US = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567:", "ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567:", strict=True))
RUSSIAN = dict(zip("QWERTYUIOPASDFGHJKL:ZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЖЯЧСМИТЬ", strict=True)) | {
    d: d for d in "1234567"}
KAZAKH = RUSSIAN | {"1": "\"", "2": "Ә", "3": "І", "4": "Ң", "5": "Ғ", "6": ",", "7": "."}
TURKMEN = US | {"Q": "Ä", "X": "Ü", "C": "Ç", "V": "Ý"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Desk(QWidget):
    """A window with a search box and a second field, like the Check-in page's."""

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit(self)
        self.other = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.other)


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    widget = Desk()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    return widget


def press(target: QWidget, text: str, key: int = 0, caps: bool = False) -> None:
    """One key as a layout types it (``text``), press and release."""
    if caps:
        text = text.swapcase() if text.isalpha() else text
    if not key:
        key = ord(text.upper()) if text and text.isascii() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scan(target: QWidget, code: str, layout: dict[str, str], clock: Clock, end: int = Qt.Key.Key_Return,
         caps: bool = False, gap_ms: float = 4.0) -> None:
    for char in code:
        clock.now += gap_ms
        press(target, layout[char], caps=caps)
    clock.now += gap_ms
    press(target, "\r" if end != Qt.Key.Key_Tab else "\t", key=end)


def make_scanner(desk: Desk, clock: Clock) -> tuple[ScannerInput, list[str]]:
    scanner = ScannerInput(desk, desk, clock)
    scanner.set_active(True)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    return scanner, codes


@pytest.mark.parametrize(("layout", "caps"), [
    (US, False), (US, True), (RUSSIAN, False), (RUSSIAN, True), (KAZAKH, False), (TURKMEN, False)],
    ids=["us", "us-caps-lock", "russian", "russian-caps-lock", "kazakh", "turkmen"])
def test_a_scan_while_the_search_box_has_focus_is_read_and_never_typed(
        qtbot: QtBot, desk: Desk, layout: dict[str, str], caps: bool) -> None:
    clock = Clock()
    _, codes = make_scanner(desk, clock)
    desk.search.setFocus()
    qtbot.waitUntil(desk.search.hasFocus)
    scan(desk.search, CODE, layout, clock, caps=caps)
    assert codes == [CODE]
    assert desk.search.text() == ""
    assert desk.search.hasFocus()  # Enter and Tab ended the code; focus did not move


def test_tab_ends_a_scan_and_does_not_move_focus(qtbot: QtBot, desk: Desk) -> None:
    clock = Clock()
    _, codes = make_scanner(desk, clock)
    desk.other.setFocus()
    qtbot.waitUntil(desk.other.hasFocus)
    scan(desk.other, CODE, RUSSIAN, clock, end=Qt.Key.Key_Tab)
    assert codes == [CODE]
    assert desk.other.hasFocus()
    assert desk.other.text() == ""


def test_a_person_typing_a_name_in_cyrillic_gets_every_letter(qtbot: QtBot, desk: Desk) -> None:
    """"Сергеев" begins with the key of C: it is held a moment, then given to the box as typed."""
    clock = Clock()
    _, codes = make_scanner(desk, clock)
    desk.search.setFocus()
    qtbot.waitUntil(desk.search.hasFocus)
    for letter in "Сергеев":
        clock.now += 180
        press(desk.search, letter)
    assert desk.search.text() == "Сергеев"
    clock.now += 180
    press(desk.search, "с")  # held back: a scan could begin with this key…
    qtbot.waitUntil(lambda: desk.search.text() == "Сергеевс")  # …and given back when no scan follows
    assert codes == []


def test_a_person_typing_latin_cb_slowly_is_not_a_scan(qtbot: QtBot, desk: Desk) -> None:
    clock = Clock()
    _, codes = make_scanner(desk, clock)
    desk.search.setFocus()
    qtbot.waitUntil(desk.search.hasFocus)
    for letter in "Cb1":
        clock.now += 150
        press(desk.search, letter)
    clock.now += 150
    press(desk.search, "\r", key=Qt.Key.Key_Return)
    assert desk.search.text() == "Cb1"
    assert codes == []


def test_inactive_scanner_leaves_keys_alone(qtbot: QtBot, desk: Desk) -> None:
    clock = Clock()
    scanner, codes = make_scanner(desk, clock)
    scanner.set_active(False)
    desk.search.setFocus()
    qtbot.waitUntil(desk.search.hasFocus)
    scan(desk.search, "CB1:AB", US, clock)
    assert codes == []
    assert desk.search.text() == "CB1:AB"


def test_scan_codes_name_key_positions_on_x11_and_windows() -> None:
    """With a native scan code the layout's text does not matter: the key of C gives C."""
    c_key = next(code for code, char in EVDEV.items() if char == "C")
    assert code_character("с", 0x421, c_key + X11_OFFSET, 0, "xcb") == "C"
    assert code_character("ç", 0xC7, c_key, 0, "windows") == "C"
    semicolon = next(code for code, char in EVDEV.items() if char == ":")
    assert code_character("Ж", 0x416, semicolon + X11_OFFSET, 0, "wayland") == ":"
    assert code_character("", 0, 0, 0x08, "cocoa") == "C"  # kVK_ANSI_C
    assert code_character("ж", 0x416, 0, 0, "offscreen") == ":"
    assert code_character("?", 0x3F, 0, 0, "offscreen") is None
