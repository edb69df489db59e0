"""The Edges sheet of a table import: one edge per row, From and To naming nodes.

Signs from a Kumu-style Type column (a Type column holding categories is kept in the
rationale instead), weights blank, labelled or fuzzy, repeated edges merged as Gephi merges
parallel edges, and weights outside [-1, 1] rescaled or refused as the import's options say
(see :mod:`windtunnel.io.tabular`).
"""

from __future__ import annotations

from itertools import count, repeat

from ..errors import LoadError
from ..language import translate
from ..model import DEFAULT_WEIGHT, Edge, Node
from . import values as v
from .cells import cell_text
from .columns import parsed_rows
from .edges_columns import edges_at_once
from .importing import ChoiceNeeded, ImportOptions, weight_scale
from .nodes_sheet import NodeResolver, rows_text
from .rows import FIELD_HEADERS, Reader, checked, clean, columns_of, header_of
from .tables import Table

__all__ = ["read_edges"]


def read_edges(table: Table, nodes: list[Node], reader: Reader,
                options: ImportOptions) -> list[Edge]:
    columns = dict(columns_of(table, "Edges", reader))
    for name in ("source", "target"):
        if name not in columns:
            reader.problem(table, table.header_row, None,
                           f"has no {FIELD_HEADERS['Edges'][name]} column")
            return []
    _drop_numeric_confidence(table, columns, reader)
    category = _category_column(table, columns, reader)
    unweighted = "weight" not in columns and "sign" not in columns
    if unweighted:
        reader.note(table, table.header_row, None, "no Weight or Type column: every edge got "
                                                   f"the weight {DEFAULT_WEIGHT:+g}")
    at_once = edges_at_once(table, columns, nodes, unweighted, options) if category is None \
        else None
    if at_once is not None:
        out, numbers, resolve, blanks, scaled = at_once
        _note_blanks(blanks, table, columns, reader)
        if scaled is not None:
            reader.notes.append(scaled)
        reader.origin.update(zip(zip(repeat("Edges"), count()), zip(repeat(table), numbers)))
        return _with_nodes(out, nodes, resolve, table, reader)
    resolve = NodeResolver(nodes)
    merged: dict[tuple[str, str], dict] = {}
    repeats, blanks = 0, []
    ends_headers = [(name, header_of(table, columns, name)) for name in ("source", "target")]
    for number, row, data in parsed_rows(table, "Edges", columns, reader):
        if not data.pop("_ok"):
            continue
        ends = []
        for name, header in ends_headers:
            if not data[name]:
                reader.problem(table, number, header, "is empty")
                break
            end = resolve(data[name], table, number, reader, header)
            if end is None:
                break
            ends.append(end)
        if len(ends) < 2:
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
        key = (ends[0], ends[1])
        if key in merged:
            repeats += 1
            _merge_into(merged[key], data, given)
            continue
        merged[key] = data | {"source": ends[0], "target": ends[1], "_row": number,
                              "_given": given}
    _note_blanks(blanks, table, columns, reader)
    if repeats:
        reader.note(table, None, None, f"merged {repeats} repeated edge"
                                       f"{'s' if repeats != 1 else ''} into the edge they repeat "
                                       "(weights added, as Gephi merges parallel edges)")
    _fit_weights(list(merged.values()), table, columns, reader, options)
    out: list[Edge] = []
    for data in merged.values():
        if data.get("_refused"):
            continue
        number = data["_row"]
        edge = Edge(**(clean(data, Edge) | {"source": data["source"],
                                             "target": data["target"], "weight": data["weight"]}))
        if checked(edge, table, number, "Edges", columns, reader) is None:
            continue
        reader.origin[("Edges", len(out))] = (table, number)
        out.append(edge)
    return _with_nodes(out, nodes, resolve, table, reader)


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
        reader.note(table, None, weight_header,
                    f"{len(blanks)} edge{'s have' if len(blanks) != 1 else ' has'} no weight "
                    f"({_named(blanks, table, columns)}): each got {DEFAULT_WEIGHT:g}, with "
                    "its sign")


def _named(numbers: list[int], table: Table, columns: dict[str, int]) -> str:
    """Rows as a note names them: by number in a sheet or CSV file; by their ends for the
    edges of a GraphML or GEXF file, whose rows are the reader's own (an undirected edge
    is two of them), not lines of the file."""
    if table.row_word != "edge":
        return f"rows {rows_text(numbers)}"
    rows = dict(zip(table.numbers, table.rows))
    source, target = columns["source"], columns["target"]
    ends = dict.fromkeys(f"{cell_text(rows[n][source])} → {cell_text(rows[n][target])}"
                         for n in numbers)       # parallel edges, merged later, once
    return rows_text(list(ends))


def _with_nodes(edges: list[Edge], nodes: list[Node], resolve: NodeResolver, table: Table,
                reader: Reader) -> list[Edge]:
    """The edges, once the nodes their names created are added to ``nodes`` and noted."""
    nodes.extend(resolve.created)
    resolve.note_spellings(table, reader)
    if resolve.created:
        reader.note(table, None, None, f"created {len(resolve.created)} node"
                                       f"{'s' if len(resolve.created) != 1 else ''} named in "
                                       "the edges but not in a Nodes sheet")
    return edges


def _category_column(table: Table, columns: dict[str, int], reader: Reader) -> int | None:
    """A Type/Relationship column whose values are not all signs holds categories (Kumu's
    ``Employee/Founder``): it is then not read as a sign, and its text is kept in each
    edge's rationale. Returns the column's index in that case."""
    index = columns.get("sign")
    if index is None:
        return None
    values = {cell_text(row[index]).strip() for row in table.rows if index < len(row)}
    values.discard("")
    words = {value for value in values if value.lower() not in v.SIGN_WORDS}
    if not words:
        return None
    del columns["sign"]
    shown = ", ".join(sorted(words)[:4]) + (", ..." if len(words) > 4 else "")
    reader.note(table, table.header_row, table.header[index],
                f"holds categories ({shown}), not signs: kept in each edge's rationale")
    return index


def _with_category(rationale: str, table: Table, row: list, index: int) -> str:
    word = cell_text(row[index]).strip() if index < len(row) else ""
    if not word:
        return rationale
    line = f"{cell_text(table.header[index]).strip()}: {word}"
    return f"{rationale}\n{line}" if rationale else line


def _merge_into(first: dict, data: dict, given: bool) -> None:
    """Fold a repeated edge into the first: explicit weights add up, texts are joined."""
    if given and first["_given"]:
        first["weight"] += data["weight"]
    elif given:
        first["weight"], first["_given"] = data["weight"], True
    for name in ("rationale",):
        extra = data.get(name) or ""
        if extra and extra not in (first.get(name) or ""):
            first[name] = f"{first[name]}\n{extra}" if first.get(name) else extra
    if data.get("sources"):
        first["sources"] = tuple(dict.fromkeys((*(first.get("sources") or ()),
                                                *data["sources"])))


def _fit_weights(rows: list[dict], table: Table, columns: dict[str, int], reader: Reader,
                 options: ImportOptions) -> None:
    """Apply the out-of-range choice to every weight and bound of the table at once."""
    values = [row.get(k) for row in rows for k in ("weight", "low", "high")]
    try:
        scale, note = weight_scale(values, options, table.where())
    except ChoiceNeeded:
        raise                                  # the caller asks its user, then reads again
    except LoadError:
        header = header_of(table, columns, "weight") if "weight" in columns else None
        for row in rows:
            if abs(row["weight"]) > 1:
                row["_refused"] = True
                reader.problem(table, row["_row"], header,
                               f"{row['weight']:g} is outside [-1, 1] (import with "
                               "--weights rescale to divide every weight by the largest)")
        return
    if note is None:
        return
    reader.notes.append(note)
    for row in rows:
        for name in ("weight", "low", "high"):
            if row.get(name) is not None:
                row[name] = row[name] / scale


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
            reader.problem(table, number, header_of(table, columns, "sign"),
                           f"the type says positive but the weight is {strength:g}")
            return None, True
        return -abs(strength), True
    return strength, True
