"""What tells a graph file's parallel edges apart, kept in the rationale of the one edge
they merge into.

Gephi and GraphML allow several edges between the same two nodes: a multigraph, its
edges told apart by a Kind, a label or another attribute (``economic`` and ``social``
influence of a tax on car use). A map has one edge per pair, so they merge into one
(:mod:`windtunnel.io.repeated_edges`, as the ``repeated`` choice says), and its weight
alone would not say what was merged. So each parallel edge gives the merged edge's
rationale a line of its own: the attributes whose values differ among the edges of its
pair (its kind, label or another attribute; not what an estimate gives, such as its
confidence or sources), its weight as the file writes it, and its own rationale or label
after a dash (``Kind: economic, weight 0.5 \u2014 price``). Parallel edges told apart so are
influences of their own, so their sum is held at the bound of [-1, 1] rather than refused;
edges alike but for their weights are two estimates of one influence, and follow the
rule of an edge listed twice in a table, their rationales untouched; and so do more
than :data:`LISTED` parallel edges of one pair (a network of interactions, one edge per
contact or per day: a count of one tie, not channels to list one by one, and a list the
length of a rationale would not hold).

A table's rows (Gephi's edges table, a workbook's Edges sheet) are told apart the same way
(:func:`with_parallels_described`), by the columns no field reads (Gephi's ``Kind`` and
``Label``), a Type column of categories (Kumu's connection type) and the rationale, its lines written into the Rationale column (added when the
table has none). An edge's id, the times it exists and the participant who rated it never
tell parallel edges apart: ids differ from edge to edge, and the same influence at other
times or rated by others is an estimate of it, not an influence of its own. The attributes
and columns that told edges apart are kept (:attr:`Parallels.keys`), so that the note on
what was ignored says they were used.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from operator import itemgetter

from ..language import translate
from . import values as v
from .edge_column_roles import category_column
from .rows import TIME_COLUMNS, Reader, columns_of
from .sheets import SHEETS
from .tables import Table

__all__ = ["Parallels", "describe_parallel", "with_parallels_described"]

#: Row keys that are the edge itself, not what tells it from its parallels.
_OWN = ("from", "to", "weight")
#: The headers of what an estimate of one influence gives (its weight under any name, its
#: bounds, delay, confidence and sources): parallel edges that differ only in these are
#: estimates of one influence, not influences of their own.
_ESTIMATE = frozenset(alias for column in SHEETS["Edges"] if column.field in (
    "weight", "low", "high", "delay", "confidence", "sources", "unrated_weight")
    for alias in column.aliases)
#: The headers of what never tells parallel edges apart: the edge's own id, the times it
#: exists, the participant who rated it.
_NOT_A_KIND = frozenset(("id", "key", "edge id", "participant", "participant id", "expert",
                         *TIME_COLUMNS))
#: The most parallel edges of one pair told apart and listed in its rationale.
LISTED = 12


@dataclass(frozen=True)
class Parallels:
    """The parallel edges told apart: the numbers (from 1) of their rows, and the keys
    (attributes or column headers, as written) that told them apart."""

    rows: set[int]
    keys: tuple[str, ...]


def describe_parallel(rows: list[dict], rationale: str) -> Parallels:
    """Lead the ``rationale`` of each edge row that shares its From and To with up to
    :data:`LISTED` others, told apart by something besides their weight, with what tells
    it apart and its weight (see the module docstring); which rows those are, and by
    what they were told apart."""
    pairs: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        pairs.setdefault((row["from"], row["to"]), []).append(index)
    distinct: set[int] = set()
    keys: dict[str, None] = {}
    for indices in pairs.values():
        if not 2 <= len(indices) <= LISTED:
            continue
        group = [rows[index] for index in indices]
        differing = [key for key in dict.fromkeys(k for row in group for k in row)
                     if isinstance(key, str) and key not in _OWN
                     and v.normal_header(key) not in _ESTIMATE | _NOT_A_KIND
                     and len({_shown(row.get(key)) for row in group}) > 1]
        if not differing:
            continue
        distinct.update(index + 1 for index in indices)
        differing = [key for key in differing if key != rationale]
        keys.update(dict.fromkeys(differing))
        for row in group:
            parts = [f"{key}: {_shown(row[key])}" for key in differing
                     if not v.is_blank(row.get(key))]
            if not v.is_blank(row.get("weight")):
                parts.append(translate("parallel_edges", "weight {weight}").format(
                    weight=_shown(row["weight"])))
            said = "" if v.is_blank(row.get(rationale)) else _shown(row[rationale])
            line = ", ".join(parts)
            row[rationale] = f"{line} \u2014 {said}" if line and said else line or said
    return Parallels(distinct, tuple(keys))


def with_parallels_described(table: Table) -> Table:
    """An edges table whose parallel rows (the same From and To written alike) told apart
    by a column no field reads, a Type column of categories, or by their rationale, have
    their rationale led by what tells them apart and their weight, as a graph file's
    parallel edges have (see the module docstring); the rows and columns that told them apart kept in
    :attr:`Table.distinct_parallels` and :attr:`Table.parallel_columns`. The table itself
    when no rows are so told apart."""
    columns = columns_of(table, "Edges", Reader())      # its notes are the reader's to give
    if not {"source", "target"} <= set(columns):
        return table
    category = category_column(table, dict(columns), Reader())
    fields = {index: name for name, index in columns.items() if index != category}
    own = {"source": "from", "target": "to", "weight": "weight"}
    headers = [v.text(header).strip() for header in table.header]
    kept = [index for index, header in enumerate(headers)
            if index in fields and fields[index] in (*own, "rationale")
            or index not in fields and header]
    rationale = headers[columns["rationale"]] if "rationale" in columns else "Rationale"
    candidates = _rows_sharing_ends(table.rows, columns["source"], columns["target"])
    rows = []
    for number in candidates:
        row = table.rows[number]
        cells = {own.get(fields.get(index), headers[index]):
                 row[index] if index < len(row) else None for index in kept}
        cells["from"], cells["to"] = (_end(cells[end]) for end in ("from", "to"))
        rows.append(cells)
    parallels = describe_parallel(rows, rationale)
    if not parallels.rows:
        return table
    told_apart = {candidates[index - 1]: rows[index - 1] for index in parallels.rows}
    at = columns.get("rationale", len(headers))
    header = table.header if at < len(headers) else [*table.header, rationale]
    described = []
    for number, row in enumerate(table.rows):
        row = list(row) + [None] * (len(header) - len(row))
        if number in told_apart:
            row[at] = told_apart[number][rationale]
        described.append(row)
    return replace(table, header=header, rows=described,
                   distinct_parallels={table.numbers[number] for number in told_apart},
                   parallel_columns=parallels.keys)


def _rows_sharing_ends(rows: list, source: int, target: int) -> list[int]:
    """The indices of the table's rows whose From and To (written alike) are shared by
    between two and :data:`LISTED` rows: the only rows that may be parallel edges told
    apart, so that a table without them is read once, by its two ends, and nothing else.
    Each distinct cell is brought to the form rows are matched by once (a table names far
    fewer nodes than it has rows), and the rows' pairs are counted only when some pair
    comes twice (rarely: most tables list each edge once)."""
    if min(map(len, rows), default=0) > max(source, target):    # every row holds both
        starts, ends = (list(map(itemgetter(at), rows)) for at in (source, target))
    else:
        starts, ends = ([row[at] if at < len(row) else None for row in rows]
                        for at in (source, target))
    matched = {cell: _end(cell) for cell in {*starts, *ends}}
    pairs = list(zip(map(matched.__getitem__, starts), map(matched.__getitem__, ends)))
    if len(set(pairs)) == len(pairs):
        return []
    counts = Counter(pairs)
    return [index for index, pair in enumerate(pairs) if 2 <= counts[pair] <= LISTED]


def _end(cell) -> str:
    """An edge's end as rows are matched by it: its text, trimmed, in one case."""
    return v.text(cell).strip().casefold()


def _shown(value) -> str:
    """A value as a rationale line writes it: its text, trimmed."""
    return "" if v.is_blank(value) else v.text(value).strip()
