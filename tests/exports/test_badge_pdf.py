"""The badge PDF as a user's software reads it: QR codes scanned at 300 dpi, text extracted, fonts listed."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from companion.domain.attendee import Attendee, Category, SortKey, sorted_attendees
from companion.domain.event import Event
from companion.exports.badges.fonts import FONT_FILES, font_path
from companion.exports.badges.layouts import LAYOUTS
from companion.exports.badges.render import BadgeOptions, EventHeading, fit_name, render_badges
from companion.exports.badges.tokens import verify_token
from companion.resources import resource_path
from companion.sources.attendees_csv import read_attendees

BASE_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
           "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
           "Times-BoldItalic", "Symbol", "ZapfDingbats"}

# Every letter REFERENCE §4 names: Kazakh Cyrillic, Turkmen, Kazakh Latin, Uzbek, Tajik (both cases) + Russian.
REFERENCE_LETTERS = ("ӘҒҚҢӨҰҮҺІәғқңөұүһі" "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                     "ÄÇŇÖŞÜÝŽäçňöşüýž" "ŊǦŪİıÁǴŋǧūiáǵ" "ʻ" "ҶӮӢҷӯӣ")


@pytest.fixture(scope="module")
def sample() -> list[Attendee]:
    return read_attendees(resource_path("samples", "attendees-fictional.csv")).attendees


def _decode_all(pdf_path: Path) -> list[zxingcpp.Barcode]:
    """Every distinct QR code on every page (a scanner may report one symbol twice; count it once)."""
    found = []
    for page in pdfium.PdfDocument(pdf_path):
        image = page.render(scale=300 / 72).to_pil()
        on_page = {c.text: c for c in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)}
        found.extend(on_page.values())
    return found


@pytest.mark.parametrize("layout_name", ["a6-a4", "avery-l4785", "cr80"])
def test_every_code_scans_and_verifies(layout_name: str, sample: list[Attendee], bundled_event: Event,
                                       tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    out = tmp_path / "badges.pdf"
    report = render_badges(out, EventHeading.of(bundled_event), sample, key, BadgeOptions(LAYOUTS[layout_name]))
    assert sorted(report.printed) == sorted(a.id for a in sample)
    codes = _decode_all(out)
    assert len(codes) == len(sample)
    claims = [verify_token(c.text, key.public_key(), event_id=bundled_event.id) for c in codes]
    assert sorted(c.attendee_id for c in claims) == sorted(a.id for a in sample)
    for code in codes:
        assert code.ec_level in ("M", "Q")
        version = int(code.extra["Version"])
        side_px = code.position.top_right.x - code.position.top_left.x
        module_mm = side_px / (17 + 4 * version) / 300 * 25.4
        assert module_mm >= 0.49  # 0.5 mm less one pixel of rounding at 300 dpi


def test_text_reads_back_in_every_script(sample: list[Attendee], bundled_event: Event, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    render_badges(out, EventHeading.of(bundled_event), sample, Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["a6-a4"]))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = unicodedata.normalize("NFC", " ".join(text.split()))
    for attendee in sample:
        assert attendee.display_name in flat, attendee.display_name
        assert attendee.delegation in flat
    assert "CACCC-2025" in flat and "13–15 May 2025" in flat
    if shutil.which("pdftotext"):
        poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                                 check=True).stdout
        poppler_flat = " ".join(poppler.split())
        for word in ("Ҷамшед", "Сӯфиев", "Taŋsūlu", "Baǧdatqyzy", "Çaryýewa", "Oʻlmas", "Gʻofurova", "Подъячев",
                     "Шаһизада"):
            assert word in poppler_flat, word


def test_only_embedded_fonts_and_none_of_the_base_14(sample: list[Attendee], bundled_event: Event,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    render_badges(out, EventHeading.of(bundled_event), sample[:3], Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["durable-1445-02"], duplex=True))
    reader = PdfReader(out)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            seen.add(base.split("+")[-1])
            assert base.split("+")[-1] not in BASE_14
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, base  # embedded TrueType
    assert seen <= set(FONT_FILES)
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[1] == "TrueType" and row.split()[3] == "yes" for row in rows)


def test_viewer_is_told_actual_size_and_duplex(sample: list[Attendee], bundled_event: Event, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    render_badges(out, EventHeading.of(bundled_event), sample[:5], Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["avery-5392"], duplex=True))
    reader = PdfReader(out)
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None"
    assert prefs["/Duplex"] == "/DuplexFlipLongEdge"
    assert len(reader.pages) == 2
    back = reader.pages[1].extract_text()
    for attendee in sample[:5]:
        assert attendee.family_name in " ".join(back.split())
    # the back carries no QR code: a desk scans the front
    back_image = pdfium.PdfDocument(out)[1].render(scale=300 / 72).to_pil()
    assert zxingcpp.read_barcodes(back_image) == []


def test_shipped_fonts_cover_every_reference_letter() -> None:
    for name in FONT_FILES:
        cmap = TTFont(str(font_path(name))).getBestCmap()
        missing = [c for c in REFERENCE_LETTERS if ord(c) not in cmap]
        assert missing == [], (name, missing)
    licence = resource_path("fonts", "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence


def test_unprintable_characters_are_reported_by_attendee(bundled_event: Event, tmp_path: Path) -> None:
    people = [Attendee("OK-1", "Ann", "Baker"), Attendee("CJK-1", "山田", "Hanako", "Org ☃")]
    report = render_badges(tmp_path / "b.pdf", EventHeading.of(bundled_event), people,
                           Ed25519PrivateKey.generate(), BadgeOptions(LAYOUTS["a6-a4"]))
    assert report.printed == ["OK-1"]
    (problem,) = report.skipped
    assert problem.attendee_id == "CJK-1" and "U+5C71" in str(problem.message) and "U+7530" in str(problem.message)


def test_long_names_shrink_then_wrap_then_warn(bundled_event: Event, tmp_path: Path) -> None:
    short = fit_name("Ann Lee", 80 * 2.835, 30 * 2.835, 30)
    assert short.size == 30 and len(short.lines) == 1
    two = fit_name("Alexandra Konstantinopoulou", 60 * 2.835, 30 * 2.835, 30)
    one_line = fit_name("Alexandra Konstantinopoulou", 60 * 2.835, 8 * 2.835, 30)  # no room for two lines
    assert len(two.lines) == 2 and len(one_line.lines) == 1 and two.size > one_line.size * 1.3
    people = [Attendee("L-1", "Maximiliana Alexandrina Konstantina",
                       "Featherstonehaugh-Wolkenstein-Trostburg-Hohenberg-Vanderbilt", category=Category.PRESS)]
    report = render_badges(tmp_path / "b.pdf", EventHeading.of(bundled_event), people,
                           Ed25519PrivateKey.generate(), BadgeOptions(LAYOUTS["avery-l4785"]))
    assert report.printed == ["L-1"]
    (warning,) = report.problems
    assert warning.printed and "below the 10 pt floor" in str(warning.message)
    text = " ".join(PdfReader(tmp_path / "b.pdf").pages[0].extract_text().split())
    assert people[0].display_name in text  # shrunk, never cut


def test_printer_offset_moves_everything(bundled_event: Event, tmp_path: Path) -> None:
    people = [Attendee("A", "Ann", "Baker", "Org", "UK")]

    def ink_box(offset: tuple[float, float]) -> tuple[int, int, int, int]:
        buffer = io.BytesIO()
        render_badges(buffer, EventHeading.of(bundled_event), people, Ed25519PrivateKey.generate(),
                      BadgeOptions(LAYOUTS["durable-1445-02"], offset_x=offset[0], offset_y=offset[1]))
        image = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=4 / (72 / 25.4)).to_pil().convert("L")
        box = image.point(lambda v: 255 if v < 128 else 0).getbbox()
        assert box is not None
        return box

    plain, moved = ink_box((0, 0)), ink_box((2.5, -1.5))
    assert moved[0] - plain[0] == pytest.approx(10, abs=1)  # 2.5 mm right at 4 px/mm
    assert moved[1] - plain[1] == pytest.approx(-6, abs=1)  # 1.5 mm up


def test_cancel_stops_without_writing(sample: list[Attendee], bundled_event: Event, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    seen: list[int] = []
    report = render_badges(out, EventHeading.of(bundled_event), sample, Ed25519PrivateKey.generate(),
                           BadgeOptions(LAYOUTS["a6-a4"]), progress=lambda done, total: seen.append(done),
                           cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and seen == [4, 8]
    assert not out.exists() or out.stat().st_size == 0


def test_sorted_for_the_pickup_desk(sample: list[Attendee], bundled_event: Event, tmp_path: Path) -> None:
    ordered = sorted_attendees(sample, SortKey.DELEGATION)
    out = tmp_path / "badges.pdf"
    render_badges(out, EventHeading.of(bundled_event), ordered, Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["cr80"]))
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert [next(a.id for a in sample if a.display_name in page) for page in pages] == [a.id for a in ordered]


def test_streamed_file_has_an_exact_cross_reference_table(sample: list[Attendee], bundled_event: Event,
                                                          tmp_path: Path) -> None:
    """Viewers repair a broken xref silently; a printer's RIP may not. Every offset must point at its object."""
    out = tmp_path / "badges.pdf"
    render_badges(out, EventHeading.of(bundled_event), sample, Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["a6-a4"], duplex=True))
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    start = int(data[data.rindex(b"startxref") + len(b"startxref"):].split()[0])
    lines = data[start:].split(b"\n")
    assert lines[0].strip() == b"xref"
    first, count = map(int, lines[1].split())
    assert first == 0 and count > 10
    for number in range(1, count):
        offset = int(lines[2 + number].split()[0])
        assert data[offset:].startswith(f"{number} 0 obj".encode()), number
    reader = PdfReader(out, strict=True)
    assert len(reader.pages) == 12  # 22 badges on 6 sheets, each with its back
