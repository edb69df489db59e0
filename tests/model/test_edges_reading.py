"""A model file's edges read a column at a time are the edges, and the problems, that
reading each object on its own gives, whatever the file holds (hostile values included)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.model import Edge
from windtunnel.model.bulk import EDGE_FIELDS
from windtunnel.model.edges_reading import build_edges
from windtunnel.model.element_reading import REVIEW_KEY, build_element

from conftest import examples

IDS = st.sampled_from(["a", "b", "c", "n-1", "N.2", "", " a", "x" * 64, "x" * 65, "\u00e9",
                       3, None, ["a"]])
NUMBERS = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([-1.0, -0.0, 0.0, 0.5, 1.0, 1.0000001, -1.5, 1, 0, -1, 2, 3.0, True,
                     False, 2 ** 53 + 1, 10 ** 300, "0.5", None, [0.5], {"w": 1}]),
    st.integers(min_value=-20_000, max_value=20_000))
#: What a file may write in each field (JSON values: lists, not tuples).
HOSTILE = {
    "source": IDS, "target": IDS, "weight": NUMBERS, "delay": NUMBERS,
    "confidence": st.sampled_from(["low", "medium", "high", "High", "", None, 1]),
    "low": st.one_of(st.none(), NUMBERS), "high": st.one_of(st.none(), NUMBERS),
    "rationale": st.one_of(st.text(max_size=8), st.sampled_from(["x" * 20_001, 5, None])),
    "sources": st.one_of(st.lists(IDS, max_size=2), st.sampled_from(["s1", [["s1"]], {}])),
    "translations": st.sampled_from([{}, {"ja": {"rationale": "x"}}, [], "ja"]),
    REVIEW_KEY: st.sampled_from([{}, {"ja": ["rationale"]}]),
    "colour": st.just("red"),
}
#: What the app writes (a sound edge's values), so that whole sound files come up.
USUAL = {"source": st.sampled_from(["a", "b", "c"]), "target": st.sampled_from(["d", "e"]),
         "weight": st.one_of(st.floats(min_value=-1, max_value=1), st.sampled_from([1, 0, -1])),
         "delay": st.one_of(st.integers(0, 5), st.sampled_from([2.0])),
         "confidence": st.sampled_from(["low", "medium", "high"]),
         "low": st.floats(min_value=-1, max_value=-0.5),
         "high": st.one_of(st.floats(min_value=0.5, max_value=1), st.just(1)),
         "rationale": st.text(max_size=5),
         "sources": st.lists(st.sampled_from(["s1", "s2"]), max_size=2)}


@st.composite
def edge_lists(draw):
    """A file's ``edges`` list: objects of usual values with, now and then, a field left
    out, a hostile value, an unknown key, or an item that is not an object."""
    hostile = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        if hostile and draw(st.integers(0, 9)) == 0:
            items.append(draw(st.sampled_from([None, [], "edge", 3])))
            continue
        item = {}
        for name in USUAL:
            if name not in ("source", "target", "weight") and draw(st.booleans()):
                continue
            if hostile and draw(st.integers(0, 4)) == 0:
                if draw(st.booleans()):                 # else left out
                    item[name] = draw(HOSTILE[name])
                continue
            item[name] = draw(USUAL[name])
        for name in HOSTILE.keys() - USUAL.keys():
            if hostile and draw(st.integers(0, 9)) == 0:
                item[name] = draw(HOSTILE[name])
        items.append(item)
    return items


def _fields(edge):
    """An edge's fields with their types (``1`` and ``1.0`` told apart), or None."""
    return None if edge is None else [(type(getattr(edge, n)), getattr(edge, n))
                                      for n in EDGE_FIELDS]


@settings(max_examples=examples(400), deadline=None)
@given(items=edge_lists())
def test_edges_read_a_column_at_a_time_are_those_read_one_by_one(items):
    copies = json.loads(json.dumps(items))
    found, expected = [], []
    built = build_edges(items, found)
    reference = [build_element(Edge, item, f"edges[{i}]", expected)
                 for i, item in enumerate(copies)]
    assert list(map(_fields, built)) == list(map(_fields, reference))
    assert [(p.location, p.message) for p in found] == [(p.location, p.message)
                                                         for p in expected]
    assert items == copies                              # the parsed file is left as it was


def test_a_sound_file_s_edges_are_built_without_a_constructor_or_a_check(monkeypatch):
    edges = [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "a",
                                                           "weight": -0.5, "delay": 2.0,
                                                           "sources": ["s1"]}]

    def refuse(*_args, **_options):
        raise AssertionError("an edge was built or checked one by one")

    monkeypatch.setattr(Edge, "problems", refuse)
    monkeypatch.setattr("windtunnel.model.edges_reading.build_element", refuse)
    built = build_edges(edges, [])
    assert built == [Edge("a", "b", 1.0), Edge("b", "a", -0.5, delay=2, sources=("s1",))]
    assert [type(built[0].weight), type(built[1].delay)] == [float, int]

