"""Where a label's lines start when it wraps to a width, the way Qt breaks lines.

Qt's line breaking follows the Unicode line-breaking rules (UAX #14): Latin text breaks
between words, Chinese and Japanese text, written without spaces, between characters
(never before a closing bracket or a full stop, as CJK typesetting wants), and a word
longer than the width breaks anywhere. Node labels and the zoomed-out map labels both
wrap through :func:`line_starts`, so a label reads the same in every language.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption

__all__ = ["line_starts", "wrapped_lines"]


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
    line holds the rest passed through ``elide`` (which shortens it to fit)."""
    starts = line_starts(text, font, width, limit)
    lines = [text[a:b].strip() for a, b in zip(starts, starts[1:limit])]
    if len(starts) <= limit:
        lines.append(text[starts[-1]:].strip() if starts else "")
    else:
        lines.append(elide(" ".join(text[starts[limit - 1]:].split())))
    return lines
