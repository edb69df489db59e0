"""InCognitive's topology workbooks, read as Nodes and Edges sheets.

InCognitive (a fuzzy-cognitive-map simulator) keeps a map in three sheets:
``nodes-order`` (``nodes order`` = the node's id, ``node description`` = its label,
``initial value``, and ``auto weights`` / ``auto lags`` = each node's feedback on itself),
``input-output-nodes`` (which nodes are inputs and outputs) and ``fcm-topology``
(``source node``, ``target node``, ``weight``, ``lag``).

InCognitive counts a lag of 1 as the ordinary next-step influence, where Windtunnel's
delay 0 is that same next step; so **delay = lag - 1** (a lag of 0 also becomes delay 0,
with a note). Input and output nodes are tagged ``input`` / ``output``; the self-feedback
weights are not kept (Windtunnel's inference rule sets each node's memory term) and the
note says so.
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from . import values as v
from .tables import Table

__all__ = ["is_incognitive", "incognitive_tables"]

_NODES, _IO, _TOPOLOGY = "nodes-order", "input-output-nodes", "fcm-topology"
_NODE_HEADERS = {"nodes order": "ID", "node description": "Label", "initial value": "Initial"}
_EDGE_HEADERS = {"source node": "From", "target node": "To", "weight": "Weight", "lag": "Delay"}


def _sheet(tables: dict[str, Table], name: str) -> Table | None:
    return next((t for k, t in tables.items() if v.normal_header(k) == name), None)


def is_incognitive(tables: dict[str, Table]) -> bool:
    """Whether the workbook is InCognitive's (a ``fcm-topology`` sheet with a lag column)."""
    topology = _sheet(tables, _TOPOLOGY)
    return topology is not None and "lag" in {v.normal_header(h) for h in topology.header}


def incognitive_tables(tables: dict[str, Table]) -> tuple[dict[str, Table], list[Problem]]:
    """Nodes and Edges tables in Windtunnel's layout, and the notes on what was changed."""
    notes: list[Problem] = []
    topology = _sheet(tables, _TOPOLOGY)
    out = {"Edges": _renamed(topology, _EDGE_HEADERS)}
    delay = [i for i, h in enumerate(out["Edges"].header) if h == "Delay"][0]
    zero = 0
    for row in out["Edges"].rows:
        if delay < len(row) and not v.is_blank(row[delay]):
            try:
                lag = v.whole(row[delay])
            except v.CellProblem:
                continue  # the edge reader reports the cell
            zero += lag == 0
            row[delay] = max(lag - 1, 0)
    notes.append(Problem(topology.where(None, "lag"), translate("incognitive", "InCognitive's lag 1 is the next step: "
                                                                               "each delay is the lag minus 1")))
    if zero:
        notes.append(Problem(topology.where(None, "lag"), translate("incognitive", "{zero} edge{zero2} lag 0, read as delay "
                                                                                   "0").format(
                                                              zero=zero, zero2='s have' if zero != 1 else ' has')))
    nodes = _sheet(tables, _NODES)
    if nodes is not None:
        out["Nodes"] = _renamed(nodes, _NODE_HEADERS)
        _tag_inputs_outputs(out["Nodes"], _sheet(tables, _IO))
        if any(v.normal_header(h) == "auto weights" for h in nodes.header):
            notes.append(Problem(nodes.where(None, "auto weights"), translate("incognitive", "self-feedback weights are not kept: "
                                                                                             "Windtunnel's inference rule sets each "
                                                                                             "node's memory term")))
    return out, notes


def _renamed(table: Table, headers: dict[str, str]) -> Table:
    header = [headers.get(v.normal_header(h), h) for h in table.header]
    return Table(name=table.name, header=header, rows=[list(r) for r in table.rows],
                 numbers=list(table.numbers), header_row=table.header_row, csv=table.csv,
                 source=table.source)


def _tag_inputs_outputs(nodes: Table, io_sheet: Table | None) -> None:
    if io_sheet is None:
        return
    roles: dict[str, list[str]] = {}
    for row in io_sheet.rows:
        for index, header in enumerate(io_sheet.header):
            word = v.normal_header(header)
            if word in ("input nodes", "output nodes") and index < len(row):
                node = v.text(row[index]).strip()
                if node:
                    roles.setdefault(node, []).append(word.split()[0])
    ids = nodes.header.index("ID") if "ID" in nodes.header else None
    if ids is None or not roles:
        return
    nodes.header.append("Tags")
    for row in nodes.rows:
        node = v.text(row[ids] if ids < len(row) else None).strip()
        row.extend([None] * (len(nodes.header) - 1 - len(row)))
        row.append("; ".join(roles.get(node, [])) or None)
