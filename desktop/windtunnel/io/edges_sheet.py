"""The Edges sheet of a table import: one edge per row, From and To naming nodes.

Signs from a Kumu-style Type column (a Type column holding categories, or only the number
1 under a header that is not Sign or Polarity, is kept in the rationale instead), weights blank, labelled or fuzzy, and weights outside [-1, 1] rescaled
or refused as the import's options say (see :mod:`windtunnel.io.tabular`).

An edge on two or more rows (the same From and To; GraphML's and GEXF's parallel edges
come here as rows too) is merged as the ``repeated`` option says: weights added (Gephi's
rule), their mean, or refused, and the rows' bounds (a fuzzy weight's) with them; the
note names each merged edge and its rows. A repeated edge never changes the rest of the
map: when every weight as written fits [-1, 1] (an FCM map) and the weights of a repeated
edge add up to more, that edge is refused where its rows are, rather than the whole map
divided by its sum (bounds that add up to more are held to [-1, 1]). When weights as written range
outside [-1, 1] (Gephi's interaction counts), sums are counts too, and the whole map is
rescaled or refused as it would be anyway.

A row whose From and To name one node (Gephi's tables hold such self-loops) is skipped
and the note names its rows, as GraphML's and GEXF's self-loops are.

Each row's edge is checked as it is read, at any scale (``Edge.problems(any_scale=True)``:
all but whether the weight and its bounds lie in [-1, 1], which only the rescaling can
settle; a positive rescale keeps ``low <= weight <= high``), so a row wrong in itself is
refused where it is before any question (undirected rows, repeated edges, weights outside
[-1, 1]) is asked, and so is a repeated edge whose rows, merged, give it what no edge may
hold (rationales joined past the length of a text); the range is checked once the
questions are answered.

This module reads the rows; beside it, :mod:`~windtunnel.io.edge_column_roles` settles
which columns are read how before the rows are (categories, numeric confidence, an
unread column of signed weights), :mod:`~windtunnel.io.repeated_edges` merges the edges
listed more than once, and :mod:`~windtunnel.io.weight_range` applies the out-of-range
choice to every weight at once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import count, repeat

from ..errors import Problem
from ..language import translate
from ..model import DEFAULT_WEIGHT, Edge, Node
from .cells import cell_text
from .columns import parsed_rows
from .dynamic_values import with_final_weights
from .edge_column_roles import (category_column, drop_numeric_confidence, note_unread_signs,
                                refuse_unread_signs, with_category)
from .edge_direction import ask_when_sound, with_directions
from .edges_columns import edges_at_once
from .importing import ASK, ChoiceNeeded, ImportOptions
from .lookalikes import explained
from .merged import empty_message, merged_message
from .naming import bounded, short_name
from .node_resolver import NodeResolver
from .nodes_sheet import refused_as_headless, rows_text
from .parallel_edges import with_parallels_described
from .repeated_edges import (merge_into, refuse_unfit_merges, row_bounds, row_edge,
                             settle_repeats)
from .rows import FIELD_HEADERS, Reader, blank_row, checked, columns_of, header_of
from .weight_labels import label_weights_note
from .tables import Table, located
from .weight_range import LISTED_CELLS, fit_weights

__all__ = ["read_edges"]


def read_edges(table: Table, nodes: list[Node], reader: Reader,
                options: ImportOptions) -> list[Edge]:
    table = with_final_weights(table, reader)
    table, undirected = with_directions(table, reader, options)
    if table.row_word != "edge":        # a graph file's parallel edges are described already
        table = with_parallels_described(table)
    columns = dict(columns_of(table, "Edges", reader))
    if not {"source", "target"} <= set(columns) and refused_as_headless(table, reader):
        return []
    for name in ("source", "target"):
        if name not in columns:
            reader.problem(table, table.header_row, None, translate(
                "edges_sheet", "has no {header} column").format(
                    header=FIELD_HEADERS["Edges"][name]))
            return []
    refuse_unread_signs(table, columns, reader)
    note_unread_signs(table, columns, reader)
    _note_decimal_commas(table, columns, reader)
    if "weight" in columns and (labelled := label_weights_note(table.cells_of(
            columns["weight"]))):
        reader.note(table, None, header_of(table, columns, "weight"), labelled)
    _refuse_grouping_points(table, columns, reader)
    drop_numeric_confidence(table, columns, reader)
    category = category_column(table, columns, reader)
    unweighted = "weight" not in columns and "sign" not in columns
    if unweighted and (category is not None or table.rows):   # no edge, no weight given it
        _note_unweighted(table, category, reader)
    at_once = (edges_at_once(table, columns, nodes, unweighted, options, reader)
               if category is None else None)
    if at_once is not None:
        out, numbers, resolve, blanks, scaled = at_once
        _note_blanks(blanks, table, columns, reader)
        if scaled is not None:
            reader.notes.append(scaled)
        reader.origin.update(zip(zip(repeat("Edges"), count()), zip(repeat(table), numbers)))
        ask_when_sound(undirected, options, reader)
        return _with_nodes(out, nodes, resolve, table, reader, options)
    resolve = NodeResolver(nodes, reader.renamed, reader.listed, reader.made)
    merged: dict[tuple[str, str], dict] = {}
    blanks, loops = [], []
    ends_headers = [(name, header_of(table, columns, name)) for name in ("source", "target")]
    for number, row, data in parsed_rows(table, "Edges", columns, reader, resolve.typed_node):
        if not data.pop("_ok"):
            continue
        ends = []
        for name, header in ends_headers:
            if not data[name]:
                if not blank_row(row):
                    reader.problem(table, number, header, empty_message(
                        table, number, columns[name], translate("edges_sheet", "is empty")))
                break
            end = resolve(data[name], table, number, reader, header)
            if end is None:
                break
            ends.append(end)
        if len(ends) < 2:
            continue
        if ends[0] == ends[1]:
            loops.append(number)
            continue
        if unweighted:
            strength, given = DEFAULT_WEIGHT, False
        else:
            strength, given = _signed_weight(data, table, number, columns, reader)
            if strength is None:
                continue
            if not given:
                blanks.append(number)
        data["weight"] = strength
        if category is not None and number not in table.distinct_parallels:
            # a parallel edge's rationale names its category already, with its weight
            data["rationale"] = with_category(data.get("rationale") or "", table, row, category)
        edge = row_edge(data, *ends)
        if checked(edge, table, number, "Edges", columns, reader,
                   edge.problems(any_scale=True)) is None:
            continue                           # refused for itself, before any question
        key = (ends[0], ends[1])
        if key in merged:
            merge_into(merged[key], data, given, number)
            continue
        merged[key] = data | {"source": ends[0], "target": ends[1], "_row": number,
                              "row_edge": edge, "_rows": [number],
                              "_weights": [strength] if given else [],
                              "_weighed": [number] if given else [],
                              "row_bounds": [row_bounds(data)] if given else [],
                              "_names": (data["source"], data["target"])}
    rows = list(merged.values())
    refuse_unfit_merges(rows, table, columns, reader)
    _note_blanks(blanks, table, columns, reader)
    _note_loops(loops, table, columns, reader)
    ask_when_sound(undirected, options, reader)
    settle_repeats(rows, table, columns, reader, options)
    fit_weights(rows, table, columns, reader, options)
    out: list[Edge] = []
    for data in merged.values():
        if data.get("_refused"):
            continue
        number = data["_row"]
        edge = data["row_edge"]                   # its row's, checked; its range now fitted
        if len(data["_rows"]) > 1:             # a merged edge is new: checked in full
            edge = row_edge(data, data["source"], data["target"])
            if checked(edge, table, number, "Edges", columns, reader) is None:
                continue
        elif edge.weight != data["weight"] or (edge.low, edge.high) != row_bounds(data):
            edge = replace(edge, weight=data["weight"], low=data.get("low"),
                           high=data.get("high"))          # rescaled
        reader.origin[("Edges", len(out))] = (table, number)
        out.append(edge)
    return _with_nodes(out, nodes, resolve, table, reader, options)


def _note_unweighted(table: Table, category: int | None, reader: Reader) -> None:
    """Note that no column gave the edges a weight or sign, so each got the default: in a
    table's words (a Weight or Type column), or a graph file's (an edge attribute), whose
    reader has no columns to look for."""
    graph = table.column_word == "attribute"
    if category is not None:                    # a Type column, read as categories
        message = (translate("edges_sheet", "the edges have no weight attribute, and this "
                                            "attribute was read as categories, not signs: "
                                            "every edge got the weight {weight:+g}") if graph
                   else translate("edges_sheet", "no Weight column, and this Type column was "
                                                 "read as categories, not signs: every edge "
                                                 "got the weight {weight:+g}"))
        reader.note(table, table.header_row, table.header[category],
                    message.format(weight=DEFAULT_WEIGHT))
        return
    message = (translate("edges_sheet", "the edges have no weight attribute: "
                                        "every edge got the weight {weight:+g}") if graph
               else translate("edges_sheet", "no Weight or Type column: every edge got the "
                                             "weight {weight:+g}"))
    reader.note(table, table.header_row, None, message.format(weight=DEFAULT_WEIGHT))


def _note_blanks(blanks: list[int], table: Table, columns: dict[str, int],
                 reader: Reader) -> None:
    """Note the rows without a weight, which get the default; refuse those whose weight
    cell a merge emptied (the user sees a weight there, which a default would replace)."""
    if blanks and table.merged and "weight" in columns:
        header = header_of(table, columns, "weight")
        merged = [(number, merged_message(table, number, columns["weight"]))
                  for number in blanks]
        for number, message in merged:
            if message:
                reader.problem(table, number, header, message)
        blanks = [number for number, message in merged if not message]
    if blanks:
        weight_header = header_of(table, columns, "weight") if "weight" in columns else None
        reader.note(table, None, weight_header, translate(
            "edges_sheet", "{count} edge{s} had no weight ({rows}): each got {weight:g}, "
                           "with its sign, as its final weight").format(count=len(blanks),
                                                   s="s" if len(blanks) != 1 else "",
                                                   rows=_named(blanks, table, columns),
                                                   weight=DEFAULT_WEIGHT))


def _note_loops(loops: list[int], table: Table, columns: dict[str, int],
                reader: Reader) -> None:
    """Rows whose From and To name one node: skipped, as GraphML's and GEXF's self-loops
    are (a node's influence on itself is the inference rule's memory term)."""
    loops = list(dict.fromkeys(loops))  # a row read both ways is one row
    if loops:
        reader.note(table, None, None, translate(
            "edges_sheet", "skipped {count} self-loop{s}, an edge from a node to itself "
                           "({rows})").format(count=len(loops), s="s" if len(loops) != 1 else "",
                                              rows=_named(loops, table, columns)))


def _named(numbers: list[int], table: Table, columns: dict[str, int]) -> str:
    """Rows as a note names them: by number in a sheet or CSV file (a frame's by its index
    labels, :attr:`Table.places`); as the file names them for the edges of a GraphML or
    GEXF file, whose rows are the reader's own (an undirected edge is two of them), not
    lines of the file; by their place in a JSON list of edges."""
    if table.row_word == "entry":
        return (translate("edges_sheet", "entry {rows}") if len(numbers) == 1 else
                translate("edges_sheet", "entries {rows}")).format(rows=rows_text(numbers))
    if table.row_word == "row" or not table.places:
        return (translate("edges_sheet", "row {rows}") if len(numbers) == 1 else
                translate("edges_sheet", "rows {rows}")).format(
            rows=rows_text([table.places.get(n, n) for n in numbers]))
    return rows_text(list(dict.fromkeys(table.places[n] for n in numbers)))


def _with_nodes(edges: list[Edge], nodes: list[Node], resolve: NodeResolver, table: Table,
                reader: Reader, options: ImportOptions) -> list[Edge]:
    """The edges, once the nodes their names created are added to ``nodes`` and noted, each
    with the row that first names it; a name close to another node's (a likely typing
    slip) is asked about, refused or noted, as ``near_names`` says."""
    nodes.extend(resolve.created)
    resolve.note_spellings(table, reader)
    if not resolve.created:
        return edges
    named = [translate("edges_sheet", "{name} ({place})").format(
                 name=repr(short_name(node.label)), place=_first_place(resolve, node, table))
             for node in resolve.created[:LISTED_CELLS]]        # only those the note shows
    count = len(resolve.created)
    reader.note(table, None, None, (translate(
        "edges_sheet", "created 1 node named in the edges but not in a Nodes sheet: {nodes}")
        if count == 1 else translate(
        "edges_sheet", "created {count} nodes named in the edges but not in a Nodes sheet: "
                       "{nodes}")).format(count=count,
                                          nodes=bounded(named, LISTED_CELLS, count)))
    _settle_near_names(resolve, table, reader, options)
    return edges


def _first_place(resolve: NodeResolver, node: Node, table: Table) -> str:
    """Where a created node is first named: its row (an edge's place in a graph file)."""
    number, _column = resolve.first[node.id]
    return located(table.row_word, table.places.get(number, number))


def _settle_near_names(resolve: NodeResolver, table: Table, reader: Reader,
                       options: ImportOptions) -> None:
    """Each created node whose name is close to another node's: asked about (the app), refused
    at its cell, or noted (the default), naming both and the rows."""
    pairs = resolve.near_pairs()
    if not pairs:
        return
    rows = {node.label: node for node in resolve.created}

    def close(node: Node, near: str) -> str:
        other = rows.get(near)
        said = (translate("edges_sheet", "{name!r} ({place}) is close to {near!r} "
                                         "({other})").format(
                    name=short_name(node.label), place=_first_place(resolve, node, table),
                    near=short_name(near), other=_first_place(resolve, other, table))
                if other is not None else
                translate("edges_sheet", "{name!r} ({place}) is close to {near!r}").format(
                    name=short_name(node.label), place=_first_place(resolve, node, table),
                    near=short_name(near)))
        return explained(said, node.label, near)

    text = bounded([close(node, near) for node, near in pairs[:LISTED_CELLS]],   # shown
                   LISTED_CELLS, len(pairs))
    if options.near_names == ASK and not reader.problems:
        raise ChoiceNeeded("near_names", Problem(table.where(), translate(
            "edges_sheet", "names that may be typing slips, each made a node of its own: "
                           "{pairs}").format(pairs=text)), ("refuse", "create"))
    if options.near_names == "refuse":
        for node, near in pairs:
            number, column = resolve.first[node.id]
            message = (translate("edges_sheet", "{name!r} is close to {near!r}: correct the "
                                                "name if they are one node, or import the file "
                                                "again and choose \u201cMake each name a node "
                                                "of its own\u201d when Windtunnel asks about "
                                                "these names") if options.asked else
                       translate("edges_sheet", "{name!r} is close to {near!r}: correct the "
                                                "name if they are one node, or import choosing "
                                                "to create both (--near-names create)"))
            reader.problem(table, number, column, explained(message.format(
                name=short_name(node.label), near=short_name(near)), node.label, near))
        return
    reader.note(table, None, None, translate(
        "edges_sheet", "names that may be typing slips, each made a node of its own: {pairs}; "
                       "correct the names in the file if they are one node").format(pairs=text))


def _note_decimal_commas(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Note the rows of a CSV file whose weight is 0 and whose next cell holds digits only:
    ``A,B,0,4`` is most likely 0.4 written with a decimal comma, which the file's commas
    split into the weight 0 and a 4 in the next column (a rationale, a delay). The row is
    read as written; the note names it, so the analyst can write 0.4 (or quote "0,4").

    When that next cell lies beyond the header (the row has more fields than the header
    has columns), nothing in the file says it is anything but the weight's decimals: the
    file is refused, naming the row and column, rather than read with the weight 0."""
    at = columns.get("weight")
    if not table.csv or at is None:
        return
    # the distinct weights written as a zero, found among the distinct cells (a CSV file's
    # cells are text), so that the rows of a large file are walked once, at set speed
    zeros = {cell for cell in set(table.cells_of(at, width=at + 2))
             if isinstance(cell, str) and cell.strip() in ("0", "-0", "+0")}
    if not zeros:
        return
    found = []
    column = header_of(table, columns, "weight")
    for number, row in zip(table.numbers, table.rows):
        if at + 1 >= len(row) or row[at] not in zeros:
            continue
        following = cell_text(row[at + 1]).strip()
        if not (following.isascii() and following.isdigit()):
            continue
        if at + 1 >= len(table.header):
            reader.problem(table, number, column, translate(
                "edges_sheet", "the weight {weight},{digits} is split in two by the file's "
                               "commas (the row has more fields than the header): write it "
                               "with a point ({weight}.{digits}), quote it "
                               "(\"{weight},{digits}\"), or save the file separated by "
                               "semicolons").format(
                weight=row[at].strip(), digits=following))
            continue
        found.append(translate("edges_sheet", "{place}: {weight},{digits}").format(
            place=located(table.row_word, number), weight=row[at].strip(),
            digits=following))
    if found:
        reader.note(table, None, column, translate(
            "edges_sheet", "a weight of 0 followed by a cell of digits looks like a decimal "
                           "comma, which the file's commas split in two (read as the weight 0 "
                           "and the digits in the next column): {rows}; write the weight with "
                           "a point (0.4), or quote it (\"0,4\")").format(
                rows=bounded(found, LISTED_CELLS)))


#: A weight written with a decimal comma (``0,35``), and one whose point may group
#: thousands (``1.000``, ``-2.500``), as a spreadsheet writing decimal commas writes them.
_DECIMAL_COMMA = re.compile(r"\s*[-+]?\d*,\d+\s*\Z", re.ASCII)
_GROUPING_POINT = re.compile(r"\s*[-+]?[1-9]\d{0,2}\.\d{3}\s*\Z", re.ASCII)


def _refuse_grouping_points(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Refuse, at its cell, a weight such as ``1.000`` in a Weight column whose other
    weights are written with decimal commas (``0,5``): where the comma marks decimals,
    the point groups thousands, so the cell may mean 1000 as well as 1, and either guess
    could change the map (its scale, every other weight once rescaled)."""
    at = columns.get("weight")
    if at is None:
        return
    cells = {cell for cell in set(table.cells_of(at)) if isinstance(cell, str)}
    if not any(map(_DECIMAL_COMMA.match, cells)):
        return
    grouped = {cell for cell in cells if _GROUPING_POINT.match(cell)}
    for number, row in zip(table.numbers, table.rows):
        if at < len(row) and row[at] in grouped:
            raw = row[at].strip()
            reader.problem(table, number, header_of(table, columns, "weight"), translate(
                "edges_sheet", "{raw!r} could be {thousands} (a point between thousands, as "
                               "with the decimal commas of this column's other weights) or "
                               "{decimal}; write it without the point, or with a decimal "
                               "comma").format(raw=raw, thousands=raw.replace(".", ""),
                                               decimal=raw.replace(".", ",")))


def _signed_weight(data, table, number, columns, reader) -> tuple[float | None, bool]:
    """The weight (with the sign of a Type column when there is one) and whether the row
    gave it; a blank weight gets :data:`DEFAULT_WEIGHT` times the sign."""
    strength, sign = data.get("weight"), data.get("sign")
    if strength is None:
        return (sign or 1) * DEFAULT_WEIGHT, False
    if sign is None:
        return strength, True
    if strength * sign < 0:
        if strength < 0 < sign:
            reader.problem(table, number, header_of(table, columns, "sign"), translate(
                "edges_sheet", "the type says positive but the weight is {weight:g}").format(
                    weight=strength))
            return None, True
        return -abs(strength), True
    return strength, True
