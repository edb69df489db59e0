"""NodeXL's workbooks, read as Nodes and Edges sheets.

NodeXL (the Excel template for network analysis) keeps a graph in an ``Edges`` sheet
(``Vertex 1``, ``Vertex 2``, then columns for the edge's looks, label and metrics) and a
``Vertices`` sheet (``Vertex``, ``Label``, ``X``, ``Y``, ...). Each is an Excel table whose
header is the sheet's second row: the first row holds the titles of its bands of columns
("Visual Properties", "Labels", "Graph Metrics"). So:

- the second row is the header, and the rows keep their numbers in the sheet; a table
  whose band row was deleted (its header on the first row) is read alike;
- ``Vertex 1`` and ``Vertex 2`` are From and To and an edge's ``Label`` its rationale;
  ``Vertex`` is the node's ID (the ``Label`` column, often blank, is its label; a blank
  one shows the vertex's name); NodeXL's ``Edge Weight`` column is the weight;
- a vertex's group comes from the ``Group Vertices`` sheet (``Group``, ``Vertex``);
- the graph's directedness, written in the ``Misc`` sheet (``Graph Directedness``), makes
  every edge of an undirected graph an undirected row, which the import's ``undirected``
  choice then reads (:mod:`windtunnel.io.edge_direction`).

NodeXL's graph metrics (:data:`GRAPH_METRICS`: Degree, Betweenness Centrality, ...) are
not kept, and the note names them as such: they describe the graph NodeXL computed them
on, and the analysis's Structure tab computes the map's own. NodeXL's looks (colour,
width, shape, visibility) are not kept either: the table reader notes them as ignored
columns.
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from . import values as v
from .cells import cell_text
from .tables import Table

__all__ = ["is_nodexl", "nodexl_tables", "NODEXL_SHEETS", "GRAPH_METRICS"]

#: NodeXL's sheets an import reads besides Edges and Vertices (normalised names).
NODEXL_SHEETS = ("group vertices", "misc")

#: NodeXL's own ``ID`` column (a row number it keeps) is not a Windtunnel id: renamed so
#: that it is noted as ignored.
_EDGE_HEADERS = {"vertex 1": "From", "vertex 2": "To", "label": "Rationale", "id": "NodeXL ID"}
_VERTEX_HEADERS = {"vertex": "ID", "id": "NodeXL ID"}
#: The columns NodeXL's Graph Metrics command writes (normalised headers): the vertices'
#: degrees, centralities, PageRank, clustering coefficient and reciprocation, the edges'
#: reciprocation.
GRAPH_METRICS = frozenset({
    "degree", "in-degree", "out-degree", "betweenness centrality", "closeness centrality",
    "eigenvector centrality", "pagerank", "clustering coefficient",
    "reciprocated vertex pair ratio", "reciprocated?"})


def _sheet(tables: dict[str, Table], name: str) -> Table | None:
    return next((t for k, t in tables.items() if v.normal_header(k) == name), None)


def _header_row(table: Table | None, first: list[str]) -> int | None:
    """Which row of the table holds NodeXL's headers ``first``: 2 (below NodeXL's band
    row), 1 (the band row deleted), or None (not NodeXL's table)."""
    if table is None:
        return None
    if [v.normal_header(c) for c in table.header[:len(first)]] == first:
        return 1
    if table.rows and [v.normal_header(c) for c in table.rows[0][:len(first)]] == first:
        return 2
    return None


def is_nodexl(tables: dict[str, Table]) -> bool:
    """Whether the workbook is NodeXL's: an Edges sheet whose second row (or, its band
    row deleted, its first) starts ``Vertex 1``, ``Vertex 2``."""
    return _header_row(_sheet(tables, "edges"), ["vertex 1", "vertex 2"]) is not None


def nodexl_tables(tables: dict[str, Table]) -> tuple[dict[str, Table], list[Problem]]:
    """Nodes and Edges tables in Windtunnel's layout, and the note on what was read."""
    edges_sheet = _sheet(tables, "edges")
    banded = _header_row(edges_sheet, ["vertex 1", "vertex 2"]) == 2
    edges = _reheaded(edges_sheet, _EDGE_HEADERS, banded)
    out = {"Edges": edges}
    vertices = _sheet(tables, "vertices")
    if at := _header_row(vertices, ["vertex"]):
        out["Nodes"] = _reheaded(vertices, _VERTEX_HEADERS, at == 2)
        _add_groups(out["Nodes"], _sheet(tables, "group vertices"))
    directedness = _directedness(_sheet(tables, "misc"))
    if directedness == "undirected":
        _undirected(edges)
    if banded:
        workbook = translate("nodexl", "a NodeXL workbook: its Edges and Vertices tables "
                                       "were read from their second rows (the first holds "
                                       "NodeXL's bands of columns)")
    else:
        workbook = translate("nodexl", "a NodeXL workbook, its tables' headers on their "
                                       "first rows (NodeXL's bands of columns deleted)")
    if directedness == "undirected":
        graph = translate("nodexl", "the graph is undirected")
    elif directedness == "directed":
        graph = translate("nodexl", "the graph is directed")
    else:
        graph = translate("nodexl", "it does not say whether the graph is directed: read "
                                    "as directed")
    said = translate("nodexl", "{workbook}; {graph}").format(workbook=workbook, graph=graph)
    notes = [Problem(edges.where(), said)]
    notes += [note for table in out.values() if (note := _without_metrics(table))]
    return out, notes


def _without_metrics(table: Table) -> Problem | None:
    """Take NodeXL's graph metrics out of the table; the note naming them as not kept (the
    Structure tab computes the map's own), or None when it has none."""
    kept = [i for i, h in enumerate(table.header) if v.normal_header(h) not in GRAPH_METRICS]
    if len(kept) == len(table.header):
        return None
    names = ", ".join(repr(h) for i, h in enumerate(table.header) if i not in kept)
    table.header = [table.header[i] for i in kept]
    table.rows = [[row[i] for i in kept if i < len(row)] for row in table.rows]
    return Problem(table.where(), translate("nodexl", "NodeXL's graph metrics {names} were "
                                                     "not kept (the Structure tab computes "
                                                     "the map's own)").format(names=names))


def _undirected(edges: Table) -> None:
    """Mark the edges of an undirected graph undirected: in a Direction column of their
    own, or, where the user added one, in its blank cells (a row the user marked keeps
    its word: a second Direction column would have hidden the graph's undirectedness)."""
    at = next((i for i, h in enumerate(edges.header) if v.normal_header(h) == "direction"),
              None)
    if at is None:
        edges.header.append("Direction")
        at = len(edges.header) - 1
    for row in edges.rows:
        row.extend([None] * (at + 1 - len(row)))
        if v.is_blank(row[at]):
            row[at] = "undirected"


def _reheaded(table: Table, headers: dict[str, str], below_bands: bool) -> Table:
    """The table with NodeXL's header row as its header (its first data row when it is
    ``below_bands``, else its own header: the band row was deleted), NodeXL's names
    renamed."""
    row = table.rows[0] if below_bands else table.header
    header = [headers.get(v.normal_header(h), h) for h in (cell_text(c).strip() for c in row)]
    skip = 1 if below_bands else 0
    return Table(name=table.name, header=header, rows=[list(r) for r in table.rows[skip:]],
                 numbers=list(table.numbers[skip:]),
                 header_row=table.numbers[0] if below_bands else table.header_row,
                 csv=table.csv, source=table.source)


def _add_groups(nodes: Table, members: Table | None) -> None:
    """A Group column from NodeXL's Group Vertices sheet (``Group``, ``Vertex``), unless
    the Vertices table has one."""
    if members is None or any(v.normal_header(h) == "group" for h in nodes.header):
        return
    names = [v.normal_header(h) for h in members.header]
    if "group" not in names or "vertex" not in names:
        return
    at_group, at_vertex = names.index("group"), names.index("vertex")
    group_of = {cell_text(row[at_vertex]).strip(): cell_text(row[at_group]).strip()
                for row in members.rows
                if max(at_group, at_vertex) < len(row) and row[at_vertex] is not None
                and row[at_group] is not None}
    if not group_of:
        return
    at_id = nodes.header.index("ID")
    nodes.header.append("Group")
    for row in nodes.rows:
        name = cell_text(row[at_id]).strip() if at_id < len(row) else ""
        row.extend([None] * (len(nodes.header) - 1 - len(row)) + [group_of.get(name)])


def _directedness(misc: Table | None) -> str | None:
    """``directed`` or ``undirected``, as the Misc sheet's ``Graph Directedness`` cell's
    right-hand neighbour says; None when the workbook does not say."""
    if misc is None:
        return None
    for row in [misc.header, *misc.rows]:
        for at, cell in enumerate(row[:-1]):
            if v.normal_header(cell) == "graph directedness":
                word = v.normal_header(row[at + 1])
                return word if word in ("directed", "undirected") else None
    return None
