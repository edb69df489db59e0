"""A label's places after nodes moved: only the places a moved node meets are asked again,
and the answer is the one :func:`label_places` gives from scratch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from windtunnel.app.canvas.label_grid import Bodies, Boxes
from windtunnel.app.canvas.label_places import (_CROSSING_TRIES, _crosses, _Moves,
                                                _segments_cross, label_places, leader_ends,
                                                places_kept, rescue_labels, widen_away)

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


_LABEL = st.builds(lambda x, y, w: QRectF(x / 4, y / 4, w / 8, 17.6), st.integers(0, 1200),
                   st.integers(0, 800), st.integers(240, 720))


@settings(max_examples=200, deadline=None)
@given(bodies=st.lists(_BODY, min_size=1, max_size=30), labels=st.lists(_LABEL, max_size=30),
       left_out=st.lists(st.tuples(st.integers(0, 29), st.integers(240, 720)), max_size=6),
       gap=st.sampled_from([0.0, 2.0, 2.2]))
def test_a_rescued_label_takes_the_nearest_place_an_exact_test_finds_clear(
        bodies, labels, left_out, gap):
    """The places a label's neighbours rule out by arithmetic (the rescue's short cut on
    crowded maps) are only those an exact test rules out: a label takes, of the places
    that lie in the view, meet none of its node, cover no other node and stay clear of
    every label, the nearest whose leader line crosses no label and no other line among
    the nearest few, else the nearest, as asking each place exactly finds it, touching
    edges and fractions of a pixel included."""
    area = QRectF(0, 0, 320, 220)
    asked = []
    for index, width in left_out:
        body = bodies[index % len(bodies)]
        box = QRectF(0, 0, width / 8, 17.6)
        box.moveCenter(body.center())
        asked.append((index, box, body))
    placed = list(enumerate(labels))
    rescued = rescue_labels(placed, asked, area, Bodies(bodies), gap)
    kept, exact, lines = list(labels), [], []
    for index, box, body in asked:
        moves = [place for _rank, place in _Moves(box).places()]   # none ruled out
        clear = [place for place in moves
                 if area.contains(place) and not place.intersects(body)
                 and not any(place.adjusted(-gap, -gap, gap, gap).intersects(label)
                             for label in kept)
                 and not any(place.adjusted(1, 1, -1, -1).intersects(other)
                             for other in bodies if other != body)]
        if not clear:
            continue
        within = [place for place in clear
                  if moves.index(place) <= moves.index(clear[0]) + _CROSSING_TRIES]
        chosen = next((place for place in within if not any(
            _crosses(leader_ends(place, body), label) for label in kept) and not any(
            _segments_cross(leader_ends(place, body), line) for line in lines)), clear[0])
        kept.append(chosen)
        lines.append(leader_ends(chosen, body))
        exact.append((index, chosen))
    assert rescued == exact


def test_a_label_with_every_place_ruled_out_asks_no_more_of_its_neighbours(monkeypatch):
    """A whole name with no room left near its node (most of those a crowded map tries to
    move away) stops looking once its places are all ruled out, however many labels are
    still within its reach."""
    asked = []
    rule_out = _Moves.rule_out

    def counted(moves, other, pad):
        asked.append(other)
        rule_out(moves, other, pad)

    monkeypatch.setattr(_Moves, "rule_out", counted)
    body = QRectF(150, 100, 12, 8)
    box = QRectF(0, 0, 60, 17.6)
    box.moveCenter(body.center())
    everywhere = QRectF(-500, -500, 1500, 1500)      # a label over the whole reach
    near = [QRectF(100 + 12 * i, 60 + 8 * i, 10, 6) for i in range(20)]
    placed = list(enumerate([everywhere, *near]))
    assert rescue_labels(placed, [(99, box, body)], QRectF(0, 0, 320, 220), Bodies([body]),
                         2.0, strict=True) == []
    assert len(asked) == 2                            # its own node, then that label


@settings(max_examples=200, deadline=None)
@given(bodies=st.lists(_BODY, min_size=1, max_size=30),
       short=st.lists(st.tuples(st.integers(0, 29), st.integers(20, 60)), min_size=1,
                      max_size=8),
       others=st.lists(_LABEL, max_size=12), gap=st.sampled_from([0.0, 2.0, 2.2]))
def test_a_short_name_moved_away_whole_keeps_clear_of_every_label_node_and_line(
        bodies, short, others, gap):
    """A label left with a short name over its node takes its whole name a little way off
    only where that place lies in the view (a box's height from its edges, which a dock's
    edge dragged moves), clear of every other label as finally placed
    (the ones moved before it included), of every other node and of its own, its leader
    line crossing no label and no other leader line; the others keep their places."""
    area = QRectF(0, 0, 320, 220)
    placed, whole = [], []
    for index, (node, width) in enumerate(short):
        body = bodies[node % len(bodies)]
        box = QRectF(0, 0, width, 10)
        box.moveCenter(body.center())
        placed.append((index, body.adjusted(-1, -1, 1, 1)))       # its short name, over it
        whole.append((index, box.adjusted(-2 * width, 0, 2 * width, 0), body))
    placed += [(len(short) + n, label) for n, label in enumerate(others)]
    widened, moved = widen_away(placed, whole, area, Bodies(bodies), gap)
    assert [index for index, _box in widened] == [index for index, _box in placed]
    final = dict(widened)
    assert {index: box for index, box in final.items() if index not in moved} == {
        index: box for index, box in placed if index not in moved}
    bodies_of = {index: body for index, _box, body in whole}
    lines = [leader_ends(final[index], bodies_of[index]) for index in moved]
    for index, place in moved.items():
        body = bodies_of[index]
        edge = place.height()
        assert final[index] == place and area.adjusted(edge, edge, -edge, -edge).contains(place)
        assert not place.intersects(body)
        assert not any(place.adjusted(1, 1, -1, -1).intersects(other)
                       for other in bodies if other != body)
        assert not any(place.adjusted(-gap, -gap, gap, gap).intersects(box)
                       for other, box in final.items() if other != index)
        ends = leader_ends(place, body)
        assert not any(_crosses(ends, box) for other, box in final.items() if other != index)
        assert not any(_segments_cross(ends, line) for line in lines if line != ends)


def test_a_short_name_with_room_further_out_takes_its_whole_name_there():
    # a node hemmed in left and right by its neighbours' labels, the row above empty
    body = QRectF(100, 100, 40, 20)
    left, right = QRectF(40, 95, 58, 30), QRectF(142, 95, 58, 30)
    whole = QRectF(0, 0, 120, 20)
    whole.moveCenter(body.center())
    widened, moved = widen_away([(0, left), (1, body), (2, right)], [(1, whole, body)],
                                QRectF(0, 0, 300, 200), Bodies([body]), 2.0)
    assert set(moved) == {1} and widened[1] == (1, moved[1])
    assert moved[1].size() == whole.size() and moved[1].bottom() <= body.top()
