"""Check-in page benchmark: one scan from the scanner's key events to the verdict painted, and one camera frame.

Run: ``python benchmarks/checkin_scan_ui.py [--scans 200] [--frames 30]``. Offscreen Qt, a fresh data folder,
the bundled event and 600 attendees (the fictional sample list repeated with new ids), SQLite store.

- *scan to verdict on screen*: the code typed as key events into the focused name-search box (the page's
  scanner filter takes it out), the scan decided by the desk service on the window's job runner with the log
  written, the verdict panel repainted; beside it, the bare ``CheckinService.scan`` call on other attendees,
  measured in the same run. Each scan admits a new person.
- *camera frame*: a real badge drawn by the badge renderer in a 1280×720 frame, through the page's frame path
  (grayscale copy, job runner, zxing-cpp) until the frame is done; beside it, zxing-cpp alone on the same
  grayscale bytes.

Prints median and p95 in milliseconds; never fails on speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ordered)})"


def _wait(signal: object, start: Callable[[], object], timeout_ms: int = 10_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    if not fired:  # a scan on the local store is decided and painted before start() returns
        loop.exec()
    signal.disconnect(done)  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COMPANION_DATA_DIR"] = tempfile.mkdtemp(prefix="companion-bench-")

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from companion.ui.gui_thread import keep_gui_thread_responsive

    keep_gui_thread_responsive()  # as the app runs (companion.app.run_gui)
    app = QApplication([sys.argv[0]])
    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.paths import state_db_path
    from companion.resources import bundled_event_path, resource_path
    from companion.services.container import Services
    from companion.sources import load_event
    from companion.sources.attendees_csv import read_attendees
    from companion.store.database import open_state
    from companion.ui.checkin.page import CheckinPage

    event = load_event(bundled_event_path())
    state = open_state(state_db_path())
    services = Services.for_connection(state)
    sample = read_attendees(resource_path("samples", "attendees-fictional.csv")).attendees
    people = [replace(sample[i % len(sample)], id=f"P-{i:05d}") for i in range(600)]
    for person in people:
        services.badges.save_attendee(event.id, person)
    codes = [services.badges.token(event.id, p.id) for p in people]
    window = create_main_window(event, services, Clock())
    window.resize(1366, 768)
    window.show()
    page = window.findChild(CheckinPage)
    assert page is not None
    page.sounds.enabled = False
    window.show_page(page)
    page.runner.wait_until_idle()
    page.search_edit.setFocus()
    app.processEvents()

    read_at: list[float] = []

    def type_code(code: str) -> None:
        target = QApplication.focusWidget() or page.search_edit
        for char in code:
            key = ord(char)
            QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier,
                                                         char))
            QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key,
                                                         Qt.KeyboardModifier.NoModifier, char))
        read_at.append(time.perf_counter())
        QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                     Qt.KeyboardModifier.NoModifier, "\r"))

    n = min(args.scans, len(codes) // 2)
    on_screen: list[float] = []
    keys_read: list[float] = []
    painted_at: list[float] = []
    page.verdict_shown.connect(lambda _result: painted_at.append(time.perf_counter()))  # after repaint()
    for code in codes[:n]:
        page.runner.wait_until_idle()
        start = time.perf_counter()
        _wait(page.verdict_shown, lambda c=code: type_code(c))
        on_screen.append((painted_at[-1] - start) * 1000)
        keys_read.append((read_at[-1] - start) * 1000)
    after_enter = [total - keys for total, keys in zip(on_screen, keys_read, strict=True)]
    bare: list[float] = []
    service = services.checkin
    for code in codes[n:2 * n]:
        start = time.perf_counter()
        result = service.scan(code)
        bare.append((time.perf_counter() - start) * 1000)
        assert result.verdict.admits
    print(f"scan, key events -> verdict painted (SQLite) : {_percentiles(on_screen)}")
    print(f"  of which the {len(codes[0])} keys before Enter    : {_percentiles(keys_read)}")
    print(f"  and from Enter to the verdict painted   : {_percentiles(after_enter)}")
    print(f"scan, CheckinService.scan alone (SQLite)    : {_percentiles(bare)}")

    # -- one camera frame -------------------------------------------------------------------------------
    import pypdfium2 as pdfium
    import zxingcpp
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QImage, QPainter

    from companion.services.badges import BadgeSettings
    from companion.ui.checkin.camera import gray_frame

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "badge.pdf"
        run = services.badges.single(event, people[-1], "cr80", BadgeSettings(), "en", reissue=False)
        services.badges.render(run, pdf)
        picture = pdfium.PdfDocument(pdf)[0].render(scale=560 / pdfium.PdfDocument(pdf)[0].get_size()[1])
        pil = picture.to_pil().convert("RGB")
    badge = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#6b6f73"))
    painter = QPainter(frame)
    painter.drawImage(QPoint((1280 - badge.width()) // 2, (720 - badge.height()) // 2), badge)
    painter.end()
    decoder = page.camera.decoder
    found: list[list[str]] = []
    decoder.codes_found.connect(found.append)
    through_page: list[float] = []
    for _ in range(args.frames):
        start = time.perf_counter()
        _wait(decoder.frame_done, lambda: page.camera.take_frame(frame))
        through_page.append((time.perf_counter() - start) * 1000)
    gray = gray_frame(frame)
    alone: list[float] = []
    for _ in range(args.frames):
        start = time.perf_counter()
        view = zxingcpp.ImageView(gray.data, gray.width, gray.height, zxingcpp.ImageFormat.Lum, gray.stride)
        codes_read = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
        alone.append((time.perf_counter() - start) * 1000)
    assert found and codes_read, "the badge's code was not read from the frame"
    print(f"1280x720 frame, page frame path (job runner) : {_percentiles(through_page)}")
    print(f"1280x720 frame, zxing-cpp alone              : {_percentiles(alone)}")
    window.close()
    page.runner.wait_until_idle()
    services.close()
    state.close()


if __name__ == "__main__":
    main()
