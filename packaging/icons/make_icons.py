"""Render resources/icons/org.caccc.Companion.svg into packaging/icons/companion.ico (Windows) and companion.icns
(macOS), which the PyInstaller spec uses. Run again after changing the SVG: python packaging/icons/make_icons.py"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "org.caccc.Companion.svg"


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    big = render(1024)
    out = Path(__file__).resolve().parent
    big.save(out / "companion.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(out / "companion.icns")
    del app
    print(out / "companion.ico", out / "companion.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
