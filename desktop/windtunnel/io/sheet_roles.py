"""A workbook's sheet of nodes told by its columns when no sheet is named for them.

Kumu reads a workbook's elements from the sheet with a Label column, whatever its name
(a project exported in another language, a sheet renamed ``Map elements``); GFCM's
workbooks keep the concepts in ``Matrix_I`` (Concept ID, Concept Name) and the edges in
``Matrix_W`` (Source, Target). The edges are found by their From and To columns; the
nodes were found only by the sheet's name, so every node was made from the edges, its
type, description and tags lost without a word. When the edges are found and no sheet is
named Nodes (or one of its other names: Elements, Concepts), a sheet with a Label column
(by any of its names: Label, Name, Concept...) that names more than half the nodes the
edges join is the nodes' sheet (a sheet of notes naming a few nodes is not), and a note
says which sheet was read so. When several sheets are such, the ``nodes_sheet`` choice
names the one (:mod:`windtunnel.io.importing`: the app asks, the command line refuses the
file naming them). A sheet whose names no edge uses
(a list of participants, of sources) is never taken, nor one named for another part of a
model (an Objectives sheet whose labels name the edges' nodes is still the objectives).
"""

from __future__ import annotations

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .importing import ASK, AUTO, ChoiceNeeded, ImportOptions
from .naming import bounded
from .rows import SHEET_ALIASES, find_sheet
from .sheets import SHEETS
from .tables import Table

__all__ = ["nodes_by_columns"]

_ALIASES = {field: set(column.aliases) for sheet in ("Nodes", "Edges")
            for column in SHEETS[sheet] for field in [(sheet, column.field)]}
#: The names of the sheets that hold another part of a model than its nodes.
_OTHER_ROLES = {alias for kind, aliases in SHEET_ALIASES.items() if kind != "Nodes"
                for alias in aliases}


def nodes_by_columns(tables: dict[str, Table], options: ImportOptions | None = None
                     ) -> tuple[dict[str, Table], Problem | None]:
    """``tables`` with the sheet of nodes found by its columns named ``Nodes``, and the
    note saying so; ``tables`` as they are and None when there is none. Several such
    sheets: the one ``options.nodes_sheet`` names, else ChoiceNeeded (asking) or a
    LoadError naming them."""
    options = options or ImportOptions()
    choice = options.nodes_sheet
    edges = find_sheet(tables, "Edges")
    if edges is None or find_sheet(tables, "Nodes") is not None:
        return tables, None
    candidates = [name for name, table in tables.items() if table is not edges
                  and v.normal_header(name) not in _OTHER_ROLES
                  and _column(table, ("Nodes", "label")) is not None]
    if not candidates:          # a CSV file, a workbook of edges alone: no names to read
        return tables, None
    ends = _names(edges, ("Edges", "source")) | _names(edges, ("Edges", "target"))
    found = [name for name in candidates if _names_most(tables[name], ends)]
    if not found:
        return tables, None
    if choice in found:
        found = [choice]
    elif choice not in (AUTO, ASK):
        raise LoadError(Problem("", translate(
            "sheet_roles", "the sheet of nodes chosen, {sheet!r}, is no sheet whose Label "
                           "column lists nodes the edges join (those that do: {names})").format(
            sheet=choice, names=bounded([repr(name) for name in found], 5))))
    if len(found) > 1:
        raise _several(found, choice, options.asked)
    (name,) = found
    out = {key: table for key, table in tables.items() if key != name}
    out["Nodes"] = tables[name]
    label = tables[name].header[_column(tables[name], ("Nodes", "label"))]
    return out, Problem(translate("locations", "sheet {place}").format(place=name), translate(
        "sheet_roles", "read as the nodes (no sheet is named Nodes or Elements): its {column} "
                       "column names nodes the edges join").format(
        column=repr(v.text(label).strip())))


def _several(names: list[str], choice: str, asked: bool) -> LoadError:
    """The question, or the refusal, of a workbook whose sheets ``names`` each list nodes
    the edges join, none named Nodes: reading one drops what the others say of them. The
    refusal says what to do in the app (``asked``: the file given at start-up is read with
    the defaults) or on the command line."""
    listed = bounded([repr(name) for name in names], 5)
    place = translate("interchange", "sheets {names}").format(names=listed)
    if choice == ASK:
        return ChoiceNeeded("nodes_sheet", Problem(place, translate(
            "sheet_roles", "each lists nodes the edges join (a Label column), and none is "
                           "named Nodes or Elements")), tuple(names))
    return LoadError(Problem(place, translate(
        "sheet_roles", "each lists nodes the edges join (a Label column), and none is named "
                       "Nodes or Elements: name the sheet of nodes Nodes, or import the file "
                       "again and choose the sheet when Windtunnel asks") if asked else translate(
        "sheet_roles", "each lists nodes the edges join (a Label column), and none is named "
                       "Nodes or Elements: name the sheet of nodes Nodes, or import with "
                       "--nodes-sheet and its name")))


def _names_most(table: Table, ends: set[str]) -> bool:
    """Whether ``table``'s ids or labels name more than half of ``ends``, the names the
    edges use: a list of the map's nodes, not notes on a few of them."""
    named = _names(table, ("Nodes", "id")) | _names(table, ("Nodes", "label"))
    return 2 * len(ends & named) > len(ends)


def _column(table: Table, field: tuple[str, str]) -> int | None:
    """The index of the column headed by one of ``field``'s names, or None."""
    return next((i for i, header in enumerate(table.header)
                 if v.normal_header(header) in _ALIASES[field]), None)


def _names(table: Table, field: tuple[str, str]) -> set[str]:
    """The names a table's column of ``field`` holds (none when it has no such column)."""
    index = _column(table, field)
    if index is None:
        return set()
    return {v.text(row[index]).strip() for row in table.rows
            if index < len(row) and not v.is_blank(row[index])}
