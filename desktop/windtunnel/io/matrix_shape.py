"""Where a table's square matrix is (its node labels, their columns, the columns that are
not nodes), or why the table is not one: the shape :mod:`windtunnel.io.matrix` reads its
weights by."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from ..errors import LoadError, Problem
from ..language import translate
from . import values as v
from .headers import header_base
from .merged import empty_message
from .sheets import SHEETS
from .tables import Table

__all__ = ["Shape", "shape_of", "looks_like_matrix", "repeats_labels", "why_not_square",
           "column_name", "column_label"]


@dataclass
class Shape:
    """Where a table's node labels and node columns are."""

    labels: list[str]                 # node labels, in row order
    columns: dict[str, int]           # label -> column index of the node's column
    extra: list[int] = field(default_factory=list)   # columns that are not nodes
    unlabelled: bool = False
    headed: bool = False              # labels across the top only, rows in their order
    #: Labels whose row and column were read as totals and left out (a Total row and
    #: column beside two nodes, see ``matrix_totals.totals_notes``): no node, no edge.
    left_out: set[str] = field(default_factory=set)


def shape_of(table: Table) -> Shape | None:
    """The matrix in a table, or None when the table is not one."""
    if not table.rows:
        return None
    if _is_number_block(table):
        if v.is_blank(table.header[0]) and _labelled(table) is not None:
            raise LoadError(_two_readings(table))
        labels = [f"C{i + 1}" for i in range(len(table.header))]
        return Shape(labels, {label: i for i, label in enumerate(labels)}, unlabelled=True)
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
    """The matrix in a table with node labels across the top and down the side, or None."""
    if len(table.header) < 2 or len(table.rows) >= len(table.header):
        return None                    # more rows than node columns: not square (an edge list)
    rows = [v.text(r[0]).strip() if r else "" for r in table.rows]
    header = [v.text(h).strip() for h in table.header]
    columns = {}
    extra = []
    # a row's cells beyond the header are columns without a label (see extra_columns)
    header += [""] * (max(map(len, table.rows)) - len(header))
    for j in range(1, len(header)):
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
    return Shape(rows, columns, extra)


def _headed(table: Table) -> Shape | None:
    """The matrix of a table with node labels across the top only and a row of weights
    for each, in the same order (R's data frame written without row names, as fcmconfr and
    the R fcm package keep their adjacency matrices), or None.

    Each label must be text that no Nodes or Edges column is headed by (an edge list of
    numbered nodes is no matrix), and each node's own cell (the diagonal) blank or 0, as
    in a map: with a number there, the table may as well be states over as many steps as
    it has columns, and it is refused, saying how to make it a matrix."""
    labels = [v.text(h).strip() for h in table.header]
    width = len(labels)
    if (width < 2 or len(table.rows) != width or len(set(labels)) != width
            or any(not label or v.reads_as_number(label) or v.normal_header(label) in _HEADERS
                   or header_base(v.normal_header(label)) in _HEADERS for label in labels)):
        return None
    if any(any(not v.is_blank(c) for c in row[width:]) or not all(
            v.is_blank(c) or v.reads_as_number(c) for c in row[:width]) for row in table.rows):
        return None
    diagonal = [i for i, row in enumerate(table.rows)
                if i < len(row) and not v.is_blank(row[i]) and v.number(row[i]) != 0]
    if diagonal:
        raise LoadError(_headed_or_states(table, diagonal[0]))
    return Shape(labels, {label: j for j, label in enumerate(labels)}, headed=True)


def _headed_or_states(table: Table, first: int) -> Problem:
    """The problem of labels across the top over as many rows of numbers, a node's own
    cell not 0: a matrix without row labels whose nodes influence themselves, or a table
    of states over as many steps as it has columns (as FCM tools write a run)? Read the
    wrong way, the file would be another map."""
    return Problem(table.where(table.numbers[first], get_column_letter(first + 1)), translate(
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
    top down the side too (a node's column left out): refused as a matrix whose labels
    differ (naming them), not as a table without an ID column. Headers a Nodes or Edges
    column is known by (a node table's Label and Initial) make no matrix."""
    header = [v.text(h).strip() for h in table.header]
    sides = {v.text(row[0]).strip() for row in table.rows if row}
    if len(header) < 2 or any(not label or v.normal_header(label) in _HEADERS
                              for label in header[1:]):
        return False
    if len(table.rows) != len(header) - 1 and not set(header[1:]) < sides:
        return False
    return all(row and not v.is_blank(row[0]) and not v.reads_as_number(row[0])
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
        only_rows = sorted(set(rows) - set(columns))
        only_columns = sorted(set(columns) - set(rows))
        problems.append(Problem(table.where(), translate("matrix", "is not a square matrix: {count} columns "
                                                                   "and {count2} rows; the row and column "
                                                                   "labels differ (rows only: {only_rows}; "
                                                                   "columns only: {only_columns})").format(
                                                   count=len(columns), count2=len(rows), only_rows=', '.join(only_rows) or 'none', only_columns=', '.join(only_columns) or 'none')))
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
