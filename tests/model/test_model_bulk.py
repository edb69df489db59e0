"""Edges checked and built a column at a time: a row found sound is one whose edge has no
problems, and the edge built for it equals the one its constructor makes, whatever the
values (hostile ones included); nodes found sound a field at a time have no problems."""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError, replace

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from windtunnel.errors import ModelError
from windtunnel.model import Edge, Model, Node, Source, Translations
from windtunnel.model.bulk import (EDGE_FIELDS, fitting_keys, moved, new_node, sound_edges,
                                   sound_nodes, trusted_edges)
from windtunnel.model.checks import NO_TRANSLATIONS

from conftest import examples

IDS = st.sampled_from(["a", "b", "n-1", "N.2", "", " a", "a b", "x" * 64, "x" * 65, "-a",
                       "\u00e9", 3, None])
NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-1.0, -0.0, 0.0, 0.5, 1.0, 1.0000001, -1.5, 1, 0, -1, 2, True, False,
                     10**400, 2.5, "0.5", None]),
    st.integers(min_value=-20_000, max_value=20_000))
FIELDS = {
    "source": IDS, "target": IDS, "weight": NUMBERS, "delay": NUMBERS,
    "confidence": st.sampled_from(["low", "medium", "high", "High", "", None, 1]),
    "low": st.one_of(st.none(), NUMBERS), "high": st.one_of(st.none(), NUMBERS),
    "rationale": st.one_of(st.text(max_size=8), st.sampled_from(["x" * 20_001, "\ud83d",
                                                                 "caf\u00e9", None, 5])),
    "sources": st.one_of(st.tuples(), st.tuples(IDS), st.tuples(IDS, IDS),
                         st.sampled_from([["s1"], "s1", (["s1"],)])),
    "unrated_weight": st.one_of(st.none(), NUMBERS), "unrated_low": st.one_of(st.none(), NUMBERS),
    "unrated_high": st.one_of(st.none(), NUMBERS),
    "translations": st.sampled_from([NO_TRANSLATIONS, Translations(),
                                     Translations.from_dict({"ja": {"rationale": "x"}})]),
}


#: The usual values, so that whole columns of them (settled a column at a time) come up.
USUAL = {"weight": st.floats(min_value=-1, max_value=1), "delay": st.integers(0, 5),
         "low": st.floats(min_value=-1, max_value=1), "high": st.floats(min_value=-1, max_value=1),
         "confidence": st.sampled_from(["low", "medium", "high"]),
         "rationale": st.text(alphabet="abc -", max_size=5), "unrated_weight": st.none(),
         "unrated_low": st.none(), "unrated_high": st.none()}


@st.composite
def columns(draw):
    """Some rows of edge fields as columns; the optional fields present or left out, each
    column of any values or of usual ones (a hostile value now and then)."""
    count = draw(st.integers(min_value=1, max_value=6))
    chosen = [name for name in EDGE_FIELDS
              if name in ("source", "target", "weight") or draw(st.booleans())]
    out = {}
    for name in chosen:
        usual = USUAL.get(name, FIELDS[name])
        values = st.one_of(usual, usual, usual, usual, FIELDS[name])
        out[name] = [draw(values if draw(st.booleans()) else FIELDS[name])
                     for _ in range(count)]
    return out


def _same(a: Edge, b: Edge) -> bool:
    """Equal field by field, of the same types (a NaN weight equals itself here)."""
    for name in EDGE_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if type(x) is not type(y):
            return False
        if not (x == y or (isinstance(x, float) and math.isnan(x) and math.isnan(y))):
            return False
    return True


def _hashable(table) -> bool:
    try:
        [hash(value) for values in table.values() for value in values]
    except TypeError:
        return False
    return True


@settings(max_examples=examples(300), deadline=None)
@given(table=columns())
def test_a_sound_row_is_an_edge_without_problems_and_is_built_alike(table):
    count = len(table["source"])
    rows = [{name: values[k] for name, values in table.items()} for k in range(count)]
    sound = sound_edges(table)
    assert len(sound) == count
    told_apart = _hashable(table)
    for row, ok in zip(rows, sound):
        problems = Edge(**row).problems()
        if ok:
            assert not problems, row
        elif row.get("translations", NO_TRANSLATIONS) is NO_TRANSLATIONS and told_apart:
            assert problems, row     # left to the edge only when it has a problem
    chosen = [k for k in range(count) if sound[k]]
    if chosen:
        kept = {name: [values[k] for k in chosen] for name, values in table.items()}
        built = trusted_edges(kept)
        for k, edge in zip(chosen, built, strict=True):
            reference = Edge(**rows[k])
            assert _same(edge, reference) and edge == reference and hash(edge) == hash(reference)


def test_ones_and_trues_are_checked_apart():
    table = {"source": ["a", "a"], "target": ["b", "c"], "weight": [1, True],
             "delay": [True, 1]}
    assert sound_edges(table) == [False, False]
    table["weight"], table["delay"] = [1, 0.5], [1, 0]
    assert sound_edges(table) == [True, True]


#: Edges free of their own problems, which a model may still refuse: a repeated pair, an
#: unknown node or source, something that is not an edge at all.
SOUND_EDGES = st.sampled_from([Edge("a", "b", 0.5), Edge("b", "a", -0.5), Edge("a", "c", 0.1),
                               Edge("a", "b", 0.2), Edge("a", "zz", 0.3),
                               Edge("b", "c", 0.4, sources=("s1",)),
                               Edge("b", "c", 0.4, sources=("s9",)), Node("d", "D")])


def _built(edges: list, checked: tuple):
    nodes = [Node(n, n.upper()) for n in "abc"]
    try:
        model = Model.from_elements(nodes=nodes, sources=[Source("s1", "S")], edges=edges,
                                    checked=checked)
    except ModelError as exc:
        return [(p.location, p.message) for p in exc.problems]
    return model.edges, {key: model.get("edge", key) for key in (e.key for e in model.edges)}


@settings(max_examples=examples(200), deadline=None)
@given(edges=st.lists(SOUND_EDGES, max_size=6))
def test_checked_edges_taken_at_once_make_the_model_edge_by_edge_makes(edges):
    """The model's own checks on edges checked by their caller: taken in one step when all
    pass (filed by the keys read once), else edge by edge, with the same problems."""
    assert _built(edges, ("edge",)) == _built(edges, ())
    filed = fitting_keys(edges, {n: None for n in "abc"}, {"s1": None})
    assert filed is None or list(filed.items()) == [(edge.key, edge) for edge in edges]


#: Values of each field of a node, the usual ones and hostile ones.
NODE_FIELDS = {
    "id": IDS,
    "label": st.one_of(st.text(max_size=6), st.sampled_from(["", "  ", "x" * 201, "\ud83d",
                                                             "caf\u00e9", None, 5])),
    "kind": st.sampled_from(["factor", "actor", "restriction", "Factor", "", None]),
    "group": st.one_of(st.text(max_size=4), st.sampled_from(["x" * 201, None, ("g",)])),
    "initial": NUMBERS,
    "description": st.one_of(st.text(max_size=4), st.sampled_from(["x" * 20_001, 1.5])),
    "sources": FIELDS["sources"],
    "position": st.one_of(st.tuples(NUMBERS, NUMBERS),
                          st.sampled_from([(1.0,), (1.0, 2.0, 3.0), [1.0, 2.0], None,
                                           (1e9, 0.0), (True, 0.0)])),
    "tags": st.one_of(st.tuples(), st.tuples(st.text(max_size=3)),
                      st.sampled_from([["t"], "t", ("",)])),
    "lever": st.sampled_from([False, True, 0, 1, None, "yes"]),
    "translations": FIELDS["translations"],
}
USUAL_NODE = {"id": st.sampled_from(["a", "b", "n-1"]),
              "label": st.text(alphabet="ab \u00e9\u4e2d", min_size=1,
                               max_size=5).filter(str.strip),
              "kind": st.just("factor"), "group": st.just(""), "initial": st.just(0.0),
              "description": st.just(""), "sources": st.just(()),
              "position": st.tuples(st.floats(-500, 500), st.floats(-500, 500)),
              "tags": st.just(()), "lever": st.just(False),
              "translations": st.just(NO_TRANSLATIONS)}


@st.composite
def node_lists(draw):
    """Some nodes, each field of each of a usual value or (now and then) any value."""
    count = draw(st.integers(min_value=1, max_value=5))
    return [Node(**{name: draw(USUAL_NODE[name] if draw(st.integers(0, 9)) else values)
                    for name, values in NODE_FIELDS.items()}) for _ in range(count)]


@settings(max_examples=examples(300), deadline=None)
@given(nodes=node_lists())
def test_nodes_found_sound_field_by_field_have_no_problems(nodes):
    """sound_nodes is never wrong when it says yes (the model then skips each node's own
    checks), and says yes to nodes of usual values, so that an import's nodes are
    checked a field at a time."""
    problems = [node.problems() for node in nodes]
    if sound_nodes(nodes):
        assert not any(problems), problems
    usual = all(all(getattr(node, name) == getattr(Node("a", "A"), name)
                    for name in NODE_FIELDS if name not in ("id", "label", "position"))
                and type(node.initial) is float and type(node.lever) is bool
                and node.translations is NO_TRANSLATIONS for node in nodes)
    if usual and not any(problems):
        assert sound_nodes(nodes)


def test_nodes_a_model_takes_field_by_field_give_the_problems_node_by_node():
    """A node with a problem leaves every node to its own checks: the model names the
    problem at its place, as it always did."""
    nodes = [Node("a", "A"), Node("b", "B", initial=2.0), Node("c", " ")]
    assert sound_nodes(nodes[:1]) and not sound_nodes(nodes)
    try:
        Model.from_elements(nodes=nodes)
    except ModelError as exc:
        assert [p.location for p in exc.problems] == ["nodes[1].initial", "nodes[2].label"]
    else:
        raise AssertionError("the model took nodes with problems")
    assert Model.from_elements(nodes=nodes[:1]).nodes == (nodes[0],)
    twins = [Node("a", "A"), Node("a", "B"), Node("c", "C", sources=("s9",)),
             Node("d", "D", sources=("s1",))]
    assert sound_nodes(twins)          # sound each, yet the model refuses two of them
    with pytest.raises(ModelError) as refused:
        Model.from_elements(sources=[Source("s1", "S")], nodes=twins)
    assert [p.location for p in refused.value.problems] == ["nodes[1]", "nodes[2].sources[0]"]
    model = Model.from_elements(sources=[Source("s1", "S")], nodes=twins[::3])
    assert model.nodes == (twins[0], twins[3]) and model.node("d") is twins[3]


def test_moved_nodes_equal_the_nodes_replaced_and_leave_the_originals():
    nodes = [Node("a", "A", group="G", tags=("t",)), Node("b", "B", initial=0.5)]
    at = {"a": (10.5, -3.0), "b": (0.0, 7.25)}
    out = moved(nodes, at)
    assert out == [replace(n, position=at[n.id]) for n in nodes]
    assert [n.position for n in nodes] == [(0.0, 0.0), (0.0, 0.0)]
    assert hash(out[0]) == hash(replace(nodes[0], position=at["a"]))


def test_a_new_node_is_the_node_its_constructor_makes():
    for node_id, label in (("a", "A"), ("n-2", "  Tax \u7a0e ")):
        made, reference = new_node(node_id, label), Node(node_id, label)
        assert made == reference and hash(made) == hash(reference)
        assert list(vars(made).items()) == list(vars(reference).items())
    with pytest.raises(FrozenInstanceError):
        new_node("a", "A").label = "B"


def test_edges_and_nodes_hold_only_their_fields_so_building_them_without_a_constructor_is_sound():
    """trusted_edges fills an edge's slots and moved a node's __dict__ instead of calling
    the constructor: right only while Edge and Node are plain dataclasses whose
    constructor does nothing but store the fields (no __post_init__, no derived state),
    an edge's fields its only slots and a node's its only attributes."""
    for cls in (Edge, Node):
        assert not hasattr(cls, "__post_init__"), cls
    edge, node = Edge("a", "b", 0.5), Node("a", "A")
    assert Edge.__slots__ == EDGE_FIELDS and not hasattr(edge, "__dict__")
    assert "__slots__" not in vars(Node)
    assert set(vars(node)) == {f for f in Node.__dataclass_fields__}


def test_an_edge_in_slots_copies_pickles_and_replaces_as_a_value():
    import copy
    import pickle

    edge = Edge("a", "b", 0.5, delay=2, rationale="r", sources=("s1",),
                translations=Translations.from_dict({"ja": {"rationale": "x"}}))
    for twin in (copy.copy(edge), copy.deepcopy(edge), pickle.loads(pickle.dumps(edge))):
        assert twin == edge and hash(twin) == hash(edge) and twin is not edge
    assert replace(edge, weight=-0.25) == Edge("a", "b", -0.25, delay=2, rationale="r",
                                               sources=("s1",),
                                               translations=edge.translations)
