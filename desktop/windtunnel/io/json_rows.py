"""A JSON list of edges in: ``[{"source": ..., "target": ..., ...}, ...]``, as D3's links
and many scripts write a network (sigma.js's TOFLIT18 example of French trade flows).

Such a file is a table written as JSON: each object a row, each key a column. It becomes
one :class:`~windtunnel.io.tables.Table` (columns in the order the keys first appear, a
list joined with ``|`` as a cell writes several values, an object as its JSON text, a
null blank) that the table import reads by the rules of every edges table: ``source``
and ``target`` (or ``from`` and ``to``) name the nodes, ``weight`` gives the weight, other
keys are noted as not read. A row is named by its place in the list (``entry 3``) and a
column as a key of the objects (``attribute flows``), as the other JSON imports name them.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import LoadError, Problem
from ..language import translate
from .jsontext import json_text, parsed_json
from .tables import LIMITS, Table, file_label, located, read_file_bytes

__all__ = ["looks_like_json_rows", "read_json_rows"]

#: The keys that name an edge's ends in such a list (any one of each pair).
_ENDS = ((b'"source"', b'"from"'), (b'"target"', b'"to"'))


def looks_like_json_rows(head: bytes) -> bool:
    """Whether the start of a .json file reads as a list of edge objects."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start[:1] == b"[" and all(any(key in head for key in keys) for keys in _ENDS)


def read_json_rows(path: Path) -> Table:
    """The table a JSON list of objects writes; LoadError naming the first entry that is
    not an object."""
    raw = parsed_json(json_text(read_file_bytes(path, LIMITS)), decoded=True)
    if not isinstance(raw, list):
        raise LoadError(Problem("", translate(
            "json_rows", "not a list of edges: Windtunnel reads a JSON list of objects, "
                         "each with its \"source\" and \"target\"")))
    header: dict[str, None] = {}
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise LoadError(Problem(located("entry", number), translate(
                "json_rows", "is not an object with a \"source\" and a \"target\"")))
        header.update(dict.fromkeys(map(str, entry)))
    table = Table(name=file_label(path), header=list(header), csv=True, row_word="entry",
                  column_word="attribute", source=file_label(path))
    for number, entry in enumerate(raw, start=1):
        table.rows.append([_cell(entry.get(key)) for key in header])
        table.numbers.append(number)
    table.header_row = None
    return table


def _cell(value):
    """A JSON value as a cell holds it."""
    if isinstance(value, list):
        return "|".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value
