"""Which of an Edges sheet's columns are read how, settled before its rows are read.

A Type or Relationship column whose values are not all signs holds categories (Kumu's
``Employee/Founder``, or only the number 1 under a header that is not Sign or Polarity):
it is kept in each edge's rationale rather than read as signs (:func:`category_column`,
:func:`with_category`). A Confidence column of numbers only is left out, every edge
medium (:func:`drop_numeric_confidence`). A column not read that holds signed weights, in
a table without a Weight or Type column, is refused rather than every edge given +0.5
(:func:`refuse_unread_signs`); beside a Weight column of no negative weight (counts, as
cognitivemapr's edge lists keep beside their signed values), it is named in a note
(:func:`note_unread_signs`). Their messages keep the ``edges_sheet`` context, where the
catalogues have them.
"""

from __future__ import annotations

from ..language import translate
from ..model import DEFAULT_WEIGHT
from . import values as v
from .cells import cell_text
from .rows import Reader, header_of
from .tables import Table

__all__ = ["refuse_unread_signs", "note_unread_signs", "drop_numeric_confidence", "category_column",
           "with_category"]

#: Headers that say a column holds signs, whose 1s are signs even with no -1 among them.
_SIGN_HEADERS = ("sign", "polarity")
#: The sign words that are numbers.
_NUMBER_SIGNS = {word for word in v.SIGN_WORDS if word.lstrip("+-").isdigit()}


def refuse_unread_signs(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Refuse an ignored column of signed weights in a table with no Weight or Type column.

    Without such a column every edge gets +0.5; a column Windtunnel did not recognise
    (``Score``, ``Impact``) that holds numbers or weight labels, some of them negative, is
    most likely the weights, and reading them all as +0.5 would turn its negative
    influences positive. Which column is meant is the analyst's to say, not a guess: the
    import is refused, naming the column and how to head it. A graph file's attributes
    (GraphML, GEXF) are not headers the analyst wrote, and are left as they are."""
    if "weight" in columns or "sign" in columns or table.row_word == "edge":
        return
    for header, cells in _signed_columns(table, columns):
        reader.problem(table, table.header_row, header, translate(
            "edges_sheet", "holds signed weights ({example}) but is not read as the "
                           "weights: without a Weight column every edge would get "
                           "{weight:+g} and the negative ones would turn positive; head "
                           "the column Weight (or Strength, Influence), or delete it to "
                           "import every edge with {weight:+g}").format(
                example=", ".join(map(cell_text, cells[:3])), weight=DEFAULT_WEIGHT))


def note_unread_signs(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Name in a note each column not read that holds negative weights, in a table whose
    Weight column holds none: every edge comes in positive, and the signs may be in that
    column (cognitivemapr's ``edge_value`` beside its ``weight``, a count); which column
    holds the weights is the analyst's to say, so the map is read as headed."""
    index = columns.get("weight")
    if index is None or "sign" in columns or table.row_word == "edge":
        return
    # each distinct cell read once, and the first negative (the usual map) ends it
    cells = dict.fromkeys(table.cells_of(index))
    if any(w is None or w < 0 for w in map(_as_weight, filter(_filled, cells))):
        return
    unsigned = v.text(table.header[index]).strip()
    for header, cells in _signed_columns(table, columns):
        negative = [cell_text(cell) for cell in cells if _as_weight(cell) < 0]
        message = translate(
            "edges_sheet", "holds negative numbers ({example}) but is not read: the weights "
                           "come from column {weights!r}, which holds none, so every edge "
                           "came in positive; if this column holds the signed weights, head "
                           "it Weight and rename the other")
        reader.note(table, table.header_row, header,
                    message.format(example=", ".join(negative[:3]), weights=unsigned))


def _signed_columns(table: Table, columns: dict[str, int]):
    """Each column not read whose every cell is a weight, some of them negative (not only
    Mental Modeler's -0.25): its header and its filled cells."""
    read = set(columns.values())
    for index, header in enumerate(table.header):
        if index in read or not v.normal_header(header):
            continue
        cells = [row[index] for row in table.rows
                 if index < len(row) and not v.is_blank(row[index])]
        weights = [_as_weight(cell) for cell in cells]
        if cells and None not in weights and min(weights) < 0 and set(weights) != {-0.25}:
            yield header, cells


def _filled(cell) -> bool:
    return not v.is_blank(cell)


def _as_weight(cell) -> float | None:
    """A cell read as a weight (a number or a label such as ``H-``), else None."""
    try:
        return v.weight(cell)
    except v.CellProblem:
        return None


def drop_numeric_confidence(table: Table, columns: dict[str, int], reader: Reader) -> None:
    """Leave out a Confidence column that holds only numbers, with a note that says so.

    Other tools score confidence from 0 to 1 (or in percent); Windtunnel's confidence is
    low, medium or high, and no cut-off between them is the analyst's own, so the map
    comes in without the column (every edge medium) rather than refused or given
    categories nobody chose. A column that mixes numbers and words is read as usual
    and each cell that is not a level is refused where it is."""
    index = columns.get("confidence")
    if index is None:
        return
    cells = table.cells_of(index)
    first = next((cell for cell in cells if not v.is_blank(cell)), None)
    if first is None or not v.reads_as_number(first):
        return                         # the usual column of levels, told by its first cell
    cells = [cell for cell in cells if not v.is_blank(cell)]
    if not all(map(v.reads_as_number, cells)):
        return
    del columns["confidence"]
    reader.note(table, None, header_of(table, {"confidence": index}, "confidence"), translate(
        "edges_sheet", "holds numbers ({example}), not the levels low, medium and high: the column "
                 "was not kept and every edge has the confidence medium (Windtunnel does not "
                 "guess which numbers mean which level); write low, medium or high in it to "
                 "keep it").format(example=", ".join(map(cell_text, cells[:3]))))


def category_column(table: Table, columns: dict[str, int], reader: Reader) -> int | None:
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


def with_category(rationale: str, table: Table, row: list, index: int) -> str:
    word = cell_text(row[index]).strip() if index < len(row) else ""
    if not word:
        return rationale
    line = f"{cell_text(table.header[index]).strip()}: {word}"
    return f"{rationale}\n{line}" if rationale else line
