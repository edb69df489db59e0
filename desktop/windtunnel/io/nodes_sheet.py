"""The Nodes sheet of a table import.

:func:`read_nodes` reads one node per row (ids made from labels when missing, a row whose
label reads as an id given that id, other tools' node types mapped through
:data:`KIND_WORDS`, a row repeating an id and its label skipped with a note, one repeating
an id with another label refused); :mod:`windtunnel.io.node_resolver` finds the node an
edge names among them.
"""

from __future__ import annotations

import re

from openpyxl.utils import get_column_letter

from ..language import translate
from ..model import Node
from ..model.vocabulary import MAX_ID, TakenIds, is_valid_id
from . import values as v
from .cognitivemapr import normative_column, normative_note, normative_tag
from .columns import parsed_rows
from .graph_levels import generic_levels_note
from .merged import empty_message
from .rows import (Reader, blank_row, checked, clean, column_filled, column_named, columns_of,
                   header_of)
from .naming import bounded, loose_key, short_name
from .sheets import SHEETS
from .tables import Table, located

__all__ = ["refused_as_headless", "KIND_WORDS", "PARTITION_NAMES", "read_nodes", "partition_as_group", "rows_text",
           "renamed_ids_note"]

#: Node columns or attributes that name a community (Gephi's statistics: its Nodes table
#: writes ``modularity_class``, its GraphML and GEXF ``Modularity Class``); in another
#: tool's file without a group, they give the group.
PARTITION_NAMES = ("partition", "modularity class", "community", "communities", "class")

#: Other tools' node types and the Windtunnel kind they become.
KIND_WORDS = {
    **{w: "restriction" for w in ("restriction", "lever", "policy", "policy lever", "control",
                                  "regulation", "intervention", "instrument", "measure")},
    **{w: "actor" for w in ("actor", "stakeholder", "agent", "organization", "organisation",
                            "person", "company", "firm", "government", "country", "player")},
    **{w: "factor" for w in ("factor", "outcome", "indicator", "variable", "concept", "issue",
                             "driver", "component", "")},
}


def partition_as_group(table: Table, reader: Reader) -> None:
    """Make another tool's partition column (:data:`PARTITION_NAMES`) the nodes' group,
    in place, when no column gives a group: each value becomes the group named by the
    column and the value (``modularity_class 3``), so that a Gephi graph reads alike from
    its GraphML, its GEXF and its Nodes table. The note names the column."""
    spec = SHEETS["Nodes"]
    normal = [v.normal_header(h) for h in table.header]
    grouped = [i for i, column in enumerate(column_named(spec, h) for h in normal)
               if column is not None and column.field == "group"]
    if any(column_filled(table, i) for i in grouped):
        return
    found = next((i for i, h in enumerate(normal) if h in PARTITION_NAMES), None)
    if found is None:
        return
    key = v.text(table.header[found]).strip()
    target = grouped[0] if grouped else found
    for row in table.rows:
        value = row[found] if found < len(row) else None
        if target >= len(row):
            row.extend([None] * (target + 1 - len(row)))
        if grouped and found < len(row):    # moved to the group column: not read twice
            row[found] = None
        row[target] = None if v.is_blank(value) else f"{key} {v.text(value).strip()}"
    if grouped:
        table.header[found] = ""
    else:
        table.header[found] = "Group"
    reader.note(table, table.header_row, key, translate(
        "nodes_sheet", "holds a partition (a community, as Gephi's modularity class): it "
                       "became the nodes' group, each value a group of its own"))


def refused_as_headless(table: Table, reader: Reader) -> bool:
    """Refuse a table whose header row holds only numbers (bracketed too, as a list of
    tuples writes them: ``(1, 2, 1),``): its first row of data, not column names, so the
    refusal asks for a header row rather than listing headers as if it had some."""
    cells = [v.text(c).strip() for c in table.header if not v.is_blank(c)]
    bare = [c.strip("()[]{}").strip() for c in cells]
    if not any(bare) or not all(v.reads_as_number(c) for c in bare if c):
        return False
    reader.problem(table, table.header_row, None, translate(
        "nodes_sheet", "holds numbers, not column names ({cells}): the table starts with "
                       "its data; add a first row naming its columns (From, To and Weight "
                       "for a list of edges, ID and Label for a list of nodes)").format(
            cells=", ".join(map(repr, cells[:4]))))
    return True


def _end_headers() -> str:
    """The From and To headers an edge table is recognised by, in pairs (``From/To``)."""
    ends = (next(c for c in SHEETS["Edges"] if c.field == name).aliases
            for name in ("source", "target"))
    return ", ".join(f"{start.capitalize()}/{end.capitalize()}" for start, end in zip(*ends))


def _headers_found(table: Table) -> str:
    """The headers a table has, each with its column (``'Concept' (A), 'Code' (B)``), the
    first eight: what a refusal of the table says it found."""
    found = [translate("nodes_sheet", "{header!r} ({column})").format(
                 header=short_name(v.text(header).strip()), column=get_column_letter(j + 1))
             for j, header in enumerate(table.header) if not v.is_blank(header)]
    return bounded(found[:8], 8, len(found))


def _node_headers() -> str:
    """The ID and Label headers a node table is recognised by."""
    return ", ".join(alias.capitalize() for column in SHEETS["Nodes"][:2]
                     for alias in column.aliases)


def read_nodes(table: Table, reader: Reader, *, listing: bool = True) -> list[Node]:
    """The nodes of a Nodes sheet, each refused row a problem at its row. A ``listing``
    sheet is the analyst's list of the map's nodes: the names it writes become
    ``reader.listed``, and an edge may name no other node; a graph file's nodes list
    nothing (its edges may make more), so their names are not gathered."""
    columns = columns_of(table, "Nodes", reader)
    reader.positioned = "x" in columns or "y" in columns
    if "id" not in columns and "label" not in columns and refused_as_headless(table, reader):
        return []
    if "id" not in columns and "label" not in columns:
        reader.problem(table, table.header_row, None, translate(
            "nodes_sheet", "has neither an ID nor a Label column: its columns are headed "
                           "{headers}, and Windtunnel reads node tables (with an ID or a "
                           "Label column, headed {names}), edge tables (with From and To "
                           "columns, headed {ends}) and square matrices; an adjacency list is "
                           "not read").format(
                headers=_headers_found(table), ends=_end_headers(), names=_node_headers()))
        return []
    normative = normative_column(table, columns)     # cognitivemapr's value: no level
    if normative is not None:
        columns = {field: j for field, j in columns.items() if field != "initial"}
        reader.notes.append(normative_note(table, normative))
    generic = generic_levels_note(table, columns)    # Gephi's value: a level or an attribute
    if generic is not None:
        reader.notes.append(generic)
    taken: set[str] = set()
    ids_written = _ids_written(table, columns)
    exact, loose = _labels_as_ids(table, columns)
    # the ids a made id must not take: those of the rows read so far, every id the sheet
    # writes, and every label that reads as an id (see _labels_as_ids); kept as one set,
    # grown with ``taken``, so that a long sheet is not copied once per row
    avoid = TakenIds(ids_written | exact | loose)
    kinds_noted: set[str] = set()
    out, repeated = [], []
    first_rows: dict[str, tuple[int, str]] = {}     # an id given -> its first row and label
    several: dict[str, list[int]] = {"kind": [], "group": []}
    not_levers: list[int] = []        # restrictions whose Lever cell says no
    names_written: set[str] = set()   # every id and label the sheet writes, refused rows too
    for number, row, data in parsed_rows(table, "Nodes", columns, reader):
        if listing:
            names_written.update(loose_key(name.strip())
                                 for name in (data.get("label"), data.get("id")) if name)
        if not data.pop("_ok"):
            continue
        label, node_id = data.get("label") or "", data.get("id") or ""
        if not label.strip() and not node_id:
            if not blank_row(row):
                reader.problem(table, number, None, empty_message(
                    table, number, columns.get("label", columns.get("id")),
                    translate("nodes_sheet", "has neither an id nor a label")))
            continue
        if node_id in taken or node_id in reader.renamed:
            _repeated_id(node_id, label, number, first_rows[node_id], table, columns, reader,
                         repeated)
            continue
        first_rows[node_id] = (number, label)
        if node_id and reader.several_groups and not is_valid_id(node_id):
            made = v.new_id(label.strip() or node_id, avoid)
            reader.renamed[node_id] = made
            label, node_id = label if label.strip() else node_id, made
        if not node_id:
            claim = _label_id(label.strip())
            node_id = (claim if claim and claim not in taken and claim not in ids_written
                       and (claim == label.strip() or claim not in exact)
                       else v.new_id(label, avoid))
            reader.made.add(node_id)
        taken.add(node_id)
        avoid.add(node_id)
        kinds = _several(data.get("kind"), "kind", number, several)
        kind, tags = _kind(kinds[0] if kinds else "factor", table, number, reader, kinds_noted,
                           header_of(table, columns, "kind") if "kind" in columns else "Kind")
        groups = (_several(data.get("group"), "group", number, several)
                  if reader.several_groups else ())
        if groups:
            data["group"] = groups[0]
        extra = (kinds if len(kinds) > 1 else ()) + (groups if len(groups) > 1 else ())
        written = tuple(data.get("tags") or ())
        if normative is not None:
            extra += normative_tag(row, normative)
        # the Tags cell as written (a saved model round-trips), then what the kind or the
        # several values add, each once
        added = tuple(tag for tag in dict.fromkeys(tags + extra) if tag not in written)
        if kind == "restriction":      # a lever by its kind: the flag says nothing more
            if data.pop("lever", None) is False:
                not_levers.append(number)
        node = Node(**(clean(data, Node) | {
            "id": node_id, "label": label if label.strip() else node_id, "kind": kind,
            "tags": written + added,
            "position": tuple(0.0 if data.get(a) is None else data[a] for a in "xy")}))
        if checked(node, table, number, "Nodes", columns, reader) is None:
            continue
        reader.origin[("Nodes", len(out))] = (table, number)
        if data.get("x") is None or data.get("y") is None:
            reader.unplaced.add(node_id)
        out.append(node)
    reader.listed = frozenset(names_written) or None   # an empty sheet lists nothing
    _note_several(several, table, columns, reader)
    if not_levers:
        reader.note(table, None, header_of(table, columns, "lever"), translate(
            "nodes_sheet", "a restriction is always a lever (a policy the scenarios set), so "
                           "the \"no\" of the restrictions in rows {rows} was not taken; make "
                           "a node that is no lever a factor or an actor").format(
                rows=rows_text(not_levers)))
    if reader.renamed:
        reader.note(table, None, header_of(table, columns, "id"),
                    renamed_ids_note(list(reader.renamed)))
    if len(repeated) == 1:
        reader.note(table, None, header_of(table, columns, "id"), translate(
            "nodes_sheet", "skipped 1 row repeating the id and label of a row above (row "
                           "{rows}); the first row was kept").format(rows=rows_text(repeated)))
    elif repeated:
        reader.note(table, None, header_of(table, columns, "id"), translate(
            "nodes_sheet", "skipped {count} rows repeating the id and label of a row above "
                           "(rows {rows}); the first row of each id was kept").format(
                count=len(repeated), rows=rows_text(repeated)))
    return out


def _repeated_id(node_id: str, label: str, number: int, first: tuple[int, str], table: Table,
                 columns: dict[str, int], reader: Reader, repeated: list[int]) -> None:
    """A row repeating the id of a row above: skipped (noted) when it repeats its label too,
    or leaves it blank, a row written twice; refused, naming both rows, when its label is
    another: two nodes given one id is a slip, and which of them the edges mean is not the
    importer's to guess (keeping the first would drop the second node without a word)."""
    first_row, first_label = first
    if not label.strip() or loose_key(label.strip()) == loose_key(first_label.strip()):
        repeated.append(number)
        return
    reader.problem(table, number, header_of(table, columns, "id"), translate(
        "nodes_sheet", "repeats the id {id!r} of row {row} with another label ({label!r}, "
                       "where row {row} says {first!r}): give each node its own id").format(
            id=short_name(node_id), row=first_row, label=short_name(label.strip()),
            first=short_name(first_label.strip())))


def renamed_ids_note(changed: list[str]) -> str:
    """The note on another tool's node ids that are not valid Windtunnel ids (a graph
    file's or a node table's): the ids made for them come from their labels."""
    return translate("nodes_sheet", "{count} node id{s} not valid in Windtunnel ({c}{changed2}): "
                                    "new ids were made from the labels, which keep the original "
                                    "text").format(
        count=len(changed), s="s" if len(changed) != 1 else "",
        c=", ".join(repr(c) for c in changed[:3]), changed2=", ..." if len(changed) > 3 else "")


def _ids_written(table: Table, columns: dict[str, int]) -> set[str]:
    """The valid ids the ID column writes, which an id made for a row without one must
    not take: a row's own id wins over one made for another."""
    if "id" not in columns:
        return set()
    at = columns["id"]       # as the id is read: a number cell 3.0 is the id "3"
    return {text for text in (v.text(row[at]).strip() for row in table.rows
                              if at < len(row) and row[at] is not None)
            if is_valid_id(text)}


#: An id as Windtunnel makes one from a label (:func:`~windtunnel.model.vocabulary.slugify`).
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _label_id(label: str) -> str | None:
    """The id a label reads as, compared without case and Unicode form (``demand`` and
    ``Demand`` read as ``demand``; ``Beta Gamma`` reads as no id), None when it reads as
    none."""
    key = loose_key(label)
    return key if len(key) <= MAX_ID - 4 and _SLUG.fullmatch(key) else None


def _labels_as_ids(table: Table, columns: dict[str, int]) -> tuple[set[str], set[str]]:
    """The labels of the sheet that read as ids (:func:`_label_id`): those written exactly
    so, and the ids the others read as. A row without an id takes the id its label reads
    as, a label written exactly so first (``demand`` keeps ``demand``); an id made for any
    other row avoids them all, so that an edge naming a label (``beta-gamma``) never
    meets an id made for another row (``Beta Gamma``), however the two are compared."""
    if "label" not in columns:
        return set(), set()
    at = columns["label"]
    labels = {v.text(row[at]).strip() for row in table.rows
              if at < len(row) and row[at] is not None}
    read = {label: _label_id(label) for label in labels}
    exact = {label for label, key in read.items() if key == label}
    return exact, {key for key in read.values() if key is not None} - exact


def _kind(word: str, table, number, reader, noted, header) -> tuple[str, tuple[str, ...]]:
    kind = KIND_WORDS.get(word.strip().lower())
    if kind is not None:
        return kind, ()
    if word not in noted:
        noted.add(word)
        reader.note(table, number, header, translate(
            "nodes_sheet", "node type {word!r} is not a Windtunnel kind; imported as a factor, "
                           "the type kept as a tag").format(word=word))
    return "factor", (word,)


def _several(cell: str | None, name: str, number: int,
             several: dict[str, list[int]]) -> tuple[str, ...]:
    """The values of a Type or Group cell: one, or several as Kumu writes them (``A|B|C``),
    blank parts left out; a row holding several is remembered under ``name``."""
    values = tuple(dict.fromkeys(part.strip() for part in (cell or "").split("|")
                                 if part.strip()))
    if len(values) > 1:
        several[name].append(number)
    return values


def _note_several(several: dict[str, list[int]], table: Table, columns: dict[str, int],
                  reader: Reader) -> None:
    """One note per column whose cells held several values (Kumu's ``A|B|C``)."""
    for name, numbers in several.items():
        if not numbers:
            continue
        message = (translate("nodes_sheet", "cells holding several values separated by | (as "
                                            "Kumu writes them: {where}): the first value gave "
                                            "the node's kind, and every value was kept as a tag")
                   if name == "kind" else
                   translate("nodes_sheet", "cells holding several values separated by | (as "
                                            "Kumu writes them: {where}): the first value gave "
                                            "the node's group, and every value was kept as a "
                                            "tag"))
        reader.note(table, None, header_of(table, columns, name), message.format(
            where=rows_text([located(table.row_word, table.places.get(n, n))
                             for n in numbers])))


def rows_text(numbers: list) -> str:
    """The first eight rows (numbers, or other names of them), "..." after them when more."""
    return ", ".join(str(n) for n in numbers[:8]) + (", ..." if len(numbers) > 8 else "")
