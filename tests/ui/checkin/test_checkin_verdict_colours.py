"""Every verdict is readable at a desk in light and dark mode: text at least 4.5:1 on its background (WCAG AA),
measured on the rendered pixels, and never colour alone (a symbol and a headline in words)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.checkin.verdict import SYMBOLS, Tone, VerdictPanel, VerdictView
from companion.ui.colour_scheme import dark_palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def strongest_text(image: QImage, background: QColor, x0: int, y0: int, width: int, height: int) -> QColor:
    best, best_ratio = background, 1.0
    for y in range(y0, y0 + height):
        for x in range(x0, x0 + width):
            colour = image.pixelColor(x, y)
            ratio = contrast(colour, background)
            if ratio > best_ratio:
                best, best_ratio = colour, ratio
    return best


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(QApplication.palette())
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield request.param
    QApplication.setPalette(before)


@pytest.mark.parametrize("tone", [Tone.ADMITTED, Tone.DUPLICATE, Tone.REFUSED, Tone.IDLE])
def test_verdict_text_is_readable_on_its_colour(qtbot: QtBot, scheme: str, tone: Tone) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show_view(VerdictView(tone, "Already checked in", "Aýgül Nurmuhammedowa", ("Checked in at 09:12",)))
    panel.show()
    qtbot.waitExposed(panel)
    image = panel.grab().toImage()
    background = image.pixelColor(14, image.height() // 2)  # inside the border, in the margin
    headline = panel.headline.geometry()
    text = strongest_text(image, background, headline.x(), headline.y(), min(headline.width(), 300),
                          headline.height())
    assert contrast(text, background) >= 4.5, (scheme, tone, text.name(), background.name())
    details = panel.details.geometry()
    text = strongest_text(image, background, details.x(), details.y(), min(details.width(), 300), details.height())
    assert contrast(text, background) >= 4.5, (scheme, tone, text.name(), background.name())
    if tone is not Tone.IDLE:
        assert background != QApplication.palette().color(QPalette.ColorRole.Window)  # coloured…
    assert panel.symbol.text() == SYMBOLS[tone]  # …and said by a symbol and words too
    assert panel.accessibleName() == "Already checked in"
