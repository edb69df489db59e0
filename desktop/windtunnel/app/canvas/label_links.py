"""How a map label that is not over its node is joined to it: a label placed a little
way off (:func:`~.label_places.rescue_labels`) by a leader line to the nearest point of
its node's body (:func:`~.label_places.leader_ends`), on into the middle of the body,
ending in a dot; a label just beside its node (its body too crowded to sit on) by a
short stub from the label into the middle of the body, ending in a dot
(:func:`stub_ends`), so that where bodies crowd, the room reads which small tinted shape
the label names, not only which one it happens to sit nearest, and a node whose label is
elsewhere never reads as an empty label.

A placed label is a :class:`PlacedLabel`; the geometry is in viewport pixels, painted by
:class:`.map_labels.MapLabels`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from .label_places import leader_ends
from .laid_text import CentredText
from .style import kind_path, paint_node_shape

__all__ = ["DOT_RADIUS", "PlacedLabel", "paint_links", "stub_ends"]


@dataclass
class PlacedLabel:
    """A label as a placement put it, in viewport pixels: its node, its text and its box,
    and what joins it to its node when it is not over it."""

    node_id: str
    text: str
    box: QRectF
    #: the node's body, for a label placed away from it (joined to it by a leader line)
    leader: QRectF | None = None
    #: the node's body, for a label just beside it (joined to it by a stub)
    beside: QRectF | None = None
    laid: CentredText | None = field(default=None, compare=False, repr=False)  # on 1st paint

    def paint_box(self, painter: QPainter, node, fill: QColor, pen: QPen) -> None:
        """Paint the label's box: over its node, the node drawn larger, in its own shape
        (the actor's pill, the restriction's octagon, the factor's box, as the node and the
        legend draw it: :func:`~.style.paint_node_shape`); beside it or away, a name tag."""
        if self.leader is None and self.beside is None:
            paint_node_shape(painter, node.kind, kind_path(node.kind, self.box), fill,
                             pen.color(), pen.widthF(), lever=node.is_lever)
            return
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.box, 4, 4)

    def drawn(self) -> QRectF:
        """Where the label paints: its box, and its leader line's or stub's reach."""
        body = self.leader or self.beside
        return self.box if body is None else self.box.united(body)


#: The radius, in pixels, of the dot a stub ends in, in the middle of the node's body.
DOT_RADIUS = 2.5


def stub_ends(box: QRectF, body: QRectF) -> tuple[QPointF, QPointF]:
    """The ends of the stub joining a label's ``box`` to its node's ``body`` beside it: the
    body's centre, and the point of the box nearest that."""
    centre = body.center()
    on_box = QPointF(min(max(centre.x(), box.left()), box.right()),
                     min(max(centre.y(), box.top()), box.bottom()))
    return centre, on_box


def paint_links(painter: QPainter, labels) -> None:
    """Paint the leader lines and stubs of ``labels`` (each with ``box``, ``leader``: the
    body of a node its label is placed away from, and ``beside``: that of a node its label
    sits beside) with the painter's pen, each ending in a dot in the middle of its node's
    body, in the pen's colour."""
    dots = []
    for label in labels:
        if label.leader is not None:
            on_body, on_box = leader_ends(label.box, label.leader)
            centre = label.leader.center()
            painter.drawPolyline([on_box, on_body, centre])
            dots.append(centre)
        elif label.beside is not None:
            centre, on_box = stub_ends(label.box, label.beside)
            painter.drawLine(on_box, centre)
            dots.append(centre)
    if dots:
        painter.save()
        painter.setBrush(painter.pen().color())
        for centre in dots:
            painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
        painter.restore()
