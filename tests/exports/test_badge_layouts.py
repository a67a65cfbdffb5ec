"""Badge stock geometry as REFERENCE §4 gives it, and nothing printed outside the sheet or the safe zones."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import ImageDraw

from companion.domain.attendee import Attendee, Category
from companion.exports.badges.layouts import LAYOUTS, Rect
from companion.exports.badges.render import (
    MIN_MODULE_MM,
    QUIET_ZONE_MODULES,
    BadgeOptions,
    EventHeading,
    badge_frame,
    cut_mark_lines,
    qr_module_size,
    qr_modules,
    render_badges,
)
from companion.exports.badges.tokens import make_token

# (page w, page h, badge w, badge h, columns, rows, first slot x, y, pitch x, y), from REFERENCE §4 by hand.
EXPECTED = {
    "a6-a4": (210, 297, 105, 148, 2, 2, 0, 0, 105, 148),
    "avery-5392": (215.9, 279.4, 101.6, 76.2, 2, 3, 6.35, 25.4, 101.6, 76.2),
    "avery-l4785": (210, 297, 80, 50, 2, 5, 18, 13, 95, 55),
    "durable-1445-02": (210, 297, 90, 54, 2, 5, 15, 12, 90, 54),
    "cr80": (85.6, 53.98, 85.6, 53.98, 1, 1, 0, 0, 85.6, 53.98),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_slots_sit_where_the_stock_has_its_badges(name: str) -> None:
    pw, ph, bw, bh, cols, rows, x0, y0, px, py = EXPECTED[name]
    layout = LAYOUTS[name]
    assert (layout.page_width, layout.page_height) == pytest.approx((pw, ph), abs=0.05)
    slots = layout.slots()
    assert len(slots) == cols * rows
    for index, slot in enumerate(slots):
        r, c = divmod(index, cols)
        assert slot.x == pytest.approx(x0 + c * px, abs=0.05)
        assert slot.y == pytest.approx(y0 + r * py, abs=0.05)
        assert (slot.width, slot.height) == pytest.approx((bw, bh), abs=0.05)
        assert layout.page.contains(slot)
    # the named margins: e.g. DURABLE 15 mm left/right/bottom, Avery 5392 0.25 in sides and 1 in top/bottom
    right = pw - slots[-1].right
    bottom = ph - slots[-1].bottom
    if name == "durable-1445-02":
        assert (right, bottom) == pytest.approx((15, 15), abs=0.05)
    if name == "avery-5392":
        assert (right, bottom) == pytest.approx((6.35, 25.4), abs=0.05)


def test_back_slots_are_mirrored_for_long_edge_duplex() -> None:
    layout = LAYOUTS["avery-l4785"]
    front, back = layout.slots(), layout.back_slots()
    assert back[0].x == pytest.approx(210 - 18 - 80, abs=0.05)  # front left column lands on the right
    assert back[1].x == pytest.approx(210 - (18 + 95 + 80), abs=0.05)
    assert [b.y for b in back] == [f.y for f in front]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_badge_parts_stay_in_the_safe_area_and_codes_are_big_enough(name: str) -> None:
    layout = LAYOUTS[name]
    key = Ed25519PrivateKey.generate()
    for slot in layout.slots():
        safe = layout.safe_area(slot)
        assert slot.contains(safe)
        assert safe.x - slot.x >= layout.safe_margin - 1e-6
        for with_qr in (True, False):
            frame = badge_frame(layout, safe, with_qr=with_qr)
            for part in frame.parts():
                assert safe.contains(part), (part, safe)
        frame = badge_frame(layout, safe)
        assert frame.qr is not None
        # a typical id and a long one still give modules of at least 0.5 mm with a 4-module quiet zone
        for attendee_id in ("R-0001", "REG-2025-000123456"):
            count = len(qr_modules(make_token(key, "caccc-2025", attendee_id)))
            module = qr_module_size(count, frame.qr)
            assert module >= MIN_MODULE_MM
            assert (count + 2 * QUIET_ZONE_MODULES) * module <= frame.qr.width + 1e-6


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_cut_marks_stay_out_of_badges(name: str) -> None:
    layout = LAYOUTS[name]
    for x1, y1, x2, y2 in cut_mark_lines(layout):
        mark = Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
        assert layout.page.inset(layout.sheet_margin).contains(mark)
        for slot in layout.slots():
            safe = layout.safe_area(slot)
            overlap_w = min(mark.right, safe.right) - max(mark.x, safe.x)
            overlap_h = min(mark.bottom, safe.bottom) - max(mark.y, safe.y)
            assert overlap_w <= 0 or overlap_h <= 0
    assert bool(cut_mark_lines(layout)) == (name == "a6-a4")


@pytest.mark.parametrize("duplex", [False, True])
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_no_ink_outside_safe_areas(name: str, duplex: bool, tmp_path: Path, bundled_event) -> None:  # type: ignore[no-untyped-def]
    """Render a full sheet at 72 dpi: every non-white pixel lies in a badge's safe area or on a cut mark."""
    layout = LAYOUTS[name]
    people = [Attendee(f"R-{i:03}", "Wolfeschlegelsteinhausen", "Bergerdorff-Featherstonehaugh", "O" * 90,
                       "Delegation " * 6, list(Category)[i % 7]) for i in range(layout.per_page)]
    out = tmp_path / "sheet.pdf"
    render_badges(out, EventHeading.of(bundled_event), people, Ed25519PrivateKey.generate(),
                  BadgeOptions(layout, duplex=duplex))
    pdf = pdfium.PdfDocument(out)
    for page_index in range(len(pdf)):
        back = page_index % 2 == 1 and duplex
        image = pdf[page_index].render(scale=4 / (72 / 25.4)).to_pil().convert("L")
        allowed = [layout.safe_area(s) for s in (layout.back_slots() if back else layout.slots())]
        marks = cut_mark_lines(layout)
        if back:
            marks = [(layout.page_width - a, b, layout.page_width - c, d) for a, b, c, d in marks]
        allowed += [Rect(min(a, c) - 0.5, min(b, d) - 0.5, abs(c - a) + 1, abs(d - b) + 1) for a, b, c, d in marks]
        # paint every allowed area white; whatever dark remains is ink where none may be
        paint = ImageDraw.Draw(image)
        for r in allowed:
            paint.rectangle([(r.x - 0.3) * 4, (r.y - 0.3) * 4, (r.right + 0.3) * 4, (r.bottom + 0.3) * 4], fill=255)
        stray = image.point(lambda v: 255 if v < 200 else 0).getbbox()
        assert stray is None, f"{name} page {page_index + 1}: ink outside the safe areas at {stray} (px, 4/mm)"


def test_calibration_sheet_outlines_the_stock_with_the_offset(tmp_path: Path) -> None:
    from companion.exports.badges.calibration import render_calibration

    out = tmp_path / "cal.pdf"
    render_calibration(out, LAYOUTS["avery-l4785"], offset_x=2.0, offset_y=1.0)
    image = pdfium.PdfDocument(out)[0].render(scale=8 / (72 / 25.4)).to_pil().convert("L")  # 8 px per mm

    def dark(x_mm: float, y_mm: float) -> bool:
        return min(image.getpixel((round(x_mm * 8) + dx, round(y_mm * 8) + dy))
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1)) < 128

    # the last label (column 2, row 5): x 18 + 95 = 113 mm, y 13 + 4 × 55 = 233 mm, 80 × 50 mm, moved by (2, 1)
    assert dark(113 + 2 + 40, 233 + 1)  # top edge
    assert dark(113 + 2 + 40, 233 + 50 + 1)  # bottom edge
    assert dark(113 + 2, 233 + 1 + 25) and dark(113 + 80 + 2, 233 + 1 + 25)  # left and right edges
    assert not dark(113 + 40, 233)  # nothing where the un-moved edge would sit
