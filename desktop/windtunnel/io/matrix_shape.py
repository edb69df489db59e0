"""Where a table's square matrix is (its node labels, their columns, the columns that are
not nodes), or why the table is not one: the shape :mod:`windtunnel.io.matrix` reads its
weights by."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from openpyxl.utils import get_column_letter

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .date_names import label_dates_notes, typed_one
from .headers import header_base
from .merged import empty_message
from .sheets import SHEETS
from .tables import Table

__all__ = ["Shape", "shape_of", "looks_like_matrix", "repeats_labels", "why_not_square",
           "column_name", "column_label", "TOTAL_WORDS", "is_total"]

#: Labels a spreadsheet gives a row and a column of sums (compared as
#: :func:`~windtunnel.io.values.normal_header` gives them): such a row or column is a
#: total, never a node (:mod:`windtunnel.io.matrix_totals` checks its sums).
TOTAL_WORDS = frozenset({"total", "totals", "grand total", "sum", "sums", "row total",
                         "column total", "summe", "gesamt", "insgesamt", "somme",
                         "total général", "suma", "totale", "totaal", "合计", "合計", "总计",
                         "總計", "总和", "總和", "計", "σ", "∑"})


def is_total(label: str) -> bool:
    """Whether a row's or a column's label says it holds totals (:data:`TOTAL_WORDS`)."""
    return v.normal_header(label) in TOTAL_WORDS


@dataclass
class Shape:
    """Where a table's node labels and node columns are."""

    labels: list[str]                 # node labels, in row order
    columns: dict[str, int]           # label -> column index of the node's column
    extra: list[int] = field(default_factory=list)   # columns that are not nodes
    unlabelled: bool = False
    headed: bool = False              # labels across the top only, rows in their order
    #: The index of each node's row among the matrix's rows (the table's data rows, after
    #: its header row in a block without labels), in the order of ``labels``; None for a
    #: blank row in a matrix with labels across the top only (a node influencing none).
    rows: list[int | None] = field(default_factory=list)
    #: Labels a spreadsheet turned into dates on one side, read as typed on the other:
    #: (the cell's place, its date, the label read).
    retyped: list[tuple[str, date, str]] = field(default_factory=list)
    #: Rows (index among the data rows) and columns (index) labelled as totals: not nodes.
    total_rows: dict[int, str] = field(default_factory=dict)
    total_columns: dict[int, str] = field(default_factory=dict)

    def node_rows(self, table: Table) -> list[tuple[int, list, str]]:
        """(row number, cells, label) of each node's row that is in the table."""
        rows = [table.header, *table.rows] if self.unlabelled else table.rows
        numbers = [table.header_row, *table.numbers] if self.unlabelled else table.numbers
        return [(numbers[i], rows[i], label) for i, label in zip(self.rows, self.labels)
                if i is not None]

    def blank_rows(self, table: Table) -> list[tuple[int, str]]:
        """(row number, label) of each node whose row is blank (labels across the top
        only: the row in its place holds no cell)."""
        return [(table.header_row + 1 + place, label)
                for place, (i, label) in enumerate(zip(self.rows, self.labels)) if i is None]


def shape_of(table: Table) -> Shape | None:
    """The matrix in a table, or None when the table is not one."""
    if not table.rows:
        return None
    if _is_number_block(table):
        if v.is_blank(table.header[0]) and _labelled(table) is not None:
            raise LoadError(_two_readings(table))
        labels = [f"C{i + 1}" for i in range(len(table.header))]
        return Shape(labels, {label: i for i, label in enumerate(labels)}, unlabelled=True,
                     rows=list(range(len(labels))))
    return _labelled(table) or _headed(table)


def _two_readings(table: Table) -> Problem:
    """The problem of a table read two ways: a blank corner with numbers across the top
    that are those down the side (``1, 2, 3``, as R writes a matrix's numbered labels) is a
    labelled matrix, or a block of weights without labels whose first row and column
    agree (a symmetric matrix with a blank diagonal). Either guess could be the wrong
    map, with a node more or less and other weights: the file says which."""
    labels = [v.text(h).strip() for h in table.header[1:]]
    return Problem(table.where(table.header_row, "A"), translate(
        "matrix", "the corner cell is blank, and the numbers across the top ({labels}) are "
                  "those down the side: they may be the labels of {count} nodes or the "
                  "weights of a matrix without labels; write the map's title (or any word) in "
                  "the corner cell to read them as labels, or 0 to read every cell as a "
                  "weight").format(labels=", ".join(labels[:6]) + (", ..." if len(labels) > 6
                                                                      else ""),
                               count=len(labels)))


def _labelled(table: Table) -> Shape | None:
    """The matrix in a table with node labels across the top and down the side, or None.
    Rows and columns labelled as totals (:func:`is_total`) are no nodes: a Total row may
    be there without its column, and a Total column without its row."""
    header = [v.text(h).strip() for h in table.header]
    if _more_rows_than(table, len(header)):
        return None                    # not square (an edge list), told from its first rows
    sides = [v.text(r[0]).strip() if r else "" for r in table.rows]
    retyped = _as_typed(table, sides, header)
    total_rows = {i: label for i, label in enumerate(sides) if is_total(label)}
    total_columns = {j: label for j, label in enumerate(header) if j and is_total(label)}
    node_rows = [i for i in range(len(sides)) if i not in total_rows]
    rows = [sides[i] for i in node_rows]
    if len(header) - len(total_columns) < 2 or len(rows) >= len(header) - len(total_columns):
        return None                    # more rows than node columns: not square (an edge list)
    columns = {}
    extra = []
    # a row's cells beyond the header are columns without a label (see extra_columns)
    header += [""] * (max(map(len, table.rows)) - len(header))
    for j in range(1, len(header)):
        if j in total_columns:
            continue
        if header[j] in columns:
            return None                # a label heading two columns: which one is the node's?
        if header[j] in rows:
            columns[header[j]] = j
        elif header[j] or any(j < len(r) and not v.is_blank(r[j]) for r in table.rows):
            extra.append(j)
    if not rows or len(columns) != len(rows) or set(columns) != set(rows):
        return None
    if not columns or len(extra) > len(columns):
        return None
    return Shape(rows, columns, extra, rows=node_rows, total_rows=total_rows,
                 total_columns=total_columns, retyped=retyped)


def _more_rows_than(table: Table, count: int) -> bool:
    """Whether the table has at least ``count`` rows that are a matrix's node rows
    whatever :func:`_labelled` finds: labelled down column A by text, not a date (which
    may be read as another label) and not a total. Read up to the ``count``-th such row
    only, so that an edge list of thousands of rows is told from a matrix by its first."""
    found = 0
    for row in table.rows:
        if row and not isinstance(row[0], date) and not is_total(v.text(row[0]).strip()):
            found += 1
            if found >= count:
                return True
    return False


def _as_typed(table: Table, sides: list[str], header: list[str]) -> list[tuple[str, date, str]]:
    """Read, in place, each label that a spreadsheet turned into a date on one side of the
    matrix (down column A, or across the header row) as the text of the other side's one
    label that was typed so (``3-5`` for 5 March, :func:`~windtunnel.io.date_names.typed_as`);
    (the cell's place, its date, the text) of each."""
    retyped = []
    side_dates = {i: row[0] for i, row in enumerate(table.rows)
                  if row and isinstance(row[0], date)}
    top_dates = {j: value for j, value in table.header_dates.items() if j}
    for dates, labels, others, place in (
            (side_dates, sides, header,
             lambda i: table.where(table.numbers[i], "A")),
            (top_dates, header, sides,
             lambda j: table.where(table.header_row, get_column_letter(j + 1)))):
        unmatched = [text for text in others if text and text not in labels]
        for k, value in dates.items():
            found = typed_one(value, ((text, text) for text in unmatched))
            if labels[k] not in others and found is not None:
                labels[k] = found
                unmatched.remove(found)        # one date per label typed
                retyped.append((place(k), value, found))
    return retyped


def _headed(table: Table) -> Shape | None:
    """The matrix of a table with node labels across the top only and a row of weights
    for each, in the same order (R's data frame written without row names, as fcmconfr and
    the R fcm package keep their adjacency matrices), or None.

    Each label must be text that no Nodes or Edges column is headed by (an edge list of
    numbered nodes is no matrix), and each node's own cell (the diagonal) blank or 0, as
    in a map: with a number there, the table may as well be states over as many steps as
    it has columns, and it is refused, saying how to make it a matrix. A column labelled
    as a total has its row in its place too, or none when such columns come last. A blank
    row among the rows is the row of the node in its place, which influences none: the
    rows' numbers say which it is, unless it is the last (refused, naming the blank rows,
    when the rows are too few)."""
    labels = [v.text(h).strip() for h in table.header]
    width = len(labels)
    if (width < 2 or len(table.rows) > width or len(set(labels)) != width
            or any(not label or v.reads_as_number(label) or v.normal_header(label) in _HEADERS
                   or header_base(v.normal_header(label)) in _HEADERS for label in labels)):
        return None
    if any(any(not v.is_blank(c) for c in row[width:]) or not all(
            v.is_blank(c) or _reads_as_numbers(c) for c in row[:width]) for row in table.rows):
        return None
    totals = [j for j, label in enumerate(labels) if is_total(label)]
    nodes = width - len(totals)
    last = (len(table.rows) if table.header_row is None else
            table.numbers[-1] - table.header_row) - 1           # the last row's place
    if totals and last < nodes and totals == list(range(nodes, width)):
        width = nodes                  # totals across the top only: no row is theirs
    places = _row_places(table, width)
    if places is None:
        return None
    diagonal = [(i, place) for place, i in enumerate(places)
                if i is not None and place not in totals and place < len(table.rows[i])
                and not v.is_blank(table.rows[i][place])
                and any(v.readings(table.rows[i][place]))]
    if diagonal and places[-1] is None:
        return None                    # too few rows, and not a map's: another table
    if diagonal:
        raise LoadError(_headed_or_states(table, *diagonal[0]))
    if places[-1] is None:
        raise LoadError(_rows_missing(table, places))
    node_places = [place for place in range(len(labels)) if place not in totals]
    return Shape([labels[place] for place in node_places],
                 {labels[place]: place for place in node_places}, headed=True,
                 rows=[places[place] for place in node_places],
                 total_rows={places[j]: labels[j] for j in totals
                             if j < width and places[j] is not None},
                 total_columns={j: labels[j] for j in totals})


def _reads_as_numbers(cell) -> bool:
    """Whether a cell reads as a number, or as one of two (``1,083``: a total tells which;
    a weight so written is refused at its cell, the table being a matrix)."""
    try:
        return bool(v.readings(cell))
    except v.CellProblem:
        return False


def _row_places(table: Table, width: int) -> list[int | None] | None:
    """The index among the data rows of the row in each of ``width`` places below the
    header, None where a blank row is (seen by the rows' numbers: a gap between two rows
    read, or between the header and the first) and after the last row; None when the rows
    do not fit the places, or are fewer by more than one with no blank row among them
    (a table of something else)."""
    if len(table.rows) == width:
        return list(range(width))
    if table.header_row is None or len(table.rows) > width or len(table.rows) < 2:
        return None
    slots = [number - table.header_row - 1 for number in table.numbers]
    if slots[-1] >= width or (slots[-1] == len(slots) - 1 and len(slots) < width - 1):
        return None
    places: list[int | None] = [None] * width
    for i, slot in enumerate(slots):
        places[slot] = i
    return places


def _rows_missing(table: Table, places: list[int | None]) -> Problem:
    """The problem of labels across the top over fewer rows than nodes, the last missing
    (a blank row there ends the table: whose row is missing cannot be told)."""
    count, rows = len(places), len(table.rows)
    last = max(i for i in range(count) if places[i] is not None)
    blank = [str(table.header_row + 1 + place) for place in range(last) if places[place] is None]
    fields = {"count": count, "rows": rows, "missing": count - rows - len(blank),
              "blank": ", ".join(blank[:6])}
    return Problem(table.where(table.header_row), (translate(
        "matrix", "labels across the top name {count} nodes, but below them are {rows} rows "
                  "of numbers and a blank row at row {blank}, {missing} short: without labels "
                  "down the side, each node's row is in the order of the labels (a blank row "
                  "for a node that influences none); write the missing rows, or the labels "
                  "down column A too") if blank else translate(
        "matrix", "labels across the top name {count} nodes, but below them are {rows} rows "
                  "of numbers, {missing} short: without labels down the side, each node's row "
                  "is in the order of the labels, so the last node's row must be written (its "
                  "zeros, if it influences none); write the missing row, or the labels down "
                  "column A too")).format(**fields))


def _headed_or_states(table: Table, row: int, place: int) -> Problem:
    """The problem of labels across the top over as many rows of numbers, a node's own
    cell not 0: a matrix without row labels whose nodes influence themselves, or a table
    of states over as many steps as it has columns (as FCM tools write a run)? Read the
    wrong way, the file would be another map. ``row`` is the cell's index among the data
    rows, ``place`` its column's."""
    return Problem(table.where(table.numbers[row], get_column_letter(place + 1)), translate(
        "matrix", "labels across the top and a row of numbers for each, but this cell on the "
                  "diagonal is not 0: a matrix without labels down the side (its nodes "
                  "influencing themselves) or a table of states over {count} steps? To read "
                  "it as a matrix, write the labels down column A too").format(
            count=len(table.rows)))


#: Every header a Nodes or Edges column is known by (normalised).
_HEADERS = frozenset(alias for name in ("Nodes", "Edges") for column in SHEETS[name]
                     for alias in column.aliases)


def _is_number_block(table: Table) -> bool:
    """N rows of N numbers (the header row being the first of them); a blank cell counts
    as a number there, since a blank cell of a matrix is no edge (weight 0)."""
    width = len(table.header)
    if width < 2 or len(table.rows) != width - 1:
        return False
    return all(v.is_blank(c) or v.reads_as_number(c)
               for row in [table.header, *table.rows] for c in row[:width]) and all(
        len([c for c in row if not v.is_blank(c)]) <= width for row in table.rows)


def looks_like_matrix(table: Table) -> bool:
    """Whether a table is a square matrix (labels across the top match those down the side,
    apart from attribute columns), or a block of numbers without labels, or one that
    would be but for a label written twice (so that its import names the label)."""
    return shape_of(table) is not None or repeats_labels(table) or _mislabelled(table)


def _mislabelled(table: Table) -> bool:
    """Whether a table has a matrix's shape (a label over each column but the first, a
    label and a row of numbers for each, as many rows as columns) but other labels down
    the side than across the top, or more rows than columns with every label across the
    top down the side too (a node's column left out), or a label left blank down the side:
    refused as a matrix whose labels differ or are missing (naming them, or the row), not
    as a table without an ID column. Headers a Nodes or Edges
    column is known by (a node table's Label and Initial) make no matrix. Rows and
    columns labelled as totals count for neither."""
    header = [label for label in (v.text(h).strip() for h in table.header)
              if not is_total(label)]
    if len(header) < 2 or any(not label or v.normal_header(label) in _HEADERS
                              for label in header[1:]):
        return False                    # the header alone says so: no row read
    sides = [label for label in (v.text(row[0]).strip() for row in table.rows if row)
             if not is_total(label)]
    if len(sides) != len(header) - 1 and not set(header[1:]) < set(sides):
        return False
    return all(row and not v.reads_as_number(row[0])     # a blank side label: one left out
               and all(v.is_blank(c) or v.reads_as_number(c) for c in row[1:])
               for row in table.rows)


def repeats_labels(table: Table) -> bool:
    """Whether the labels across the top are those down the side, one of them written
    twice on a side: no other table has its column headers as its first column."""
    header = [v.text(h).strip() for h in table.header[1:]]
    across = set(header) - {""}
    rows = []
    for row in table.rows:             # stops at the first side label not across the top
        label = v.text(row[0]).strip() if row else ""
        if label and label not in across:
            return False
        rows.append(label)
    named = set(rows) - {""}
    return bool(named) and named == across and (
        len(set(rows)) < len(rows) or len(set(header)) < len(header))


def column_label(table: Table, index: int) -> str:
    """The label heading column ``index``, "" when none does (a cell beyond the header)."""
    return v.text(table.header[index]).strip() if index < len(table.header) else ""


def why_not_square(table: Table) -> list[Problem]:
    columns = [v.text(h).strip() for h in table.header[1:]]
    rows = [v.text(r[0]).strip() if r else "" for r in table.rows]
    problems = []
    for labels, where in ((columns, "column headers"), (rows, "row headers")):
        for i, text in enumerate(labels):
            if not text:
                row, index = ((table.header_row, i + 1) if where == "column headers" else
                              (table.numbers[i], 0))
                problems.append(Problem(table.where(row), empty_message(
                    table, row, index, translate("matrix", "a blank label among the {where}").format(
                        where=where))))
    problems += _repeated_labels(table, columns, rows)
    if not problems:
        columns = [label for label in columns if not is_total(label)]
        rows = [label for label in rows if not is_total(label)]
        only_rows = sorted(set(rows) - set(columns))
        only_columns = sorted(set(columns) - set(rows))
        problems.append(Problem(table.where(), translate("matrix", "is not a square matrix: {count} columns "
                                                                   "and {count2} rows; the row and column "
                                                                   "labels differ (rows only: {only_rows}; "
                                                                   "columns only: {only_columns})").format(
                                                   count=len(columns), count2=len(rows), only_rows=', '.join(only_rows) or 'none', only_columns=', '.join(only_columns) or 'none')))
        problems.extend(label_dates_notes(table, only=set(only_rows) | set(only_columns)))
    return problems


def _repeated_labels(table: Table, columns: list[str], rows: list[str]) -> list[Problem]:
    """A problem for each label written twice or more across the top (naming its columns)
    or down the side (naming its rows): a matrix gives each node one row and one column."""
    problems = []
    for text, places in _places(columns).items():
        problems.append(Problem(table.where(table.header_row), translate(
            "matrix", "the label {text!r} heads {count} columns ({columns}); each node has one "
                      "column: rename or remove the others").format(
                text=text, count=len(places),
                columns=", ".join(get_column_letter(i + 2) for i in places))))
    for text, places in _places(rows).items():
        problems.append(Problem(table.where(None, "A"), translate(
            "matrix", "the label {text!r} heads {count} rows ({rows}); each node has one row: "
                      "rename or remove the others").format(
                text=text, count=len(places),
                rows=", ".join(str(table.numbers[i]) for i in places))))
    return problems


def _places(labels: list[str]) -> dict[str, list[int]]:
    """Each label written more than once (blanks aside), with the indices it is at."""
    places: dict[str, list[int]] = {}
    for i, text in enumerate(labels):
        if text:
            places.setdefault(text, []).append(i)
    return {text: found for text, found in places.items() if len(found) > 1}


def column_name(table: Table, index: int) -> str:
    label = column_label(table, index)
    return f"{get_column_letter(index + 1)} ({label})" if label else get_column_letter(index + 1)
