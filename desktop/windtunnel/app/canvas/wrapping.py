"""Where a label's lines start when it wraps to a width, the way Qt breaks lines.

Qt's line breaking follows the Unicode line-breaking rules (UAX #14): Latin text breaks
between words, Chinese and Japanese text, written without spaces, between characters
(never before a closing bracket or a full stop, as CJK typesetting wants), and a word
longer than the width breaks anywhere. Between any two characters is where the rules
allow a break, not where a Japanese reader expects one: 海外からの正 / 規アクセス cuts the
word 正規. So Japanese text (text with kana, or any Chinese characters in a window in
Japanese) breaks between its phrases, as BudouX (the phrase segmenter behind browsers'
``word-break: auto-phrase``) finds them: 海外からの / 正規アクセス, 能力に / 基づく管理.
Chinese keeps the rules (a break between any two characters is how Chinese is set, and
BudouX's Chinese models cut 開放 / 權 / 重衍 / 生模型 where the rules and balancing give
開放權重 / 衍生模型). A phrase longer than :data:`_LONGEST_PHRASE`
characters may still break inside, where the rules allow, except inside a katakana word
(a loan word such as アクセス or プロトコル, kept whole as a Latin word is, since アクセ / ス
reads as two broken words), which breaks only where it is longer than the line. A Latin word
broken because no line holds it (a long German compound, "Exportkontrollbestimmungen")
ends its line with a hyphen, for which the line keeps room (:func:`hyphenated`), where
balancing puts the break (Einkaufsmo- / tivation, not Einkaufsmotivatio- / n); a word
that fits a line of its own is never broken. Node labels, the zoomed-out map labels and
the workshop's lever and scenario names all wrap through a :class:`Breaks` (directly, or
through :func:`wrapped_lines`) and balance their lines, so a label reads the same in every
language. Balancing wraps a label a dozen times (a bisection of the width): a
:class:`Breaks` holds the label for all of them, and the bisection skips the widths whose
lines an earlier wrapping already gives, so a window opening on a map of thousands of
labels lays each out fewer times. :func:`line_starts` and :func:`widest_word` are the same answers for one question about a
text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ...language import current as current_language

__all__ = ["Breaks", "line_starts", "wrapped_lines", "column_heading",
           "widest_word", "hyphenated", "inside_word", "HYPHEN"]

#: What a table header keeps of a column's width for its margins.
_HEADING_MARGIN = 14
# The patterns below are compiled when first used (``re`` keeps them compiled): Python
# compiles a class of thousands of characters one character at a time, and the Chinese one
# alone cost a twentieth of a bare Qt window's start-up; English labels never use them.
#: Two or more katakana letters (with the long-vowel mark; not the middle dot ・, which
#: separates words): a word that Qt's rules would break between any two letters.
_KATAKANA_WORD = "[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]{2,}"
#: Hiragana or katakana: text with them is Japanese, whatever the window's language.
_KANA = "[\u3040-\u30ff\uff66-\uff9f]"
#: Chinese characters (kanji), Japanese too in a window in Japanese.
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
#: A phrase of more characters than this may break inside (a line narrower than the
#: phrase would otherwise break it anywhere, katakana words included).
_LONGEST_PHRASE = 8
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


def _japanese(text: str) -> bool:
    """Whether ``text`` is Japanese (see the module docstring)."""
    return bool(re.search(_KANA, text)) or (current_language() == "ja"
                                            and bool(re.search(_HAN, text)))


@lru_cache(maxsize=None)
def _japanese_phrases():
    """BudouX's parser with its Japanese model, loaded when Japanese text first wraps (a
    window that shows none never loads it)."""
    import budoux

    return budoux.load_default_japanese_parser()


def _unbroken(text: str) -> set[int]:
    """The offsets of ``text`` before which no line may break: inside a short Japanese
    phrase, and inside a katakana word."""
    within: set[int] = set()
    if _japanese(text):
        start = 0
        for phrase in _japanese_phrases().parse(text):
            if len(phrase) <= _LONGEST_PHRASE:
                within.update(range(start + 1, start + len(phrase)))
            start += len(phrase)
    for word in re.finditer(_KATAKANA_WORD, text):
        within.update(range(word.start() + 1, word.end()))
    return within


def _phrases_joined(text: str) -> tuple[str, list[int] | None]:
    """``text`` with a word joiner wherever no line may break (:func:`_unbroken`), and
    for every offset of that text (and its end) the offset in ``text``; None when the
    text has no such place (most labels: nothing is copied, nothing loaded)."""
    within = set() if text.isascii() else _unbroken(text)
    if not within:
        return text, None
    joined, origin = [], []
    for index, char in enumerate(text):
        if index in within:
            joined.append(_JOINER)
            origin.append(index)
        joined.append(char)
        origin.append(index)
    origin.append(len(text))
    return "".join(joined), origin


class Breaks:
    """``text`` in ``font``, wrapped at any width by one QTextLayout (Qt itemizes and
    shapes the text again at each layout: a wrapping costs what a fresh layout costs, and
    balancing saves by needing fewer of them). Widths are the screen's pixels, or those of
    ``device`` (a printed page's, whose resolution is not the screen's)."""

    def __init__(self, text: str, font: QFont, device=None) -> None:
        self._joined, self._origin = _phrases_joined(text)
        self._layout = (QTextLayout(self._joined, font) if device is None else
                        QTextLayout(self._joined, font, device))
        self._layout.setCacheEnabled(True)    # shaped once, not again at each wrapping
        self._option = QTextOption()
        self._font = font
        self._device = device
        self._hyphen: float | None = None     # its width, measured when first needed
        self._word_widths: list[float] | None = None    # measured when first asked
        # the last wrapping :meth:`starts` made: its width, its starts and its widest line
        self._started: tuple[float, list[int], float] | None = None

    def starts(self, width: float, limit: int) -> list[int]:
        """The start offsets of the first ``limit`` + 1 lines wrapped to ``width`` (one
        more than asked, so the caller sees whether text remains)."""
        starts, widest = self._wrapping(width, limit)
        self._started = (width, starts, widest)
        return starts

    def widest_word(self, up_to: float = float("inf")) -> float:
        """The width of the widest part of the text that has no line break opportunity
        in it (a word, a Japanese phrase, a Chinese character, with the punctuation kept
        beside it), of those no wider than ``up_to``."""
        if self._word_widths is None:
            self._word_widths = [line.naturalTextWidth() for line in
                                 self._lines(QTextOption.WordWrap, 0.0, None)]
        return max((word for word in self._word_widths if word <= up_to), default=0.0)

    def balanced(self, width: float, starts: list[int]) -> list[int]:
        """The line starts at the narrowest width (to a pixel) that wraps the text on no
        more lines than ``starts``, its wrapping at ``width``.

        A bisection of the width, with fewer wrappings than it has steps: a wrapping
        whose lines are all at least a pixel narrower than its width breaks the same
        lines at any width down to its widest line and a pixel (each line still takes
        what it took, and no more), so the steps within that range are known at once."""
        count = len(starts)
        # never narrower than the widest word that fits: a word is broken only where it
        # must be, and one that must (a long German compound) is broken in balance too
        # ("Einkaufsmo- / tivation", not "Einkaufsmotivatio- / n")
        narrow, wide = max(width / count, self.widest_word(up_to=width)), width
        known, same_from = starts, width          # the wrapping at wide, and its range
        if self._started is not None and self._started[:2] == (width, starts):
            same_from = min(width, self._started[2] + 1.0)    # :meth:`starts` measured it
        while wide - narrow > 1.0:
            middle = (narrow + wide) / 2
            if middle >= same_from:
                wide = middle
                continue
            tried, widest = self._wrapping(middle, count)
            if len(tried) <= count:
                wide, known, same_from = middle, tried, widest + 1.0
            else:
                narrow = middle
        return known

    def _wrapping(self, width: float, limit: int) -> tuple[list[int], float]:
        """:meth:`starts` and the widest of those lines' natural widths (a line that
        breaks inside a word counted with its hyphen, which it keeps room for)."""
        origin, joined, starts, widest = self._origin, self._joined, [], 0.0
        for line in self._lines(QTextOption.WrapAtWordBoundaryOrAnywhere, width, limit + 1):
            start = line.textStart()
            hyphen = 0.0
            if inside_word(joined, start + line.textLength()):     # room for its hyphen
                if self._hyphen is None:
                    metrics = (QFontMetricsF(self._font) if self._device is None else
                               QFontMetricsF(self._font, self._device))
                    self._hyphen = metrics.horizontalAdvance(HYPHEN)
                hyphen = self._hyphen
                line.setLineWidth(max(width - hyphen, 1.0))
            starts.append(start if origin is None else origin[start])
            widest = max(widest, line.naturalTextWidth() + hyphen)
        return starts, widest

    def _lines(self, mode: QTextOption.WrapMode, width: float, limit: int | None):
        """The text's first ``limit`` lines (all with None) wrapped to ``width`` in
        ``mode``, each valid only until the next wrapping."""
        layout = self._layout
        self._option.setWrapMode(mode)
        layout.setTextOption(self._option)
        layout.beginLayout()
        try:
            count = 0
            while limit is None or count < limit:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                count += 1
                yield line
        finally:
            layout.endLayout()


def line_starts(text: str, font: QFont, width: float, limit: int) -> list[int]:
    """The start offsets of the first ``limit`` + 1 lines of ``text`` wrapped to
    ``width`` in ``font`` (one more than asked, so the caller sees whether text remains)."""
    return Breaks(text, font).starts(width, limit)


def wrapped_lines(text: str, font: QFont, width: float, limit: int, elide,
                  breaks: Breaks | None = None) -> list[str]:
    """``text`` as at most ``limit`` lines of ``width``; when more would follow, the last
    line holds the rest passed through ``elide`` (which shortens it to fit). ``breaks``:
    ``text``'s, for a caller that wraps it at several widths.

    Text that fits is balanced: wrapped to the narrowest width that needs no more lines,
    so a label never ends in a line of one word or, in Chinese and Japanese, one
    character cut from the word before it (海外官方渠道访 / 问 becomes 海外官方 / 渠道访问)."""
    breaks = Breaks(text, font) if breaks is None else breaks
    starts = breaks.starts(width, limit)
    if 1 < len(starts) <= limit:
        starts = breaks.balanced(width, starts)
    lines = hyphenated(text, starts[:limit])
    if len(starts) <= limit:
        lines.append(text[starts[-1]:].strip() if starts else "")
    else:
        lines.append(elide(" ".join(text[starts[limit - 1]:].split())))
    return lines


def column_heading(text: str, column_width: float) -> str:
    """``text`` as a table's heading (of a column, or of a row) ``column_width`` pixels wide:
    in the application font, on at most three balanced lines, the last elided when more would follow. It
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


def widest_word(text: str, font: QFont) -> float:
    """The width of the widest part of ``text`` that has no line break opportunity in it
    (a word, a Japanese phrase, a Chinese character, with the punctuation kept beside
    it)."""
    return Breaks(text, font).widest_word()
