"""A map label's options as a placement works them out: a node as the view shows it
(:class:`OnScreen`), the label's places and texts (:class:`LabelOptions`), and the boxes
they are made of (:func:`label_box`); short names that read alike told apart before a
placement (:func:`told_apart_first`); names still cut after it shown whole a little way
off (:func:`whole_names_away`). Used by :mod:`.map_labels`, which remembers them
from one placement to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from .label_grid import Bodies, Boxes
from .label_places import label_places, leader_ends, make_room, rescue_labels, widen_away
from .label_text import apart_texts, roomiest, shortened, shown
from .laid_text import text_height
from .wrapping import Breaks, widest_word

__all__ = ["LABEL_PAD", "LabelOptions", "NodeTexts", "OnScreen", "RememberedTexts", "around",
           "label_box", "named_whole", "node_texts", "places_showing", "plain_again",
           "narrow_whole", "onto_bodies", "rescued_off", "reserved_whole", "room_away",
           "told_apart_first", "whole_names_away", "whole_places"]

#: The margin left and right of a label's text, in pixels.
LABEL_PAD = 3.0
#: The pixels kept between a lever's whole name, kept for it or shown (the shown
#: scenario's), and any other label: less than the labels' gap (the room is looking at
#: it), enough that two frames never touch.
_CLEAR = 1.0
#: How many places a little way off its node a lever of the shown scenario tries, each
#: clear of the labels that could not give way to the one before.
_AWAY_TRIES = 6
#: A lever's whole name so placed goes no further from its node than its own width
#: across, or this many of its heights up or down (:func:`_near`).
_AWAY_LINES = 3


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

    def whole_in(self, box: QRectF) -> bool:
        """Whether the label shows its whole name in ``box``, one of its places (on the
        lines of its whole name's box or of a narrower one)."""
        return "".join(self.text_in(box).split()) == "".join(self.screen.texts[0][0].split())

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


def node_texts(label: str, font: QFont, font_key: str, metrics: QFontMetricsF, width: float,
               device: QPaintDevice) -> NodeTexts:
    """A label's texts as shown, each with its width and its height as drawn: the whole
    name (wrapped, :func:`~.label_text.roomiest`), then, when it differs, the name on one
    short line (:func:`~.label_text.shortened`), for a node whose whole name finds no
    room. The whole name is wrapped only when a placement first asks for it (a node the
    first round names short and no later one names is never wrapped: most of a small
    window's at start-up)."""
    def measured(text: str, text_width: float) -> tuple[str, float, float]:
        # the lines' height as drawn: a line of Chinese or Japanese takes the CJK font's
        # taller ascent and descent, not the Latin font's line spacing
        return text, text_width, text_height(text, font, metrics, device, font_key)

    short = measured(*shortened(label, font, metrics, width))
    return NodeTexts(short, short[0] == " ".join(label.split()),
                     lambda: measured(*roomiest(label, font, metrics, width)))


class OnScreen(NamedTuple):
    """A node as a placement sees it, and what that was worked out from (``key``: its
    scene position, body, scale and element): its body and centre in the labels' frame
    (:mod:`.label_frame`), its label's texts as shown (the whole name, then a shortened
    one when it differs: text, width, height) and all of those as a placement compares
    them (``inputs``); its position and body in the scene, to draw its label where the
    view shows it."""

    key: tuple
    body: QRectF
    centre: QPointF
    texts: NodeTexts
    inputs: tuple
    position: QPointF
    in_scene: QRectF


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


def places_showing(entry: LabelOptions, kind: str, text: str, text_width: float,
                   height: float, pad_y: float, area: QRectF, others: Bodies
                   ) -> list[QRectF]:
    """The places over or beside its node of ``entry``'s label showing ``text``, a
    shorter name (``kind``) than its first round's, made once a placement."""
    places = entry.shorter.get(kind)
    if places is None:
        places = entry.shorter[kind] = label_places(
            label_box(text_width, height, entry.screen.centre, pad_y), entry.screen.body,
            area, others, False)[0]
        entry.texts.update((place.getRect(), text) for place in places)
    return places


def whole_places(placed: list[tuple[int, QRectF]], options: list[LabelOptions],
                 pad_y: float, area: QRectF, others: Bodies,
                 narrow: Callable[[LabelOptions], list[QRectF]]) -> dict[int, list[QRectF]]:
    """The places the labels ``placed`` (index into ``options``, box) may take to show their
    whole names (:func:`~.label_places.widen_labels`), by index: a label placed with its
    short name, its whole name's (made once, with its reach), then those of its whole
    name on up to three lines about its node's width (``narrow``, :func:`narrow_whole`);
    one moved to make room, its own places again."""
    wider = {}
    for index, box in placed:
        entry = options[index]
        if entry.text != entry.screen.texts[0][0]:      # placed with its short name
            if entry.whole is None:
                _text, text_width, height = entry.screen.texts[0]
                places, tried = label_places(
                    label_box(text_width, height, entry.screen.centre, pad_y),
                    entry.screen.body, area, others, False)
                entry.whole, entry.reach = (tried, places), entry.reach.united(around(tried))
            wider[index] = entry.whole[1] + narrow(entry)
        elif box.getRect() in entry.texts:              # moved to make room
            wider[index] = entry.places
    return wider


def narrow_whole(entry: LabelOptions, label: str, font: QFont, metrics: QFontMetricsF,
                 height: Callable[[str], float], pad_y: float, area: QRectF, others: Bodies
                 ) -> list[QRectF]:
    """The places over or beside its node of ``entry``'s label showing its whole name
    ``label`` on up to three lines as wide as its node's body (or its longest word), where
    that is narrower than its whole name's box: a name that its neighbours leave no room
    for on two lines ("Usag…" in workshop mode on a projector) shows whole on three.
    ``height(text)``: the text's height as drawn. None when three lines would cut it."""
    if "narrow" in entry.shorter:
        return entry.shorter["narrow"]
    single = " ".join(label.split())
    breaks = Breaks(single, font)        # one layout for its widest word and its wrapping
    widest = breaks.widest_word() if single == label else widest_word(label, font)
    width = max(entry.screen.body.width() - 2 * LABEL_PAD, widest)
    text, text_width, _lines = shown(label, font, metrics, width, 3, breaks)
    if "".join(text.split()) != "".join(label.split()) or \
            text_width >= entry.screen.texts[0][1]:
        entry.shorter["narrow"] = []
        return []
    return places_showing(entry, "narrow", text, text_width, height(text), pad_y, area,
                          others)


def rescued_off(placed: list[tuple[int, QRectF]], reserved: dict[int, QRectF],
                left_out: list[int], options: list[LabelOptions], pad_y: float, area: QRectF,
                others: Bodies, gap: float) -> dict[int, QRectF]:
    """Places a little way off their nodes, on leader lines
    (:func:`~.label_places.rescue_labels`), for the labels ``left_out`` (indexes into
    ``options``, in priority order) clear of those ``placed``: off the places ``reserved``
    for the levers' whole names (:func:`reserved_whole`) where they can, else on them (a
    node named beats a lever's whole name). By index."""
    def centred(indexes):
        return [(index, label_box(*options[index].size(), options[index].screen.centre,
                                  pad_y), options[index].screen.body) for index in indexes]

    rescued = dict(rescue_labels(placed + list(reserved.items()), centred(left_out), area,
                                 others, gap))
    return rescued | dict(rescue_labels(placed + list(rescued.items()), centred(
        index for index in left_out if index not in rescued), area, others, gap))


def whole_names_away(placed: list[tuple[int, QRectF]], options: list[LabelOptions],
                     rescued: dict[int, QRectF], pad_y: float, area: QRectF, others: Bodies,
                     gap: float, most: int, reserved: dict[int, QRectF]
                     ) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF]]:
    """The labels ``placed`` (index into ``options``, box) that still show a short name
    given their whole names a little way off their nodes, on leader lines
    (:func:`~.label_places.widen_away`; ``rescued``: the labels on leader lines
    already), when there are at most ``most`` of them (a big map zoomed out cuts
    hundreds, and stays as quick to place); ``reserved``: the places kept for the levers'
    whole names (:func:`reserved_whole`). Returns the labels and those moved."""
    short = [(index, label_box(*entry.screen.texts[0][1:], entry.screen.centre, pad_y),
              entry.screen.body)
             for index, box in placed for entry in (options[index],)
             if not entry.whole_in(box)]
    if not short or len(short) > most:
        return placed, {}
    lines = {index: leader_ends(box, options[index].screen.body)
             for index, box in placed if rescued.get(index) == box}
    return widen_away(placed, short, area, others, gap, lines, reserved)


def reserved_whole(placed: list[tuple[int, QRectF]], options: list[LabelOptions],
                   levers, pad_y: float, area: QRectF, others: Bodies, gap: float
                   ) -> dict[int, QRectF]:
    """Places kept for the whole names of ``levers`` (node ids: the levers any scenario
    sets), in priority order, that the first round ``placed`` with a
    cut name: for each, the first of its whole name's places over or beside its node that
    stays :data:`_CLEAR` clear of every other label placed and kept (closer than the
    labels' gap: the room is looking at it). The labels placed on leader
    lines and widened after the first round keep off them, so that the lever of whichever
    scenario is shown finds its whole name's place free (:func:`named_whole`) and
    changing the scenario moves no other label. By index."""
    boxes, reserved, levers = dict(placed), {}, set(levers)
    for index, entry in enumerate(options):
        if entry.node_id not in levers:
            continue
        if entry.text == entry.screen.texts[0][0] or index not in boxes:
            continue
        kept = Boxes([box for other, box in boxes.items() if other != index]
                     + list(reserved.values()))
        centred = label_box(*entry.screen.texts[0][1:], entry.screen.centre, pad_y)
        place = next((place for place in label_places(centred, entry.screen.body, area,
                                                      others, False)[0]
                      if not kept.meets(place.adjusted(-_CLEAR, -_CLEAR, _CLEAR, _CLEAR))),
                     None)
        if place is not None:
            reserved[index] = place
    return reserved


def named_whole(placed: list[tuple[int, QRectF]], options: list[LabelOptions],
                must, rescued: dict[int, QRectF], reserved: dict[int, QRectF],
                pad_y: float, area: QRectF, others: Bodies, gap: float,
                shorter: Callable[[int, QRectF], list[QRectF]]
                ) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF], dict[int, QRectF]]:
    """The labels ``placed`` (index into ``options``, box) with those of ``must`` (node ids:
    the levers the shown scenario sets) that show a cut name, or none,
    given their whole names, where that moves no other label: in the place kept for it
    (``reserved``, :func:`reserved_whole`), over or beside its node (its whole name's
    places, :func:`~.label_places.label_places`, then those of its whole name on up to
    three lines about its node's width, :func:`narrow_whole`), else a little way off on a
    leader line (:func:`~.label_places.rescue_labels`), clear of every other label and
    node; where none of those has room, over or beside its node once the labels in the
    way show shorter names (``shorter(index, box)``: the places of a shorter name than
    label ``index`` shows in ``box``, :func:`~.label_places.make_room`): a lever's name is
    what the room discusses, and its neighbours stay named. Made after every other label
    is placed, and from the same placement whatever ``must`` holds, so that showing
    another scenario changes only its levers' labels and those beside them. Returns the
    labels, those given their whole names (by index) and those of them on a leader line
    (``rescued`` updated)."""
    boxes, whole, rescued = dict(placed), {}, dict(rescued)
    levers = {index for index, entry in enumerate(options) if entry.node_id in must}

    def cut_for(index: int, box: QRectF) -> list[QRectF]:
        return [] if index in levers else shorter(index, box)

    lines = {index: leader_ends(box, options[index].screen.body)
             for index, box in boxes.items() if rescued.get(index) == box}
    for index, entry in enumerate(options):
        if entry.node_id not in must:
            continue
        box = boxes.get(index)
        _name, width, height = entry.screen.texts[0]
        if box is not None and entry.whole_in(box):
            continue
        rest = [(other, place) for other, place in boxes.items() if other != index]
        kept = Boxes(place for _other, place in rest)
        centred = label_box(width, height, entry.screen.centre, pad_y)
        body = entry.screen.body
        places = label_places(centred, body, area, others, False)[0] + \
            entry.shorter.get("narrow", [])
        if index in reserved:
            places.insert(0, reserved[index])
        chosen = next((place for place in places
                       if not kept.meets(place.adjusted(-_CLEAR, -_CLEAR, _CLEAR, _CLEAR))),
                      None)
        if chosen is None:
            found = rescue_labels(rest, [(index, centred, body)], area, others, gap,
                                  [ends for other, ends in lines.items() if other != index])
            if found:
                chosen = rescued[index] = found[0][1]
                lines[index] = leader_ends(chosen, body)
                boxes[index] = whole[index] = chosen
                continue
            roomy = dict(make_room(rest, [(index, places)], cut_for, gap))
            if index not in roomy:
                roomy = room_away(rest, index, centred, body, area, others, gap, cut_for,
                                   [ends for other, ends in lines.items() if other != index])
                if roomy is None or not _near(roomy[index], centred):
                    continue
                rescued[index] = roomy[index]
                lines[index] = leader_ends(roomy[index], body)
            chosen = roomy.pop(index)
            for other, place in roomy.items():
                if boxes[other] != place:     # a shorter name, over or beside its node
                    boxes[other] = place
                    rescued.pop(other, None)
                    lines.pop(other, None)
        if rescued.get(index) != chosen:
            rescued.pop(index, None)
            lines.pop(index, None)
        boxes[index] = whole[index] = chosen
    return sorted(boxes.items(), key=lambda pair: pair[0]), whole, rescued


def _near(place: QRectF, centred: QRectF) -> bool:
    """Whether ``place`` lies no further from the box ``centred`` on its node than that
    box's width across and :data:`_AWAY_LINES` of its heights up or down: a lever's whole
    name joined to its node by a line across the map reads worse than its short name."""
    off = place.center() - centred.center()
    return abs(off.x()) <= centred.width() and abs(off.y()) <= _AWAY_LINES * centred.height()


def room_away(rest: list[tuple[int, QRectF]], index: int, centred: QRectF, body: QRectF,
               area: QRectF, others: Bodies, gap: float,
               shorter: Callable[[int, QRectF], list[QRectF]], lines: list
               ) -> dict[int, QRectF] | None:
    """A place a little way off its node, on a leader line, for label ``index`` (its box
    ``centred`` on its node's ``body``) once the labels of ``rest`` in the way show shorter
    names (``shorter``, :func:`~.label_places.make_room`): the nearest place
    (:func:`~.label_places.rescue_labels`) clear of the labels that cannot give way,
    those found in the way of a nearer place adding to them, :data:`_AWAY_TRIES` places
    at most. Returns every label's box, by index, or None."""
    fixed: dict[int, QRectF] = {}
    boxes = dict(rest)
    for _try in range(_AWAY_TRIES):
        found = rescue_labels(list(fixed.items()), [(index, centred, body)], area, others,
                              gap, lines)
        if not found:
            return None
        place = found[0][1]
        roomy = dict(make_room(rest, [(index, [place])], shorter, gap))
        if index in roomy:
            return roomy
        room = place.adjusted(-gap, -gap, gap, gap)
        fixed |= {other: box for other, box in boxes.items() if room.intersects(box)}
    return None


def onto_bodies(placed: list[tuple[int, QRectF]], options: list[LabelOptions],
                rescued: dict[int, QRectF]) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF]]:
    """The labels ``placed`` (index into ``options``, box) with each one beside its node
    or a little way off (``rescued``: on a leader line) moved onto its node's body where
    the body holds it and no other label meets the body: the body itself is then the
    label's box, its name inside (workshop mode's bodies are bigger than a short name;
    a label beside one, kept a gap from a neighbour's name, left the node an empty box
    under it). Returns the labels and ``rescued`` without those moved."""
    boxes, rescued = dict(placed), dict(rescued)
    for index, box in placed:
        body = options[index].screen.body
        if box.intersects(body) or box.width() > body.width() or \
                box.height() > body.height():
            continue
        if not any(other != index and place.intersects(body)
                   for other, place in boxes.items()):
            boxes[index] = body
            rescued.pop(index, None)
    return sorted(boxes.items(), key=lambda pair: pair[0]), rescued


def told_apart_first(seen: dict[str, OnScreen], area: QRectF, name_of: Callable[[str], str],
                     metrics: QFontMetricsF, measured: Callable[[str], tuple[str, float, float]],
                     known: dict[str, tuple], memo: dict, font_key: str
                     ) -> dict[str, OnScreen]:
    """``seen`` (the nodes as shown, by id, most important first) with the short names of
    those whose centres are in ``area`` told apart where two read alike
    (:func:`~.label_text.apart_texts`). Done before the labels are placed, so that each
    label's box is made for the text it shows. ``measured(text)``: the text, its width and height as drawn; ``known``: the
    nodes told apart by the last placement (node id -> (node as shown, text, node as
    retold)), updated, so that a node retold the same way is the same as before;
    ``memo``: :func:`~.label_text.apart_texts`'s, for texts in the font ``font_key``."""
    cut = {node_id: node.texts[-1][0] for node_id, node in seen.items()
           if len(node.texts) > 1 and area.contains(node.centre)}
    apart = apart_texts(cut, name_of, metrics, memo, font_key)
    last, seen = dict(known), dict(seen) if apart else seen
    known.clear()
    for node_id, text in apart.items():
        node = seen[node_id]
        before = last.get(node_id)
        if before is None or before[0] is not node or before[1] != text:
            short = measured(text)
            before = (node, text, node._replace(
                texts=NodeTexts(short, False, lambda node=node: node.texts[0]),
                inputs=node.inputs + (short,)))
        known[node_id] = before
        seen[node_id] = before[2]
    return seen


def plain_again(shows: dict[str, str], told: dict[str, tuple]) -> dict[str, str]:
    """The labels that :func:`told_apart_first` cut in the middle (``told``: its
    ``known``) and that no longer need to be: no other label (``shows``: node id -> the
    text it shows, most important first) shows their short name, their twin showing its
    whole name ("Model export controls") or no label. Each takes its short name again
    ("Model…", not "Mod…lly"), in its box made for the middle cut, most important first,
    so that two taking it back never read alike. Returns the labels to change."""
    taken, plain = set(shows.values()), {}
    for node_id, text in shows.items():
        known = told.get(node_id)
        if known is None or text != known[1] or text.endswith("\u2026"):
            continue                            # not cut in the middle before placing
        short = known[0].texts[-1][0]
        if short not in taken:
            plain[node_id] = short
            taken.add(short)
    return plain


class RememberedTexts:
    """A label's texts as shown (:func:`node_texts`), remembered per label, font
    (``font_key``: ``font.key()``, asked once a placement) and width, since every repaint
    (each step of a slider drag) asks again; called as :func:`node_texts` is, without the
    device (``device``, the view's viewport, given once)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self._texts: dict[tuple, NodeTexts] = {}

    def __call__(self, label: str, font: QFont, font_key: str, metrics: QFontMetricsF,
                 width: float) -> NodeTexts:
        key = (label, font_key, width)
        known = self._texts.get(key)
        if known is None:
            if len(self._texts) > 4096:
                self._texts.clear()
            known = self._texts[key] = node_texts(label, font, font_key, metrics, width,
                                                  self.device)
        return known

    def clear(self) -> None:
        """Forget every text (a test's placement from scratch)."""
        self._texts.clear()
