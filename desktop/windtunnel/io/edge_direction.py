"""A Kumu-style Direction column of an Edges table, read as GraphML's undirected edges are.

Kumu writes each connection's direction as ``directed``, ``undirected`` or ``mutual``. A
row marked undirected or mutual is a tie that works both ways, so it follows the import's
``undirected`` choice (see :mod:`windtunnel.io.importing`), as the undirected edges of a
GraphML or GEXF file do: ``both`` adds the edge the other way (the same weight and texts,
located at the same row), ``as-written`` reads it from From to To, ``refuse`` refuses the
file, and a caller that asks is asked. A value that is none of these words (nor blank) is
refused at its cell: which way it means is not the importer's to guess. Graph files'
edges come with their own directedness and are left as they are.

Gephi's edge tables say the same in their Type column (``Directed``, ``Undirected``): a
Type column that holds only these words is read as the direction, not as signs or
categories.
"""

from __future__ import annotations

from dataclasses import replace

from ..language import translate
from . import values as v
from .cells import cell_text
from .graphml_xml import ask_undirected
from .importing import ImportOptions
from .rows import Reader, column_named
from .sheets import SHEETS
from .tables import Table

__all__ = ["with_directions"]

_HEADERS = ("direction",)
_BOTH_WAYS = ("undirected", "mutual")
_ONE_WAY = ("directed", "")


def with_directions(table: Table, reader: Reader, options: ImportOptions) -> Table:
    """``table`` without its Direction column, each row marked undirected or mutual read
    as the ``undirected`` choice says (the table itself when it has no such column)."""
    if table.places:
        return table
    normal = [v.normal_header(h) for h in table.header]
    index = _direction_column(table, normal)
    if index is None:
        return table
    header = cell_text(table.header[index]).strip()
    marked = []
    for number, row in zip(table.numbers, table.rows):
        word = cell_text(row[index]).strip().lower() if index < len(row) else ""
        if word in _BOTH_WAYS:
            marked.append((number, row))
        elif word not in _ONE_WAY:
            reader.problem(table, number, header, translate(
                "edge_direction", "{value!r} is not a direction Windtunnel reads: directed, "
                                  "undirected or mutual").format(value=word[:40]))
    ask_undirected(len(marked), options)
    rows = [_without(row, index) for row in table.rows]
    numbers = list(table.numbers)
    fields = [getattr(column_named(SHEETS["Edges"], h), "field", None) for h in normal]
    ends = [fields.index(name) for name in ("source", "target") if name in fields]
    if marked and options.undirected == "both" and len(ends) == 2:
        for number, row in marked:
            turned = list(row) + [None] * (max(ends) + 1 - len(row))
            turned[ends[0]], turned[ends[1]] = turned[ends[1]], turned[ends[0]]
            rows.append(_without(turned, index))
            numbers.append(number)
    if marked:
        count, s = len(marked), "s" if len(marked) != 1 else ""
        reader.note(table, None, header, (translate(
            "edge_direction", "{count} row{s} marked undirected or mutual became an edge "
                              "each way") if options.undirected == "both" else translate(
            "edge_direction", "{count} row{s} marked undirected or mutual were read one way, "
                              "from From to To")).format(count=count, s=s))
    return replace(table, header=_without(table.header, index), rows=rows, numbers=numbers)


def _direction_column(table: Table, normal: list[str]) -> int | None:
    """The Direction column, or Gephi's Type column when it holds only direction words."""
    index = next((i for i, h in enumerate(normal) if h in _HEADERS), None)
    if index is not None:
        return None if column_named(SHEETS["Edges"], normal[index]) else index
    typed = normal.index("type") if normal.count("type") == 1 else None
    if typed is None:
        return None
    words = {cell_text(row[typed]).strip().lower() if typed < len(row) else ""
             for row in table.rows}
    return typed if words - {""} and words <= {*_BOTH_WAYS, *_ONE_WAY} else None


def _without(row: list, index: int) -> list:
    return list(row[:index]) + list(row[index + 1:])
