"""The Edges sheet read a column at a time, for the tables that need nothing row by row.

Most Edges tables are plain: every cell settled by the column-at-once parse, no Type
column, no repeated edge, every name naming one node, every edge sound. For those,
:func:`edges_at_once` resolves each distinct name once, sets blank weights and applies the
out-of-range choice to whole columns, checks the edges a column at a time
(:func:`~windtunnel.model.bulk.sound_edges`: cells read by the parsers are never left
unsettled there, so a row it does not pass has a problem) and builds them without a per-edge constructor
call (:func:`~windtunnel.model.bulk.trusted_edges`). It gives exactly what the row-by-row
reader of :mod:`windtunnel.io.edges_sheet` gives: the same edges, created nodes and notes,
in the same order. Anything else (a cell to refuse or note, a sign, a category, a repeat,
an ambiguous name, a problem in an edge, weights to refuse) returns None before anything
is recorded, and the row-by-row reader then reads the sheet and names each problem's row
and column, so messages never change. ``tests/io/test_io_columns.py`` compares the two.
"""

from __future__ import annotations

from collections import deque
from itertools import chain, count

from ..errors import LoadError
from ..model import DEFAULT_WEIGHT, Edge, Node
from ..model.bulk import sound_edges, trusted_edges
from .columns import settled_columns
from .headers import stated_scale
from .importing import ImportOptions, weight_scale
from .node_resolver import NodeResolver
from .rows import Reader
from .tables import Table

__all__ = ["edges_at_once", "AtOnce"]

#: The fields an Edges row may give besides its ends and weight, with the edge's default
#: for a blank cell (a blank is None, "" or (), as :func:`windtunnel.io.rows.clean` says).
_OPTIONAL = {"delay": 0, "confidence": "medium", "low": None, "high": None,
             "rationale": "", "sources": (), "unrated_weight": None, "unrated_low": None,
             "unrated_high": None}
_BLANKS = frozenset((None, "", ()))

#: What :func:`edges_at_once` found: the edges, their rows, the resolver that named their
#: ends (with the nodes it created), the rows without a weight, and the rescaling note.
AtOnce = tuple[list[Edge], list[int], NodeResolver, list[int], object]


def edges_at_once(table: Table, columns: dict[str, int], nodes: list[Node],
                  unweighted: bool, options: ImportOptions,
                  reader: Reader) -> AtOnce | None:
    """The sheet's edges read a column at a time, or None when a row needs the row-by-row
    reader (see the module docstring). Records nothing: the caller writes the notes."""
    if "sign" in columns:
        return None
    values = settled_columns(table, "Edges", columns)
    if values is None:
        return None
    ends = _resolved(table, columns, values["source"], values["target"], nodes, reader)
    if ends is None:
        return None
    sources, targets, resolve = ends
    if len(set(zip(sources, targets))) != len(sources):
        return None                                  # repeated edges are merged row by row
    numbers = table.numbers
    if unweighted:
        weights, blanks = [DEFAULT_WEIGHT] * len(sources), []
    elif None not in values["weight"]:
        weights, blanks = values["weight"], []
    else:
        given = values["weight"]
        blanks = [number for number, weight in zip(numbers, given) if weight is None]
        weights = [DEFAULT_WEIGHT if weight is None else weight for weight in given]
    fields = {"source": sources, "target": targets, "weight": weights}
    for name, default in _OPTIONAL.items():
        column = values.get(name)
        if column is not None:
            fields[name] = (column if _BLANKS.isdisjoint(column) else
                            [default if value in _BLANKS else value for value in column])
    try:
        scale, note = weight_scale(chain(values["weight"] if blanks else weights,  # as given
                                         fields.get("low", ()), fields.get("high", ())),
                                   options, table.where(), _stated(table, columns))
    except LoadError:
        return None                                  # refused: each row names its weight
    if note is not None:
        for name in ("weight", "low", "high"):
            if name in fields:
                fields[name] = [None if value is None else value / scale
                                for value in fields[name]]
        if blanks:                  # a blank weight is 0.5 of the scale the map ends up in
            given = values["weight"]
            fields["weight"] = [DEFAULT_WEIGHT if written is None else weight
                                for written, weight in zip(given, fields["weight"])]
    if not all(sound_edges(fields)):
        return None                                  # the row-by-row reader names it
    return trusted_edges(fields), list(numbers), resolve, blanks, note


def _stated(table: Table, columns: dict[str, int]):
    """The scale the Weight column's header states, if any."""
    return stated_scale(table.header[columns["weight"]]) if "weight" in columns else None


def _resolved(table: Table, columns: dict[str, int], source_names: list[str],
              target_names: list[str], nodes: list[Node], reader: Reader
              ) -> tuple[list[str], list[str], NodeResolver] | None:
    """The node ids the From and To columns name, each distinct name resolved once in the
    order the row-by-row reader meets it, at the row and column it first meets it (so
    created nodes come in the same order, with the same rows), or None when a name is
    empty, names several nodes, or is one a Nodes sheet does not list. Names of nodes
    the edges alone make, apart as written, are resolved all together
    (:meth:`~windtunnel.io.node_resolver.NodeResolver.created_apart`)."""
    resolve, scratch = (NodeResolver(nodes, reader.renamed, reader.listed, reader.made),
                       Reader())
    headers = [table.header[columns[name]] for name in ("source", "target")]
    # each distinct name, in the order the rows give them, with where it is first given
    # (From and To alternate), found at the speed of filling a dict: setdefault keeps the first
    first: dict[str, int] = {}
    deque(map(first.setdefault, chain.from_iterable(zip(source_names, target_names)),
              count()), maxlen=0)
    places = [(table.numbers[at // 2], headers[at % 2]) for at in first.values()]
    made = resolve.created_apart(list(first), places)
    if made is None:                              # each name in turn
        made = []
        for name, (number, header) in zip(first, places):
            found = resolve(name, table, number, scratch, header) if name else None
            if found is None:
                return None
            made.append(found)
    ids = dict(zip(first, made))
    return (list(map(ids.__getitem__, source_names)), list(map(ids.__getitem__, target_names)),
            resolve)
