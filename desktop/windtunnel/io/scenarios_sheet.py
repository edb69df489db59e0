"""The Scenarios sheet of a table import, with its Interventions and Overrides sheets
(one row each, joined to their scenario by its id).

An intervention's node and an override's From and To (an objective's node too,
:func:`~windtunnel.io.columns.read_simple`) name a node as the edges may: by its id, or
by its label (:class:`~windtunnel.io.nodes_sheet.NodeResolver`'s rules, none
created), so that a workbook without a Nodes sheet, whose nodes the edges made, names
them as its Edges sheet does rather than by the ids the import made up.
"""

from __future__ import annotations

from dataclasses import replace

from ..language import translate
from ..model import Intervention, Scenario, WeightOverride
from .columns import read_rows_as
from .merged import empty_message
from .node_resolver import NodeResolver
from .rows import Reader, checked, clean, find_sheet, header_of, owner_of
from .tables import Table

__all__ = ["read_scenarios"]


#: The fields of each part of a scenario that name a node.
_NODE_FIELDS = {"Interventions": ("node",), "Overrides": ("source", "target")}


def read_scenarios(tables: dict[str, Table], reader: Reader,
                   resolve: NodeResolver) -> list[Scenario]:
    """The scenarios of the sheets; ``resolve`` finds the nodes their rows name (the
    model's nodes, those the edges made included)."""
    table = find_sheet(tables, "Scenarios")
    scenarios, columns = read_rows_as(table, "Scenarios", reader, ("id", "label"))
    built: dict[str, Scenario] = {}
    rows_of: dict[str, int] = {}
    for data in scenarios:
        if data["id"] in built:
            reader.problem(table, data["_row"], header_of(table, columns, "id"), translate(
                "scenarios_sheet", "a second scenario {id!r} (the first is on row "
                                   "{row})").format(id=data["id"], row=rows_of[data["id"]]))
            continue
        scenario = checked(Scenario(**(clean(data, Scenario) | {
            "id": data["id"], "label": data["label"]})), table, data["_row"], "Scenarios",
            columns, reader)
        if scenario is not None:
            built[data["id"]] = scenario
            rows_of[data["id"]] = data["_row"]
    for sheet, cls, attr in (("Interventions", Intervention, "interventions"),
                             ("Overrides", WeightOverride, "overrides")):
        part = find_sheet(tables, sheet)
        needed = (("scenario", "node") if cls is Intervention
                  else ("scenario", "source", "target", "weight"))
        rows, columns = read_rows_as(part, sheet, reader, needed)
        for data in rows:
            owner = owner_of(data, "scenario", built, rows_of, _not_listed, part, columns,
                             reader)
            if owner is None:
                continue
            if cls is WeightOverride and data.get("weight") is None:
                reader.problem(part, data["_row"], header_of(part, columns, "weight"),
                               empty_message(part, data["_row"], columns["weight"],
                                             translate("scenarios_sheet", "is empty")))
                continue
            if not resolve.name_nodes(data, _NODE_FIELDS[sheet], part, data["_row"], columns,
                                      reader):
                continue
            item = checked(cls(**(clean(data, cls) | {k: data[k] for k in needed[1:]})),
                            part, data["_row"], sheet, columns, reader)
            if item is None:
                continue
            index = len(getattr(owner, attr))
            reader.origin[("Scenarios", list(built).index(owner.id), attr, index)] = (
                part, data["_row"])
            built[owner.id] = replace(owner, **{attr: getattr(owner, attr) + (item,)})
    for i, scenario_id in enumerate(built):
        reader.origin[("Scenarios", i)] = (table, rows_of[scenario_id])
    return list(built.values())


def _not_listed(scenario: str) -> str:
    return translate("scenarios_sheet", "{scenario!r} is not a scenario on the Scenarios "
                                        "sheet").format(scenario=scenario)
