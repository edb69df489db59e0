"""Reading one sheet's rows by the layout's columns, with every problem located.

The machinery under :mod:`windtunnel.io.tabular`: a :class:`Reader` collects problems
and notes with their places; :func:`columns_of` maps headers (and their aliases) to
fields; :func:`row_values` parses a row cell by cell; :func:`checked` runs an element's own
checks and locates what they find; :func:`locate` turns the model's own problem locations
(``edges[3].weight``) into sheet, row and column.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field, fields

from openpyxl.utils import get_column_letter

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .cells import ErrorCell, FormulaCell, MistypedCell
from .headers import header_base
from .merged import empty_message
from .naming import short_name
from .plurals import plural_headers
from .rival_columns import own_header_rank, rival_note
from .sheets import SHEETS, Column
from .tables import Table
from .unheaded import unheaded_notes

__all__ = ["Reader", "SHEET_ALIASES", "find_sheet", "FIELD_HEADERS", "columns_of",
           "column_named", "column_filled", "blank_row", "row_values", "PARSERS", "clean", "checked", "header_of", "owner_of",
           "locate"]

SHEET_ALIASES = {
    "Model": ("model", "settings"),
    "Nodes": ("nodes", "node", "elements", "concepts", "vertices", "factors"),
    "Edges": ("edges", "edge", "connections", "links", "relationships", "influences",
              "assumptions"),
    "Scenarios": ("scenarios",), "Interventions": ("interventions",),
    "Overrides": ("overrides", "weight overrides"), "Objectives": ("objectives",),
    "Sources": ("sources", "evidence", "references"),
    "Participants": ("participants", "experts"), "Ratings": ("ratings",),
    "Own nodes": ("own nodes", "participants' nodes", "participant nodes"),
    "Translations": ("translations",),
}
#: Columns in which Gephi's tables give the times a node or an edge exists.
TIME_COLUMNS = ("timeset", "timestamp", "timestamps", "interval", "intervals", "spells")
FIELD_HEADERS = {sheet: {c.field: c.header for c in columns} for sheet, columns in SHEETS.items()}
PLURAL = {"node": "Nodes", "edge": "Edges", "scenario": "Scenarios",
          "objective": "Objectives", "source": "Sources", "participant": "Participants"}


def find_sheet(tables: dict[str, Table], kind: str) -> Table | None:
    """The table holding ``kind`` ("Nodes", "Edges", ...), matched by forgiving names.

    Two sheets that both name the kind (``Edges`` and ``Links``) are a LoadError naming
    them: reading one would drop the other's rows without a word. An empty sheet does
    not count."""
    names = SHEET_ALIASES[kind]
    found = [(name, table) for name, table in tables.items()
             if v.normal_header(name) in names and (table.header or table.rows)]
    if len(found) > 1:
        listed = translate("naming", ", ").join(repr(name) for name, _table in found[:3])
        raise LoadError(Problem(translate("locations", "sheets {place}").format(place=listed), (
            translate("rows", "both are {kind} sheets by their names; Windtunnel reads one "
                              "{kind} sheet and would drop the other's rows: move them into "
                              "one sheet, or rename the sheet that is not meant to be read").format(
                kind=kind))))
    return found[0][1] if found else None


@dataclass
class Reader:
    """State of one import: problems, notes, and where each element came from."""

    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    origin: dict[tuple, tuple[Table, int]] = field(default_factory=dict)
    positioned: bool = False  # the nodes came with X/Y columns
    #: Another tool's sheet (no Model sheet, not a graph file): a Group cell ``A|B|C`` holds
    #: several values, as Kumu writes them (a Windtunnel group may hold a ``|``).
    several_groups: bool = False
    unplaced: set[str] = field(default_factory=set)  # nodes whose row left X or Y blank
    #: Another tool's node ids that are not valid Windtunnel ids (Gephi's ``George Keith``,
    #: a Chinese name) -> the ids made for them; the edges name the nodes by the first.
    renamed: dict[str, str] = field(default_factory=dict)
    #: The ids made for a Nodes sheet's rows without one: an edge naming one of them
    #: means it only when it names no row's written id or label (see ``NodeResolver``).
    made: set[str] = field(default_factory=set)
    #: The names (ids and labels, compared as ``nodes_sheet.loose_key``) the file's Nodes
    #: sheet writes, None without one: an edge may then name no other node.
    listed: frozenset[str] | None = None

    def problem(self, table: Table, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(Problem(table.where(row, column), message))

    def note(self, table: Table, row: int | None, column: str | None, message: str) -> None:
        self.notes.append(Problem(table.where(row, column), message))


def columns_of(table: Table, sheet: str, reader: Reader) -> dict[str, int]:
    """Map field -> column index, by header or alias; note the columns that are ignored.

    A header written on two or more columns (``Weight`` and ``Weight``) is a problem that
    names its columns: which of them holds the values is not the importer's to guess."""
    found: dict[str, int] = {}
    ignored = []
    repeated: dict[int, list[int]] = {}
    spec = SHEETS[sheet]
    normal = [v.normal_header(h) for h in table.header]
    named = [column_named(spec, header) for header in normal]
    plain = [_named_as_written(spec, header) for header in normal]
    ignored_at, rivals = [], []
    # names as written first, and of those a field's own header (Label before Name)
    for index in sorted(range(len(normal)), key=lambda i: (
            not plain[i], own_header_rank(named[i], normal[i]))):
        header, column = normal[index], named[index]
        if column is not None and column.field in found and normal[found[column.field]] == header:
            repeated.setdefault(found[column.field], [found[column.field]]).append(index)
            continue
        if column is not None and column.field in found:
            note = rival_note(table, found[column.field], index,
                              fill=column.field == "label")
            if note is not None:
                rivals.append(note)
                continue
        if column is None or column.field in found:
            if header:
                ignored_at.append(index)
            continue
        found[column.field] = index
    for note in rivals:
        reader.note(table, table.header_row, None, note)
    ignored = [table.header[index] for index in sorted(ignored_at)]
    for places in repeated.values():
        reader.problem(table, table.header_row, None, translate(
            "rows", "the column label {label!r} heads {count} columns ({columns}); Windtunnel "
                    "reads one column of each kind: rename or remove the others").format(
                label=v.text(table.header[places[0]]).strip(), count=len(places),
                columns=", ".join(map(get_column_letter, (i + 1 for i in places)))))
    timed = [h for h in ignored if v.normal_header(h) in TIME_COLUMNS
             and column_filled(table, table.header.index(h))]
    for header in timed:
        reader.note(table, table.header_row, header, translate(
            "rows", "holds the times when each row's node or edge exists (Gephi's timeset); "
                    "those times were not kept: a map has no time line, so every row was "
                    "read as if it always existed"))
    ignored = [h for h in ignored if h not in timed]
    used = [h for h in ignored if v.text(h).strip() in table.parallel_columns]
    ignored = [h for h in ignored if h not in used]
    if used:
        reader.note(table, table.header_row, None, _told_apart_note(table, len(used)).format(
            names=", ".join(repr(h) for h in used)))
    if ignored:
        reader.note(table, table.header_row, None, _ignored_note(table, len(ignored)).format(
            names=", ".join(repr(h) for h in ignored)))
    changing = [h for h in (table.header[i] for i in sorted(found.values()))
                if h in table.changing]
    if changing:
        reader.note(table, table.header_row, None, _changing_note(table).format(
            names=", ".join(repr(short_name(v.text(h))) for h in changing)))
    reader.notes.extend(unheaded_notes(table))
    return found


def _changing_note(table: Table) -> str:
    """The note on read columns whose values change over time (a dynamic GEXF file's
    attributes), with ``{names}`` to fill in: the value in effect at the end was read."""
    if table.row_word == "node":
        return translate("gexf", "these node attributes change over time in the GEXF file: "
                                 "{names}; each node kept only the value in effect at the "
                                 "end (the latest time the file gives it), not the earlier "
                                 "ones")
    return translate("gexf", "these edge attributes change over time in the GEXF file: "
                             "{names}; each edge kept only the value in effect at the end "
                             "(the latest time the file gives it), not the earlier ones")


def _ignored_note(table: Table, count: int) -> str:
    """The note on ``count`` columns ignored, with ``{names}`` to fill in. A graph file's
    (GraphML's, GEXF's, Kumu's) nodes and edges come as two tables whose notes carry no
    sheet name, so these name the attributes as the nodes' or the edges' (a JSON list of
    edges' keys as the edges' attributes)."""
    one = count == 1
    if table.column_word == "attribute" and table.row_word == "node":
        return (translate("rows", "ignored node attribute {names}") if one
                else translate("rows", "ignored node attributes {names}"))
    if table.column_word == "attribute" and table.row_word in ("edge", "entry"):
        return (translate("rows", "ignored edge attribute {names}") if one
                else translate("rows", "ignored edge attributes {names}"))
    return (translate("rows", "ignored column {names}") if one
            else translate("rows", "ignored columns {names}"))


def _told_apart_note(table: Table, count: int) -> str:
    """The note on ``count`` columns that no field reads but that told parallel edges apart
    (a Gephi multigraph's Kind, see ``io/parallel_edges.py``), with ``{names}`` to fill in:
    they were used, not ignored. In a graph file's words or a table's, as
    :func:`_ignored_note`."""
    one = count == 1
    if table.column_word == "attribute":
        return (translate("rows", "used edge attribute {names} to tell parallel edges apart: "
                                  "the rationale of the edge they merged into gives each "
                                  "edge's value") if one
                else translate("rows", "used edge attributes {names} to tell parallel edges "
                                       "apart: the rationale of the edge they merged into "
                                       "gives each edge's values"))
    return (translate("rows", "used column {names} to tell parallel edges apart: the rationale "
                              "of the edge they merged into gives each row's value") if one
            else translate("rows", "used columns {names} to tell parallel edges apart: the "
                                   "rationale of the edge they merged into gives each row's "
                                   "values"))


def column_filled(table: Table, index: int) -> bool:
    """Whether column ``index`` holds a value in any row."""
    return any(index < len(row) and not v.is_blank(row[index]) for row in table.rows)


def column_named(spec: tuple[Column, ...], header: str) -> Column | None:
    """The column of ``spec`` a normalised header names (its own header first, then an
    alias; then the same without a trailing unit or range, as :func:`header_base` reads
    ``Strength (1-10)``), or None. A header named as written wins over one named without
    its suffix (:func:`columns_of`)."""
    base = header_base(header)
    return _named_as_written(spec, header) or (_named_as_written(spec, base) if base else None)


def _named_as_written(spec: tuple[Column, ...], header: str) -> Column | None:
    """The column a header names as written: its own header, an alias, or the plural of
    either (:mod:`windtunnel.io.plurals`)."""
    return next((c for c in spec if header == c.header.lower()), None) or next(
        (c for c in spec if header in c.aliases), None) or plural_headers(spec).get(header)


def blank_row(row: list) -> bool:
    """Whether a row holds nothing but blanks and spaces: it looks empty in a spreadsheet
    (a cell "cleared" with a space), so it is skipped like an empty row, not refused."""
    return all(map(v.is_blank, row))


def _weight(raw):
    """A weight cell: a fuzzy weight's (weight, low, high), else a number or a label."""
    return v.fuzzy_weight(raw) or v.weight(raw)


#: How a cell of each kind of column (:class:`~windtunnel.io.sheets.Column`'s ``parse``)
#: becomes its value, other than text: raises :class:`~windtunnel.io.values.CellProblem`.
PARSERS = {"id": v.identifier, "ids": v.id_list, "tags": v.tag_list, "number": v.number,
           "whole": v.whole, "bool": v.boolean, "sign": v.sign, "weight": _weight}


def _cell(row: list, columns: dict[str, int], name: str):
    index = columns.get(name)
    return row[index] if index is not None and index < len(row) else None


def _parse(table: Table, number: int, row: list, columns: dict[str, int], column: Column,
           reader: Reader):
    """One cell parsed for its column; None (and a recorded problem) when it cannot be."""
    raw = _cell(row, columns, column.field)
    try:
        if column.parse in ("text", "choice"):
            if isinstance(raw, MistypedCell):
                raise v.CellProblem(v.mistyped_message(raw))
            if isinstance(raw, ErrorCell):     # #REF! and the like: the text is lost
                raise v.CellProblem(translate("rows", "holds the error value {text}; replace "
                                                      "it by the text it should show").format(
                                        text=raw.text))
            if isinstance(raw, FormulaCell):
                reader.note(table, number, table.header[columns[column.field]],
                            translate("rows", "the formula {formula!r} was imported as plain "
                                              "text").format(formula=raw.text))
            return v.text(raw).strip().lower() if column.parse == "choice" else v.text(raw)
        return PARSERS[column.parse](raw)
    except v.CellProblem as exc:
        reader.problem(table, number, table.header[columns[column.field]], str(exc))
        return None


def row_values(table: Table, sheet: str, columns: dict[str, int], number: int, row: list,
               reader: Reader) -> dict:
    """A row's cells parsed by their columns' rules; ``_ok`` says whether all of them were."""
    before = len(reader.problems)
    out = {}
    for column in SHEETS[sheet]:
        if column.field in columns:
            out[column.field] = _parse(table, number, row, columns, column, reader)
    if isinstance(out.get("weight"), tuple):  # a fuzzy weight: its bounds, unless given
        out["weight"], low, high = out["weight"]
        out["low"] = low if out.get("low") is None else out["low"]
        out["high"] = high if out.get("high") is None else out["high"]
    out["_ok"] = len(reader.problems) == before
    return out


def clean(data: dict, cls) -> dict:
    """Keep the keys that are fields of ``cls`` and not blank (blank means the default)."""
    names = _field_names(cls)
    return {k: val for k, val in data.items()
            if k in names and val is not None and val != "" and val != ()}


@functools.cache
def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def checked(element, table: Table, number: int, sheet: str, columns: dict[str, int],
            reader: Reader, problems: list[tuple[str, str]] | None = None):
    """The element when it passes its own checks (or has none of ``problems``, when the
    caller ran some of them: an edge's at any scale); otherwise None, its problems located."""
    if problems is None:
        problems = element.problems()
    for name, message in problems:
        field_name = name.split(".")[0].split("[")[0]
        if field_name == "position":
            field_name = name[-1]  # position.x -> x
        index = columns.get(field_name)
        header = table.header[index] if index is not None else FIELD_HEADERS[sheet].get(
            field_name)
        reader.problem(table, number, header, empty_message(table, number, index, message))
    return None if problems else element


def header_of(table: Table, columns: dict[str, int], name: str) -> str:
    """The header text (as the file spells it) of the column holding field ``name``."""
    return table.header[columns[name]]


def owner_of(data: dict, field_name: str, owners: Mapping, listed: Container,
             not_listed: Callable[[str], str], table: Table, columns: dict[str, int],
             reader: Reader):
    """The owner a row of a child sheet names in its ``field_name`` column (the participant
    of a rating, the scenario of an intervention), looked up in ``owners``; None when there
    is none. A name its sheet does not list (not in ``listed``) is a problem of the row,
    said by ``not_listed(name)``; one it lists but refused for its own problems is not
    reported again."""
    owner = owners.get(data[field_name])
    if owner is None and data[field_name] not in listed:
        reader.problem(table, data["_row"], header_of(table, columns, field_name),
                       empty_message(table, data["_row"], columns[field_name],
                                     not_listed(data[field_name])))
    return owner


# -- locating the model's own problems -----------------------------------------------------

_LOCATION = re.compile(r"(?P<kind>[a-z]+)s\[(?P<index>\d+)\](?:\.(?P<rest>.*))?\Z")
_NESTED = re.compile(r"(?P<attr>interventions|overrides|ratings|nodes)\[(?P<index>\d+)\]"
                     r"(?:\.(?P<field>.*))?\Z")
_NESTED_SHEET = {"interventions": "Interventions", "overrides": "Overrides",
                 "ratings": "Ratings", "nodes": "Own nodes"}


def locate(problem: Problem, reader: Reader, tables: dict[str, Table]) -> Problem:
    """Turn ``edges[3].weight`` into ``sheet Edges, row 5, column Weight``."""
    match = _LOCATION.match(problem.location)
    if not match or match["kind"] not in PLURAL:
        if problem.location.startswith("settings."):
            model_table = find_sheet(tables, "Model")
            where = (model_table.where() if model_table is not None
                     else translate("locations", "settings"))
            return Problem(where, translate("rows", "{location}: {message}").format(
                                      location=problem.location[9:], message=problem.message))
        return problem
    sheet = PLURAL[match["kind"]]
    key: tuple = (sheet, int(match["index"]))
    rest = match["rest"] or ""
    nested = _NESTED.match(rest)
    if nested:
        key += (nested["attr"], int(nested["index"]))
        sheet = _NESTED_SHEET[nested["attr"]]
        rest = nested["field"] or ""
    origin = reader.origin.get(key)
    if origin is None:
        return problem
    table, row = origin
    field_name = rest.split("[")[0].split(".")[0]
    if field_name == "position":
        field_name = "x"
    header = FIELD_HEADERS.get(sheet, {}).get(field_name)
    return Problem(table.where(row, header), problem.message)
