"""Recorded camera frames for the check-in tests and the benchmark: a real badge, drawn by the badge renderer,
rasterised by pdfium and placed on a 1280×720 grey "desk" the way a webcam would see it held up."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.services.badges import BadgeSettings
from companion.services.container import Services

FRAME_SIZE = (1280, 720)


def render_badge(services: Services, event: Event, attendee: Attendee, folder: Path) -> Path:
    """The attendee's badge as the Badges page prints it (one CR80 card), as a PDF in ``folder``."""
    badges = services.badges
    run = badges.single(event, attendee, "cr80", BadgeSettings(), "en", reissue=False)
    pdf = folder / f"badge-{attendee.id}.pdf"
    badges.render(run, pdf)
    return pdf


def badge_frame(pdf: Path, badge_height: int = 560) -> QImage:
    """A 1280×720 frame with the badge's first page ``badge_height`` pixels tall on a grey background."""
    page = pdfium.PdfDocument(pdf)[0]
    width, height = page.get_size()
    scale = badge_height / height
    picture = page.render(scale=scale).to_pil().convert("RGB")
    data = picture.tobytes()
    badge = QImage(data, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888).copy()
    frame = QImage(*FRAME_SIZE, QImage.Format.Format_RGB32)
    frame.fill(QColor("#6b6f73"))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QPoint((FRAME_SIZE[0] - badge.width()) // 2, (FRAME_SIZE[1] - badge.height()) // 2), badge)
    painter.end()
    del width
    return frame


def empty_frame() -> QImage:
    frame = QImage(*FRAME_SIZE, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.darkGray)
    return frame
