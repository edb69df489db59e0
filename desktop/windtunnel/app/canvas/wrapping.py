"""Where a label's lines start when it wraps to a width, the way Qt breaks lines.

Qt's line breaking follows the Unicode line-breaking rules (UAX #14): Latin text breaks
between words, Chinese and Japanese text, written without spaces, between characters
(never before a closing bracket or a full stop, as CJK typesetting wants), and a word
longer than the width breaks anywhere. One exception to the rules: a katakana word (a
loan word such as アクセス or プロトコル) is kept whole as a Latin word is, since アクセ / ス
reads as two broken words; it breaks only where it is longer than the line. A Latin word
broken because no line holds it (a long German compound, "Exportkontrollbestimmungen")
ends its line with a hyphen, for which the line keeps room (:func:`hyphenated`); a word
that fits a line of its own is never broken. Node labels,
the zoomed-out map labels and the workshop's lever and scenario names all wrap through
:func:`line_starts` and balance their lines (:func:`balanced_starts`), so a label reads
the same in every language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

__all__ = ["line_starts", "wrapped_lines", "balanced_starts", "column_heading",
           "widest_word", "hyphenated", "inside_word", "HYPHEN"]

#: What a table header keeps of a column's width for its margins.
_HEADING_MARGIN = 14
#: Two or more katakana letters (with the long-vowel mark; not the middle dot ・, which
#: separates words): a word that Qt's rules would break between any two letters.
_KATAKANA_WORD = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]{2,}")
#: U+2060 WORD JOINER: no line break on either side, and drawn as nothing.
_JOINER = "\u2060"
#: What ends a line that breaks inside a word.
HYPHEN = "-"


def inside_word(text: str, index: int) -> bool:
    """Whether a line break at ``index`` of ``text`` cuts a word written with spaces (two
    letters or digits, neither Chinese nor Japanese, whose lines break between
    characters anyway)."""
    if not 0 < index < len(text):
        return False
    before, after = text[index - 1], text[index]
    return before.isalnum() and after.isalnum() and not any(
        unicodedata.east_asian_width(c) in "WF" for c in (before, after))


def hyphenated(text: str, starts: list[int]) -> list[str]:
    """The lines of ``text`` between consecutive ``starts`` (the last start's line is
    the caller's), each stripped, and ending in a hyphen where it breaks inside a word."""
    return [text[a:b].strip() + (HYPHEN if inside_word(text, b) else "")
            for a, b in zip(starts, starts[1:])]


def _katakana_joined(text: str) -> tuple[str, list[int] | None]:
    """``text`` with a word joiner between the letters of each katakana word, and for
    every offset of that text (and its end) the offset in ``text``; None when the text
    has no katakana word (most labels: nothing is copied)."""
    words = [] if text.isascii() else list(_KATAKANA_WORD.finditer(text))
    if not words:
        return text, None
    within = {i for word in words for i in range(word.start() + 1, word.end())}
    joined, origin = [], []
    for index, char in enumerate(text):
        if index in within:
            joined.append(_JOINER)
            origin.append(index)
        joined.append(char)
        origin.append(index)
    origin.append(len(text))
    return "".join(joined), origin


def line_starts(text: str, font: QFont, width: float, limit: int) -> list[int]:
    """The start offsets of the first ``limit`` + 1 lines of ``text`` wrapped to
    ``width`` in ``font`` (one more than asked, so the caller sees whether text remains)."""
    joined, origin = _katakana_joined(text)
    layout = QTextLayout(joined, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    hyphen = None
    while len(starts) <= limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        end = line.textStart() + line.textLength()
        if inside_word(joined, end):       # room for the hyphen that ends it
            if hyphen is None:
                hyphen = QFontMetricsF(font).horizontalAdvance(HYPHEN)
            line.setLineWidth(max(width - hyphen, 1.0))
        starts.append(start if origin is None else origin[start])
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
    lines = hyphenated(text, starts[:limit])
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
    narrow, wide = max(width / count, widest_word(text, font)), width
    while wide - narrow > 1.0:
        middle = (narrow + wide) / 2
        if len(line_starts(text, font, middle, count)) <= count:
            wide = middle
        else:
            narrow = middle
    return line_starts(text, font, wide, count)


def widest_word(text: str, font: QFont) -> float:
    """The width of the widest part of ``text`` that has no line break opportunity in it
    (a word, a katakana word, a CJK character with the punctuation kept beside it)."""
    layout = QTextLayout(_katakana_joined(text)[0], font)
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
