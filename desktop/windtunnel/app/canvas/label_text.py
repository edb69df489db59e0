"""A map label's text: a node's name wrapped for a label of the zoomed-out map.

A label wraps at about :data:`WIDTH_EM` characters' width on at most two lines, balanced;
a name that two lines would cut takes a box a quarter wider (:data:`_WIDER`), or a third
line, before it is cut with an ellipsis (:func:`roomiest`). A node whose whole name finds no
room on the map takes its name on one short line instead (:func:`shortened`). Two names
cut to the same text are cut in the middle (:func:`told_apart`), or, when too short for
that, keep as much more of their starts as tells them apart (:func:`parted`). Each line
is measured once (:func:`shown`).
"""

from __future__ import annotations

from os.path import commonprefix
from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from .wrapping import Breaks, wrapped_lines

__all__ = ["SHORT_EM", "WIDTH_EM", "apart_texts", "parted", "parting_start", "roomiest",
           "shortened", "shown", "told_apart"]

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


#: Short names that read alike may be cut in the middle up to this much wider.
_GROW = 1.5


def apart_texts(shows: dict[str, str], name_of: Callable[[str], str],
                metrics: QFontMetricsF, memo: dict | None = None, font_key: str = ""
                ) -> dict[str, str]:
    """Short names that read alike told apart (``shows``: node id -> its short name, most
    important first; ``name_of(node id)``: the node's name): of each set alike, the most
    important keeps its short name, and the others are cut in the middle, in up to half
    as much more width (:func:`told_apart`), else keep as much more of their starts as
    parts them (:func:`parted`); a longer text takes room on the map, so as few change
    as can. Returns the texts to change: once changed, no two short names read alike
    unless their nodes' names do. ``memo`` (a dict the caller keeps, for texts in the
    font ``font_key``): the last answer, given again while the names alike, their texts
    and the font stay and no other text reads as one it gives (each repaint of a view
    being laid out, at start-up, asks again)."""
    alike: dict[str, list[str]] = {}
    for node_id, text in shows.items():
        if text.endswith("\u2026"):
            alike.setdefault(text, []).append(node_id)
    if all(len(same) < 2 for same in alike.values()):       # none alike (most placements)
        return {}
    key = (font_key, tuple((node_id, text, name_of(node_id)) for text, same in alike.items()
                           if len(same) > 1 for node_id in same))
    if memo is not None and memo.get("key") == key:
        known = memo["apart"]
        others = {text for node_id, text in shows.items() if node_id not in known}
        if others.isdisjoint(known.values()):
            return known
    answer = _apart(shows, name_of, metrics)
    if memo is not None:
        memo.update(key=key, apart=answer)
    return answer


def _apart(shows: dict[str, str], name_of: Callable[[str], str],
           metrics: QFontMetricsF) -> dict[str, str]:
    """:func:`apart_texts` worked out."""
    apart = told_apart(shows, name_of, metrics, _GROW)
    apart |= parted(shows | apart, name_of)
    first: dict[str, str] = {}
    for node_id, text in shows.items():
        first.setdefault(text, node_id)
    fewer = {node_id: text for node_id, text in apart.items()
             if first[shows[node_id]] != node_id}
    return fewer if not _alike(shows | fewer, name_of) else apart


def _alike(shows: dict[str, str], name_of: Callable[[str], str]) -> bool:
    """Whether two of ``shows`` read alike though their nodes' names differ."""
    same: dict[str, list[str]] = {}
    for node_id, text in shows.items():
        same.setdefault(text, []).append(node_id)
    return any(len({" ".join(name_of(node_id).split()) for node_id in nodes}) > 1
               for nodes in same.values() if len(nodes) > 1)


def told_apart(shows: dict[str, str], name_of: Callable[[str], str],
               metrics: QFontMetricsF, grow: float = 1.0) -> dict[str, str]:
    """Labels cut to the same text (``shows``: node id -> the text a label shows;
    ``name_of(node id)``: the node's name) cut in the middle instead, so that each keeps
    its name's end: "Distill…" twice, for "Distillation attacks" and "Distillation
    detection", reads "Disti…acks" and "Disti…tion". In the same width, or up to ``grow``
    times it, a character's width at a time, where the same width keeps fewer than
    :data:`_MIDDLE_KEEPS` characters on a side or reads alike. Returns the labels to
    change (those whose middle cuts still fall short are left as they were)."""
    cut: dict[str, list[str]] = {}
    for node_id, text in shows.items():
        if text.endswith("\u2026") and "\n" not in text:
            cut.setdefault(text, []).append(node_id)
    changed = {}
    step = metrics.averageCharWidth()
    for text, same in cut.items():
        if len(same) < 2:
            continue
        names = {node_id: " ".join(name_of(node_id).split()) for node_id in same}
        width = metrics.horizontalAdvance(text)
        for extra in range(int((grow - 1.0) * width / step) + 1):
            middles = _middles(names, metrics, width + extra * step)
            if middles is not None:
                changed.update(middles)
                break
    return changed


def _middles(names: dict[str, str], metrics: QFontMetricsF, width: float
             ) -> dict[str, str] | None:
    """``names`` (node id -> name) cut in the middle to ``width``, or None when two read
    alike or one keeps too little (the first such ends the search: a big map's sets of
    names alike, "Node 12…" a hundred times, are given up at once)."""
    middles, shown = {}, set()
    for node_id, name in names.items():
        middle = metrics.elidedText(name, Qt.ElideMiddle, width)
        if middle in shown or not _keeps_enough(middle):
            return None
        middles[node_id] = middle
        shown.add(middle)
    return middles


def parted(shows: dict[str, str], name_of: Callable[[str], str]) -> dict[str, str]:
    """Labels cut at their end to the same text (``shows``: node id -> the text a label
    shows; ``name_of(node id)``: the node's name), each given as much more of its name's
    start as parts it from the others' (:func:`parting_start`): "Model…" twice, for
    "Model export controls" and "Models taken offline globally", reads "Model e…" and
    "Models…", names too short to cut in the middle. Returns the labels to change; once
    changed, no two labels cut at their end read alike, unless their names do."""
    shows, changed = dict(shows), {}
    while True:
        alike: dict[str, list[str]] = {}
        for node_id, text in shows.items():
            if text.endswith("\u2026") and "\n" not in text:
                alike.setdefault(text, []).append(node_id)
        longer = {}
        for same in alike.values():
            if len(same) < 2:
                continue
            # in names sorted, the name sharing the longest start with one is beside it
            ordered = sorted((" ".join(name_of(node_id).split()), node_id) for node_id in same)
            for at, (name, node_id) in enumerate(ordered):
                text = parting_start(name, (other for other, _id in ordered[max(at - 1, 0):
                                                                            at + 2]),
                                     len(shows[node_id]))
                if text is not None and text != shows[node_id]:
                    longer[node_id] = text
        if not longer:          # each text longer than the last: the loop ends
            return changed
        shows.update(longer)
        changed.update(longer)


def parting_start(name: str, others: Iterable[str], keeps: int = 0) -> str | None:
    """The start of ``name`` (its spaces made single) that no other name of ``others``
    starts with, cut there with an ellipsis (at least ``keeps`` characters, the ellipsis
    counted, and never on a space: "Model e…", not "Model …"), or ``name`` whole when the
    cut would keep all but its last character; None when every other name is ``name``
    (no text tells equal names apart)."""
    shared = max((len(commonprefix([name, other])) for other in others if other != name),
                 default=None)
    if shared is None:
        return None
    end = max(shared + 1, keeps - 1)
    while end < len(name) and name[end - 1].isspace():
        end += 1
    return name if end >= len(name) - 1 else name[:end] + "\u2026"


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
