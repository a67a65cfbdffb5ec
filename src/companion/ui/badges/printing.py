"""Printing a rendered badge PDF: each page rasterised and painted onto the printer, as a job function.

Qt allows a QPainter on a QPrinter in a non-GUI thread, so the window runs :func:`print_pdf` through its job
runner. It opens its own QPdfDocument on the same file the preview shows (QtPdf serialises its pdfium calls), so
the printed pages are the previewed ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from companion.domain.message import fill
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError

MAX_DPI = 600
"""Pages are rasterised at the printer's resolution, but never finer than this (a 600 dpi A4 page is ~140 MB)."""


def print_pdf(pdf: Path, printer: QPrinter, context: JobContext) -> int:
    """Send every page of ``pdf`` to the already configured ``printer`` at actual size; the number of pages sent.

    Progress is pages sent of pages in the document. A cancel stops before the next page and aborts the
    printer's job (``JobCancelledError``); a PDF that cannot be read or a printer that cannot start fails with a
    message.
    """
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise JobFailedError(fill(QCoreApplication.translate(
                "PrintJob", "The badge PDF could not be read again: %1"), pdf))
        painter = QPainter()
        if not painter.begin(printer):
            raise JobFailedError(QCoreApplication.translate("PrintJob", "The printer could not be started."))
        count = document.pageCount()
        dpi = min(printer.resolution(), MAX_DPI)
        try:
            for page in range(count):
                if context.cancelled():
                    printer.abort()
                    raise JobCancelledError
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                    round(points.height() / 72 * dpi)))
                painter.drawImage(printer.pageLayout().fullRectPixels(printer.resolution()), image)
                del image
                context.progress(page + 1, count)
        finally:
            painter.end()
        return count
    finally:
        document.close()
