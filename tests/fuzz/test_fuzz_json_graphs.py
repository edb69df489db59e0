"""Fuzzing the JSON graph formats and the direction every graph format writes.

Kumu blueprints, graphology's export, networkx's node-link JSON and FCMpy's expert ratings
of any shape (nulls, nested values, numbers past a double, texts for numbers and for
booleans) are each imported or refused with a located LoadError, as ``check_one`` checks.
And a property of meaning: however GraphML, GEXF and graphology spell an edge's direction
(``directed="0"``, ``type="Mutual"``, GEXF 1.0's ``dou``, ``"undirected": true`` in a mixed
graph), an accepted file's edges are exactly those an independent reading of the spelling
gives, each way for an undirected edge; a spelling that is neither is refused, never read
as directed.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from windtunnel.errors import LoadError
from windtunnel.io import import_model

from .conftest import FUZZ_LONG, FUZZ_SHORT, long_run
from .test_fuzz_imports import check_one

#: JSON values that have broken readers: nulls, nesting, numbers past a double, texts.
ODD = ["null", "true", "false", "[]", "{}", "[[[[1]]]]", '{"a": {"b": null}}', "1e999",
       "-1e999", "5e-324", "-0.0", "1" * 400, '"NaN"', '"inf"', '"0.5"', '"\\u0000"',
       '"\\ud83d"', '"\\u202e"', '""', '" "', '"x"', '"yes"', '"Undirected"', '"mutual"']
NAMES = ['"A"', '"B"', '"C"', '"a"', "1", "2.5", '"A "', '"Caf\\u00e9"', '"Cafe\\u0301"']
value = st.one_of(st.sampled_from(ODD), st.sampled_from(NAMES),
                  st.sampled_from(["0.5", "-0.3", "1", "0"]))


def _object(draw, keys: list[str]) -> str:
    """A JSON object holding some of ``keys``, each with a drawn value."""
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))
    return "{" + ", ".join(f'"{k}": {draw(value)}' for k in chosen) + "}"


def _objects(draw, keys: list[str], least: int = 0, most: int = 4) -> str:
    """A JSON list of ``least`` to ``most`` such objects."""
    count = draw(st.integers(least, most))
    return "[" + ", ".join(_object(draw, keys) for _ in range(count)) + "]"


@st.composite
def kumu_files(draw):
    elements = _objects(draw, ["label", "id", "_id", "type", "description", "tags"])
    connections = _objects(draw, ["from", "to", "type", "direction", "strength", "weight",
                                  "delayed", "reversed"])
    text = f'{{"elements": {elements}, "connections": {connections}}}'
    return "map.kumu.json", text.encode("utf-8", "surrogatepass")


@st.composite
def graphology_files(draw):
    nodes = [f'{{"key": {draw(value)}, "attributes": '
             f'{_object(draw, ["label", "x", "y", "size"])}}}'
             for _ in range(draw(st.integers(0, 4)))]
    edges = [f'{{"source": {draw(value)}, "target": {draw(value)}, "undirected": '
             f'{draw(value)}, "attributes": {_object(draw, ["weight", "label"])}}}'
             for _ in range(draw(st.integers(0, 4)))]
    text = (f'{{"options": {{"type": {draw(value)}}}, "nodes": [{", ".join(nodes)}], '
            f'"edges": [{", ".join(edges)}]}}')
    return "map.graphology.json", text.encode("utf-8", "surrogatepass")


@st.composite
def node_link_files(draw):
    nodes = _objects(draw, ["id", "label", "name", "x", "y"], least=1)
    links = _objects(draw, ["source", "target", "weight", "value"])
    text = (f'{{"directed": {draw(value)}, "multigraph": false, "graph": {{}}, '
            f'"nodes": {nodes}, "links": {links}}}')
    return "map.json", text.encode("utf-8", "surrogatepass")


@st.composite
def ratings_files(draw):
    entries = _objects(draw, ["from", "to", "-VH", "-H", "-M", "-L", "VL", "+L", "+M", "+H",
                              "+VH", "na"], most=3)
    text = f'{{"Expert_1": {entries}, "Expert_2": {draw(value)}}}'
    return "map.ratings.json", text.encode("utf-8", "surrogatepass")


inputs = st.one_of(kumu_files(), graphology_files(), node_link_files(), ratings_files())


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_json_graphs_import_or_are_refused_with_a_place(case):
    check_one(*case)


@pytest.mark.slow
@long_run
@settings(max_examples=FUZZ_LONG, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_json_graphs_import_or_are_refused_with_a_place_long(case):
    check_one(*case)


# -- direction: what each spelling means, read independently -----------------------------

#: Spellings of a GraphML edge's ``directed`` and a graph's ``edgedefault``, a GEXF edge's
#: ``type`` and a graph's ``defaultedgetype``, a graphology graph's ``type``: whether each
#: means undirected (None: no such direction, to be refused).
GRAPHML_DIRECTED = {"true": False, "1": False, "TRUE": False, "false": True, "0": True,
                    " False ": True, "no": None, "maybe": None}
GRAPHML_DEFAULTS = {"directed": False, "undirected": True, "Directed": False,
                    "UNDIRECTED": True, "both": None}
GEXF_TYPES = {"directed": False, "undirected": True, "mutual": True, "Mutual": True,
              "dir": False, "sim": True, "simple": True, "dou": True, "DOUBLE": True,
              "directd": None, "bidirectional": None}
GRAPHOLOGY_TYPES = {"mixed": False, "directed": False, "undirected": True,
                    "Undirected": True, "both": None}

#: Three edges on distinct pairs that no edge's reverse repeats.
PAIRS = [("a", "b", 0.5), ("b", "c", -0.25), ("c", "d", 0.75)]


@st.composite
def directions(draw):
    """(format, file bytes, per edge whether it is undirected or None for a spelling that
    must be refused)."""
    fmt = draw(st.sampled_from(["graphml", "gexf", "graphology"]))
    if fmt == "graphml":
        default = draw(st.sampled_from(sorted(GRAPHML_DEFAULTS)))
        spelled = [draw(st.one_of(st.none(), st.sampled_from(sorted(GRAPHML_DIRECTED))))
                   for _ in PAIRS]
        meant = [GRAPHML_DIRECTED[s] if s is not None else GRAPHML_DEFAULTS[default]
                 for s in spelled]
        if GRAPHML_DEFAULTS[default] is None:
            meant = [None] * len(PAIRS)
        edges = "".join(f'<edge source="{u}" target="{w}"'
                        + (f' directed="{s}"' if s is not None else "")
                        + f'><data key="w">{x}</data></edge>'
                        for (u, w, x), s in zip(PAIRS, spelled))
        text = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" '
                'for="edge" attr.name="weight" attr.type="double"/>'
                f'<graph edgedefault="{default}">{edges}</graph></graphml>')
        return "map.graphml", text.encode(), meant
    if fmt == "gexf":
        default = draw(st.sampled_from(sorted(GEXF_TYPES)))
        spelled = [draw(st.one_of(st.none(), st.sampled_from(sorted(GEXF_TYPES))))
                   for _ in PAIRS]
        meant = [GEXF_TYPES[s] if s is not None else GEXF_TYPES[default] for s in spelled]
        if GEXF_TYPES[default] is None:
            meant = [None] * len(PAIRS)
        nodes = "".join(f'<node id="{n}"/>' for n in "abcd")
        edges = "".join(f'<edge source="{u}" target="{w}" weight="{x}"'
                        + (f' type="{s}"' if s is not None else "") + "/>"
                        for (u, w, x), s in zip(PAIRS, spelled))
        text = (f'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype='
                f'"{default}"><nodes>{nodes}</nodes><edges>{edges}</edges></graph></gexf>')
        return "map.gexf", text.encode(), meant
    kind = draw(st.one_of(st.none(), st.sampled_from(sorted(GRAPHOLOGY_TYPES))))
    flags = [draw(st.sampled_from([None, True, False, "yes"])) for _ in PAIRS]
    graph_undirected = GRAPHOLOGY_TYPES[kind] if kind is not None else False
    meant = [None if graph_undirected is None or flag == "yes" else
             graph_undirected or flag is True for flag in flags]
    raw = {"nodes": [{"key": n} for n in "abcd"],
           "edges": [{"source": u, "target": w, "attributes": {"weight": x},
                      **({} if flag is None else {"undirected": flag})}
                     for (u, w, x), flag in zip(PAIRS, flags)]}
    if kind is not None:
        raw["options"] = {"type": kind}
    return "map.graphology.json", json.dumps(raw).encode(), meant


def _expected_edges(meant: list[bool]) -> dict[tuple[str, str], float]:
    edges = {}
    for (u, w, x), undirected in zip(PAIRS, meant):
        edges[(u, w)] = x
        if undirected:
            edges[(w, u)] = x
    return edges


@settings(max_examples=FUZZ_SHORT, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.too_slow])
@given(directions())
def test_every_spelling_of_a_direction_is_read_as_it_means_or_refused(tmp_path_factory, case):
    name, data, meant = case
    path = tmp_path_factory.mktemp("direction") / name
    path.write_bytes(data)
    if None in meant:
        with pytest.raises(LoadError) as refused:
            import_model(path, undirected="both")
        assert str(refused.value).startswith(name + ": ")
        return
    model = import_model(path, undirected="both").model
    label = {n.id: n.label for n in model.nodes}
    assert {(label[e.source], label[e.target]): e.weight for e in model.edges} == \
        _expected_edges(meant)
