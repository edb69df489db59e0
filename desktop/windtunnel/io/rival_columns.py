"""Two columns that name one field in different words (``Label`` and ``Name``, GEXF's
``label`` and a ``name`` attribute): which one is read, and what the other said.

A field is read from one column. When several name it, the column headed with the field's
own header (``Label``) is read before one headed with an alias (``Name``), whatever their
order: a Gephi nodes table, or a GEXF file whose nodes carry a ``name`` attribute beside
their labels, had its labels replaced by the names (and a node with no name took its id).
A label left blank in the column read is taken from the other (a node with a name and no
label is shown by its name, not its id). The column left out is noted with the rows where
it says something else, so that the reader can see which words the map shows.
"""

from __future__ import annotations

from . import values as v
from .naming import short_name
from .sheets import Column
from .tables import Table, located
from ..language import translate

__all__ = ["own_header_rank", "rival_note"]

#: The rows a note quotes where two columns disagree.
_QUOTED = 3


def own_header_rank(column: Column | None, header: str) -> int:
    """0 when ``header`` (normalised) is the column's own header, else 1: sorted first, a
    column headed with the field's own name is the one the field is read from."""
    return 0 if column is not None and header == column.header.lower() else 1


def rival_note(table: Table, read: int, left: int, *, fill: bool) -> str | None:
    """Settle column ``left``, left out because column ``read`` names the same field and
    is read: with ``fill`` (a label), a row whose ``read`` cell is blank takes ``left``'s
    value (a node with a name and no label is shown by its name, not its id; other fields
    are not filled, so a column that was never read cannot refuse a row). Returns the note
    on ``left``: the first rows where it says something else than ``read``, else how many
    blanks it filled; None when it did neither (a copy says nothing new)."""
    differing, filled = [], 0
    for at, (number, row) in enumerate(zip(table.numbers, table.rows)):
        if left >= len(row) or v.is_blank(row[left]):
            continue
        if read >= len(row) or v.is_blank(row[read]):
            if not fill:
                continue
            row = table.rows[at] = [*row, *[None] * (read + 1 - len(row))]
            row[read] = row[left]
            filled += 1
        elif v.text(row[left]).strip() != v.text(row[read]).strip():
            differing.append((number, row[left], row[read]))
    if not differing:
        return _filled_note(table, read, left, filled) if filled else None
    quoted = translate("locations", ", ").join(
        translate("rows", "{place}: {left!r} where {read!r} is shown").format(
            place=located(table.row_word, table.places.get(number, number)),
            left=short_name(v.text(mine).strip()), read=short_name(v.text(theirs).strip()))
        for number, mine, theirs in differing[:_QUOTED])
    more = ", ..." if len(differing) > _QUOTED else ""
    if table.column_word == "attribute":
        message = translate(
            "rows", "ignored {word} attribute {left!r} where attribute {read!r} is given: "
                    "both name the same, and they differ for {count} {word}{s} ({rows}"
                    "{more}); the map shows {read!r}")
    else:
        message = translate(
            "rows", "ignored column {left!r} where column {read!r} is filled in: both name "
                    "the same, and they differ in {count} row{s} ({rows}{more}); the map "
                    "shows {read!r}")
    return message.format(word=table.row_word, left=v.text(table.header[left]).strip(),
                          read=v.text(table.header[read]).strip(), count=len(differing),
                          s="s" if len(differing) != 1 else "", rows=quoted, more=more)


def _filled_note(table: Table, read: int, left: int, count: int) -> str:
    """The note on column ``left`` that gave ``count`` rows the label column ``read`` left
    blank, and otherwise agreed with it."""
    if table.column_word == "attribute":
        message = translate("rows", "{count} {word}{s} without attribute {read!r} took "
                                    "{left!r} as {read!r}")
    else:
        message = translate("rows", "{count} row{s} with column {read!r} empty took column "
                                    "{left!r} as {read!r}")
    return message.format(count=count, s="s" if count != 1 else "", word=table.row_word,
                          read=v.text(table.header[read]).strip(),
                          left=v.text(table.header[left]).strip())
