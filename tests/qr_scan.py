"""Reading QR codes back from PDFs the way a check-in desk's scanner does."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def distinct_qr_payloads(pdf_path: Path, dpi: int = 300) -> list[str]:
    """The text of every distinct QR code on every page.

    zxing-cpp can report one symbol twice; each payload is counted once per page.
    """
    payloads: list[str] = []
    for page in pdfium.PdfDocument(pdf_path):
        image = page.render(scale=dpi / 72).to_pil()
        codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        payloads.extend(dict.fromkeys(c.text for c in codes))
    return payloads
