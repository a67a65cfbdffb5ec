"""Badge PDFs drawn with reportlab: one page at a time, vector QR codes, embedded DejaVu fonts only.

Pages are streamed: each sheet is drawn, finished with ``showPage`` and its compressed content moved to a spool
file before the next one is started; saving writes the PDF object by object (see :mod:`pdf_stream`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from companion import __version__
from companion.domain.attendee import (
    CATEGORY_COLOURS,
    Attendee,
    category_label,
    characters_missing,
    upper_for_language,
)
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate, english
from companion.domain.phrases import date_range_text
from companion.domain.text import pick
from companion.exports.badges import fonts
from companion.exports.badges.layouts import Layout, Rect
from companion.exports.badges.tokens import make_token_v2

if TYPE_CHECKING:  # reportlab, qrcode and cryptography are imported where a badge is drawn (the window starts without)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

NAME_FLOOR_PT = 10.0
MIN_MODULE_MM = 0.5
MAX_MODULE_MM = 0.9
QUIET_ZONE_MODULES = 4
LEADING = 1.12

@dataclass(frozen=True, slots=True)
class EventHeading:
    """The event lines every badge carries."""

    event_id: str
    name: str
    short_name: str
    dates: str

    @classmethod
    def of(cls, event: Event, language: str = "en", second_language: str | None = None) -> EventHeading:
        """The heading in ``language``; with ``second_language``, the names in both: "ЦАКИК-2025 / CACCC-2025"."""
        city = pick(event.city, language)
        when = date_range_text(event.start_date, event.end_date, language)
        name = pick(event.name, language)
        short_name = pick(event.short_name, language) or event.id
        if second_language:
            other_name = pick(event.name, second_language)
            other_short = pick(event.short_name, second_language) or event.id
            name = name if other_name == name else f"{name} / {other_name}"
            short_name = short_name if other_short == short_name else f"{short_name} / {other_short}"
        return cls(event.id, name, short_name, f"{when} · {city}" if city else when)


@dataclass(frozen=True, slots=True)
class BadgeOptions:
    """How a run is printed."""

    layout: Layout
    offset_x: float = 0.0
    """Printer offset in mm: positive moves everything right on the fronts, and left on the backs (duplex).

    A back page is the exact mirror image of its front page, offset included, so that each back stays behind
    its front on the paper wherever the offset moves the front: seen from the back after the long-edge flip,
    "right on the front" is "left". The offset corrects where the stock's badges sit on the sheet; a duplexer
    that shifts the second side by itself needs its own correction, which this does not make.
    """
    offset_y: float = 0.0
    """Printer offset in mm: positive moves everything down, on fronts and backs alike (the flip keeps y)."""
    duplex: bool = False
    """Add a back page after each sheet, mirrored for long-edge duplex, with the name on it too."""
    language: str = "en"
    """The language of category labels and of upper-casing on the badges."""
    translate: Translate = english
    """Translates the PDF's own words (its title, "No badges to print.") into the user's language."""
    serials: Mapping[str, int] = field(default_factory=dict)
    """Each attendee's code serial by id (1 when absent: a first print; a reprint of a lost badge has more)."""


@dataclass(frozen=True, slots=True)
class BadgeProblem:
    """A badge that was not printed, or printed with a warning, and why."""

    attendee_id: str
    name: str
    message: Message
    """Why, without the attendee (``message.render(translate)`` in the user's language)."""
    printed: bool = False

    def text(self, translate: Translate | None = None) -> str:
        """``R-1 (Ann Lee): why`` with the reason in the language of ``translate`` (English without)."""
        reason = self.message.render(translate) if translate is not None else str(self.message)
        return f"{self.attendee_id} ({self.name}): {reason}"

    def __str__(self) -> str:
        return self.text()


@dataclass(slots=True)
class BadgeReport:
    """What a run printed and what it could not."""

    printed: list[str] = field(default_factory=list)
    problems: list[BadgeProblem] = field(default_factory=list)
    pages: int = 0
    cancelled: bool = False

    @property
    def skipped(self) -> list[BadgeProblem]:
        return [p for p in self.problems if not p.printed]


# ---- text fitting -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FittedText:
    """Lines of text with the font and size that make them fit their box."""

    lines: tuple[str, ...]
    font: str
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def _splits(words: Sequence[str], count: int) -> list[tuple[str, ...]]:
    if count == 1:
        return [(" ".join(words),)]
    if len(words) < 2:
        return []
    return [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]


def _size_for(lines: Sequence[str], font: str, width: float, height: float, largest: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max(stringWidth(line, font, 1.0) for line in lines) or 1.0
    return min(largest, width / widest, height / (len(lines) * LEADING))


def _best_fit(text: str, font: str, lines: int, width: float, height: float, largest: float) -> FittedText | None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    best: FittedText | None = None
    best_key = (0.0, 0.0)
    for candidate in _splits(text.split(), lines):
        size = _size_for(candidate, font, width, height, largest)
        # Largest size first; among equal sizes the most even lines (the narrowest widest line).
        key = (round(size, 2), -max(stringWidth(line, font, 1.0) for line in candidate))
        if best is None or key > best_key:
            best, best_key = FittedText(candidate, font, size), key
    return best


def fit_name(name: str, width: float, height: float, largest: float) -> FittedText:
    """The name as large as it fits (points): one line, then condensed, then two lines; never cut off.

    The result may be below :data:`NAME_FLOOR_PT`; the caller warns then.
    """
    fonts.register_fonts()
    preference = ((fonts.BOLD, 1, 1.0), (fonts.CONDENSED_BOLD, 1, 0.93), (fonts.BOLD, 2, 0.86),
                  (fonts.CONDENSED_BOLD, 2, 0.8))
    best: FittedText | None = None
    best_score = -1.0
    for font, count, weight in preference:
        fitted = _best_fit(name, font, count, width, height, largest)
        if fitted is not None and fitted.size * weight > best_score:
            best, best_score = fitted, fitted.size * weight
    assert best is not None
    return best


def fit_text(text: str, font: str, width: float, height: float, largest: float, max_lines: int = 2) -> FittedText:
    """Plain text as large as it fits in up to ``max_lines`` lines (points)."""
    fonts.register_fonts()
    best: FittedText | None = None
    for count in range(1, max_lines + 1):
        fitted = _best_fit(text, font, count, width, height, largest)
        # A second line only when it buys a clearly larger size.
        if fitted is not None and (best is None or fitted.size > best.size * 1.15):
            best = fitted
    assert best is not None
    return best


# ---- the badge's parts --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BadgeFrame:
    """Where each part of a badge goes, in mm on the sheet (top-left origin)."""

    heading: Rect
    name: Rect
    details: Rect
    qr: Rect | None
    band: Rect

    def parts(self) -> list[Rect]:
        return [r for r in (self.heading, self.name, self.details, self.qr, self.band) if r is not None]


def badge_frame(layout: Layout, safe: Rect, with_qr: bool = True) -> BadgeFrame:
    """Split a badge's safe area into heading, name, details, QR and category band."""
    gap = 1.5 if safe.height < 60 else 2.5
    if layout.portrait:
        heading_h = safe.height * 0.12
        band_h = safe.height * 0.11
        heading = Rect(safe.x, safe.y, safe.width, heading_h)
        band = Rect(safe.x, safe.bottom - band_h, safe.width, band_h)
        body_top = heading.bottom + gap
        name = Rect(safe.x, body_top, safe.width, safe.height * 0.22)
        details = Rect(safe.x, name.bottom + gap, safe.width, safe.height * 0.14)
        qr: Rect | None = None
        if with_qr:
            space = band.y - gap - (details.bottom + gap)
            side = min(space, safe.width * 0.6)
            qr = Rect(safe.x + (safe.width - side) / 2, details.bottom + gap + (space - side) / 2, side, side)
        else:
            details = Rect(details.x, details.y, details.width, band.y - gap - details.y)
        return BadgeFrame(heading, name, details, qr, band)
    heading_h = max(safe.height * 0.14, 5.0)
    band_h = max(safe.height * 0.14, 5.5)
    heading = Rect(safe.x, safe.y, safe.width, heading_h)
    band = Rect(safe.x, safe.bottom - band_h, safe.width, band_h)
    body = Rect(safe.x, heading.bottom + gap, safe.width, band.y - gap - (heading.bottom + gap))
    text_width = safe.width
    qr = None
    if with_qr:
        side = min(body.height, safe.width * 0.42)
        qr = Rect(safe.right - side, body.y + (body.height - side) / 2, side, side)
        text_width = safe.width - side - gap
    name = Rect(body.x, body.y, text_width, body.height * 0.55)
    details = Rect(body.x, name.bottom + gap / 2, text_width, body.bottom - name.bottom - gap / 2)
    return BadgeFrame(heading, name, details, qr, band)


def qr_modules(payload: str, quick: bool = False) -> list[list[bool]]:
    """The QR matrix for ``payload`` without quiet zone (error correction M, smallest version that fits).

    ``quick`` skips choosing the best mask (a fixed mask): same size, for measuring only.
    """
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, box_size=1,
                         mask_pattern=0 if quick else None)
    code.add_data(payload)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


def qr_module_size(modules: int, box: Rect) -> float:
    """Module size in mm for a code of ``modules`` per side plus its quiet zone inside ``box``."""
    return min(box.width / (modules + 2 * QUIET_ZONE_MODULES), MAX_MODULE_MM)


class _Sheet:
    """Drawing on one PDF page with millimetre, top-left coordinates."""

    def __init__(self, canvas: Canvas, layout: Layout, offset_x: float, offset_y: float) -> None:
        self.c = canvas
        self.page_h = layout.page_height
        self.dx = offset_x
        self.dy = offset_y

    def x(self, value: float) -> float:
        from reportlab.lib.units import mm

        return float((value + self.dx) * mm)

    def y(self, value: float) -> float:
        """PDF y (points from the bottom) of a top-left-origin y in mm."""
        from reportlab.lib.units import mm

        return float((self.page_h - value - self.dy) * mm)

    def rect(self, r: Rect, colour: Color) -> None:
        from reportlab.lib.units import mm

        self.c.setFillColor(colour)
        self.c.rect(self.x(r.x), self.y(r.bottom), r.width * mm, r.height * mm, stroke=0, fill=1)

    def text_block(self, fitted: FittedText, box: Rect, colour: Color | None = None, align: str = "center",
                   valign: str = "middle") -> None:
        from reportlab.lib.colors import black
        from reportlab.lib.units import mm

        self.c.setFillColor(black if colour is None else colour)
        self.c.setFont(fitted.font, fitted.size)
        block = fitted.height / mm
        if valign == "top":
            top = box.y
        elif valign == "bottom":
            top = box.bottom - block
        else:
            top = box.y + (box.height - block) / 2
        line_h = fitted.size * LEADING / mm
        for i, line in enumerate(fitted.lines):
            # Baseline: DejaVu's ascender is about 0.93 em; centre the cap height within the line box.
            baseline = top + i * line_h + (line_h + fitted.size * 0.70 / mm) / 2
            if align == "center":
                self.c.drawCentredString(self.x(box.x + box.width / 2), self.y(baseline), line)
            elif align == "right":
                self.c.drawRightString(self.x(box.right), self.y(baseline), line)
            else:
                self.c.drawString(self.x(box.x), self.y(baseline), line)

    def qr(self, matrix: list[list[bool]], box: Rect, module: float) -> Rect:
        """Draw the code as one vector path of dark runs, centred in ``box``; returns the code's outer rect."""
        from reportlab.lib.colors import black, white
        from reportlab.lib.units import mm

        count = len(matrix)
        side = (count + 2 * QUIET_ZONE_MODULES) * module
        outer = Rect(box.x + (box.width - side) / 2, box.y + (box.height - side) / 2, side, side)
        self.rect(outer, white)
        origin_x = self.x(outer.x + QUIET_ZONE_MODULES * module)
        origin_y = self.y(outer.y + QUIET_ZONE_MODULES * module)
        step = module * mm
        # Rectangles of dark runs in module units under one transform (x right, y down from the code's corner),
        # written as PDF operators directly: small integers compress well, and one fill for the whole code
        # leaves no seams between rows.
        ops: list[str] = [f"q {step:.4f} 0 0 {-step:.4f} {origin_x:.3f} {origin_y:.3f} cm"]
        for r, row in enumerate(matrix):
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {r} {c - start} 1 re")
        self.c.setFillColor(black)
        self.c.addLiteral("\n".join(ops) + "\nf Q")
        return outer

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.25) -> None:
        from reportlab.lib.colors import black

        self.c.setStrokeColor(black)
        self.c.setLineWidth(width)
        self.c.line(self.x(x1), self.y(y1), self.x(x2), self.y(y2))


def _band_text_colour(hex_colour: str) -> Color:
    from reportlab.lib.colors import HexColor, black, white

    colour = HexColor(hex_colour)
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return black if luminance > 0.55 else white


@dataclass(frozen=True, slots=True)
class _Sizes:
    heading: float
    dates: float
    name: float
    details: float
    band: float


def _sizes(layout: Layout) -> _Sizes:
    if layout.portrait:
        return _Sizes(heading=11.0, dates=8.5, name=30.0, details=13.0, band=20.0)
    if layout.badge_height >= 70:
        return _Sizes(heading=9.0, dates=7.0, name=24.0, details=10.5, band=14.0)
    return _Sizes(heading=7.5, dates=6.0, name=18.0, details=8.5, band=11.0)


def cut_mark_lines(layout: Layout) -> list[tuple[float, float, float, float]]:
    """Cut marks (x1, y1, x2, y2 in mm): short lines on each cut line at the sheet's edges and crosses where
    cut lines meet. They lie on the cut lines, so outside every badge's safe area, and inside the sheet margin.
    """
    if not layout.cut_marks:
        return []
    m = layout.sheet_margin
    length = 5.0
    slots = layout.slots()
    xs = sorted({s.x for s in slots} | {s.right for s in slots})
    ys = sorted({s.y for s in slots} | {s.bottom for s in slots})
    cut_x = [x for x in xs if m < x < layout.page_width - m]
    cut_y = [y for y in ys if m < y < layout.page_height - m]
    marks: list[tuple[float, float, float, float]] = []
    for x in cut_x:
        marks.append((x, m, x, m + length))
        marks.append((x, layout.page_height - m - length, x, layout.page_height - m))
    for y in cut_y:
        marks.append((m, y, m + length, y))
        marks.append((layout.page_width - m - length, y, layout.page_width - m, y))
    arm = 3.0
    for x in cut_x:
        for y in cut_y:
            marks.append((x - arm, y, x + arm, y))
            marks.append((x, y - arm, x, y + arm))
    return marks


class BadgeRenderer:
    """Draws badges for one event onto a PDF, sheet by sheet."""

    def __init__(self, heading: EventHeading, key: Ed25519PrivateKey, options: BadgeOptions) -> None:
        from companion.exports.badges.pdf_stream import PageSpool

        fonts.register_fonts()
        self.heading = heading
        self.key = key
        self.options = options
        self.layout = options.layout
        self.sizes = _sizes(self.layout)
        self.printable = fonts.printable_everywhere()
        self._modules_by_length: dict[int, int] = {}
        self.spool = PageSpool()

    # ---- checks before printing ----

    def check(self, attendee: Attendee) -> BadgeProblem | None:
        """Why ``attendee`` cannot be printed on this layout, or None."""
        texts = [attendee.given_name, attendee.family_name, attendee.organisation, attendee.delegation]
        missing = characters_missing(texts, self.printable)
        if missing:
            listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing)
            return BadgeProblem(attendee.id, attendee.display_name, Message(
                QT_TRANSLATE_NOOP("Badges", "the badge font has no glyph for {characters}"), characters=listed))
        return None

    def token(self, attendee: Attendee) -> str:
        return make_token_v2(self.key, self.heading.event_id, attendee.id, self.options.serials.get(attendee.id, 1))

    # ---- drawing ----

    def open(self, output: Path | str | BinaryIO) -> Canvas:
        from reportlab.lib.units import mm
        from reportlab.pdfgen.canvas import Canvas

        layout = self.layout
        target = str(output) if isinstance(output, Path) else output
        canvas = Canvas(target, pagesize=(layout.page_width * mm, layout.page_height * mm),
                        initialFontName=fonts.REGULAR, initialFontSize=10, pageCompression=1)
        canvas.setTitle(Message(QT_TRANSLATE_NOOP("Badges", "{event} badges ({layout})"), event=self.heading.short_name,
                                layout=layout.name).render(self.options.translate))
        canvas.setAuthor(self.heading.name)
        canvas.setCreator(f"Companion {__version__}")
        canvas.setSubject(layout.title)
        canvas.setViewerPreference("PrintScaling", "None")
        if self.options.duplex:
            canvas.setViewerPreference("Duplex", "DuplexFlipLongEdge")
        return canvas

    def draw_sheet(self, canvas: Canvas, batch: Sequence[Attendee], report: BadgeReport) -> None:
        """One sheet of up to ``layout.per_page`` badges (and its back when duplex).

        The back page mirrors the front about the sheet's vertical centre line, for long-edge duplex: each
        attendee's back goes to the mirror of the very slot their front took (row r, column c on the front ->
        row r, column ``columns - 1 - c`` on the back), on a partial last sheet too, and the printer's x offset
        is negated there (see :attr:`BadgeOptions.offset_x`), so the whole back page is the front's mirror image.
        """
        layout = self.layout
        placed = list(zip(batch, layout.slots(), strict=False))
        front = _Sheet(canvas, layout, self.options.offset_x, self.options.offset_y)
        for attendee, slot in placed:
            self._draw_badge(front, attendee, slot, front=True, report=report)
        for mark in cut_mark_lines(layout):
            front.line(*mark)
        self.spool.finish_page(canvas)
        report.pages += 1
        if self.options.duplex:
            back = _Sheet(canvas, layout, -self.options.offset_x, self.options.offset_y)
            for attendee, slot in placed:
                self._draw_badge(back, attendee, layout.mirrored(slot), front=False, report=report)
            for x1, y1, x2, y2 in cut_mark_lines(layout):
                back.line(layout.page_width - x1, y1, layout.page_width - x2, y2)
            self.spool.finish_page(canvas)
            report.pages += 1

    def _draw_badge(self, sheet: _Sheet, a: Attendee, slot: Rect, *, front: bool, report: BadgeReport) -> None:
        from reportlab.lib.colors import HexColor, black
        from reportlab.lib.units import mm

        layout = self.layout
        safe = layout.safe_area(slot)
        frame = badge_frame(layout, safe, with_qr=front)
        sizes = self.sizes
        # Heading: the event's full name when it fits legibly, else its short name; then dates and city.
        head_top = Rect(frame.heading.x, frame.heading.y, frame.heading.width, frame.heading.height * 0.62)
        head_bottom = Rect(frame.heading.x, head_top.bottom, frame.heading.width, frame.heading.height * 0.38)
        title = fit_text(self.heading.name, fonts.BOLD, head_top.width * mm, head_top.height * mm, sizes.heading)
        if title.size < sizes.heading * 0.9:  # below that the full name is too small to read at arm's length
            title = fit_text(self.heading.short_name, fonts.BOLD, head_top.width * mm, head_top.height * mm,
                             sizes.heading, max_lines=1)
        sheet.text_block(title, head_top, HexColor("#263238"))
        sheet.text_block(fit_text(self.heading.dates, fonts.REGULAR, head_bottom.width * mm,
                                  head_bottom.height * mm, sizes.dates, max_lines=1), head_bottom,
                         HexColor("#455a64"))
        # The name, as large as it fits.
        align = "center" if layout.portrait or not front else "left"
        name = fit_name(a.display_name, frame.name.width * mm, frame.name.height * mm, sizes.name)
        sheet.text_block(name, frame.name, black, align=align, valign="bottom" if not layout.portrait else "middle")
        if front and name.size < NAME_FLOOR_PT:
            report.problems.append(BadgeProblem(a.id, a.display_name, Message(
                QT_TRANSLATE_NOOP("Badges", "name printed at {size} pt, below the {floor} pt floor"),
                size=f"{name.size:.1f}", floor=f"{NAME_FLOOR_PT:.0f}"), printed=True))
        # Organisation, then delegation in bold.
        details = [t for t in (a.organisation, a.delegation) if t]
        if details:
            box = frame.details
            parts: list[tuple[FittedText, Rect]] = []
            if a.organisation and a.delegation:
                org_box = Rect(box.x, box.y, box.width, box.height * 0.62)
                del_box = Rect(box.x, org_box.bottom, box.width, box.height * 0.38)
                parts.append((fit_text(a.organisation, fonts.REGULAR, org_box.width * mm, org_box.height * mm,
                                       sizes.details), org_box))
                parts.append((fit_text(a.delegation, fonts.BOLD, del_box.width * mm, del_box.height * mm,
                                       sizes.details, max_lines=1), del_box))
            else:
                font = fonts.REGULAR if a.organisation else fonts.BOLD
                parts.append((fit_text(details[0], font, box.width * mm, box.height * mm, sizes.details), box))
            for fitted, part_box in parts:
                sheet.text_block(fitted, part_box, HexColor("#212121"), align=align,
                                 valign="top" if not layout.portrait else "middle")
        # Category band with its label.
        colour = CATEGORY_COLOURS[a.category]
        sheet.rect(frame.band, HexColor(colour))
        label = upper_for_language(category_label(a.category, self.options.language), self.options.language)
        band_text = fit_text(label, fonts.CONDENSED_BOLD, frame.band.width * mm * 0.92, frame.band.height * mm * 0.8,
                             sizes.band, max_lines=1)
        sheet.text_block(band_text, frame.band, _band_text_colour(colour))
        if front and frame.qr is not None:
            matrix = qr_modules(self.token(a))
            sheet.qr(matrix, frame.qr, qr_module_size(len(matrix), frame.qr))

    def qr_fits(self, attendee: Attendee) -> BadgeProblem | None:
        """A problem when the attendee's code would need modules below 0.5 mm on this stock."""
        safe = self.layout.safe_area(self.layout.slots()[0])
        qr_box = badge_frame(self.layout, safe).qr
        assert qr_box is not None
        length = len(self.token(attendee))
        if length not in self._modules_by_length:
            # The symbol's size depends only on the payload's length (one alphanumeric segment, ECC M).
            self._modules_by_length[length] = len(qr_modules(self.token(attendee), quick=True))
        size = qr_module_size(self._modules_by_length[length], qr_box)
        if size < MIN_MODULE_MM:
            return BadgeProblem(attendee.id, attendee.display_name, Message(QT_TRANSLATE_NOOP(
                "Badges", "the id is too long: its QR code would need {size} mm modules on this stock "
                "(at least {minimum} mm scan reliably)"), size=f"{size:.2f}", minimum=str(MIN_MODULE_MM)))
        return None


def render_badges(
    output: Path | str | BinaryIO,
    heading: EventHeading,
    attendees: Sequence[Attendee],
    key: Ed25519PrivateKey,
    options: BadgeOptions,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BadgeReport:
    """Write the badges of ``attendees`` (in the given order) to ``output``.

    Attendees whose text the fonts cannot draw, or whose code would be too small, are left out and reported.
    When ``cancelled`` returns True the run stops and nothing is written (``report.cancelled``).
    """
    from reportlab.lib.units import mm

    from companion.exports.badges.pdf_stream import save_streaming

    renderer = BadgeRenderer(heading, key, options)
    report = BadgeReport()
    printable: list[Attendee] = []
    for attendee in attendees:
        problem = renderer.check(attendee) or renderer.qr_fits(attendee)
        if problem is not None:
            report.problems.append(problem)
        else:
            printable.append(attendee)
    canvas = renderer.open(Path(output) if isinstance(output, str) else output)
    try:
        per_page = options.layout.per_page
        total = len(printable)
        for start in range(0, total, per_page):
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            batch = printable[start:start + per_page]
            renderer.draw_sheet(canvas, batch, report)
            report.printed.extend(a.id for a in batch)
            if progress is not None:
                progress(len(report.printed), total)
        if total == 0:
            sheet = _Sheet(canvas, options.layout, options.offset_x, options.offset_y)
            page = options.layout.page.inset(max(options.layout.sheet_margin, options.layout.safe_margin))
            nothing = Message(QT_TRANSLATE_NOOP("Badges", "No badges to print.")).render(options.translate)
            note = fit_text(nothing, fonts.REGULAR, page.width * mm, 20 * mm, 14, max_lines=1)
            sheet.text_block(note, Rect(page.x, page.y, page.width, 20))
            renderer.spool.finish_page(canvas)
            report.pages += 1
        save_streaming(canvas, output)
    finally:
        renderer.spool.close()
    return report
