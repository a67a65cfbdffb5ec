"""Double-sided badges for long-edge duplex, measured on the rendered pages: every back lies behind its front.

Each badge's category band is found in the page image (200 dpi, pypdfium2) below the attendee's name, whose
position comes from the PDF's text layer; a back band mirrored about the sheet's vertical centre line must
cover its front band to 0.5 mm. Fronts are also identified by their signed QR codes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from companion.domain.attendee import Attendee, Category
from companion.domain.event import Event
from companion.exports.badges.layouts import LAYOUTS, Layout, Rect
from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
from companion.exports.badges.tokens import verify_token

DPI = 200
PX = DPI / 25.4  # pixels per mm
PT = 72 / 25.4  # points per mm
TOLERANCE = 0.5  # mm
# Saturated band colours only (staff's grey band is too close to the grey heading text to find by colour).
BAND_RGB = {Category.DELEGATE: (0x1F, 0x5F, 0xA8), Category.SPEAKER: (0xB3, 0x26, 0x1E),
            Category.ORGANISER: (0x1E, 0x7A, 0x46), Category.PRESS: (0xF2, 0xA9, 0x00)}
CATEGORIES = list(BAND_RGB)


@dataclass
class Rendered:
    layout: Layout
    people: list[Attendee]
    pages: list[tuple[Image.Image, pdfium.PdfTextPage]]
    codes: list[list[zxingcpp.Barcode]]
    public_key: object


def _render(layout: Layout, count: int, event: Event, offset: tuple[float, float] = (0.0, 0.0)) -> Rendered:
    people = [Attendee(f"D-{i:02}", f"Given{i:02}", f"Family{i:02}", "Organisation", "Delegation",
                       CATEGORIES[i % len(CATEGORIES)]) for i in range(count)]
    key = Ed25519PrivateKey.generate()
    buffer = io.BytesIO()
    report = render_badges(buffer, EventHeading.of(event), people, key,
                           BadgeOptions(layout, offset_x=offset[0], offset_y=offset[1], duplex=True))
    assert report.printed == [a.id for a in people]
    sheets = -(-count // layout.per_page)
    assert report.pages == 2 * sheets
    document = pdfium.PdfDocument(buffer.getvalue())
    assert len(document) == 2 * sheets
    pages = []
    codes = []
    for page in document:
        image = page.render(scale=DPI / 72).to_pil().convert("RGB")
        pages.append((image, page.get_textpage()))
        codes.append(zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))
    return Rendered(layout, people, pages, codes, key.public_key())


def _name_point(text: pdfium.PdfTextPage, layout: Layout, word: str) -> tuple[float, float] | None:
    """Top-left-origin mm of the middle of ``word``'s first letter on the page, or None when absent."""
    searcher = text.search(word, match_case=True, match_whole_word=True)
    found = searcher.get_next()
    if found is None:
        return None
    assert searcher.get_next() is None, f"{word} printed twice on one page"
    left, bottom, right, top = text.get_charbox(found[0])
    return (left + right) / 2 / PT, layout.page_height - (bottom + top) / 2 / PT


def _is_band(pixel: tuple[int, int, int], rgb: tuple[int, int, int]) -> bool:
    return sum(abs(a - b) for a, b in zip(pixel, rgb, strict=True)) < 60


def _band_below(image: Image.Image, point: tuple[float, float], rgb: tuple[int, int, int]) -> Rect:
    """The band of colour ``rgb`` first met straight below ``point`` (mm), measured edge to edge in pixels."""
    pixels = image.load()
    assert pixels is not None
    x, y = round(point[0] * PX), round(point[1] * PX)
    while y < image.height and not _is_band(pixels[x, y], rgb):
        y += 1
    assert y < image.height, f"no band below {point}"
    top = y
    row = top + 2  # just inside the band, above its label
    left = x
    while left > 0 and _is_band(pixels[left - 1, row], rgb):
        left -= 1
    right = x
    while right + 1 < image.width and _is_band(pixels[right + 1, row], rgb):
        right += 1
    bottom = top
    while bottom + 1 < image.height and _is_band(pixels[left + 2, bottom + 1], rgb):
        bottom += 1
    return Rect(left / PX, top / PX, (right + 1 - left) / PX, (bottom + 1 - top) / PX)


def _mirror(layout: Layout, r: Rect) -> Rect:
    return Rect(layout.page_width - r.x - r.width, r.y, r.width, r.height)


def _close(a: Rect, b: Rect, tolerance: float = TOLERANCE) -> bool:
    return all(abs(p - q) <= tolerance for p, q in
               ((a.x, b.x), (a.y, b.y), (a.right, b.right), (a.bottom, b.bottom)))


def _front_slot(layout: Layout, index: int, offset: tuple[float, float] = (0.0, 0.0)) -> Rect:
    """Slot ``index`` (row by row) from the stock's own numbers, not from ``Layout.slots``."""
    row, column = divmod(index, layout.columns)
    return Rect(layout.left + column * layout.pitch_x + offset[0], layout.top + row * layout.pitch_y + offset[1],
                layout.badge_width, layout.badge_height)


def _bands(rendered: Rendered) -> dict[str, tuple[int, Rect, Rect]]:
    """Attendee id -> (sheet, front band, back band), checking each name is on its own sheet's two pages only."""
    layout = rendered.layout
    found: dict[str, tuple[int, Rect, Rect]] = {}
    for index, person in enumerate(rendered.people):
        sheet = index // layout.per_page
        rgb = BAND_RGB[person.category]
        bands = []
        for page_index, (image, text) in enumerate(rendered.pages):
            point = _name_point(text, layout, person.family_name)
            if page_index // 2 != sheet:
                assert point is None, f"{person.family_name} on page {page_index + 1}, not on sheet {sheet + 1}"
                continue
            assert point is not None, f"{person.family_name} missing from page {page_index + 1}"
            bands.append(_band_below(image, point, rgb))
        front, back = bands
        found[person.id] = (sheet, front, back)
    return found


COUNTS = {name: sorted({1, 3, layout.per_page}) for name, layout in LAYOUTS.items()}


@pytest.mark.parametrize(("name", "count"), [(n, c) for n, counts in COUNTS.items() for c in counts])
def test_every_back_lies_behind_its_front(name: str, count: int, bundled_event: Event) -> None:
    layout = LAYOUTS[name]
    rendered = _render(layout, count, bundled_event)
    for index, (_sheet, front, back) in _bands(rendered).items():
        position = int(index.split("-")[1]) % layout.per_page
        row, column = divmod(position, layout.columns)
        slot = _front_slot(layout, position)
        assert slot.contains(front, TOLERANCE), (index, front, slot)
        # the back, seen through the sheet after a long-edge flip, covers the front band exactly ...
        assert _close(_mirror(layout, back), front), (index, back, front)
        # ... which on the back page is the same row and the opposite column
        assert _mirror(layout, slot).contains(back, TOLERANCE)
        mirrored_column = layout.columns - 1 - column
        centres = [_front_slot(layout, row * layout.columns + c).x + layout.badge_width / 2
                   for c in range(layout.columns)]
        nearest = min(range(layout.columns), key=lambda c: abs(centres[c] - (back.x + back.width / 2)))
        assert nearest == mirrored_column, (index, row, column, nearest)


@pytest.mark.parametrize(("name", "count"), [(n, c) for n, counts in COUNTS.items() for c in counts])
def test_fronts_scan_in_their_slots_and_empty_slots_stay_empty_on_both_sides(name: str, count: int,
                                                                            bundled_event: Event) -> None:
    layout = LAYOUTS[name]
    rendered = _render(layout, count, bundled_event)
    for page_index, codes in enumerate(rendered.codes):
        sheet, back = divmod(page_index, 2)
        on_sheet = rendered.people[sheet * layout.per_page:(sheet + 1) * layout.per_page]
        if back:
            assert codes == []  # a desk scans the front
        else:
            assert len(codes) == len(on_sheet)
            for code in codes:
                claim = verify_token(code.text, rendered.public_key, event_id=bundled_event.id)  # type: ignore[arg-type]
                position = [a.id for a in on_sheet].index(claim.attendee_id)
                corners = (code.position.top_left, code.position.bottom_right)
                centre = (sum(p.x for p in corners) / 2 / PX, sum(p.y for p in corners) / 2 / PX)
                slot = _front_slot(layout, position)
                assert slot.x < centre[0] < slot.right and slot.y < centre[1] < slot.bottom
        # slots without a badge (a partial last sheet) carry no ink on the front, nor behind them on the back
        image = rendered.pages[page_index][0].convert("L")
        for position in range(len(on_sheet), layout.per_page):
            slot = _front_slot(layout, position).inset(layout.safe_margin)
            if back:
                slot = _mirror(layout, slot)
            box = (round(slot.x * PX), round(slot.y * PX), round(slot.right * PX), round(slot.bottom * PX))
            assert image.crop(box).point(lambda v: 255 if v < 200 else 0).getbbox() is None, (page_index, position)


@pytest.mark.parametrize("name", ["a6-a4", "avery-l4785", "avery-5392"])
def test_printer_offset_moves_backs_with_their_fronts(name: str, bundled_event: Event) -> None:
    """Offset x right, y down on the front; on the back x is negated (the page is the front's mirror image),
    y kept, so every back still lies behind its front wherever the offset moved it."""
    layout = LAYOUTS[name]
    dx, dy = 2.0, 1.5
    plain = _bands(_render(layout, 3, bundled_event))
    moved = _bands(_render(layout, 3, bundled_event, offset=(dx, dy)))
    for index, (_, front, back) in moved.items():
        _, plain_front, plain_back = plain[index]
        assert _close(front, plain_front.moved(dx, dy)), (index, front, plain_front)
        assert _close(back, plain_back.moved(-dx, dy)), (index, back, plain_back)
        assert _close(_mirror(layout, back), front), (index, back, front)
