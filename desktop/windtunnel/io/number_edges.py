"""A headerless table of three numbers per row that reads both as a list of edges and as a
matrix.

``1,2,0.5`` / ``2,3,-0.4`` / ``3,1,0.2`` is three edges (From, To, Weight) between nodes
numbered 1 to 3, as fcm-evolve, R's ``write.table`` of an edge list and many a hand-typed
file write them; but with as many rows as columns it is also a square block of numbers,
a matrix without labels, which used to be read so without a word: three nodes C1 to C3
whose weights were the node numbers, rescaled, with the numbers on the diagonal dropped as
self-influences. Neither reading is the importer's to guess (``headerless``, see
:mod:`windtunnel.io.importing`): the app asks, the command line takes
``--headerless edges`` or ``matrix``, and by default the file is refused, naming both.

A table is read both ways when its first two columns hold small whole numbers (0 to
:data:`MAX_NODE_NUMBER`) naming a node at least twice among them, no row names the same
number twice (an edge from a node to itself), its third column holds weights within
[-1, 1], and its diagonal, read as a matrix, holds a number other than 0 (a matrix's
self-influence, which a map seldom has). A matrix that is a matrix (a 0 diagonal, weights
in its first columns) is read as before.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .importing import ASK, ChoiceNeeded, ImportOptions
from .tables import Table

__all__ = ["MAX_NODE_NUMBER", "reads_both_ways", "settle_number_edges"]

#: The largest node number an edge list of numbers is taken to write (a larger whole
#: number in the first columns is a weight on another scale, not a node).
MAX_NODE_NUMBER = 1_000
#: The headers an edge list read from numbers is given.
_EDGE_HEADER = ["From", "To", "Weight"]


def reads_both_ways(table: Table) -> bool:
    """Whether ``table`` (its header row the first row of numbers) is three rows of three
    numbers that read as three edges too (see the module docstring)."""
    rows = [table.header, *table.rows]
    if len(table.header) != 3 or len(rows) != 3 or any(
            len([c for c in row if not v.is_blank(c)]) != 3 or len(row) < 3 for row in rows):
        return False
    try:
        cells = [[v.number(c) for c in row[:3]] for row in rows]
    except v.CellProblem:
        return False
    ends = [number for row in cells for number in row[:2]]
    return (all(number == int(number) and 0 <= number <= MAX_NODE_NUMBER for number in ends)
            and len(set(ends)) < len(ends)
            and all(row[0] != row[1] and -1 <= row[2] <= 1 for row in cells)
            and any(cells[i][i] != 0 for i in range(3)))


def settle_number_edges(tables: dict[str, Table], options: ImportOptions
                        ) -> tuple[dict[str, Table], Problem | None]:
    """``tables``, its one table read as ``options.headerless`` says when that table reads
    both ways (with the note on the reading chosen): as an edge list (the table with a
    From, To and Weight header over its rows) or as the matrix it was; ChoiceNeeded when
    the caller asks, else LoadError naming both readings."""
    if len(tables) != 1:
        return tables, None
    (name, table), = tables.items()
    if not reads_both_ways(table):
        return tables, None
    ends = ", ".join(sorted({v.text(c).strip() for row in (table.header, *table.rows)
                             for c in row[:2]}, key=float))
    if options.headerless == "matrix":
        return tables, Problem(table.where(), translate(
            "number_edges", "three rows of three numbers without a header, read as a 3 × 3 "
                            "matrix without labels, as chosen (not as three edges between "
                            "nodes numbered {ends})").format(ends=ends))
    if options.headerless == "edges":
        edges = replace(table, header=list(_EDGE_HEADER), rows=[table.header, *table.rows],
                        numbers=[table.header_row or 1, *table.numbers], header_row=None,
                        header_dates={})
        return {name: edges}, Problem(table.where(), translate(
            "number_edges", "three rows of three numbers without a header, read as three "
                            "edges (From, To and Weight, between nodes numbered {ends}), as "
                            "chosen (not as a 3 × 3 matrix)").format(ends=ends))
    problem = Problem(table.where(), translate(
        "number_edges", "three rows of three numbers and no header: they read as three "
                        "edges (From, To and Weight, between nodes numbered {ends}) and as a "
                        "3 × 3 matrix without labels, two different maps").format(ends=ends))
    if options.headerless == ASK:
        raise ChoiceNeeded("headerless", problem)
    how = (translate("number_edges", "import the file again and choose how Windtunnel is to "
                                     "read it when it asks") if options.asked else
           translate("number_edges", "import with --headerless edges or --headerless matrix"))
    raise LoadError(Problem(problem.location, translate(
        "number_edges", "{problem}; {how}, or add a header row (From, To, Weight for a list of "
                        "edges)").format(problem=problem.message, how=how)))
