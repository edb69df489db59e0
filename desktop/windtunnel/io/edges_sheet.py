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
"""

from __future__ import annotations

from dataclasses import replace
from itertools import count, repeat

from ..errors import LoadError, Problem
from ..language import translate
from ..model import DEFAULT_WEIGHT, Edge, Node
from . import values as v
from .cells import cell_text
from .columns import parsed_rows
from .dynamic_values import with_final_weights
from .edge_direction import ask_when_sound, with_directions
from .edges_columns import edges_at_once
from .headers import stated_scale
from .importing import (ASK, ChoiceNeeded, ImportOptions, StrayQuestion, UnreadableScale,
                        stray_text, weight_scale)
from .naming import bounded, short_name
from .nodes_sheet import NodeResolver, rows_text
from .rows import FIELD_HEADERS, Reader, blank_row, checked, clean, columns_of, header_of
from .tables import Table, located

__all__ = ["read_edges"]

#: Headers that say a column holds signs, whose 1s are signs even with no -1 among them.
_SIGN_HEADERS = ("sign", "polarity")
#: The sign words that are numbers.
_NUMBER_SIGNS = {word for word in v.SIGN_WORDS if word.lstrip("+-").isdigit()}


def read_edges(table: Table, nodes: list[Node], reader: Reader,
                options: ImportOptions) -> list[Edge]:
    table = with_final_weights(table, reader)
    table, undirected = with_directions(table, reader, options)
    columns = dict(columns_of(table, "Edges", reader))
    for name in ("source", "target"):
        if name not in columns:
            reader.problem(table, table.header_row, None, translate(
                "edges_sheet", "has no {header} column").format(
                    header=FIELD_HEADERS["Edges"][name]))
            return []
    _refuse_unread_signs(table, columns, reader)
    _note_decimal_commas(table, columns, reader)
    _drop_numeric_confidence(table, columns, reader)
    category = _category_column(table, columns, reader)
    unweighted = "weight" not in columns and "sign" not in columns
    if unweighted and category is not None:     # a Type column, read as categories
        reader.note(table, table.header_row, table.header[category], translate(
            "edges_sheet", "no Weight column, and this Type column was read as categories, "
                           "not signs: every edge got the weight {weight:+g}").format(
                               weight=DEFAULT_WEIGHT))
    elif unweighted:
        reader.note(table, table.header_row, None, translate(
            "edges_sheet", "no Weight or Type column: every edge got the weight "
                           "{weight:+g}").format(weight=DEFAULT_WEIGHT))
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
    resolve = NodeResolver(nodes, reader.renamed, reader.listed)
    merged: dict[tuple[str, str], dict] = {}
    blanks, loops = [], []
    ends_headers = [(name, header_of(table, columns, name)) for name in ("source", "target")]
    for number, row, data in parsed_rows(table, "Edges", columns, reader):
        if not data.pop("_ok"):
            continue
        ends = []
        for name, header in ends_headers:
            if not data[name]:
                if not blank_row(row):
                    reader.problem(table, number, header, translate("edges_sheet", "is empty"))
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
        if category is not None:
            data["rationale"] = _with_category(data.get("rationale") or "", table, row, category)
        edge = _edge(data, *ends)
        if checked(edge, table, number, "Edges", columns, reader,
                   edge.problems(any_scale=True)) is None:
            continue                           # refused for itself, before any question
        key = (ends[0], ends[1])
        if key in merged:
            _merge_into(merged[key], data, given, number)
            continue
        merged[key] = data | {"source": ends[0], "target": ends[1], "_row": number,
                              "_edge": edge, "_rows": [number], "_weights": [strength] if given else [],
                              "_bounds": [_bounds(data)] if given else [],
                              "_names": (data["source"], data["target"])}
    rows = list(merged.values())
    _refuse_unfit_merges(rows, table, columns, reader)
    _note_blanks(blanks, table, columns, reader)
    _note_loops(loops, table, columns, reader)
    ask_when_sound(undirected, options, reader)
    _settle_repeats(rows, table, columns, reader, options)
    _fit_weights(rows, table, columns, reader, options)
    out: list[Edge] = []
    for data in merged.values():
        if data.get("_refused"):
            continue
        number = data["_row"]
        edge = data["_edge"]                   # its row's, checked; its range now fitted
        if len(data["_rows"]) > 1:             # a merged edge is new: checked in full
            edge = _edge(data, data["source"], data["target"])
            if checked(edge, table, number, "Edges", columns, reader) is None:
                continue
        elif edge.weight != data["weight"] or (edge.low, edge.high) != _bounds(data):
            edge = replace(edge, weight=data["weight"], low=data.get("low"),
                           high=data.get("high"))          # rescaled
        reader.origin[("Edges", len(out))] = (table, number)
        out.append(edge)
    return _with_nodes(out, nodes, resolve, table, reader, options)


def _edge(data: dict, source: str, target: str) -> Edge:
    """The edge a row's values (or a merged edge's) give, between the resolved ends."""
    return Edge(**(clean(data, Edge) | {"source": source, "target": target,
                                         "weight": data["weight"]}))


def _refuse_unread_signs(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Refuse an ignored column of signed weights in a table with no Weight or Type column.

    Without such a column every edge gets +0.5; a column Windtunnel did not recognise
    (``Score``, ``Impact``) that holds numbers or weight labels, some of them negative, is
    most likely the weights, and reading them all as +0.5 would turn its negative
    influences positive. Which column is meant is the analyst's to say, not a guess: the
    import is refused, naming the column and how to head it. A graph file's attributes
    (GraphML, GEXF) are not headers the analyst wrote, and are left as they are."""
    if "weight" in columns or "sign" in columns or table.row_word == "edge":
        return
    read = set(columns.values())
    for index, header in enumerate(table.header):
        if index in read or not v.normal_header(header):
            continue
        cells = [row[index] for row in table.rows
                 if index < len(row) and not v.is_blank(row[index])]
        weights = [_as_weight(cell) for cell in cells]
        if cells and None not in weights and min(weights) < 0 and set(weights) != {-0.25}:
            reader.problem(table, table.header_row, header, translate(
                "edges_sheet", "holds signed weights ({example}) but is not read as the "
                               "weights: without a Weight column every edge would get "
                               "{weight:+g} and the negative ones would turn positive; head "
                               "the column Weight (or Strength, Influence), or delete it to "
                               "import every edge with {weight:+g}").format(
                    example=", ".join(map(cell_text, cells[:3])), weight=DEFAULT_WEIGHT))


def _note_decimal_commas(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Note the rows of a CSV file whose weight is 0 and whose next cell holds digits only:
    ``A,B,0,4`` is most likely 0.4 written with a decimal comma, which the file's commas
    split into the weight 0 and a 4 in the next column (a rationale, a delay). The row is
    read as written; the note names it, so the analyst can write 0.4 (or quote "0,4")."""
    at = columns.get("weight")
    if not table.csv or at is None:
        return
    found = []
    for number, row in zip(table.numbers, table.rows):
        if at + 1 < len(row) and cell_text(row[at]).strip() in ("0", "-0", "+0"):
            following = cell_text(row[at + 1]).strip()
            if following.isascii() and following.isdigit():
                found.append(translate("edges_sheet", "{place}: {weight},{digits}").format(
                    place=located(table.row_word, number),
                    weight=cell_text(row[at]).strip(), digits=following))
    if found:
        reader.note(table, None, header_of(table, columns, "weight"), translate(
            "edges_sheet", "a weight of 0 followed by a cell of digits looks like a decimal "
                           "comma, which the file's commas split in two (read as the weight 0 "
                           "and the digits in the next column): {rows}; write the weight with "
                           "a point (0.4), or quote it (\"0,4\")").format(
                rows=bounded(found, LISTED_CELLS)))


def _as_weight(cell) -> float | None:
    """A cell read as a weight (a number or a label such as ``H-``), else None."""
    try:
        return v.weight(cell)
    except v.CellProblem:
        return None


def _drop_numeric_confidence(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Leave out a Confidence column that holds only numbers, with a note that says so.

    Other tools score confidence from 0 to 1 (or in percent); Windtunnel's confidence is
    low, medium or high, and no cut-off between them is the analyst's own, so the map
    comes in without the column (every edge medium) rather than refused or given
    categories nobody chose. A column that mixes numbers and words is read as usual
    and each cell that is not a level is refused where it is."""
    index = columns.get("confidence")
    if index is None:
        return
    cells = [row[index] for row in table.rows if index < len(row) and not v.is_blank(row[index])]
    if not cells or not all(map(v.reads_as_number, cells)):
        return
    del columns["confidence"]
    reader.note(table, None, header_of(table, {"confidence": index}, "confidence"), translate(
        "edges_sheet", "holds numbers ({example}), not the levels low, medium and high: the column "
                 "was not kept and every edge has the confidence medium (Windtunnel does not "
                 "guess which numbers mean which level); write low, medium or high in it to "
                 "keep it").format(example=", ".join(map(cell_text, cells[:3]))))


def _note_blanks(blanks: list[int], table: Table, columns: dict[str, int],
                 reader: Reader) -> None:
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
    """Rows as a note names them: by number in a sheet or CSV file; as the file names
    them for the edges of a GraphML or GEXF file (:attr:`Table.places`), whose rows are
    the reader's own (an undirected edge is two of them), not lines of the file."""
    if not table.places:
        return (translate("edges_sheet", "row {rows}") if len(numbers) == 1 else
                translate("edges_sheet", "rows {rows}")).format(rows=rows_text(numbers))
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
             for node in resolve.created]
    count = len(resolve.created)
    reader.note(table, None, None, (translate(
        "edges_sheet", "created 1 node named in the edges but not in a Nodes sheet: {nodes}")
        if count == 1 else translate(
        "edges_sheet", "created {count} nodes named in the edges but not in a Nodes sheet: "
                       "{nodes}")).format(count=count, nodes=bounded(named, LISTED_CELLS)))
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
        return (translate("edges_sheet", "{name!r} ({place}) is close to {near!r} "
                                         "({other})").format(
                    name=short_name(node.label), place=_first_place(resolve, node, table),
                    near=short_name(near), other=_first_place(resolve, other, table))
                if other is not None else
                translate("edges_sheet", "{name!r} ({place}) is close to {near!r}").format(
                    name=short_name(node.label), place=_first_place(resolve, node, table),
                    near=short_name(near)))

    text = bounded([close(node, near) for node, near in pairs], LISTED_CELLS)
    if options.near_names == ASK and not reader.problems:
        raise ChoiceNeeded("near_names", Problem(table.where(), translate(
            "edges_sheet", "names that may be typing slips, each made a node of its own: "
                           "{pairs}").format(pairs=text)), ("refuse", "create"))
    if options.near_names == "refuse":
        for node, near in pairs:
            number, column = resolve.first[node.id]
            reader.problem(table, number, column, translate(
                "edges_sheet", "{name!r} is close to {near!r}: correct the name if they are "
                               "one node, or import choosing to create both "
                               "(--near-names create)").format(
                    name=short_name(node.label), near=short_name(near)))
        return
    reader.note(table, None, None, translate(
        "edges_sheet", "names that may be typing slips, each made a node of its own: {pairs}; "
                       "correct the names in the file if they are one node").format(pairs=text))


def _category_column(table: Table, columns: dict[str, int], reader: Reader) -> int | None:
    """A Type/Relationship column whose values are not all signs holds categories (Kumu's
    ``Employee/Founder``): it is then not read as a sign, and its text is kept in each
    edge's rationale. Returns the column's index in that case.

    The numbers 1 and -1 are signs (a GraphML ``type`` attribute of -1 and 1), but a
    column of 1s alone is a type's code (Gephi's and Kumu's type ids, a column of 1s
    filled down) more likely than every edge said positive: unless its header says
    Sign or Polarity, such a column holds categories too. The note says which way the
    numbers were read."""
    index = columns.get("sign")
    if index is None:
        return None
    values = {cell_text(row[index]).strip() for row in table.rows if index < len(row)}
    values.discard("")
    header = table.header[index]
    words = {value for value in values if value.lower() not in v.SIGN_WORDS}
    if not words and values == {"1"} and v.normal_header(header) not in _SIGN_HEADERS:
        del columns["sign"]
        reader.note(table, table.header_row, header, translate(
            "edges_sheet", "holds only the number 1, a type's code rather than a sign (a "
                           "column of signs also holds -1 or another sign, or is headed Sign "
                           "or Polarity): kept in each edge's rationale"))
        return index
    if not words:
        if values & _NUMBER_SIGNS:
            reader.note(table, table.header_row, header, translate(
                "edges_sheet", "read the numbers in it as signs: 1 positive, -1 negative"))
        return None
    del columns["sign"]
    shown = ", ".join(sorted(words)[:4]) + (", ..." if len(words) > 4 else "")
    reader.note(table, table.header_row, header, translate(
        "edges_sheet", "holds categories ({categories}), not signs: kept in each edge's "
                       "rationale").format(categories=shown))
    return index


def _with_category(rationale: str, table: Table, row: list, index: int) -> str:
    word = cell_text(row[index]).strip() if index < len(row) else ""
    if not word:
        return rationale
    line = f"{cell_text(table.header[index]).strip()}: {word}"
    return f"{rationale}\n{line}" if rationale else line


def _merge_into(first: dict, data: dict, given: bool, number: int) -> None:
    """Fold a repeated edge into its first row: its row and given weight are kept for
    :func:`_settle_repeats`, its texts and sources joined to the first's."""
    first["_rows"].append(number)
    if given:
        first["_weights"].append(data["weight"])
        first["_bounds"].append(_bounds(data))
    for name in ("rationale",):
        extra = data.get(name) or ""
        if extra and extra not in (first.get(name) or ""):
            first[name] = f"{first[name]}\n{extra}" if first.get(name) else extra
    if data.get("sources"):
        first["sources"] = tuple(dict.fromkeys((*(first.get("sources") or ()),
                                                *data["sources"])))


def _refuse_unfit_merges(rows: list[dict], table: Table, columns: dict[str, int],
                         reader: Reader) -> None:
    """Refuse, where its first row is, each repeated edge whose rows merged into one edge
    give it what no edge may hold (rationales joined past the length of a text, more
    sources than an edge cites), before any question is asked: the texts and sources are
    merged whatever the answers, and a user asked about the weights would be refused
    anyway."""
    graph = table.row_word == "edge"     # GraphML or GEXF: parallel edges, not rows
    for row in rows:
        if len(row["_rows"]) < 2:
            continue
        edge = _edge(row, row["source"], row["target"])
        problems = edge.problems(any_scale=True)
        if not problems:
            continue
        row["_refused"] = True
        message = (translate("edges_sheet", "the edge {pair} is listed more than once "
                                            "({rows}), and the one edge its edges merge into "
                                            "would be refused: {problem}; merge them by hand "
                                            "into one that fits") if graph else translate(
            "edges_sheet", "the edge {pair} is listed more than once ({rows}), and the one edge "
                           "its rows merge into would be refused: {problem}; merge them by hand "
                           "into one row that fits"))
        checked(edge, table, row["_row"], "Edges", columns, reader, [
            (name, message.format(pair=_pair_text(row), rows=_listed(row, table), problem=problem))
            for name, problem in problems])


def _settle_repeats(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                    options: ImportOptions) -> None:
    """Give each edge on several rows the weight the ``repeated`` option says (the sum or the
    mean of the weights its rows give; a row without a weight adds nothing), or refuse it;
    note the edges merged. A caller that asks is asked only when the answer matters: when
    some edge has two or more weights. A sum outside [-1, 1] when every weight as written
    fits is refused where the edge's rows are (see the module docstring)."""
    repeated = [row for row in rows if len(row["_rows"]) > 1]
    if not repeated:
        return
    count, plural = len(repeated), "s" if len(repeated) != 1 else ""
    pairs = "; ".join(f"{_pair_text(row)} ({_listed(row, table)})" for row in repeated[:5]) + (
        "; ..." if count > 5 else "")
    if (options.repeated == ASK and not reader.problems   # a refused row: refused, not asked
            and any(len(row["_weights"]) > 1 for row in repeated)):
        raise ChoiceNeeded("repeated", Problem(table.where(), translate(
            "edges_sheet", "{count} edge{s} listed more than once: {pairs}").format(
                count=count, s=plural, pairs=pairs)))
    header = header_of(table, columns, "weight") if "weight" in columns else None
    graph = table.row_word == "edge"     # GraphML or GEXF: parallel edges, not rows
    if options.repeated == "refuse":
        for row in repeated:
            row["_refused"] = True
            reader.problem(table, row["_row"], None, (translate(
                "edges_sheet", "the edge {pair} is listed more than once ({rows}); merge the "
                               "edges into one, or import with --repeated add or mean") if graph
                else translate(
                "edges_sheet", "the edge {pair} is listed more than once ({rows}); merge the "
                               "rows into one, or import with --repeated add or mean")).format(
                    pair=_pair_text(row), rows=_listed(row, table)))
        return
    adding = options.repeated != "mean"          # "add", or "ask" when nothing differs
    fits = all(abs(value) <= 1 for row in rows
               for value in (*row["_weights"], *(b for pair in row["_bounds"] for b in pair),
                             row.get("low"), row.get("high"))
               if value is not None)
    for row in repeated:
        if row["_weights"]:
            total = sum(row["_weights"])
            row["weight"] = total if adding else total / len(row["_weights"])
            _merge_bounds(row, adding, fits)
    for row in repeated:
        if fits and abs(row["weight"]) > 1:
            row["_refused"] = True
            reader.problem(table, row["_row"], header, (translate(
                "edges_sheet", "the edge {pair} is listed more than once ({rows}) and its "
                               "weights add up to {total:g}, outside [-1, 1]; a repeated edge "
                               "does not rescale the rest of the map: keep one of its edges, "
                               "with the edge's weight, or import with --repeated mean to take "
                               "the mean of its parallel edges") if graph else translate(
                "edges_sheet", "the edge {pair} is listed more than once ({rows}) and its "
                               "weights add up to {total:g}, outside [-1, 1]; a repeated edge "
                               "does not rescale the rest of the map: keep one row with the "
                               "edge's weight, or import with --repeated mean to take the mean "
                               "of its rows")).format(pair=_pair_text(row), total=row["weight"],
                                                      rows=_listed(row, table)))
    if not any(len(row["_weights"]) > 1 for row in repeated):
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once into "
                                           "one each (no edge had two weights, so none were "
                                           "added or averaged): {pairs}")
    elif adding:
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once, "
                                           "adding their weights as Gephi merges parallel "
                                           "edges: {pairs}")
    else:
        message = translate("edges_sheet", "merged {count} edge{s} listed more than once, "
                                           "each with the mean of its weights: {pairs}")
    reader.note(table, None, None, message.format(count=count, s=plural, pairs=pairs))


def _bounds(data: dict) -> tuple[float | None, float | None]:
    """A row's low and high bounds of its weight (a fuzzy weight's, or its Low and High
    cells'), None where it gives none."""
    return data.get("low"), data.get("high")


def _merge_bounds(row: dict, adding: bool, fits: bool) -> None:
    """Bound a merged edge's weight as its weight was merged: each row's low (high), or its
    weight where the row gives none, added or averaged, so the weight stays within them
    (a triangular fuzzy weight's sum and mean are taken bound by bound); no bounds when
    no row gives one. In a map whose weights all fit [-1, 1] a sum's bounds are held to
    that range, which no weight leaves."""
    for index, name in enumerate(("low", "high")):
        given = [pair[index] for pair in row["_bounds"]]
        if all(bound is None for bound in given):
            row[name] = None
            continue
        total = sum(weight if bound is None else bound
                    for bound, weight in zip(given, row["_weights"]))
        value = total if adding else total / len(given)
        row[name] = min(1.0, max(-1.0, value)) if fits else value


def _pair_text(row: dict) -> str:
    """An edge as its first row names its ends: ``Tax → Demand``."""
    source, target = (short_name(name.strip()) for name in row["_names"])
    return f"{source} → {target}"


def _listed(row: dict, table: Table) -> str:
    """Where a repeated edge is listed: its rows in a sheet or CSV file; how many times
    in GraphML or GEXF, whose rows are the reader's own, not lines of the file."""
    if table.row_word == "edge":
        return translate("edges_sheet", "{count} times").format(count=len(row["_rows"]))
    return translate("edges_sheet", "rows {rows}").format(rows=rows_text(row["_rows"]))


def _fit_weights(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                 options: ImportOptions) -> None:
    """Apply the out-of-range choice to every weight and bound of the table at once (the
    edges refused already left out): afterwards each weight and bound kept lies in [-1, 1],
    rescaled or refused where it is, so a row's edge needs no check but its own row's."""
    rows = [row for row in rows if not row.get("_refused")]
    # a blank weight (±0.5) is final, never the scale nor what a scale is checked against
    values = [row.get(k) for row in rows for k in ("weight", "low", "high")
              if k != "weight" or row["_weights"]]
    stated = stated_scale(header_of(table, columns, "weight")) if "weight" in columns else None
    try:
        scale, note = weight_scale(values, options, table.where(), stated)
    except StrayQuestion as question:
        if reader.problems:                # refused for its rows: the strays with them
            _refuse_beyond(rows, UnreadableScale(question.beyond, _stray_message, "", 0),
                           table, columns, reader)
            return
        raise StrayQuestion(Problem(table.where(), stray_text(
            question.strays, _beyond_cells(rows, question.beyond, table, columns))),
            question.strays) from None
    except ChoiceNeeded:
        if not reader.problems:
            raise                              # the caller asks its user, then reads again
        # refused for its rows, never asked: no weight is refused for its range meanwhile
        scale, note = weight_scale(values, replace(options, out_of_range="rescale"),
                                   table.where())
    except UnreadableScale as exc:
        _refuse_beyond(rows, exc, table, columns, reader)
        return
    except LoadError:
        for row in rows:
            for name in ("weight", "low", "high"):
                value = row.get(name)
                if value is not None and abs(value) > 1:
                    row["_refused"] = True
                    reader.problem(table, row["_row"], _bound_header(table, columns, name),
                                   translate("edges_sheet", "{weight:g} is outside [-1, 1] "
                                                            "(import with --weights rescale to "
                                                            "divide every weight by the "
                                                            "largest)").format(weight=value))
        return
    if note is None:
        return
    reader.notes.append(note)
    for row in rows:
        for name in ("weight", "low", "high"):
            # a weight no row gave (blank: ±0.5) is already in the scale the map ends up in
            if row.get(name) is not None and (name != "weight" or row["_weights"]):
                row[name] = row[name] / scale


def _refuse_beyond(rows: list[dict], refusal: UnreadableScale, table: Table,
                   columns: dict[str, int], reader: Reader) -> None:
    """Refuse each weight or bound the refusal blames, at its row and column."""
    for row in rows:
        for name in ("weight", "low", "high"):
            value = row.get(name)
            if value is not None and abs(value) > refusal.beyond:
                row["_refused"] = True
                reader.problem(table, row["_row"], _bound_header(table, columns, name),
                               refusal.cell_message(value))


def _stray_message(weight: float) -> str:
    return translate("edges_sheet", "{weight:g} is outside [-1, 1], where the other weights "
                                    "are: correct it").format(weight=weight)


#: The most cells a question or a note lists.
LISTED_CELLS = 8


def _beyond_cells(rows: list[dict], beyond: float, table: Table, columns: dict[str, int]) -> str:
    """The places of the weights and bounds past ``beyond``, each with its value: the first
    :data:`LISTED_CELLS`, then how many more."""
    cells = [translate("edges_sheet", "{place} ({weight:g})").format(
                 place=table.where(row["_row"], _bound_header(table, columns, name)),
                 weight=row[name])
             for row in rows for name in ("weight", "low", "high")
             if row.get(name) is not None and abs(row[name]) > beyond]
    return bounded(cells, LISTED_CELLS)


def _bound_header(table: Table, columns: dict[str, int], name: str) -> str | None:
    """The column of a weight or its bound: Low or High, or the Weight column whose fuzzy
    cell gave it."""
    for field_name in (name, "weight"):
        if field_name in columns:
            return header_of(table, columns, field_name)
    return None


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
