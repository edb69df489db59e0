"""Text laid out once (map labels) draws the same pixels as QPainter.drawText."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from windtunnel.app.canvas.laid_text import CentredText

TEXTS = ["Tokyo AI labs", "Official access\nabroad", "Geofencing &\nloophole clos\u2026",
         "\u51fa\u53e3\u7ba1\u5236\n\u6f0f\u6d1e\u5c01\u5835",          # Chinese on two lines
         "\u8f38\u51fa Export ban"]                                     # mixed scripts


def _picture(draw, scale: float) -> QImage:
    image = QImage(420, 160, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#fdfdfd"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.Antialiasing, True)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    draw(painter)
    painter.end()
    return image


def _boxes(font: QFont):
    """A box per text at fractional positions: snug, roomy, and one too small (clipped)."""
    metrics = QFontMetricsF(font)
    for k, text in enumerate(TEXTS):
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 6.4
        height = len(lines) * metrics.lineSpacing() + 2
        for j, grow in enumerate((0.0, 9.3, -7.0)):
            yield text, QRectF(3.3 + 135 * j, 2.7 + 31 * k, width + grow, height + grow)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_centred_text_draws_what_draw_text_draws(qapp, scale):
    font = QFont()
    font.setPixelSize(11)
    boxes = list(_boxes(font))
    laid = {}

    def plain(painter):
        for text, box in boxes:
            painter.drawText(box, int(Qt.AlignCenter), text)

    def cached(painter):
        for text, box in boxes:
            if text not in laid:
                laid[text] = CentredText(text, painter.font(), painter.device())
            laid[text].draw(painter, box)

    expected = _picture(plain, scale)
    assert expected != _picture(lambda painter: None, scale)      # something was drawn
    assert _picture(cached, scale) == expected
    assert _picture(cached, scale) == expected                    # and again, from the cache
