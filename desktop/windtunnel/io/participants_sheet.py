"""The Participants sheet of a table import, with each participant's rows of the Own nodes
and Ratings sheets (the workbook writes all three, so that it re-imports with its
participants, their own concepts and their ratings).

A workbook written before format version 7 may mean its ratings of 0 otherwise; its
reader decides after the model is built (:mod:`.older_zeros`)."""

from __future__ import annotations

from dataclasses import replace

from ..language import translate
from ..model import Node, Participant, Rating
from .cells import cell_text
from .columns import read_rows_as, read_simple
from .rows import FIELD_HEADERS, Reader, checked, clean, columns_of, find_sheet, owner_of
from .tables import Table

__all__ = ["read_participants"]


def read_participants(tables: dict[str, Table], reader: Reader) -> list[Participant]:
    """The Participants sheet, each with their rows of the Own nodes and Ratings sheets
    (own nodes first: ratings may join them to the shared nodes)."""
    table = find_sheet(tables, "Participants")
    people, first_row = [], {}
    for k, person in enumerate(read_simple(table, "Participants", Participant, reader)):
        row = reader.origin.pop(("Participants", k))[1]
        if person.id in first_row:
            reader.problem(table, row, FIELD_HEADERS["Participants"]["id"],
                           translate("participants_sheet", "a second participant {id!r} (the "
                                                           "first is on row {row})").format(
                               id=person.id, row=first_row[person.id]))
            continue
        reader.origin[("Participants", len(people))] = (table, row)
        first_row[person.id] = row
        people.append(person)
    # rows of participants refused above are not reported again through their ratings
    listed = _listed_ids(table, "Participants", reader)
    index = {p.id: i for i, p in enumerate(people)}
    nodes = _own_nodes(find_sheet(tables, "Own nodes"), table, index, listed, reader)
    people = [replace(p, nodes=tuple(mine)) for p, mine in zip(people, nodes)]
    part = find_sheet(tables, "Ratings")
    rows, columns = read_rows_as(part, "Ratings", reader, ("participant", "source", "target"))
    if rows and table is None:
        reader.problem(part, part.header_row, None,
                       translate("participants_sheet", "ratings need a Participants sheet"))
        return []
    ratings: list[list[Rating]] = [[] for _ in people]
    for data in rows:
        owner = owner_of(data, "participant", index, listed, _not_listed, part, columns,
                         reader)
        if owner is None:
            continue
        if data.get("term"):
            data["term"] = data["term"].strip().upper()      # "+vh" is +VH
        rating = checked(Rating(**(clean(data, Rating) | {
            "source": data["source"], "target": data["target"]})), part, data["_row"],
            "Ratings", columns, reader)
        if rating is None:
            continue
        reader.origin[("Participants", owner, "ratings", len(ratings[owner]))] = (
            part, data["_row"])
        ratings[owner].append(rating)
    return [replace(p, ratings=tuple(mine)) for p, mine in zip(people, ratings)]


def _own_nodes(part: Table | None, table: Table | None, index: dict[str, int],
               listed: set[str], reader: Reader) -> list[list[Node]]:
    """Each participant's rows of the Own nodes sheet, as nodes (by ``index``'s order)."""
    nodes: list[list[Node]] = [[] for _ in index]
    rows, columns = read_rows_as(part, "Own nodes", reader, ("participant", "id"))
    if rows and table is None:
        reader.problem(part, part.header_row, None,
                       translate("participants_sheet", "own nodes need a Participants sheet"))
        return nodes
    for data in rows:
        owner = owner_of(data, "participant", index, listed, _not_listed, part, columns,
                         reader)
        if owner is None:
            continue
        node = checked(Node(**(clean(data, Node) | {
            "id": data["id"], "label": data.get("label") or data["id"],
            "position": tuple(data.get(a) or 0.0 for a in "xy")})),
            part, data["_row"], "Own nodes", columns, reader)
        if node is None:
            continue
        reader.origin[("Participants", owner, "nodes", len(nodes[owner]))] = (
            part, data["_row"])
        nodes[owner].append(node)
    return nodes


def _not_listed(who: str) -> str:
    return translate("participants_sheet", "{who!r} is not a participant on the Participants "
                                           "sheet").format(who=who)


def _listed_ids(table: Table | None, sheet: str, reader: Reader) -> set[str]:
    """The ids written in ``sheet``'s ID column, valid or not."""
    if table is None:
        return set()
    column = columns_of(table, sheet, Reader()).get("id")
    if column is None:
        return set()
    return {str(cell_text(row[column])).strip() for row in table.rows
            if column < len(row) and row[column] is not None}
