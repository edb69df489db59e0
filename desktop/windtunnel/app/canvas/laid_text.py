"""Text laid out once and drawn many times, with the pixels of ``QPainter.drawText``.

``QPainter.drawText(rect, Qt.AlignCenter, text)`` itemizes, shapes and breaks the text into
lines on every call, so the labels of a fitted map cost several milliseconds of each repaint
(a lever drag repaints them on every step). :class:`CentredText` lays the text out once the
way ``drawText`` does (lines at ``\\n``, each line's top on a whole pixel, the block centred
in the rectangle and each line centred across it, clipped to the rectangle only when it
overflows) and draws its lines as ``drawText`` draws them (``QTextLine.draw``): the same
glyphs at the same positions, at about half the cost. (Drawing the lines' glyph runs
instead is faster still, but puts a glyph in another subpixel position now and then.)
Only what ``drawText`` does for ``Qt.AlignCenter`` without wrapping is copied.
:func:`text_height` gives the height a :class:`CentredText` would have without laying the
text out when the font holds every character of it (a placement measures every node's
name, and most are never drawn).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QRawFont, QTextLayout, QTextOption

__all__ = ["CentredText", "text_height"]

#: drawText's line width when it does not wrap (no line ever reaches it).
_UNBOUNDED = float(0x01000000)


class CentredText:
    """``text`` in ``font`` (as resolved for ``device``), ready to draw centred in a
    rectangle by a painter whose layout direction is ``direction`` (it orders mixed
    left-to-right and right-to-left text; see the module docstring)."""

    def __init__(self, text: str, font: QFont, device=None,
                 direction: Qt.LayoutDirection = Qt.LeftToRight) -> None:
        layout = QTextLayout(text.replace("\n", "\u2028"), font, device)
        option = QTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignLeft)             # each line is placed by hand below
        option.setWrapMode(QTextOption.ManualWrap)
        option.setFlags(QTextOption.IncludeTrailingSpaces)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        spacing = (QFontMetricsF(font, device) if device is not None
                   else QFontMetricsF(font)).leading()
        height, width = -spacing, 0.0
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(_UNBOUNDED)
            height = math.ceil(height + spacing)      # each line's top on a whole pixel
            # (text_height below adds the lines up the same way)
            line.setPosition(QPointF(0.0, height))
            height += line.ascent() + line.descent()
            width = max(width, line.naturalTextWidth())
            lines.append(line)
        layout.endLayout()
        self.width, self.height = width, height
        self.lines = lines
        self._layout = layout                         # the lines live as long as it

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the text as ``painter.drawText(rect, Qt.AlignCenter, text)`` would."""
        top = rect.y() + (rect.height() - self.height) / 2
        block = QRectF(rect.x() + (rect.width() - self.width) / 2, top, self.width,
                       self.height)
        clip = not rect.contains(block)
        if clip:
            painter.save()
            painter.setClipRect(rect, Qt.IntersectClip)
        for line in self.lines:
            line.draw(painter, QPointF(rect.x() + (rect.width() - line.horizontalAdvance()) / 2,
                                       top))
        if clip:
            painter.restore()

#: Each font's own face, without the fonts Qt falls back on, and the characters found in
#: it, by ``QFont.key()``.
_primary_fonts: dict[str, tuple[QRawFont, set[str]]] = {}


def text_height(text: str, font: QFont, metrics: QFontMetricsF, device=None,
                font_key: str | None = None) -> float:
    """The height of ``CentredText(text, font, device)``; ``metrics``: the font's for
    ``device``, ``font_key``: its ``key()`` when the caller has it. When ``font`` holds
    every character, each line takes the font's own ascent and descent, so the lines add
    up without a layout; a character from another font (a line of Chinese or Japanese in
    a Latin font takes the CJK font's taller ascent and descent) is laid out."""
    font_key = font.key() if font_key is None else font_key
    known = _primary_fonts.get(font_key)
    if known is None:
        if len(_primary_fonts) > 64:
            _primary_fonts.clear()
        known = _primary_fonts[font_key] = (QRawFont.fromFont(font), {"\n"})
    raw, found = known
    characters = set(text)
    if not characters <= found:
        if not all(map(raw.supportsCharacter, characters - found)):
            return CentredText(text, font, device).height
        found |= characters
    spacing, line = metrics.leading(), metrics.ascent() + metrics.descent()
    height = -spacing
    for _line in range(text.count("\n") + 1):
        height = math.ceil(height + spacing) + line
    return height
