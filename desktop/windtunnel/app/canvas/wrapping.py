"""Where a label's lines start when it wraps to a width, the way Qt breaks lines.

Qt's line breaking follows the Unicode line-breaking rules (UAX #14): Latin text breaks
between words, Chinese and Japanese text, written without spaces, between characters
(never before a closing bracket or a full stop, as CJK typesetting wants), and a word
longer than the width breaks anywhere. Node labels and the zoomed-out map labels both
wrap through :func:`line_starts` and balance their lines (:func:`balanced_starts`), so a
label reads the same in every language.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

__all__ = ["line_starts", "wrapped_lines", "balanced_starts", "column_heading"]

#: What a table header keeps of a column's width for its margins.
_HEADING_MARGIN = 14


def line_starts(text: str, font: QFont, width: float, limit: int) -> list[int]:
    """The start offsets of the first ``limit`` + 1 lines of ``text`` wrapped to
    ``width`` in ``font`` (one more than asked, so the caller sees whether text remains)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) <= limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def wrapped_lines(text: str, font: QFont, width: float, limit: int, elide) -> list[str]:
    """``text`` as at most ``limit`` lines of ``width``; when more would follow, the last
    line holds the rest passed through ``elide`` (which shortens it to fit).

    Text that fits is balanced: wrapped to the narrowest width that needs no more lines,
    so a label never ends in a line of one word or, in Chinese and Japanese, one
    character cut from the word before it (海外官方渠道访 / 问 becomes 海外官方 / 渠道访问)."""
    starts = line_starts(text, font, width, limit)
    if 1 < len(starts) <= limit:
        starts = balanced_starts(text, font, width, starts)
    lines = [text[a:b].strip() for a, b in zip(starts, starts[1:limit])]
    if len(starts) <= limit:
        lines.append(text[starts[-1]:].strip() if starts else "")
    else:
        lines.append(elide(" ".join(text[starts[limit - 1]:].split())))
    return lines


def column_heading(text: str, column_width: float) -> str:
    """``text`` as a table's column heading of ``column_width`` pixels: in the application
    font, on at most three balanced lines, the last elided when more would follow. It
    wraps by what it measures (a Chinese or Japanese heading has no spaces to wrap at, and
    is about twice as wide per character as a Latin one). A table asks for its headings on
    every repaint, so each heading is measured once per text, width and font."""
    return _heading(" ".join(text.split()), column_width, QFont().key())


@lru_cache(maxsize=512)
def _heading(text: str, column_width: float, font_key: str) -> str:
    """:func:`column_heading` in the application font, whose key is ``font_key``: a change
    of the application font (a language, workshop type) measures anew."""
    font = QFont()
    width = column_width - _HEADING_MARGIN
    metrics = QFontMetricsF(font)
    return "\n".join(wrapped_lines(text, font, width, 3,
                                   lambda rest: metrics.elidedText(rest, Qt.ElideRight, width)))


def balanced_starts(text: str, font: QFont, width: float, starts: list[int]) -> list[int]:
    """The line starts of ``text`` at the narrowest width (to a pixel) that wraps it on
    no more lines than ``starts``, its wrapping at ``width``."""
    count = len(starts)
    # never narrower than the widest word: a word is broken only where it must be
    narrow, wide = max(width / count, _widest_word(text, font)), width
    while wide - narrow > 1.0:
        middle = (narrow + wide) / 2
        if len(line_starts(text, font, middle, count)) <= count:
            wide = middle
        else:
            narrow = middle
    return line_starts(text, font, wide, count)


def _widest_word(text: str, font: QFont) -> float:
    """The width of the widest part of ``text`` that has no line break opportunity in it
    (a word, a CJK character with the punctuation kept beside it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(0.0)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest
