"""Following the desktop's light or dark colour scheme.

Where the platform theme supplies a dark palette when the desktop goes dark (Windows, macOS, GNOME and KDE
through their themes), Qt already switches it and nothing is done here. Where it does not (some X11
desktops, the offscreen platform), :class:`ColourScheme` applies a dark palette of its own when the style
hints say Dark, and gives the style's palette back when they say Light again. Widgets read their colours
from the palette (``QPalette`` roles), never from literals, so both work.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#242428",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1c1c1f",
    QPalette.ColorRole.AlternateBase: "#26262a",
    QPalette.ColorRole.ToolTipBase: "#2f2f33",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#a4a4aa",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#2e2e32",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#3c3c41",
    QPalette.ColorRole.Midlight: "#34343a",
    QPalette.ColorRole.Mid: "#5a5a60",
    QPalette.ColorRole.Dark: "#141416",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#4f8fd6",
    QPalette.ColorRole.HighlightedText: "#0e0e10",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}


def dark_palette() -> QPalette:
    """A calm dark palette (text on base at about 14:1, placeholder text at about 7:1)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c82"))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


class ColourScheme(QObject):
    """Keeps the application's palette in step with ``QStyleHints.colorScheme``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._applied = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow)
        self._follow(QGuiApplication.styleHints().colorScheme())

    @property
    def applied_own_palette(self) -> bool:
        """True while the dark palette of this module is in use (the platform gave none)."""
        return self._applied

    def _follow(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark:
            if not self._applied and not palette_is_dark(QApplication.palette()):
                QApplication.setPalette(dark_palette())
                self._applied = True
        elif self._applied:
            self._applied = False
            QApplication.setPalette(self._app.style().standardPalette())


def follow_colour_scheme(app: QApplication) -> ColourScheme:
    """Install (once) the object that follows the desktop's colour scheme."""
    existing = app.findChild(ColourScheme)
    return existing if existing is not None else ColourScheme(app)


def alert_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Text and background for a warning that must stand out, readable (over 4.5:1) in light and dark mode."""
    if palette_is_dark(palette):
        return QColor("#ffb4ab"), QColor("#3b1a1a")
    return QColor("#b71c1c"), QColor("#ffebee")


def alert_text(palette: QPalette) -> QColor:
    """Warning text on the palette's own base (a table row): dark red in light mode, light red in dark mode."""
    return alert_colours(palette)[0]
