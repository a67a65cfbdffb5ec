"""Print… off the GUI thread: the print job function sends every page of the rendered PDF, or stops when cancelled."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtPrintSupport import QPrinter

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.exports.badges.layouts import LAYOUTS
from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError, JobState, run_job
from companion.ui.badges.printing import print_pdf


def _printer(tmp_path: Path, event: Event) -> tuple[Path, QPrinter, Path]:
    source = tmp_path / "badges.pdf"
    people = [Attendee(f"P-{i}", "Ann", f"Lee{i}") for i in range(3)]
    render_badges(source, EventHeading.of(event), people, Ed25519PrivateKey.generate(),
                  BadgeOptions(LAYOUTS["cr80"], duplex=True))  # 6 pages: a front and a back per card
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(150)
    printer.setFullPage(True)
    return source, printer, printed


def test_every_page_goes_to_the_printer(qtbot, tmp_path: Path, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    source, printer, printed = _printer(tmp_path, bundled_event)
    progress: list[tuple[int, int]] = []
    assert print_pdf(source, printer, JobContext(on_progress=lambda d, t: progress.append((d, t)))) == 6
    assert progress == [(n, 6) for n in range(1, 7)]
    document = pdfium.PdfDocument(printed)
    assert len(document) == 6
    fronts = [zxingcpp.read_barcodes(document[i].render(scale=300 / 72).to_pil(),
                                     formats=zxingcpp.BarcodeFormat.QRCode) for i in range(0, 6, 2)]
    # one code per card front (zxing-cpp may report one symbol twice: count distinct payloads)
    assert [len({code.text for code in codes}) for codes in fronts] == [1, 1, 1]


def test_cancel_stops_before_the_next_page(qtbot, tmp_path: Path, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    source, printer, printed = _printer(tmp_path, bundled_event)
    progress: list[tuple[int, int]] = []
    context = JobContext()
    context.on_progress = lambda done, total: (progress.append((done, total)), context.cancel())
    with pytest.raises(JobCancelledError):
        print_pdf(source, printer, context)
    assert progress == [(1, 6)]
    # a PDF "printer" cannot abort a started file: it ends after the one page sent (a CUPS job is cancelled)
    assert len(pdfium.PdfDocument(printed)) == 1


def test_an_unreadable_pdf_fails_with_a_message(qtbot, tmp_path: Path, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    _source, printer, _printed = _printer(tmp_path, bundled_event)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(JobFailedError, match="could not be read again"):
        print_pdf(broken, printer, JobContext())
    outcome = run_job("Printing", lambda context: print_pdf(broken, printer, context))
    assert outcome.state is JobState.FAILED and "broken.pdf" in str(outcome.message)
