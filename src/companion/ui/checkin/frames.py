"""Reading QR codes out of one camera frame (grayscale bytes) with zxing-cpp: a job function, Qt-free.

The camera pane converts each frame it keeps to 8-bit grayscale and runs :func:`decode_job` through the
window's job runner, so decoding never holds up the window; frames that arrive meanwhile are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.services.jobs import JobContext, JobFunction


@dataclass(frozen=True, slots=True)
class GrayFrame:
    """One frame as 8-bit luminance, ``stride`` bytes a row."""

    data: bytes
    width: int
    height: int
    stride: int


def decode_gray(frame: GrayFrame) -> list[str]:
    """The texts of the QR codes in ``frame`` (each once, in the order found)."""
    import zxingcpp  # only where frames are decoded: the window starts without it

    view = zxingcpp.ImageView(frame.data, frame.width, frame.height, zxingcpp.ImageFormat.Lum, frame.stride)
    found = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return list(dict.fromkeys(code.text for code in found if code.valid))


def decode_job(frame: GrayFrame) -> JobFunction[list[str]]:
    """A job function reading ``frame``: ``fn(ctx) -> list[str]``."""

    def run(ctx: JobContext) -> list[str]:
        ctx.check_cancelled()
        return decode_gray(frame)

    return run


def decoder_available() -> bool:
    """True when zxing-cpp can be imported (the camera needs it)."""
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True
