"""Which character of a badge code a key press stands for, whatever keyboard layout the desk has selected.

A USB or Bluetooth scanner is a keyboard: it presses the keys where a US keyboard has the code's characters
(``CB1:`` then base32, ``A-Z 2-7``). With a Russian or Kazakh layout selected the same key positions type
Cyrillic ("СИ1Ж…"), with Turkmen some type ä, ç, ü or ý, and with Caps Lock on the letters come in lower case.
The code is recovered from the key's *position*:

1. the native scan code where the platform gives one (X11 and Wayland: evdev + 8; Windows: set 1), or the
   macOS virtual key code, which name positions whatever the layout;
2. else the typed character looked up in the Russian, Kazakh and Turkmen layouts (xkb ``ru``, ``kz``, ``tm``);
3. else the typed character itself, or Qt's key code.

Letters are given in upper case (Caps Lock), and the key of ``;`` gives ``:`` (the only code character typed
with Shift that is not a letter). Nothing here imports Qt: the scanner filter passes the event's numbers in.
"""

from __future__ import annotations

from typing import Final

CODE_CHARACTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:")
"""What a badge code may contain (base32 uses ``A-Z 2-7``; the prefix ``CB1:`` / ``CB2:`` adds 1 and ``:``)."""

_ROWS: Final = (
    # evdev key code (= Windows set-1 scan code for these keys), the character of that position in a code
    (2, "1234567890"),
    (16, "QWERTYUIOP"),
    (30, "ASDFGHJKL:"),  # the ; key gives ":" (Shift+; on a US layout)
    (44, "ZXCVBNM"),
)
EVDEV: Final[dict[int, str]] = {start + i: ch for start, row in _ROWS for i, ch in enumerate(row)}
"""Linux input key codes to the code character of that key position."""
X11_OFFSET: Final = 8
"""X11 and Wayland (xkb) key codes are evdev codes + 8."""

MAC_VIRTUAL_KEYS: Final[dict[int, str]] = {
    0x00: "A", 0x01: "S", 0x02: "D", 0x03: "F", 0x04: "H", 0x05: "G", 0x06: "Z", 0x07: "X", 0x08: "C",
    0x09: "V", 0x0B: "B", 0x0C: "Q", 0x0D: "W", 0x0E: "E", 0x0F: "R", 0x10: "Y", 0x11: "T", 0x12: "1",
    0x13: "2", 0x14: "3", 0x15: "4", 0x16: "6", 0x17: "5", 0x19: "9", 0x1A: "7", 0x1C: "8", 0x1D: "0",
    0x1F: "O", 0x20: "U", 0x22: "I", 0x23: "P", 0x25: "L", 0x26: "J", 0x28: "K", 0x29: ":", 0x2D: "N",
    0x2E: "M",
}
"""macOS ``kVK_ANSI_*`` virtual key codes (layout independent) to the code character of that position."""

_RUSSIAN: Final = dict(zip("йцукенгшщзфывапролджячсмить", "QWERTYUIOPASDFGHJKL:ZXCVBNM", strict=True))
_KAZAKH_DIGITS: Final = {"ә": "2", "і": "3", "ң": "4", "ғ": "5", ",": "6", ".": "7", "ү": "8", "ұ": "9", "қ": "0",
                         "\"": "1", "!": "1"}
_TURKMEN: Final = {"ä": "Q", "ü": "X", "ç": "C", "ý": "V"}
LAYOUT_CHARACTERS: Final[dict[str, str]] = {**_RUSSIAN, **_KAZAKH_DIGITS, **_TURKMEN}
"""A character typed on a Russian, Kazakh (the same letters, letters on the digit row) or Turkmen layout, in
lower case, to the code character of its key position. No entry clashes: the keys of a code type no other
character on these layouts."""


def scan_code_table(platform: str) -> tuple[dict[int, str], int] | None:
    """The scan-code table and offset of a Qt platform plugin (None: its scan codes are not known here)."""
    if platform in ("xcb", "wayland", "eglfs", "linuxfb"):
        return EVDEV, X11_OFFSET
    if platform == "windows":
        return EVDEV, 0
    return None


def code_character(text: str, key: int, scan_code: int, virtual_key: int, platform: str) -> str | None:
    """The badge-code character the key press stands for, or None when it stands for none.

    ``text`` is what the layout typed, ``key`` Qt's key code, ``scan_code`` and ``virtual_key`` the native
    numbers (0 when unknown), ``platform`` the Qt platform plugin's name.
    """
    if platform == "cocoa" and virtual_key in MAC_VIRTUAL_KEYS:
        return MAC_VIRTUAL_KEYS[virtual_key]
    table = scan_code_table(platform)
    if table is not None and scan_code:
        found = table[0].get(scan_code - table[1])
        if found is not None:
            return found
    if len(text) == 1:
        lower = text.lower()
        if lower in LAYOUT_CHARACTERS:
            return LAYOUT_CHARACTERS[lower]
        upper = text.upper()
        if upper in CODE_CHARACTERS:
            return upper
        if text == ";":
            return ":"
    if 0x30 <= key <= 0x39 or 0x41 <= key <= 0x5A:  # Qt.Key_0…9, Qt.Key_A…Z (ASCII values)
        return chr(key)
    return None
