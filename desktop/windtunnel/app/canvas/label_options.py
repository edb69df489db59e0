"""A map label's options as a placement works them out: a node as the view shows it
(:class:`OnScreen`), the label's places and texts (:class:`LabelOptions`), and the boxes
they are made of (:func:`label_box`). Used by :mod:`.map_labels`, which remembers them
from one placement to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF

__all__ = ["LABEL_PAD", "LabelOptions", "OnScreen", "around", "label_box"]

#: The margin left and right of a label's text, in pixels.
LABEL_PAD = 3.0


@dataclass
class LabelOptions:
    """A label's places as a placement worked them out, what they were made from (the
    node as shown, ``screen``: its body and centre on screen, its texts and their sizes;
    whether it must be named), every place tried and the rectangle around them, the node's
    priority (:mod:`.label_priority`) and where the first round of the placement put it
    (None: left out). ``text`` is what those places show: the node's name on one short
    line where it has one (a node that must be named: its whole name). ``whole``: the
    whole name's places (those tried, those clear), made once a first round placed the
    short one. Its places are made again when a body that moved (or came, or went) meets
    one of those tried."""

    node_id: str
    screen: OnScreen
    text: str
    inputs: tuple
    tried: list[QRectF]
    reach: QRectF
    places: list[QRectF]
    rank: tuple | None
    box: QRectF | None = None
    whole: tuple[list[QRectF], list[QRectF]] | None = None
    #: the texts of places made for a shorter name than ``text`` (by their rectangles)
    texts: dict[tuple, str] = field(default_factory=dict)

    def size(self) -> tuple[float, int]:
        """The width and height of :attr:`text` as drawn."""
        return next(size for text, *size in self.screen.texts if text == self.text)

    def text_in(self, box: QRectF) -> str:
        """The text the label shows in ``box``, one of its places."""
        if self.whole is not None and box in self.whole[1]:
            return self.screen.texts[0][0]
        return self.texts.get(box.getRect(), self.text)


class OnScreen(NamedTuple):
    """A node as the view shows it, and what that was worked out from (``key``: its scene
    position, body, scale and element): its body and centre in viewport pixels panning
    with the map, its label's texts as shown (the whole name, then a shortened one when
    it differs: text, width, height) and all of those as a placement compares them
    (``inputs``)."""

    key: tuple
    body: QRectF
    centre: QPointF
    texts: tuple[tuple[str, float, int], ...]
    inputs: tuple


def label_box(text_width: float, text_height: float, centre: QPointF, pad_y: float) -> QRectF:
    """A label's box round a text of that size, centred on ``centre``."""
    box = QRectF(0, 0, text_width + 2 * LABEL_PAD, text_height + 2 * pad_y)
    box.moveCenter(centre)
    return box


def around(places: list[QRectF]) -> QRectF:
    """The rectangle around ``places``."""
    reach = QRectF()
    for place in places:
        reach = reach.united(place)
    return reach
