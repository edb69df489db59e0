"""A map label's options as a placement works them out: a node as the view shows it
(:class:`OnScreen`), the label's places and texts (:class:`LabelOptions`), and the boxes
they are made of (:func:`label_box`). Used by :mod:`.map_labels`, which remembers them
from one placement to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from PySide6.QtCore import QPointF, QRectF

__all__ = ["LABEL_PAD", "LabelOptions", "NodeTexts", "OnScreen", "around", "label_box"]

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
    #: the texts of places made for a shorter name than ``text`` (by their rectangles),
    #: and those places, by the kind of name (made once a placement)
    texts: dict[tuple, str] = field(default_factory=dict)
    shorter: dict[str, list[QRectF]] = field(default_factory=dict)

    def size(self) -> tuple[float, float]:
        """The width and height of :attr:`text` as drawn."""
        short = self.screen.texts[-1]
        return short[1:] if short[0] == self.text else self.screen.texts[0][1:]

    def text_in(self, box: QRectF) -> str:
        """The text the label shows in ``box``, one of its places."""
        if self.whole is not None and box in self.whole[1]:
            return self.screen.texts[0][0]
        return self.texts.get(box.getRect(), self.text)


class NodeTexts:
    """A node's label texts as shown, each (text, width, height): ``texts[0]`` its whole
    name, ``texts[-1]`` its name on one short line, the same when ``single`` (a name that
    fits a short line); the whole name is made by ``whole()`` when first asked for."""

    __slots__ = ("_short", "_single", "_whole", "_make")

    def __init__(self, short: tuple[str, float, float], single: bool,
                 whole: Callable[[], tuple[str, float, float]]) -> None:
        self._short, self._single, self._whole, self._make = short, single, None, whole

    def __len__(self) -> int:
        return 1 if self._single else 2

    def __getitem__(self, index: int) -> tuple[str, float, float]:
        if index == -1 or self._single:
            return self._short
        if self._whole is None:
            self._whole = self._make()
        return self._whole


class OnScreen(NamedTuple):
    """A node as the view shows it, and what that was worked out from (``key``: its scene
    position, body, scale and element): its body and centre in viewport pixels panning
    with the map, its label's texts as shown (the whole name, then a shortened one when
    it differs: text, width, height) and all of those as a placement compares them
    (``inputs``)."""

    key: tuple
    body: QRectF
    centre: QPointF
    texts: NodeTexts
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
