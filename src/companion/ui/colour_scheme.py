"""Following the desktop's light or dark colour scheme.

Where the platform theme supplies a dark palette when the desktop goes dark (Windows, macOS, GNOME and KDE
through their themes), Qt already switches it and nothing is done here. Where it does not (some X11
desktops, the offscreen platform), :class:`ColourScheme` applies a dark palette of its own when the style
hints say Dark, and gives the style's palette back when they say Light again. Widgets read their colours
from the palette (``QPalette`` roles), never from literals, so both work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

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


def caution_text(palette: QPalette) -> QColor:
    """Text that asks for attention without alarm ("not yet" printed): dark amber in light mode, light amber in
    dark mode, over 4.5:1 on the palette's base in both."""
    return QColor("#ffd27a") if palette_is_dark(palette) else QColor("#7a5c00")


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable_on(colour: QColor, background: QColor, minimum: float = 3.0) -> QColor:
    """``colour`` made lighter (on a dark background) or darker (on a light one), keeping its hue, until it
    stands out from ``background`` by ``minimum`` (3:1, WCAG's ratio for a swatch or a border)."""
    result = QColor(colour)
    dark = palette_background_is_dark(background)
    for _ in range(40):
        if contrast_ratio(result, background) >= minimum:
            return result
        hue, saturation, lightness = result.hslHueF(), result.hslSaturationF(), result.lightnessF()
        lightness = min(1.0, lightness + 0.03) if dark else max(0.0, lightness - 0.03)
        result = QColor.fromHslF(max(hue, 0.0), saturation, lightness, result.alphaF())
    return result


def palette_background_is_dark(background: QColor) -> bool:
    return background.lightnessF() < 0.5


class AlertStyle(QObject):
    """Keeps a widget's warning colours (from :func:`alert_colours`) right when the palette turns light or dark.

    ``css`` builds the widget's style sheet from the text and background colours; the colours are read from
    the palette of the widget's parent (a style sheet changes the widget's own palette).
    """

    def __init__(self, widget: QWidget, css: Callable[[QColor, QColor], str]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._css = css
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        source = self._widget.parentWidget() or self._widget
        text, background = alert_colours(source.palette())
        sheet = self._css(text, background)
        if self._widget.styleSheet() != sheet:
            self._widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


def alert_label(label: QLabel) -> AlertStyle:
    """Show ``label``'s text in the warning colour, readable in light and dark mode."""
    return AlertStyle(label, lambda text, _background: f"QLabel {{ color: {text.name()}; }}")
