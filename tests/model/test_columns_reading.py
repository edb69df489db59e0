"""A model file's nodes and edges read a column at a time are the elements, and the
problems, that reading each object on its own gives, whatever the file holds (hostile
values included)."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from windtunnel.model import Edge, Node
from windtunnel.model.bulk import EDGE_FIELDS, NODE_FIELDS
from windtunnel.model.columns_reading import build_many
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


#: A node's fields as a file may write them, and as the app writes a sound node's.
NODE_HOSTILE = {
    "id": IDS, "label": st.one_of(st.text(max_size=4), st.sampled_from(["", " ", "x" * 301,
                                                                        None, 5])),
    "kind": st.sampled_from(["factor", "Factor", "", None]),
    "group": st.sampled_from(["x" * 301, None, ["g"]]),
    "initial": NUMBERS, "description": st.sampled_from(["x" * 20_001, 1.5]),
    "sources": HOSTILE["sources"],
    "position": st.one_of(st.lists(NUMBERS, max_size=3), st.sampled_from([None, "1,2"])),
    "tags": st.sampled_from([["t"], "t", [""], [1]]),
    "lever": st.sampled_from([0, 1, None, "yes"]),
    "translations": HOSTILE["translations"], REVIEW_KEY: HOSTILE[REVIEW_KEY],
    "colour": st.just("red"),
}
NODE_USUAL = {
    "id": st.sampled_from(["a", "b", "n-1"]), "label": st.sampled_from(["A", "Tax", "Caf\u00e9"]),
    "kind": st.sampled_from(["factor", "actor", "restriction"]),
    "group": st.sampled_from(["", "Group 1"]),
    "initial": st.one_of(st.floats(min_value=-1, max_value=1), st.sampled_from([1, 0, -1])),
    "description": st.text(max_size=5), "sources": USUAL["sources"],
    "position": st.lists(st.one_of(st.floats(min_value=-1e3, max_value=1e3),
                                   st.integers(-1000, 1000)), min_size=2, max_size=2),
    "tags": st.just([]), "lever": st.booleans(),
}
#: Each kind read a column at a time: its class, usual values, hostile values, required fields.
KINDS = {"edges": (Edge, EDGE_FIELDS, USUAL, HOSTILE, ("source", "target", "weight")),
         "nodes": (Node, NODE_FIELDS, NODE_USUAL, NODE_HOSTILE, ("id", "label"))}


@st.composite
def object_lists(draw, usual, hostile_values, required):
    """A file's list of one kind: objects of usual values with, now and then, a field
    left out, a hostile value, an unknown key, or an item that is not an object."""
    hostile = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        if hostile and draw(st.integers(0, 9)) == 0:
            items.append(draw(st.sampled_from([None, [], "edge", 3])))
            continue
        item = {}
        for name in usual:
            if name not in required and draw(st.booleans()):
                continue
            if hostile and draw(st.integers(0, 4)) == 0:
                if draw(st.booleans()):                 # else left out
                    item[name] = draw(hostile_values[name])
                continue
            item[name] = draw(usual[name])
        for name in hostile_values.keys() - usual.keys():
            if hostile and draw(st.integers(0, 9)) == 0:
                item[name] = draw(hostile_values[name])
        items.append(item)
    return items


@st.composite
def files(draw):
    """A kind and a list of its objects."""
    section = draw(st.sampled_from(sorted(KINDS)))
    _cls, _names, usual, hostile, required = KINDS[section]
    return section, draw(object_lists(usual, hostile, required))


@settings(max_examples=examples(600), deadline=None)
@given(file=files())
@example(file=("edges", [{"source": "a", "target": "b"}]))      # a field every one lacks
@example(file=("nodes", [{"label": "A"}, {"label": "B"}]))
@example(file=("nodes", [{"id": "a", "label": "A", "initial": 2}]))   # a value refused
def test_elements_read_a_column_at_a_time_are_those_read_one_by_one(file):
    section, items = file
    cls, names, *_ = KINDS[section]
    copies = json.loads(json.dumps(items))
    found, expected = [], []
    built = build_many(cls, items, section, found)
    reference = [build_element(cls, item, f"{section}[{i}]", expected)
                 for i, item in enumerate(copies)]

    def typed(element):      # the fields with their types: 1 and 1.0 told apart
        return None if element is None else [(type(getattr(element, n)), getattr(element, n))
                                             for n in names]

    assert list(map(typed, built)) == list(map(typed, reference))
    assert [(p.location, p.message) for p in found] == [(p.location, p.message)
                                                         for p in expected]
    assert items == copies                              # the parsed file is left as it was


def test_a_sound_file_s_elements_are_built_without_a_constructor_or_a_check(monkeypatch):
    edges = [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "a",
                                                           "weight": -0.5, "delay": 2.0,
                                                           "sources": ["s1"]}]
    nodes = [{"id": "a", "label": "A", "initial": 1, "position": [10, 20.5]},
             {"id": "b", "label": "B", "kind": "actor", "sources": ["s1"]}]

    def refuse(*_args, **_options):
        raise AssertionError("an element was built or checked one by one")

    for cls in (Edge, Node):
        monkeypatch.setattr(cls, "problems", refuse)
        monkeypatch.setattr(cls, "__init__", refuse)
    monkeypatch.setattr("windtunnel.model.columns_reading.build_element", refuse)
    edges_built, nodes_built = build_many(Edge, edges, "edges", []), build_many(Node, nodes, "nodes", [])
    monkeypatch.undo()
    assert edges_built == [Edge("a", "b", 1.0), Edge("b", "a", -0.5, delay=2, sources=("s1",))]
    assert [type(edges_built[0].weight), type(edges_built[1].delay)] == [float, int]
    assert nodes_built == [Node("a", "A", initial=1.0, position=(10.0, 20.5)),
                           Node("b", "B", kind="actor", sources=("s1",))]
    assert [type(nodes_built[0].initial), type(nodes_built[0].position[0])] == [float, float]
