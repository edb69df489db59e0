"""Names for the map labels a placement's first round left out (:class:`LeftOutNames`):
a name cut shorter over or beside its node, room made by cutting its neighbours' names,
or a place a little way off on a leader line. Used by :mod:`.map_labels` between the
placement's two rounds, when only a few labels are left out (a small map): a node named
short beats a node not named at all.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from .label_grid import Bodies
from .label_options import (LABEL_PAD, LabelOptions, label_box, places_showing, rescued_off,
                            room_away)
from .label_places import leader_ends, make_room, place_more
from .label_text import told_apart
from .laid_text import text_height

__all__ = ["LeftOutNames"]

#: A name cut for a label left out keeps at least this many characters before its
#: ellipsis.
_KEEPS = 3


class LeftOutNames:
    """Names the labels a first round left out, for one placement: ``options`` (each
    label's places and texts), ``name_of(node id)`` (a node's whole name), the labels'
    ``font``, its ``metrics`` and the ``device`` they are drawn on, the margin above and
    below a text (``pad_y``), the labels' ``area``, the nodes' bodies (``others``), the
    ``gap`` kept between labels and the places ``reserved`` for the levers' whole names
    (:func:`~.label_options.reserved_whole`, by index)."""

    def __init__(self, options: list[LabelOptions], name_of: Callable[[str], str],
                 font: QFont, metrics: QFontMetricsF, device: QPaintDevice, pad_y: float,
                 area: QRectF, others: Bodies, gap: float,
                 reserved: dict[int, QRectF]) -> None:
        self.options, self.name_of = options, name_of
        self.font, self.metrics, self.device = font, metrics, device
        self._font_key = font.key()
        self.pad_y, self.area, self.others, self.gap = pad_y, area, others, gap
        self.reserved = reserved
        self._cuts: dict[str, str] = {}       # the cut names shown: text -> node id

    def named(self, placed: list[tuple[int, QRectF]], left_out: list[int]
              ) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF]]:
        """Labels for the nodes the first round left out (``left_out``, indexes into
        ``options``; ``placed``: the labels it placed, index and box), each taking the
        first of: its name cut shorter, over or beside its node (:meth:`_cut_places`);
        its own place once the short names that block it are cut shorter
        (:func:`~.label_places.make_room`); a place a little way off, on a leader line
        (:func:`~.label_options.rescued_off`); its own place, on a place ``reserved`` for
        a lever's whole name (the first three keep off those where they can), once the
        short names that block it are cut shorter, or else once the whole names that
        block it (an objective's, say) show their short names. Returns the
        labels placed, in priority order, and the rescued ones' places, by index."""
        self._cuts = self._placed_cuts(placed)
        for index in left_out:       # one at a time: each takes a cut no other shows
            added = place_more(placed, [(index, self._off_reserved(
                index, self._cut_places(self.options[index])))], self.gap)
            placed = placed + added
            self._cuts |= self._placed_cuts(added)
        placed = self._room_made(placed, left_out, False, True)
        taken = {index for index, _box in placed}
        rescued = rescued_off(placed, self.reserved, [index for index in left_out
                                                      if index not in taken],
                              self.options, self.pad_y, self.area, self.others, self.gap)
        placed = sorted(placed + list(rescued.items()), key=lambda pair: pair[0])
        for whole_too in (False, True):
            if {index for index, _box in placed}.issuperset(left_out):
                break                       # none left out
            placed = self._room_made(placed, left_out, whole_too, False)
        return self._cut_away(placed, left_out, rescued)

    def _cut_away(self, placed: list[tuple[int, QRectF]], left_out: list[int],
                  rescued: dict[int, QRectF]
                  ) -> tuple[list[tuple[int, QRectF]], dict[int, QRectF]]:
        """``placed`` with the labels ``left_out`` that nothing else named each a little
        way off its node, on a leader line, showing its name cut shortest
        (:meth:`_cut_places`), once the whole names in the way show their short names
        (:func:`~.label_options.room_away`): where a story's chapter shows a crowd of
        Japanese names, a short name found no room near its node, and the node stayed
        unnamed. Returns the labels and ``rescued`` with those."""
        boxes, rescued = dict(placed), dict(rescued)
        lines = [leader_ends(box, self.options[index].screen.body)
                 for index, box in rescued.items()]
        for index in left_out:
            entry = self.options[index]
            if index in boxes:
                continue
            cuts = self._cut_places(entry)
            text = entry.texts[min(cuts, key=QRectF.width).getRect()] if cuts else \
                entry.screen.texts[-1][0]
            box = label_box(self.metrics.horizontalAdvance(text), text_height(
                text, self.font, self.metrics, self.device, self._font_key),
                entry.screen.centre, self.pad_y)
            roomy = room_away(list(boxes.items()), index, box, entry.screen.body,
                              self.area, self.others, self.gap, self._short_again, lines)
            if roomy is None:
                continue
            for other, place in roomy.items():
                if boxes.get(other) != place:
                    rescued.pop(other, None)
            boxes = roomy
            rescued[index] = boxes[index]
            entry.texts[boxes[index].getRect()] = text
            lines.append(leader_ends(boxes[index], entry.screen.body))
        self._cuts = self._placed_cuts(list(boxes.items()))
        return sorted(boxes.items(), key=lambda pair: pair[0]), rescued

    def _short_again(self, index: int, box: QRectF) -> list[QRectF]:
        """The places of label ``index``'s short name where it shows its whole name in
        ``box``, else none: a label that gives way to a name sent off on a leader line
        shows a short name no other label reads as (a name cut shorter might)."""
        entry = self.options[index]
        return self.shorter_places(entry, box, True) if entry.whole_in(box) else []

    def _room_made(self, placed: list[tuple[int, QRectF]], left_out: list[int],
                   whole_too: bool, off_reserved: bool) -> list[tuple[int, QRectF]]:
        """``placed`` with the labels ``left_out`` that :func:`~.label_places.make_room`
        finds room for, the short names blocking them cut shorter, and if ``whole_too``
        the whole names showing their short names; if ``off_reserved``, all of them off
        the places reserved for the levers' whole names."""
        def keep_off(index: int, places: list[QRectF]) -> list[QRectF]:
            return self._off_reserved(index, places) if off_reserved else places

        options, taken = self.options, {index for index, _box in placed}
        placed = make_room(sorted(placed, key=lambda pair: pair[0]), [
            (index, keep_off(index, options[index].places + self._cut_places(options[index])))
            for index in left_out if index not in taken],
            lambda index, box: keep_off(index, self.shorter_places(options[index], box,
                                                                    whole_too)), self.gap)
        self._cuts = self._placed_cuts(placed)
        return placed

    def _off_reserved(self, index: int, places: list[QRectF]) -> list[QRectF]:
        """Those of ``places`` (label ``index``'s) that meet no place reserved for
        another label."""
        return [place for place in places if not any(
            other != index and place.intersects(kept)
            for other, kept in self.reserved.items())]

    def _placed_cuts(self, placed: list[tuple[int, QRectF]]) -> dict[str, str]:
        """The cut names the labels ``placed`` (index, box) show (text -> node id): a name
        cut for a label left out must read as none of them."""
        return {text: self.options[index].node_id for index, box in placed
                for text in (self.options[index].text_in(box),) if "\u2026" in text}

    def shorter_places(self, entry: LabelOptions, box: QRectF, whole_too: bool
                        ) -> list[QRectF]:
        """The places of a label shown in ``box`` with a shorter name than it shows there:
        its name cut shorter for a short name (:meth:`_cut_places`), and, if
        ``whole_too``, its short name's for a whole name (none for a label cut to its
        node already)."""
        shows = entry.text_in(box)
        if shows == entry.screen.texts[0][0] and len(entry.screen.texts) > 1:
            if not whole_too:
                return []
            return places_showing(entry, "short", *entry.screen.texts[-1], self.pad_y,
                                  self.area, self.others)
        if shows == entry.screen.texts[-1][0]:
            return self._cut_places(entry)
        return []

    def _cut_places(self, entry: LabelOptions) -> list[QRectF]:
        """The places, over or beside its node, of ``entry``'s label, its name cut shorter
        than its short name a character at a time, down to the width of its node's body
        (at least :data:`_KEEPS` characters before the ellipsis), the longest cut's places
        first: a label no wider than its node where the nodes of a grid stand closer than
        their short names are wide (workshop mode), or a little wider where its
        neighbours leave that room (a Japanese short name, twice as wide as an English
        one, covers the nodes beside a small one), rather than a leader line or no name.
        A cut that reads as another label's is cut in the middle, else left out."""
        if "tight" in entry.shorter:
            return entry.shorter["tight"]
        label = " ".join(self.name_of(entry.node_id).split())
        short, narrowest = entry.screen.texts[-1], entry.screen.body.width() - 2 * LABEL_PAD
        places = []
        for end in range(len(short[0].rstrip("\u2026")) - 1, _KEEPS - 1, -1):
            head = label[:end].rstrip()
            if len(head) < _KEEPS:
                break
            cut = self._apart(entry, head + "\u2026", short[1])
            if cut is not None:
                text, width = cut
                places += places_showing(
                    entry, f"tight {end}", text, width,
                    text_height(text, self.font, self.metrics, self.device, self._font_key),
                    self.pad_y, self.area, self.others)
            if self.metrics.horizontalAdvance(head + "\u2026") <= narrowest:
                break
        entry.shorter["tight"] = places
        return places

    def _apart(self, entry: LabelOptions, text: str, short_width: float
               ) -> tuple[str, float] | None:
        """``text``, ``entry``'s name cut shorter, and its width: cut in the middle, up to
        its short name's width, where another label shows the same cut name; None where
        it still reads as one, or is not narrower than the short name."""
        other = self._cuts.get(text, entry.node_id)
        width = self.metrics.horizontalAdvance(text)
        if other != entry.node_id:
            text = told_apart({entry.node_id: text, other: text}, self.name_of,
                              self.metrics, short_width / width).get(entry.node_id, text)
            width = self.metrics.horizontalAdvance(text)
        if self._cuts.get(text, entry.node_id) != entry.node_id or width >= short_width:
            return None
        return text, width
