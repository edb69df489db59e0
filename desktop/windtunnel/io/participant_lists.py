"""One edge list of several participants' maps, split into one map per participant.

MToolR (a web tool for collecting mental models from many people) exports every
participant's edges in one list, each row naming its author in a ``User_ID`` column;
a participant who drew nothing has a row without From and To. Other tools and
hand-made sheets do the same with a ``Participant`` or ``User`` column. Such a list is a
set of participants' maps, so:

- *Import Participants' Maps* (``windtunnel aggregate``; :func:`participant_maps`) reads
  it as one map per participant, named by the column's value, the rows kept in order and
  located by their rows in the file; the weights are brought into [-1, 1] by one factor
  for the whole file (the strongest edge of anyone = 1), so participants stay comparable;
  an edge one participant lists more than once (MToolR keeps every session's rows) takes
  the mean of their weights, their repeated estimates of one influence; participants who
  drew nothing are left out; the first map's description says all this;
- the plain import (:func:`refuse_participant_list`) refuses it, naming that import:
  merging everyone's edges into one map would add up their weights without a word.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import LoadError, Problem
from ..language import translate
from ..model import Model
from . import values as v
from .importing import Imported, ImportOptions, recorded, weight_scale
from .rows import column_named, find_sheet
from .sheets import SHEETS
from .tables import Table
from .tabular import tables_to_model
from .unheaded import unheaded_notes

__all__ = ["participant_maps", "refuse_participant_list", "PARTICIPANT_HEADERS"]

#: The headers (normalised) of a column naming each row's participant: MToolR's
#: ``User_ID``, and the plain words.
PARTICIPANT_HEADERS = ("user id", "user", "participant", "participant id")


def _edges_table(tables: dict[str, Table]) -> Table | None:
    """The table of edges: the Edges sheet, else the one table with From and To columns."""
    found = find_sheet(tables, "Edges")
    if found is not None:
        return found
    with_ends = [t for t in tables.values() if {"source", "target"} <= set(_fields(t))]
    return with_ends[0] if len(with_ends) == 1 else None


def _fields(table: Table) -> list[str | None]:
    return [getattr(column_named(SHEETS["Edges"], v.normal_header(h)), "field", None)
            for h in table.header]


def _split(table: Table) -> tuple[int, dict[str, list[int]]] | None:
    """The participant column and each participant's row indexes (rows without From
    and To, a participant who drew nothing, left out), or None when the table is no list
    of several participants' edges."""
    fields = _fields(table)
    if not {"source", "target"} <= set(fields):
        return None
    at = next((i for i, h in enumerate(table.header)
               if v.normal_header(h) in PARTICIPANT_HEADERS and fields[i] is None), None)
    if at is None:
        return None
    ends = [fields.index("source"), fields.index("target")]
    people: dict[str, list[int]] = {}
    for index, row in enumerate(table.rows):
        name = v.text(row[at] if at < len(row) else "").strip()
        if not name:
            continue
        rows = people.setdefault(name, [])
        if any(not v.is_blank(row[e]) for e in ends if e < len(row)):
            rows.append(index)
    return (at, people) if len(people) > 1 else None


def refuse_participant_list(tables: dict[str, Table]) -> None:
    """Refuse a plain import of one edge list of several participants' maps, naming the
    import that reads it as such."""
    table = _edges_table(tables)
    split = _split(table) if table is not None else None
    if split is not None:
        at, people = split
        raise LoadError(Problem(table.where(column=table.header[at]), translate(
            "participant_lists", "the edges of {count} participants in one list (this column "
                                 "names each row's participant): import it with Import "
                                 "Participants' Maps (windtunnel aggregate), which reads "
                                 "one map per participant").format(count=len(people))))


def participant_maps(tables: dict[str, Table], source: str
                     ) -> tuple[list[tuple[str, Model]], list[Problem]] | None:
    """(participant, map) for each participant of one edge list of several participants'
    maps, and the notes on the list (also recorded in the first map); None when the
    tables hold no such list. ``source`` names the file in the record."""
    table = _edges_table(tables)
    split = _split(table) if table is not None else None
    if split is None:
        return None
    at, people = split
    drawn = {name: rows for name, rows in people.items() if rows}
    table, scaled = _scaled(table)
    maps, repeated = [], 0
    fields = _fields(table)
    ends = [fields.index("source"), fields.index("target")]
    for name, rows in drawn.items():
        own = replace(table, header=_without(table.header, at),
                      rows=[_without(table.rows[i], at) for i in rows],
                      numbers=[table.numbers[i] for i in rows])
        pairs = [tuple(v.text(table.rows[i][e]).strip() for e in ends) for i in rows]
        repeated += len(pairs) - len(set(pairs))
        maps.append((name, tables_to_model({"Edges": own}, title=name,
                                           options=ImportOptions(repeated="mean")).model))
    idle = len(people) - len(drawn)
    notes = [Problem(table.where(column=table.header[at]), (translate(
        "participant_lists", "the edges of {count} participants in one list: each "
                             "participant's rows became their map; {idle} of them drew no "
                             "edge and were left out") if idle else translate(
        "participant_lists", "the edges of {count} participants in one list: each "
                             "participant's rows became their map")).format(
        count=len(people), idle=idle))]
    if repeated:
        notes.append(Problem(table.where(), translate(
            "participant_lists", "{count} rows repeat an edge their participant listed "
                                 "before: each such edge took the mean of its rows' "
                                 "weights").format(count=repeated)))
    if scaled is not None:
        notes.append(scaled)
    notes.extend(unheaded_notes(table))
    first = maps[0][1] if maps else None
    if first is not None:
        recorded(Imported(first, tuple(notes), "tables"), source,
                 ImportOptions(repeated="mean"))
    return maps, notes


def _scaled(table: Table) -> tuple[Table, Problem | None]:
    """The table with every number in its Weight column divided by the largest |weight|
    of the whole list (when it is over 1), and the note; the table itself otherwise."""
    fields = _fields(table)
    if "weight" not in fields:
        return table, None
    at = fields.index("weight")
    weights = []
    for row in table.rows:
        try:
            weights.append(v.number(row[at]) if at < len(row) else None)
        except v.CellProblem:
            weights.append(None)                    # refused where it is, in its map
    largest, note = weight_scale(weights, ImportOptions(), table.where(column=table.header[at]))
    if note is None:
        return table, None
    rows = [[*row[:at], w / largest, *row[at + 1:]] if w is not None else row
            for row, w in zip(table.rows, weights)]
    return replace(table, rows=rows), note


def _without(row: list, at: int) -> list:
    return [cell for i, cell in enumerate(row) if i != at]
