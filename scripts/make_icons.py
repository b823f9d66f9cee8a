"""Draw the app icon with Qt and write resources/icons/ (PNG sizes, .ico, .icns). Run after a design change."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 56 * s, 56 * s)
    p.fillPath(path, QColor("#0f1419"))
    # a key: ring and shaft, in X's blue
    p.setPen(QPen(QColor("#1d9bf0"), 22 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(44 * s, 60 * s, 84 * s, 84 * s))
    p.drawLine(int(124 * s), int(120 * s), int(206 * s), int(202 * s))
    p.drawLine(int(176 * s), int(172 * s), int(152 * s), int(196 * s))
    p.drawLine(int(196 * s), int(192 * s), int(176 * s), int(212 * s))
    if size >= 48:
        font = QFont("DejaVu Sans", max(1, int(60 * s)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ffffff"))
        p.drawText(QRectF(132 * s, 24 * s, 110 * s, 96 * s), Qt.AlignmentFlag.AlignCenter, "X")
    p.end()
    return image


def main() -> None:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        assert draw(size).save(str(OUT / f"xauth-gui-{size}.png"))
    draw(256).save(str(OUT / "xauth-gui.ico"), "ICO")
    draw(512).save(str(OUT / "xauth-gui.icns"), "ICNS")
    print("wrote", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
