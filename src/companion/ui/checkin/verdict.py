"""The verdict of the last scan, readable from two metres: colour, a symbol and words, in big type.

Three tones: admitted (green, ✔), already checked in (amber, ⚠) and refused (red, ✖). The colour is never
the only signal: the symbol and the headline say the same, and the accessible description reads it out. The
colours are chosen for light and dark palettes with text at least 4.5:1 on its background (WCAG AA;
``tests/ui/checkin`` measures the rendered pixels).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from companion.ui.colour_scheme import palette_is_dark


class Tone(Enum):
    """How a verdict looks."""

    IDLE = "idle"
    ADMITTED = "admitted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


SYMBOLS = {Tone.IDLE: "▣", Tone.ADMITTED: "✔", Tone.DUPLICATE: "⚠", Tone.REFUSED: "✖"}

_LIGHT = {
    # text, background, border
    Tone.ADMITTED: ("#14532d", "#dcf5e3", "#2e7d32"),
    Tone.DUPLICATE: ("#6b3a00", "#ffefcc", "#b26a00"),
    Tone.REFUSED: ("#9f1111", "#ffe7e9", "#c62828"),
}
_DARK = {
    Tone.ADMITTED: ("#b9f3c8", "#10321b", "#4caf50"),
    Tone.DUPLICATE: ("#ffd88f", "#3b2900", "#e0a030"),
    Tone.REFUSED: ("#ffc2bb", "#3f1616", "#ef5350"),
}


def tone_colours(tone: Tone, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Text, background and border of a verdict in ``palette`` (light or dark); IDLE uses the palette's own."""
    if tone is Tone.IDLE:
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        return text, base, palette.color(QPalette.ColorRole.Mid)
    text_hex, background, border = (_DARK if palette_is_dark(palette) else _LIGHT)[tone]
    return QColor(text_hex), QColor(background), QColor(border)


@dataclass(frozen=True, slots=True)
class VerdictView:
    """What the panel shows: the tone, the headline (words), the name and the lines under it."""

    tone: Tone
    headline: str
    title: str = ""
    lines: tuple[str, ...] = ()


class VerdictPanel(QFrame):
    """A large coloured panel: symbol and headline, the person's name, then details or the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckinVerdict")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.symbol = QLabel(self)
        self.symbol.setObjectName("CheckinVerdictSymbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.headline = QLabel(self)
        self.headline.setObjectName("CheckinVerdictHeadline")
        self.headline.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("CheckinVerdictName")
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("CheckinVerdictDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(self.headline)
        words.addWidget(self.title)
        words.addWidget(self.details)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(20)
        row.addWidget(self.symbol)
        row.addLayout(words, 1)
        self._view = VerdictView(Tone.IDLE, "")
        self.set_scale(1.0)
        self.show_view(self._view)

    @property
    def view(self) -> VerdictView:
        return self._view

    def set_scale(self, scale: float) -> None:
        """Type size relative to the window font (the desk's full screen uses larger type)."""
        base = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        for label, factor, bold in ((self.symbol, 5.0, True), (self.headline, 2.4, True), (self.title, 3.0, True),
                                    (self.details, 1.7, False)):
            font = QFont(self.font())
            font.setPointSizeF(base * factor * scale)
            font.setBold(bold)
            label.setFont(font)

    def show_view(self, view: VerdictView) -> None:
        self._view = view
        self.symbol.setText(SYMBOLS[view.tone])
        self.headline.setText(view.headline)
        self.title.setText(view.title)
        self.title.setVisible(bool(view.title))
        self.details.setText("\n".join(view.lines))
        self.details.setVisible(bool(view.lines))
        self.setAccessibleName(view.headline)
        self.setAccessibleDescription(" — ".join(p for p in (view.title, *view.lines) if p))
        self._apply_colours()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        from PySide6.QtWidgets import QApplication

        text, background, border = tone_colours(self._view.tone, QApplication.palette())
        # a style sheet, not the palette: styles such as Fusion ignore a frame's Window role in places
        sheet = (
            f"#CheckinVerdict {{ background: {background.name()}; border: 4px solid {border.name()};"
            f" border-radius: 10px; }}"
            f" #CheckinVerdict QLabel {{ color: {text.name()}; background: transparent; }}"
        )
        if sheet != self.styleSheet():  # setting it again would send another palette change
            self.setStyleSheet(sheet)
