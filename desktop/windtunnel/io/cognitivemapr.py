"""cognitivemapr's node lists: a concept's ``value`` is its normative value, not a level.

The R package cognitivemapr (cognitive maps coded from political speeches) writes a node
list of ``id``, ``node_name``, categories and ``value``, "the intrinsic (normative) value
of the concept: 1 = positive/neutral, -1 = negative" (its documentation of
``rutte_p2_nodelist``): whether the speaker deems the concept good or bad. ``Value`` is
also a header of a Nodes sheet's Initial column, and read so every concept the speaker
deems bad would start every scenario at -1 and every other at +1, a state no analysis
meant. Such a column is kept out of the initial level, as a tag on each node
(:data:`TAGS`), and a note says so.

A node table is taken for cognitivemapr's when its Initial column is headed ``value``,
it has a ``node_name`` column, and every filled cell of that column is 1 or -1.
"""

from __future__ import annotations

from ..errors import Problem
from ..language import translate
from . import values as v
from .tables import Table

__all__ = ["TAGS", "normative_column", "normative_tag", "normative_note"]

#: The tag a node is given for its normative value.
TAGS = {1: "normative value +1", -1: "normative value -1"}


def normative_column(table: Table, columns: dict[str, int]) -> int | None:
    """The index of the column of cognitivemapr's normative values in a node table read
    by ``columns`` (the one they would be read from as the Initial column), or None."""
    index = columns.get("initial")
    if index is None or v.normal_header(table.header[index]) != "value" or not any(
            v.normal_header(header) == "node name" for header in table.header):
        return None
    cells = {row[index] for row in table.rows if index < len(row) and not v.is_blank(row[index])}
    try:
        return index if cells and {v.number(cell) for cell in cells} <= set(TAGS) else None
    except v.CellProblem:
        return None


def normative_tag(row: list, index: int) -> tuple[str, ...]:
    """The tag a row's normative value gives its node (none for a blank cell)."""
    cell = row[index] if index < len(row) else None
    return () if v.is_blank(cell) else (TAGS[int(v.number(cell))],)


def normative_note(table: Table, index: int) -> Problem:
    """The note on a column of normative values kept out of the nodes' initial levels."""
    negative = sum(1 for row in table.rows if index < len(row) and not v.is_blank(row[index])
                   and v.number(row[index]) == -1)
    return Problem(table.where(table.header_row, v.text(table.header[index]).strip()), translate(
        "cognitivemapr", "holds cognitivemapr's normative value of each concept (1 positive "
                         "or neutral, -1 negative: whether the speaker deems it good or bad), "
                         "not its starting level: kept as the tags {good!r} and {bad!r} "
                         "({count} valued -1), and every node starts at its default "
                         "level").format(good=TAGS[1], bad=TAGS[-1], count=negative))
