"""A map label's text: a node's name wrapped for a label of the zoomed-out map.

A label wraps at about :data:`WIDTH_EM` characters' width on at most two lines, balanced;
a name that two lines would cut takes a box a quarter wider (:data:`_WIDER`), or a third
line, before it is cut with an ellipsis (:func:`roomiest`). A node whose whole name finds no
room on the map takes its name on one short line instead (:func:`shortened`). Each line
is measured once (:func:`shown`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from .wrapping import Breaks, wrapped_lines

__all__ = ["SHORT_EM", "WIDTH_EM", "roomiest", "shortened", "shown", "told_apart"]

#: A label wraps at about this many characters' width.
WIDTH_EM = 15
#: A shortened label (:func:`shortened`) takes one line of about this many characters.
SHORT_EM = 8
_MAX_LINES = 2
#: A name that two lines of the usual width would cut may take a label this much wider
#: (then one more line) before it is cut.
_WIDER = 1.25
#: A line narrower than the wrapping width by this many pixels needs no eliding.
_FITS_MARGIN = 1.0


def roomiest(label: str, font: QFont, metrics: QFontMetricsF, width: float
              ) -> tuple[str, float]:
    """``label`` as shown and its width: on two lines of ``width`` when it fits there,
    else on two lines a quarter wider (:data:`_WIDER`), else on three; a name that none
    of them holds is cut on the last. A word a little wider than ``width`` (a long
    katakana word, ジオフェンシング) widens the label rather than break."""
    text = " ".join(label.split())
    advance = metrics.horizontalAdvance(text)
    if advance < width - _FITS_MARGIN:               # one line, whatever the widths
        return text, advance
    breaks = Breaks(text, font)                      # one layout for every wrapping
    wider = _WIDER * width
    fitted = max(width, min(breaks.widest_word() + 2 * _FITS_MARGIN, wider))
    for line_width, limit in ((fitted, _MAX_LINES), (wider, _MAX_LINES),
                              (fitted, _MAX_LINES + 1)):
        shows, text_width, _lines = shown(text, font, metrics, line_width, limit, breaks)
        if "\u2026" not in shows or "\u2026" in label:
            break
    return shows, text_width


def shortened(label: str, font: QFont, metrics: QFontMetricsF, width: float
              ) -> tuple[str, float]:
    """``label`` on one line of :data:`SHORT_EM` characters' width (``width`` is that of
    :data:`WIDTH_EM`), cut with an ellipsis when longer, and its width: the label a node
    takes where its whole name finds no room, so that the room still reads which node
    it is (the whole name shows on hover and in the Inspector)."""
    text, text_width, _lines = shown(label, font, metrics, width * SHORT_EM / WIDTH_EM, 1)
    return text, text_width


def told_apart(shows: dict[str, str], name_of: Callable[[str], str],
               metrics: QFontMetricsF) -> dict[str, str]:
    """Labels cut to the same text (``shows``: node id -> the text a label shows;
    ``name_of(node id)``: the node's name) cut in the middle instead, in the same width, so that each
    keeps its name's end: "Distill…" twice, for "Distillation attacks" and "Distillation
    detection", reads "Disti…acks" and "Disti…tion". Returns the labels to change (names
    whose middle cuts still read alike, or keep fewer than :data:`_MIDDLE_KEEPS`
    characters on a side, are left as they were)."""
    cut: dict[str, list[str]] = {}
    for node_id, text in shows.items():
        if text.endswith("\u2026") and "\n" not in text:
            cut.setdefault(text, []).append(node_id)
    changed = {}
    for text, same in cut.items():
        if len(same) < 2:
            continue
        width = metrics.horizontalAdvance(text)
        middles = {node_id: metrics.elidedText(" ".join(name_of(node_id).split()),
                                               Qt.ElideMiddle, width) for node_id in same}
        if len(set(middles.values())) == len(middles) and all(
                _keeps_enough(middle) for middle in middles.values()):
            changed.update(middles)
    return changed


#: A name cut in the middle keeps at least this many characters on each side of the
#: ellipsis ("Mo…ls" reads as nothing; a short name cut to its node's width stays cut at
#: its end).
_MIDDLE_KEEPS = 3


def _keeps_enough(middle: str) -> bool:
    head, _cut, tail = middle.partition("\u2026")
    return len(head.strip()) >= _MIDDLE_KEEPS and len(tail.strip()) >= _MIDDLE_KEEPS


def shown(label: str, font: QFont, metrics: QFontMetricsF, width: float,
           limit: int = _MAX_LINES, breaks: Breaks | None = None) -> tuple[str, float, int]:
    """``label`` as shown, its width and its number of lines: on at most ``limit`` lines of
    ``width`` (broken between words, or between characters in Chinese and Japanese), the
    rest elided with an ellipsis; ``breaks``: the label's, spaces made single, when the
    caller wraps it at several widths.

    A text that fits on one line is measured once and not wrapped, and one that must go
    on one line is elided without wrapping it. Each line is measured once, and that
    measure is also its width: a line clearly narrower than ``width`` is shown as it is,
    so only a line within a pixel of the width is passed through Qt's eliding (which
    would measure it again, and leaves a line that fits as it is), and no rounding can
    make the two ways differ."""
    text = " ".join(label.split())
    advance = metrics.horizontalAdvance(text)
    if advance < width - _FITS_MARGIN:               # fits on one line: no wrapping
        return text, advance, 1
    if limit == 1:                                   # one line, the rest elided
        line = metrics.elidedText(text, Qt.ElideRight, width)
        return line, metrics.horizontalAdvance(line), 1
    lines = wrapped_lines(text, font, width, limit,
                          lambda rest: metrics.elidedText(rest, Qt.ElideRight, width), breaks)
    widest = 0.0
    for index, line in enumerate(lines):
        advance = metrics.horizontalAdvance(line)
        if advance >= width - _FITS_MARGIN:
            line = lines[index] = metrics.elidedText(line, Qt.ElideRight, width)
            advance = metrics.horizontalAdvance(line)
        widest = max(widest, advance)
    return "\n".join(lines), widest, len(lines)
