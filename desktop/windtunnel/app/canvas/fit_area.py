"""The area a fitted view shows: every node, and the whole name of each beside it.

Zoomed out, the view names the nodes with labels of a fixed size in pixels
(:mod:`.map_labels`), not in scene units. Fitting the nodes' rectangle with a margin in
scene units left no room for the names of the nodes at its edges, which were cut short
("Cloud…") while the view had room to spare. So the fit looks for the largest zoom at
which each node's body and the box of its whole name, centred on the node as a map label
is, fit the viewport with a margin in pixels (:func:`fitted_area`), and shows the area they
take at that zoom.

A node is given as its body (scene units), its centre and its label's size in pixels
(:class:`Extent`). At a zoom ``s`` the content's width on screen is the widest reach
right of every body and label less the furthest reach left; each reach is linear in ``s``,
so the width is convex in ``s`` and the zooms at which it fits form one interval: a
bisection finds its top. Only a small map (:data:`NAMED_NODES` nodes at most) is fitted so:
a map label names each of its nodes where it can, so each needs the room; a bigger map's
names cannot all show at a fitted zoom (the labels place each beside its node where it
has room, inside the view), and room for the names of the nodes at its edges would shrink
its whole picture for a few names.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from PySide6.QtCore import QRectF

__all__ = ["Extent", "fitted_area", "MARGIN_PX", "NAMED_NODES"]

#: The room kept between the content and the viewport's edges, in pixels.
MARGIN_PX = 12.0
#: Bisection steps: the zoom found is within a millionth of the largest that fits.
_STEPS = 40
#: The most nodes a map fitted with room for every node's whole name has.
NAMED_NODES = 40


class Extent(NamedTuple):
    """A node as the fit measures it: its body (scene units), its centre (scene units)
    and its label's width and height (pixels)."""

    body: QRectF
    x: float
    y: float
    width: float
    height: float


def fitted_area(extents: list[Extent], width: float, height: float, most: float
                ) -> tuple[float, QRectF] | None:
    """The largest zoom, up to ``most``, at which every body and label of ``extents`` fits
    a viewport ``width`` by ``height`` pixels with :data:`MARGIN_PX` round them, and the
    area (scene units) they take at that zoom; None when no zoom fits them (labels wider
    or taller than the viewport) or there is nothing to fit."""
    if not extents or width <= 2 * MARGIN_PX or height <= 2 * MARGIN_PX:
        return None

    def fits(zoom: float) -> bool:
        left, top, right, bottom = _reach(extents, zoom)
        return (right - left) * zoom <= width and (bottom - top) * zoom <= height

    low = most * 1e-6
    if not fits(low):
        return None
    if fits(most):
        low = most
    else:
        high = most
        for _ in range(_STEPS):
            middle = (low + high) / 2
            low, high = (middle, high) if fits(middle) else (low, middle)
    left, top, right, bottom = _reach(extents, low)
    return low, QRectF(left, top, right - left, bottom - top)


def _reach(extents: Iterable[Extent], zoom: float) -> tuple[float, float, float, float]:
    """The area (scene units) the bodies and labels take at ``zoom``, with the margin."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for body, x, y, label_width, label_height in extents:
        half_width, half_height = label_width / 2 / zoom, label_height / 2 / zoom
        left = min(left, body.left(), x - half_width)
        right = max(right, body.right(), x + half_width)
        top = min(top, body.top(), y - half_height)
        bottom = max(bottom, body.bottom(), y + half_height)
    margin = MARGIN_PX / zoom
    return left - margin, top - margin, right + margin, bottom + margin
