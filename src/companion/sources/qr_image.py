"""QR codes read from pixels (a photo or screenshot of a badge, a webcam frame) with zxing-cpp. Qt-free.

:func:`decode_codes` takes a PIL image or any array zxing-cpp reads (a numpy ``uint8`` array of shape
``(height, width)`` grey, ``(height, width, 3)`` RGB or ``(height, width, 4)`` RGBA; or an object with the buffer
protocol and that shape, e.g. a ``memoryview`` of a QImage's bits reshaped). :func:`decode_file` opens an image file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import UnreadableFileError
from companion.sources.reading import read_bounded

_IMAGE_LIMIT = 64 * 1024 * 1024


class ImageFileError(UnreadableFileError):
    """A picture that cannot be read as an image."""


def decode_codes(image: Any) -> list[str]:
    """The text of every distinct QR code in ``image`` (see the module for the types accepted), in the order
    zxing-cpp found them; [] when there is none."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    return list(dict.fromkeys(str(code.text) for code in found if code.valid))


def decode_file(path: Path) -> list[str]:
    """The QR codes of a picture file (PNG, JPEG, …); raises :class:`ImageFileError` naming the file."""
    import io

    from PIL import Image, UnidentifiedImageError

    data = read_bounded(path, error=ImageFileError, limit_bytes=_IMAGE_LIMIT)
    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageFileError(path, "", Message(QT_TRANSLATE_NOOP("CheckIn", "not an image Companion can read"))
                             ) from exc
    return decode_codes(image)
