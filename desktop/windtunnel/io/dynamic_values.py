"""Gephi's dynamic values, read as the value in effect at the end.

Gephi keeps a value that changes over time (a dynamic weight) in one cell of its tables,
as intervals ``<[start, end, value]; [start, end, value]>`` or as timestamps ``<[time,
value]; ...>``, and a GEXF file gives one ``<attvalue>`` per time. A map has no time
line, so one value is read: the one **in effect at the end**, the value of the interval
that ends last (of those, the one that starts last) or of the latest timestamp; of values
for the same time, the last the file lists. It is the network as it stood last, which is
what an analyst maps; the other values are not kept, and the import's note says so.

:func:`with_final_weights` reads an Edges table's dynamic weights so (before the rows
are read, as :mod:`windtunnel.io.edge_direction` settles directions); :func:`time_key`
orders the times both it and the GEXF reader compare.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..language import translate
from . import values as v
from .cells import cell_text
from .rows import Reader, column_named
from .sheets import SHEETS
from .tables import Table

__all__ = ["final_value", "time_key", "with_final_weights", "OPEN_END"]

#: The time of a value that holds until the end (an interval without an end, a value
#: without times): later than any time a file writes.
OPEN_END = (3, "")
#: One ``[...]`` or ``(...)`` of a dynamic cell (closed or open bounds alike).
_PART = re.compile(r"\s*[\[(]([^\[\]()]*)[\])]\s*\Z")


def time_key(text: str) -> tuple:
    """A time as the file writes it, ordered: a number (Gephi's doubles, ``Infinity``),
    else the text itself (ISO dates and date-times order as text)."""
    text = text.strip()
    try:
        number = float(text)
    except ValueError:
        return (1, text)
    if math.isnan(number):
        return (1, text)
    return (0, number) if math.isfinite(number) else ((-1, "") if number < 0 else OPEN_END)


def final_value(cell: str) -> str | None:
    """The value in effect at the end of a Gephi dynamic cell; None when the cell is not
    one (it does not start ``<[`` or ``<(``). Raises ValueError for a cell that starts as
    one but does not read as intervals or timestamps."""
    text = cell.strip()
    if not re.match(r"<\s*[\[(]", text):
        return None
    if not text.endswith(">"):
        raise ValueError(text)
    best = None
    for index, part in enumerate(text[1:-1].split(";")):
        match = _PART.match(part)
        if match is None:
            raise ValueError(text)
        items = [item.strip() for item in match.group(1).split(",")]
        if len(items) == 3:                           # [start, end, value]
            key = (time_key(items[1]), time_key(items[0]))
        elif len(items) == 2:                         # [time, value]
            key = (time_key(items[0]), time_key(items[0]))
        else:
            raise ValueError(text)
        if best is None or (key, index) >= best[0]:
            best = ((key, index), items[-1].strip("'\""))
    if best is None:
        raise ValueError(text)
    return best[1]


def with_final_weights(table: Table, reader: Reader) -> Table:
    """``table`` with each dynamic weight (Gephi's ``<[start, end, weight]; ...>``)
    replaced by the weight in effect at the end, and a note saying how many were and that
    the earlier values were not kept; a cell that starts as one but does not read as one
    is a problem at its cell. The table itself when its weights are plain."""
    fields = [getattr(column_named(SHEETS["Edges"], v.normal_header(h)), "field", None)
              for h in table.header]
    if "weight" not in fields:
        return table
    at = fields.index("weight")
    texts = table.cells_of(at)
    if set(map(type, texts)) != {str}:
        texts = [cell for cell in texts if type(cell) is str]
    if "<" not in "".join(texts):
        return table                   # plain weights, the usual case: a glance, no parse
    header = cell_text(table.header[at]).strip()
    rows, changed = [], 0
    for number, row in zip(table.numbers, table.rows):
        raw = row[at] if at < len(row) else None
        try:
            final = final_value(raw) if isinstance(raw, str) else None
        except ValueError:
            reader.problem(table, number, header, translate(
                "dynamic_values", "{value!r} reads as Gephi's dynamic weight but not as "
                                  "intervals [start, end, weight] or timestamps [time, "
                                  "weight]").format(value=raw.strip()[:60]))
            final = None
        if final is None:
            rows.append(row)
            continue
        rows.append([*row[:at], final, *row[at + 1:]])
        changed += 1
    if not changed:
        return table
    reader.note(table, None, header, translate(
        "dynamic_values", "weights that change over time (Gephi's dynamic weights) in "
                          "{count} row{s}: each took the weight in effect at the end (of its "
                          "interval that ends last, or its latest timestamp); the earlier "
                          "weights were not kept, since a map has no time line").format(
                              count=changed, s="s" if changed != 1 else ""))
    return replace(table, rows=rows)
