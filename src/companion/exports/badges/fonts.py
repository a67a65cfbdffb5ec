"""The shipped badge fonts (DejaVu Sans family), registered with reportlab and checked against every name.

reportlab's built-in fonts (Helvetica and the rest of the base 14) print black boxes for Kazakh, Turkmen
and Tajik letters, so they are never used: every PDF font is one of these embedded TrueType subsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from companion.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


def font_path(name: str) -> Path:
    return resource_path("fonts", FONT_FILES[name])


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with reportlab once per process; returns their names."""
    from reportlab.pdfbase import pdfmetrics  # imported when a badge is drawn (the window starts without it)
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    return tuple(FONT_FILES)


@cache
def covered_code_points(name: str) -> frozenset[int]:
    """Every code point the font maps to a glyph (its cmap)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(name).face
    return frozenset(face.charToGlyph)


@cache
def printable_everywhere() -> frozenset[int]:
    """Code points every badge font can draw (names use Bold and Condensed Bold, the rest Regular)."""
    sets = [covered_code_points(n) for n in FONT_FILES]
    common = sets[0]
    for other in sets[1:]:
        common &= other
    return common


@dataclass(frozen=True, slots=True)
class UnprintableName:
    """An attendee whose text holds characters the badge fonts cannot draw."""

    attendee_id: str
    name: str
    characters: tuple[str, ...]

    def __str__(self) -> str:
        listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in self.characters)
        return f"{self.attendee_id} {self.name}: cannot print {listed}"
