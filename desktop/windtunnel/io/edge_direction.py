"""A Direction column of an Edges table (Kumu's), or a Type column of direction words
(Gephi's edges table), read as GraphML's undirected edges are.

Kumu writes each connection's direction as ``directed``, ``undirected`` or ``mutual`` in a
Direction column; Gephi writes ``Directed`` or ``Undirected`` in its Type column. A Type
column is read as directions only when every word in it is one of these (blanks aside):
otherwise it gives signs or categories (see :mod:`windtunnel.io.edges_sheet`). A row
marked undirected or mutual is a tie that works both ways, so it follows the import's
``undirected`` choice (see :mod:`windtunnel.io.importing`), as the undirected edges of a
GraphML or GEXF file do: ``both`` adds the edge the other way (the same weight and texts,
located at the same row), ``as-written`` reads it from From to To, ``refuse`` refuses the
file, and a caller that asks is asked. The question (and the refusal) comes only once the
rows were read and none was refused (:func:`ask_when_sound`): a file with a problem at a
located cell is refused for it first, without asking anything. A value of a Direction
column that is none of these words (nor blank) is refused at its cell: which way it means
is not the importer's to guess. Graph files' edges come with their own directedness and
are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from ..language import translate
from . import values as v
from .cells import cell_text
from .importing import ImportOptions, ask_undirected
from .rows import Reader, column_named
from .sheets import SHEETS
from .tables import Table

__all__ = ["with_directions", "ask_when_sound"]

_HEADERS = ("direction",)
#: Gephi's edges table: a Type column of direction words only.
_TYPE_HEADERS = ("type",)
_BOTH_WAYS = ("undirected", "mutual")
_ONE_WAY = ("directed", "")


def with_directions(table: Table, reader: Reader, options: ImportOptions) -> tuple[Table, int]:
    """``table`` without its Direction column (or Type column of directions), each row
    marked undirected or mutual read as the ``undirected`` choice says (the table itself
    when it has no such column), and the number of rows so marked, for
    :func:`ask_when_sound`."""
    if table.row_word == "edge":             # a graph file's edges: directed as it says
        return table, 0
    index = _direction_column(table)
    if index is None:
        return table, 0
    header = cell_text(table.header[index]).strip()
    fields = [getattr(column_named(SHEETS["Edges"], v.normal_header(h)), "field", None)
              for h in table.header]
    ends = [fields.index(name) for name in ("source", "target") if name in fields]
    marked = []
    for number, row in zip(table.numbers, table.rows):
        word = cell_text(row[index]).strip().lower() if index < len(row) else ""
        if word in _BOTH_WAYS:
            if not _self_loop(row, ends):    # skipped by the reader, not a tie both ways
                marked.append((number, row))
        elif word not in _ONE_WAY:
            reader.problem(table, number, header, translate(
                "edge_direction", "{value!r} is not a direction Windtunnel reads: directed, "
                                  "undirected or mutual").format(value=word[:40]))
    rows = [_without(row, index) for row in table.rows]
    numbers = list(table.numbers)
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
    return replace(table, header=_without(table.header, index), rows=rows,
                   numbers=numbers), len(marked)


def ask_when_sound(marked: int, options: ImportOptions, reader: Reader) -> None:
    """Ask the ``undirected`` question about ``marked`` rows (or refuse them, as the options
    say) once the rows were read, and only when no row was refused: a located problem is
    the file's refusal before any question is asked."""
    if not reader.problems:
        ask_undirected(marked, options)


def _direction_column(table: Table) -> int | None:
    """The index of the table's Direction column (not a model column of that name), else
    of a Type column whose every word is a direction; None when there is neither."""
    normal = [v.normal_header(h) for h in table.header]
    for index, header in enumerate(normal):
        if header in _HEADERS and not column_named(SHEETS["Edges"], header):
            return index
    for index, header in enumerate(normal):
        if header in _TYPE_HEADERS:
            words = {cell_text(row[index]).strip().lower() for row in table.rows
                     if index < len(row)}
            if words - {""} and words <= {*_BOTH_WAYS, *_ONE_WAY}:
                return index
    return None


def _self_loop(row: list, ends: list[int]) -> bool:
    """Whether ``row``'s From and To cells name one node by the same text."""
    if len(ends) != 2:
        return False
    source, target = (cell_text(row[i]).strip().casefold() if i < len(row) else ""
                      for i in ends)
    return bool(source) and source == target


def _without(row: list, index: int) -> list:
    return list(row[:index]) + list(row[index + 1:])
