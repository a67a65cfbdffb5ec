"""Badge stock with its exact geometry (REFERENCE §4), in millimetres from the sheet's top-left corner."""

from __future__ import annotations

from dataclasses import dataclass

INCH = 25.4


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in millimetres; ``x``/``y`` are its top-left corner, y grows downwards."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, margin: float) -> Rect:
        return Rect(self.x + margin, self.y + margin, self.width - 2 * margin, self.height - 2 * margin)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.right <= self.right + tolerance and other.bottom <= self.bottom + tolerance)

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True, slots=True)
class Layout:
    """One kind of badge stock: the sheet, the badge size and the grid they sit on."""

    name: str
    title: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    safe_margin: float
    """Nothing is drawn closer than this to a badge's edge."""
    sheet_margin: float = 0.0
    """Nothing is drawn closer than this to the sheet's edge (office printers skip the outer 3–5 mm)."""
    cut_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def page(self) -> Rect:
        return Rect(0, 0, self.page_width, self.page_height)

    @property
    def portrait(self) -> bool:
        return self.badge_height > self.badge_width

    def slots(self) -> list[Rect]:
        """Badge positions on a sheet, row by row from the top left."""
        return [
            Rect(self.left + c * self.pitch_x, self.top + r * self.pitch_y, self.badge_width, self.badge_height)
            for r in range(self.rows)
            for c in range(self.columns)
        ]

    def mirrored(self, rect: Rect) -> Rect:
        """``rect`` reflected about the sheet's vertical centre line: where it lies seen from the back after a
        long-edge flip (``x_back = page_width - x_front - width``, ``y`` unchanged). Exact for stock whose left
        and right margins differ (Avery L4785: 18 and 17 mm)."""
        return Rect(self.page_width - rect.right, rect.y, rect.width, rect.height)

    def back_slots(self) -> list[Rect]:
        """Where each front slot's back lands for long-edge duplex, in front-slot order: the back of the badge at
        (row r, column c) is at (row r, column ``columns - 1 - c``) of the back page, mirrored about its centre."""
        return [self.mirrored(s) for s in self.slots()]

    def safe_area(self, slot: Rect) -> Rect:
        """The part of ``slot`` that may carry ink: inside the badge's safe margin and the sheet's margin."""
        inner = slot.inset(self.safe_margin)
        limit = self.page.inset(self.sheet_margin)
        x = max(inner.x, limit.x)
        y = max(inner.y, limit.y)
        right = min(inner.right, limit.right)
        bottom = min(inner.bottom, limit.bottom)
        return Rect(x, y, right - x, bottom - y)


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("a6-a4", "A6 badges, four to an A4 sheet, with cut marks", 210.0, 297.0, 105.0, 148.0, 2, 2,
               0.0, 0.0, 105.0, 148.0, safe_margin=6.0, sheet_margin=5.0, cut_marks=True),
        Layout("avery-5392", "Avery 5392 / 74459 name badge inserts, 4×3 in, 6 per US Letter sheet",
               8.5 * INCH, 11 * INCH, 4 * INCH, 3 * INCH, 2, 3, 0.25 * INCH, 1 * INCH, 4 * INCH, 3 * INCH,
               safe_margin=4.0, sheet_margin=3.0),
        Layout("avery-l4785", "Avery L4785 adhesive name badges, 80×50 mm, 10 per A4 sheet", 210.0, 297.0,
               80.0, 50.0, 2, 5, 18.0, 13.0, 95.0, 55.0, safe_margin=3.0, sheet_margin=3.0),
        Layout("durable-1445-02", "DURABLE 1445-02 badge inserts, 90×54 mm, 10 per A4 sheet", 210.0, 297.0,
               90.0, 54.0, 2, 5, 15.0, 12.0, 90.0, 54.0, safe_margin=4.0, sheet_margin=3.0),
        Layout("cr80", "CR80 / ID-1 plastic card for a card printer, 85.60×53.98 mm", 85.60, 53.98, 85.60,
               53.98, 1, 1, 0.0, 0.0, 85.60, 53.98, safe_margin=3.0),
    )
}

DEFAULT_LAYOUT = "a6-a4"


def layout_named(name: str) -> Layout:
    """The layout called ``name``; raises KeyError listing the known names."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise KeyError(f"unknown layout {name!r}; known: {', '.join(LAYOUTS)}") from None
