"""A workbook's sheet of nodes told by its columns when no sheet is named for them.

GFCM's workbooks keep the concepts in ``Matrix_I`` (Concept ID, Concept Name) and the
edges in ``Matrix_W`` (Source, Target): the edges are found by their From and To columns,
but the concepts were not, so every node was made from the edges, named by its id, the
labels lost. When the edges are found and no sheet is named Nodes (or one of its other
names), the one other sheet with an ID and a Label column, some of whose ids or labels the
edges name, is the nodes' sheet, and a note says which sheet was read so. A sheet whose
names no edge uses (a list of participants, of sources) is never taken, nor one named for
another part of a model (an Objectives sheet whose labels name the edges' nodes is still
the objectives).
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from . import values as v
from .rows import SHEET_ALIASES, find_sheet
from .sheets import SHEETS
from .tables import Table

__all__ = ["nodes_by_columns"]

_ALIASES = {field: set(column.aliases) for sheet in ("Nodes", "Edges")
            for column in SHEETS[sheet] for field in [(sheet, column.field)]}
#: The names of the sheets that hold another part of a model than its nodes.
_OTHER_ROLES = {alias for kind, aliases in SHEET_ALIASES.items() if kind != "Nodes"
                for alias in aliases}


def nodes_by_columns(tables: dict[str, Table]) -> tuple[dict[str, Table], Problem | None]:
    """``tables`` with the sheet of nodes found by its columns named ``Nodes``, and the
    note saying so; ``tables`` as they are and None when there is none, or more than one."""
    edges = find_sheet(tables, "Edges")
    if edges is None or find_sheet(tables, "Nodes") is not None:
        return tables, None
    candidates = [name for name, table in tables.items() if table is not edges
                  and v.normal_header(name) not in _OTHER_ROLES
                  and _column(table, ("Nodes", "id")) is not None
                  and _column(table, ("Nodes", "label")) is not None]
    if not candidates:          # a CSV file, a workbook of edges alone: no names to read
        return tables, None
    ends = _names(edges, ("Edges", "source")) | _names(edges, ("Edges", "target"))
    found = [name for name in candidates if ends & (
        _names(tables[name], ("Nodes", "id")) | _names(tables[name], ("Nodes", "label")))]
    if len(found) != 1:
        return tables, None
    (name,) = found
    out = {key: table for key, table in tables.items() if key != name}
    out["Nodes"] = tables[name]
    return out, Problem(translate("locations", "sheet {place}").format(place=name), translate(
        "sheet_roles", "read as the nodes (no sheet is named Nodes): its ID and Label "
                       "columns name the nodes the edges join"))


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
