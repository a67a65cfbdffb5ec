"""Printing a rendered badge PDF off the GUI thread: each page rasterised and painted onto the printer.

Qt allows a QPainter on a QPrinter in a non-GUI thread; the job opens its own QPdfDocument on the same file the
preview shows (QtPdf serialises its pdfium calls), so the printed pages are the previewed ones.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600
"""Pages are rasterised at the printer's resolution, but never finer than this (a 600 dpi A4 page is ~140 MB)."""


class PrintSignals(QObject):
    """Signals of one :class:`PrintJob`."""

    progress = Signal(int, int)
    """Pages sent so far, pages in the document."""
    finished = Signal(bool)
    """True when every page went to the printer, False when the run was cancelled."""
    failed = Signal(str)


class PrintJob(QRunnable):
    """Sends every page of ``pdf`` to an already configured ``printer`` at actual size, in a pool thread."""

    def __init__(self, pdf: Path, printer: QPrinter) -> None:
        super().__init__()
        self.pdf = pdf
        self.printer = printer
        self.signals = PrintSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        document = QPdfDocument()
        try:
            if document.load(str(self.pdf)) != QPdfDocument.Error.None_:
                self.signals.failed.emit(QCoreApplication.translate(
                    "PrintJob", "The badge PDF could not be read again: %1").replace("%1", str(self.pdf)))
                return
            painter = QPainter()
            if not painter.begin(self.printer):
                self.signals.failed.emit(QCoreApplication.translate("PrintJob", "The printer could not be started."))
                return
            count = document.pageCount()
            dpi = min(self.printer.resolution(), MAX_DPI)
            try:
                for page in range(count):
                    if self._cancel.is_set():
                        self.printer.abort()
                        self.signals.finished.emit(False)
                        return
                    if page:
                        self.printer.newPage()
                    points = document.pagePointSize(page)
                    image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                        round(points.height() / 72 * dpi)))
                    painter.drawImage(self.printer.pageLayout().fullRectPixels(self.printer.resolution()), image)
                    del image
                    self.signals.progress.emit(page + 1, count)
            finally:
                painter.end()
            self.signals.finished.emit(True)
        finally:
            document.close()
