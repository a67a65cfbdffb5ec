"""A calibration sheet: each badge's outline where the stock expects it, so a printer's drift can be measured."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from companion import __version__
from companion.atomic_files import write_atomic
from companion.exports.badges import fonts
from companion.exports.badges.layouts import Layout


def render_calibration(output: Path | str | BinaryIO, layout: Layout, offset_x: float = 0.0,
                       offset_y: float = 0.0) -> None:
    """One page: slot outlines, centre crosses, 10 mm ticks and a 100 mm scale, shifted by the printer offset.

    Print it at actual size on plain paper, lay it on the stock against the light and measure how far the
    outlines sit from the real badges: that distance is the offset to enter (x right, y down, in mm).
    """
    if isinstance(output, (str, Path)):
        # Drawn in memory (one page), then written atomically: the previous sheet survives a full disk.
        buffer = io.BytesIO()
        render_calibration(buffer, layout, offset_x, offset_y)
        write_atomic(output, buffer.getvalue())
        return
    from reportlab.lib.colors import HexColor, black  # imported when a sheet is drawn (the window starts without)
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    fonts.register_fonts()
    c = Canvas(output, pagesize=(layout.page_width * mm, layout.page_height * mm),
               initialFontName=fonts.REGULAR, initialFontSize=8, pageCompression=1)
    c.setTitle(f"Calibration sheet: {layout.title}")
    c.setCreator(f"Companion {__version__}")
    c.setViewerPreference("PrintScaling", "None")

    def px(x: float) -> float:
        return float((x + offset_x) * mm)

    def py(y: float) -> float:
        return float((layout.page_height - y - offset_y) * mm)

    c.setStrokeColor(black)
    c.setLineWidth(0.3)
    for index, slot in enumerate(layout.slots()):
        c.rect(px(slot.x), py(slot.bottom), slot.width * mm, slot.height * mm, stroke=1, fill=0)
        cx, cy = slot.x + slot.width / 2, slot.y + slot.height / 2
        if index > 0:  # the first slot carries the instructions instead
            c.line(px(cx - 4), py(cy), px(cx + 4), py(cy))
            c.line(px(cx), py(cy - 4), px(cx), py(cy + 4))
        # 1 mm ticks along the slot's top-left corner make the drift readable without a ruler.
        for i in range(0, 11):
            tick = 2.0 if i % 5 == 0 else 1.0
            c.line(px(slot.x + i), py(slot.y), px(slot.x + i), py(slot.y + tick))
            c.line(px(slot.x), py(slot.y + i), px(slot.x + tick), py(slot.y + i))
    safe = layout.safe_area(layout.slots()[0])
    c.setFillColor(HexColor("#263238"))
    largest = 7.0 if safe.width < 60 else 8.5
    lines = [
        "Calibration sheet",
        layout.title,
        f"Printer offset applied: x {offset_x:+.1f} mm, y {offset_y:+.1f} mm",
        "Print at actual size (100 %).",
        "The bar below must measure 50 mm.",
    ]
    y = safe.y + 4
    for i, text in enumerate(lines):
        font = fonts.BOLD if i == 0 else fonts.REGULAR
        size = min(largest, safe.width * mm / stringWidth(text, font, 1.0))
        c.setFont(font, size)
        c.drawString(px(safe.x), py(y), text)
        y += largest * 1.3 / mm
    c.setLineWidth(0.6)
    c.line(px(safe.x), py(y + 2), px(safe.x + 50), py(y + 2))
    for tick in range(0, 51, 10):
        c.line(px(safe.x + tick), py(y + 2), px(safe.x + tick), py(y + 0.5))
    c.showPage()
    c.save()
