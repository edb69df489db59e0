"""GraphML in and out (Gephi, yEd, Cytoscape, networkx), through networkx.

Import: the XML is first made safe and tidy (:mod:`windtunnel.io.graphml_xml`: DTDs
forbidden, undirected edges and yEd groups marked, key ids made distinct), then read by
networkx, whose yEd support yields node labels and positions.

The graph's node and edge attributes are then read by the same forgiving rules as
spreadsheet columns (:mod:`windtunnel.io.tabular`): ``label``/``name``, ``kind``/``type``,
``group``, ``initial``, ``x``/``y``, ``description``; ``weight``, ``delay``, ``confidence``,
``low``/``high``, ``rationale``, ``sign``/``type``. On top of those:

- node ids that are not valid Windtunnel ids (Gephi's ``George Keith``, yEd's ``n0::n1``)
  are replaced by ids made from the label, and the label keeps the original text;
- Gephi's partition or modularity class becomes the group when there is no group (the
  table rules' :func:`~windtunnel.io.nodes_sheet.partition_as_group`, which Gephi's Nodes
  table follows too);
- a node attribute with a generic name (``value``, ``level``, ``state``) is the initial
  level only when every value is a number from -1 to 1, and the note says which way it
  was read (:mod:`windtunnel.io.graph_levels`);
- a yEd edge label that reads as a weight (``0.5``, ``-0.3``, ``M+``) is taken as the weight
  when the edge has no weight attribute;
- parallel edges are merged (what tells each apart, and its weight, kept as a line of the
  merged edge's rationale: :mod:`windtunnel.io.parallel_edges`; a sum past [-1, 1] held
  at the bound, with a note) and weights outside [-1, 1] rescaled or refused, as in tables,
  and undirected edges read as the ``undirected`` choice says, asked (or refused) only
  once no row was refused;
  self-loops are skipped with a note.

Export writes a directed graph with every node and edge field as a typed attribute and the
model's title as a graph attribute, so that Gephi, yEd and Cytoscape show labels and
weights, and the file reads back as the same nodes and edges. Translations of the model's
text are attributes named ``field@tag`` (``label@ja``, ``rationale@zh-HK``; a node's
``group@ja`` is its group's name, which the model holds once per group): other tools show
them as more columns, and the import reads them back as translations.
"""

from __future__ import annotations

import io

import networkx as nx

from ..errors import LoadError, Problem
from ..language import translate
from ..model import Model, is_valid_id
from . import values as v
from .cells import xml_text
from .gexf import changing_attributes
from .graph_levels import settle_generic_levels
from .graphml_xml import (GROUP, GROUP_NODES, HYPEREDGES, IMPLICIT_NODES, UNDECLARED_KEYS,
                          UNDIRECTED, edge_place)
from .importing import ChoiceNeeded, Imported, ImportOptions, ask_undirected
from .naming import bounded, node_name, short_name
from .sheets import SHEETS
from .nodes_sheet import renamed_ids_note
from .parallel_edges import describe_parallel
from .tables import Table
from .tabular import tables_to_model
from .translations_sheet import TRANSLATION_HEADER

__all__ = ["graph_to_model", "model_to_graph", "graphml_bytes"]

_NODE_SKIP = {"shape_type", "id", GROUP}
_EDGE_SKIP = {"id", "key", UNDIRECTED}


def graph_to_model(graph: nx.Graph, *, title: str = "Imported graph",
                   options: ImportOptions | None = None, format: str = "graphml",
                   notes: tuple[Problem, ...] = ()) -> Imported:
    """Build a model from a networkx graph's nodes, edges and attributes; ``notes`` are the
    reader's own, said first."""
    options = options or ImportOptions()
    notes = list(notes)
    groups = graph.graph.get(GROUP_NODES, set())
    linked = {n for edge in graph.edges() for n in edge}
    dropped = [n for n in graph.nodes if str(n) in groups and n not in linked]
    node_ids = _valid_ids(graph, notes)
    rows, translations, node_names = [], [], []
    for n, data in graph.nodes(data=True):
        if n in dropped:
            continue
        node_names.append(node_name(str(n), v.text(data.get("label") or "").strip()))
        row = {"id": node_ids[n], **{k: val for k, val in data.items() if k not in _NODE_SKIP}}
        for key in [k for k in row if _is_translation(k)]:
            name, tag = _translation(key)
            if name == "group":     # the group's name: the model's, once per group
                group_row = ["group", data.get("group"), None, None, "name", tag, row.pop(key)]
                if group_row not in translations:
                    translations.append(group_row)
                continue
            translations.append(["node", node_ids[n], None, None, name, tag, row.pop(key)])
        if node_ids[n] != str(n) and v.is_blank(row.get("label")) and v.is_blank(
                row.get("name")):
            row["label"] = str(n)
        if data.get(GROUP) and v.is_blank(row.get("group")):
            row["group"] = data[GROUP]
        rows.append(row)
    if dropped:
        notes.append(Problem("", translate("graphml", "{count} node{s} holding other nodes "
                                                      "(a yEd group, a GEXF node with nodes "
                                                      "inside) became the group of the nodes "
                                                      "inside, not nodes of the map").format(
                                     count=len(dropped), s='s' if len(dropped) != 1 else '')))
    notes.extend(settle_generic_levels(rows, node_names))
    nodes = _attribute_table("nodes", "node", rows, ["id"], node_names)
    edge_rows, edge_places, loops, both = [], [], [], 0
    for u, w, key, data in graph.edges(keys=True, data=True):
        if u == w:
            loops.append(node_name(str(u), v.text(graph.nodes[u].get("label") or "").strip()))
            continue
        place = edge_place(str(u), str(w), key if isinstance(key, str) else data.get("id"))
        row = {"from": node_ids[u], "to": node_ids[w],
               **{k: val for k, val in data.items() if k not in _EDGE_SKIP}}
        for key in [k for k in row if _is_translation(k)]:
            translations.append(["edge", None, node_ids[u], node_ids[w], *_translation(key),
                                 row.pop(key)])
        if "weight" not in row and _reads_as_weight(row.get("label")):
            row["weight"] = row.pop("label")
        edge_rows.append(row)
        edge_places.append(place)
        if data.get(UNDIRECTED) and options.undirected == "both":
            edge_rows.append(row | {"from": row["to"], "to": row["from"]})
            edge_places.append(place)
            both += 1
    rationale = _labels_into_rationale(edge_rows)
    parallels = describe_parallel(edge_rows, rationale)
    undirected = sum(1 for *_e, d in graph.edges(data=True) if d.get(UNDIRECTED))
    if undirected and options.undirected == "both":
        notes.append(Problem("", translate("graphml", "{undirected} undirected "
                                                      "edge{s} became an edge each "
                                                      "way").format(
                                     undirected=undirected, s='s' if undirected != 1 else '')))
    elif undirected:
        notes.append(Problem("", translate("graphml", "{undirected} undirected "
                                                      "edge{s} were read one way, "
                                                      "from the first node the file names to "
                                                      "the second").format(
                                     undirected=undirected, s='s' if undirected != 1 else '')))
    if loops:
        notes.append(Problem("", translate("graphml", "skipped {loops} self-loop{s}, an edge "
                                                      "from a node to itself: {nodes}").format(
                                     loops=len(loops), s='s' if len(loops) != 1 else '',
                                     nodes=", ".join(dict.fromkeys(loops[:5]))
                                     + (", ..." if len(loops) > 5 else ""))))
    implicit = graph.graph.get(IMPLICIT_NODES, [])
    if implicit:
        notes.append(Problem("", translate("graphml", "{count} node{s} named by edges "
                                                      "had no <node> element and were added: "
                                                      "{i}{implicit2}").format(
                                     count=len(implicit), s='s' if len(implicit) != 1 else '', i=", ".join(repr(i[:40]) for i in implicit[:5]), implicit2=", ..." if len(implicit) > 5 else "")))
    undeclared = graph.graph.get(UNDECLARED_KEYS, [])
    if undeclared:
        notes.append(Problem("", translate(
            "graphml", "read {count} attribute{s} that no <key> element declares, or "
                       "declares with a type GraphML does not define, as text: {keys}").format(
            count=len(undeclared), s="s" if len(undeclared) != 1 else "", keys=bounded([repr(short_name(key)) for key in undeclared],
                                                6))))
    hyperedges = graph.graph.get(HYPEREDGES, [])
    if hyperedges:
        notes.append(Problem("", translate(
            "graphml", "left out {count} hyperedge{s} (a <hyperedge> joins several nodes at "
                       "once; the first joins {first}): an edge of a map runs from one node "
                       "to another, so draw the influences a hyperedge stands for as edges "
                       "between its nodes").format(
            count=len(hyperedges), s="s" if len(hyperedges) != 1 else "",
            first=bounded([repr(short_name(end)) for end in hyperedges[0]], 6))))
    edges = _attribute_table("edges", "edge", edge_rows, ["from", "to"], edge_places)
    nodes.changing = changing_attributes(graph, "node")
    edges.changing = changing_attributes(graph, "edge")
    edges.distinct_parallels = parallels.rows
    edges.parallel_columns = parallels.keys
    name = v.text(graph.graph.get("title") or graph.graph.get("name") or "").strip() or title
    tables = {"Nodes": nodes, "Edges": edges}
    if translations:
        tables["Translations"] = _translation_table(translations)
    try:
        imported = tables_to_model(tables, title=name[:300], format=format, options=options)
    except ChoiceNeeded:
        ask_undirected(undirected, options)    # the graph's question, then the table's
        raise
    except LoadError as exc:    # an undirected edge read both ways is one element of the file
        raise LoadError(list(dict.fromkeys(exc.problems))) from None
    ask_undirected(undirected, options)        # asked once no row was refused
    model = imported.model
    description = v.text(graph.graph.get("description") or "")
    if description:
        model.set_info(description=description[:20_000])
    return Imported(model, tuple(notes) + imported.notes, format)


def _labels_into_rationale(rows: list[dict]) -> str:
    """An edge's label that is no weight says what the edge means: it leads the edge's
    rationale, ahead of any description the file gives the edge (yEd writes both: the
    text on the arrow and the edge's description), in the one attribute the rows use for
    the rationale, so neither is dropped as an attribute of a second rationale column.
    Returns that attribute's name."""
    key = next((k for row in rows for k in row
                if isinstance(k, str) and v.normal_header(k) in _RATIONALE_HEADERS), "rationale")
    for row in rows:
        label = row.pop("label", None)
        if v.is_blank(label):
            continue
        described = row.get(key)
        row[key] = (v.text(label).strip() if v.is_blank(described) else
                    f"{v.text(label).strip()}\n\n{v.text(described).strip()}")
    return key


def _is_translation(key) -> bool:
    """An attribute such as ``label@ja``: a text of the model in another language."""
    return isinstance(key, str) and key.partition("@")[0] in _TRANSLATED and "@" in key


def _translation(key: str) -> tuple[str, str]:
    """``label@ja`` -> (field, tag)."""
    name, _, tag = key.partition("@")
    return name, tag


def _translation_table(rows: list[list]) -> Table:
    table = Table(name="translations", header=list(TRANSLATION_HEADER), csv=True,
                  row_word="translated text", column_word="attribute")
    table.rows = [list(row) for row in rows]
    table.numbers = list(range(1, len(rows) + 1))
    table.header_row = None
    return table


_TRANSLATED = ("label", "description", "rationale", "group")
#: The headers an Edges sheet reads as its Rationale column.
_RATIONALE_HEADERS = frozenset(next(c.aliases for c in SHEETS["Edges"] if c.field == "rationale"))


def _valid_ids(graph: nx.Graph, notes: list[Problem]) -> dict:
    """Node -> a valid Windtunnel id: the file's own where valid, else one made from it."""
    taken = v.TakenIds(str(n) for n in graph.nodes if is_valid_id(str(n)))
    out, changed = {}, []
    for node, data in graph.nodes(data=True):
        text = str(node)
        if is_valid_id(text):
            out[node] = text
            continue
        base = v.text(data.get("label") or "").strip() or text
        out[node] = v.new_id(base, taken)
        taken.add(out[node])
        changed.append(text)
    if changed:
        notes.append(Problem("", renamed_ids_note(changed)))
    return out


def _reads_as_weight(value) -> bool:
    try:
        return value is not None and v.weight(value) is not None
    except v.CellProblem:
        return False


def _attribute_table(name: str, word: str, rows: list[dict], first: list[str],
                     places: list[str]) -> Table:
    """A table whose columns are the union of the items' attributes, ``first`` leading;
    ``places`` says how the file names each row's node or edge (the table's row numbers
    are the reader's own, which the user cannot find in the file)."""
    header = list(first)
    for row in rows:
        header.extend(k for k in row if k not in header)
    table = Table(name=name, header=header, csv=True, row_word=word, column_word="attribute")
    for number, (row, place) in enumerate(zip(rows, places), start=1):
        table.rows.append([row.get(k) for k in header])
        table.numbers.append(number)
        table.places[number] = place
    table.header_row = None
    return table


def model_to_graph(model: Model) -> nx.DiGraph:
    """The model as a directed graph with typed node and edge attributes."""
    graph = nx.DiGraph(title=xml_text(model.title), description=xml_text(model.description))
    for node in model.nodes:
        attrs = {"label": node.label, "kind": node.kind, "group": node.group,
                 "initial": float(node.initial), "lever": node.is_lever,
                 "x": float(node.position[0]), "y": float(node.position[1]),
                 "tags": v.join_tags(node.tags), "sources": ", ".join(node.sources),
                 "description": node.description}
        attrs.update((f"{name}@{tag}", text) for tag, name, text in node.translations.entries)
        attrs.update((f"group@{tag}", text) for tag, group, text in
                     model.group_translations.entries if group == node.group)
        graph.add_node(node.id, **_clean(attrs))
    for edge in model.edges:
        attrs = {"weight": float(edge.weight), "delay": int(edge.delay),
                 "confidence": edge.confidence, "rationale": edge.rationale,
                 "sources": ", ".join(edge.sources),
                 "low": None if edge.low is None else float(edge.low),
                 "high": None if edge.high is None else float(edge.high)}
        attrs.update((f"{name}@{tag}", text) for tag, name, text in edge.translations.entries)
        graph.add_edge(edge.source, edge.target, **_clean(attrs))
    return graph


def _clean(attrs: dict) -> dict:
    """Drop empty values; make text safe for XML."""
    return {k: xml_text(val) if isinstance(val, str) else val
            for k, val in attrs.items() if val is not None and val != ""}


def graphml_bytes(model: Model) -> bytes:
    """The GraphML text of a model, UTF-8. A carriage return in a text (a label written
    ``A\rB``) is written as a character reference: written raw, every XML reader takes it
    for a line feed, and the label would read back changed. The writer's own line breaks
    are line feeds, so every raw one is a text's."""
    out = io.BytesIO()
    nx.write_graphml_xml(model_to_graph(model), out, encoding="utf-8", prettyprint=True)
    return out.getvalue().replace(b"\r", b"&#13;")
