"""A graph file's node attribute with a generic name (``value``, ``level``, ``state``) as
the nodes' initial levels, said either way.

The table rules read such a column as the Initial one, which suits a sheet made for a map.
In a graph file (GEXF, GraphML, graphology, node-link JSON) these names are everyday
attribute names: Gephi's users keep counts, scores and codes in a ``value``, and a
``state`` may be a US state. So a graph's generic attribute is read as the initial levels
only when every value it gives is a number from -1 to 1, with a note that says so (and
how many nodes have none, which start at 0); otherwise it is left out, with a note naming
the first node whose value is no level, rather than refusing a file whose only fault is
an attribute's name. An attribute named as a level (``initial``, ``initial level``) is
read by the table rules, refusals and all.

A node table's ``Value`` or ``State`` column (Gephi's Nodes table export writes a graph's
``value`` attribute so, often a count) is read by the same rule
(:func:`generic_levels_note`): the initial levels only when every value is one, said in a
note, else left out with a note naming the first row whose value is no level.
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from . import values as v
from .naming import short_name
from .sheets import SHEETS
from .tables import Table

__all__ = ["settle_generic_levels", "generic_levels_note"]

#: The headers the Nodes sheet reads as its Initial column.
_INITIAL_HEADERS = frozenset(next(c.aliases for c in SHEETS["Nodes"] if c.field == "initial"))
#: Those that name other things as often as a level in a graph file.
_GENERIC = frozenset({"value", "level", "state"})
#: Those that name other things as often as a level in a node table (``Level`` heads a
#: level there).
_GENERIC_IN_TABLES = frozenset({"value", "state"})


def settle_generic_levels(rows: list[dict], node_names: list[str]) -> list[Problem]:
    """Read or leave out (popping it from ``rows``) the one node attribute of the graph
    that the table rules would take for the initial levels when its name is generic;
    the note that says which, or none when no such attribute leads."""
    headers = list(dict.fromkeys(k for row in rows for k in row if isinstance(k, str)))
    initial = [k for k in headers if v.normal_header(k) in _INITIAL_HEADERS]
    if not initial or any(v.normal_header(k) not in _GENERIC for k in initial):
        return []
    key = initial[0]
    given = [(name, row[key]) for row, name in zip(rows, node_names)
             if not v.is_blank(row.get(key))]
    misfit = next(((name, value) for name, value in given if not _is_level(value)), None)
    if misfit is not None:
        for row in rows:
            row.pop(key, None)
        name, value = misfit
        return [Problem("", translate(
            "graph_levels", "the node attribute {attribute!r} was not read as the nodes' "
                            "initial levels, and was left out: node {node} has {value!r}, "
                            "not a level from -1 to 1").format(
            attribute=key, node=name, value=short_name(v.text(value))))]
    without = len(rows) - len(given)
    if not without:
        return [Problem("", translate(
            "graph_levels", "the node attribute {attribute!r} was read as the nodes' initial "
                            "levels (every value is a number from -1 to 1)").format(
            attribute=key))]
    return [Problem("", translate(
        "graph_levels", "the node attribute {attribute!r} was read as the nodes' initial "
                        "levels (every value is a number from -1 to 1); {count} of "
                        "{total} nodes have none and start at 0").format(
        attribute=key, count=without, total=len(rows)))]


def _is_level(value) -> bool:
    """Whether a value reads as a number from -1 to 1."""
    try:
        number = v.number(value)
    except v.CellProblem:
        return False
    return number is not None and -1 <= number <= 1


def generic_levels_note(table: Table, columns: dict[str, int]) -> Problem | None:
    """The note on a node table's Initial column headed generically (``Value``, ``State``):
    read as the initial levels when every value in it is one, else taken out of
    ``columns`` (in place) so that it is not read, the note naming the first row whose
    value is no level. None, and ``columns`` kept, when there is no such column (or it
    holds nothing, or the table is a graph file's, whose attributes
    :func:`settle_generic_levels` settled)."""
    index = columns.get("initial")
    if (index is None or table.column_word == "attribute"
            or v.normal_header(table.header[index]) not in _GENERIC_IN_TABLES):
        return None
    header = v.text(table.header[index]).strip()
    given = [(number, row[index]) for number, row in zip(table.numbers, table.rows)
             if index < len(row) and not v.is_blank(row[index])]
    misfit = next(((number, value) for number, value in given if not _is_level(value)), None)
    if misfit is None:
        return None if not given else Problem(table.where(table.header_row, header), translate(
            "graph_levels", "was read as the nodes' initial levels (every value in it is a "
                            "number from -1 to 1)"))
    del columns["initial"]
    number, value = misfit
    return Problem(table.where(number, header), translate(
        "graph_levels", "holds {value!r}, not a level from -1 to 1: the column was not read "
                        "as the nodes' initial levels, and was left out").format(
        value=short_name(v.text(value))))
