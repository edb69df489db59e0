"""A label's places after nodes moved: only the places a moved node meets are asked again,
and the answer is the one :func:`label_places` gives from scratch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from windtunnel.app.canvas.label_places import Bodies, Boxes, label_places, places_kept

_BODY = st.builds(lambda x, y: QRectF(x, y, 12, 8), st.integers(0, 300), st.integers(0, 200))


@settings(max_examples=200, deadline=None)
@given(bodies=st.lists(_BODY, max_size=30), moved=st.lists(st.tuples(
    st.integers(0, 29), _BODY), max_size=3), named=st.booleans())
def test_places_kept_after_nodes_moved_are_the_places_made_afresh(bodies, moved, named):
    own = QRectF(140, 90, 12, 8)
    area = QRectF(0, 0, 320, 220)
    box = QRectF(0, 0, 70, 24)
    box.moveCenter(own.center())
    places, tried = label_places(box, own, area, Bodies([own, *bodies]), named)
    after = list(bodies)
    changed = Boxes()
    for index, body in moved:
        if index < len(after):
            changed.add(after[index], body)
            after[index] = body
    kept = places_kept(tried, places, own, Bodies([own, *after]), changed, named)
    afresh, _tried = label_places(box, own, area, Bodies([own, *after]), named)
    assert kept is None and named or kept == afresh
    if not moved or not bodies:
        assert kept == places


@settings(max_examples=200, deadline=None)
@given(boxes=st.lists(_BODY, max_size=3 * Boxes._FEW), places=st.lists(
    st.builds(lambda x, y, w, h: QRectF(x, y, w, h), st.integers(-20, 320),
              st.integers(-20, 220), st.integers(0, 90), st.integers(0, 40)), max_size=10),
    cell=st.sampled_from([5.0, 64.0, 250.0]))
def test_boxes_meet_and_cover_a_place_when_one_of_them_does_few_or_many(boxes, places, cell):
    """Whether a place meets any of the boxes, asked one by one (a few) or by the cells of
    the grid (more, whatever the cells' size: the Add action files the map's nodes by cells
    of its name box's size), is whether it meets one of them; whether it covers a node's
    body other than its own, whether it covers one by more than its edge."""
    filed, bodies = Boxes(boxes, cell=cell), Bodies(boxes, cell=cell)
    own = boxes[0] if boxes else QRectF(0, 0, 12, 8)
    for place in places:
        assert filed.meets(place) == any(place.intersects(box) for box in boxes)
        inner = place.adjusted(1, 1, -1, -1)
        assert bodies.covers(place, own) == any(inner.intersects(box) and box != own
                                                for box in boxes)
